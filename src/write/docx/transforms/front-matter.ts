/**
 * remark plugin: puts the generated front matter before the first chapter — cover (own section, no
 * header/footer), "Índice", "Índice de figuras", "Índice de tablas" — and fixes the list of
 * sections (`file.data.docx.sections`): consecutive breaks collapse and a trailing break is
 * dropped, so that no section is empty (remark-docx silently drops empty sections, which would
 * shift the plan).
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { SectionKind } from '../mdast-nodes.js';
import { docxData } from './data.js';

export interface FrontMatterOptions {
  /** Generate "Índice de figuras" / "Índice de tablas" (when there are figures/tables; default true). */
  indexes?: boolean;
  /** Heading levels listed in the "Índice" (TOC \\o "1-N"; default 3). */
  tocLevels?: number;
  /** false: no cover and no indexes — a short document (a minute) starts with its body. */
  cover?: boolean;
}

/** Nodes remark-docx renders as nothing. */
const INVISIBLE = new Set(['definition', 'footnoteDefinition', 'html']);

export function remarkDocxFrontMatter(options: FrontMatterOptions = {}) {
  const indexes = options.indexes ?? true;
  const tocLevels = options.tocLevels ?? 3;
  return (tree: Root, file: VFile): void => {
    const state = docxData(file);
    if (options.cover === false) {
      state.sections = ['body', ...tree.children.filter((n) => n.type === 'docxSectionBreak').map((n) => (n as RootContent & { type: 'docxSectionBreak' }).next)];
      return;
    }
    const front: RootContent[] = [
      { type: 'docxCover' },
      { type: 'docxSectionBreak', next: 'front' },
      { type: 'docxIndex', kind: 'contents', levels: tocLevels, title: 'Índice', entries: state.headings, pageBreakBefore: false },
    ];
    if (indexes && state.figures.length)
      front.push({ type: 'docxIndex', kind: 'figures', levels: 0, title: 'Índice de figuras', entries: state.figures, pageBreakBefore: true });
    if (indexes && state.tables.length)
      front.push({ type: 'docxIndex', kind: 'tables', levels: 0, title: 'Índice de tablas', entries: state.tables, pageBreakBefore: !state.figures.length });
    front.push({ type: 'docxSectionBreak', next: 'body' });

    const all = [...front, ...tree.children];
    const out: RootContent[] = [];
    const sections: SectionKind[] = ['cover'];
    let pending: (RootContent & { type: 'docxSectionBreak' }) | undefined;
    for (const node of all) {
      if (node.type === 'docxSectionBreak') {
        pending = node; // a later break replaces an earlier one with nothing in between
        continue;
      }
      if (pending && !INVISIBLE.has(node.type)) {
        out.push(pending);
        sections.push(pending.next);
        pending = undefined;
      }
      out.push(node);
    }
    tree.children = out;
    state.sections = sections;
  };
}
