/**
 * remark-docx plugin: the generated cover page and the indexes. Each index is a TOC field
 * whose cached result is pre-filled with its entries (linked to the heading/caption
 * bookmarks), so Word and LibreOffice show it before any field update. The "Índice" sits in
 * a content control with the docPartObj gallery "Table of Contents", which is how Word marks
 * its own TOCs and what makes LibreOffice import it as a table of contents.
 */
import { InternalHyperlink, Paragraph, type ParagraphChild, Tab, TextRun } from 'docx';
import type { DocxIndex } from '../mdast-nodes.js';
import { BlockSdt, OoxmlElement, fieldEnd, fieldStart } from '../ooxml-elements.js';
import { STYLE } from '../styles.js';
import { formatDate } from '../../../util/format-es.js';
import { inLiveLoop } from '../../../util/live-loop.js';
import { reusedBlock, type Preparable } from './reused-blocks.js';
import type { DocxContent, RemarkDocxPlugin } from './types.js';

export interface CoverInfo {
  title: string;
  subtitle?: string;
  stateName: string;
  organisation: string;
  programme?: string;
  /** AAAA-MM-DD */
  date: string;
  version: string;
  status: 'borrador' | 'final';
  sampleData: boolean;
}

export const SAMPLE_NOTICE = 'Datos ilustrativos: este documento se generó con datos sintéticos de muestra y no describe casos reales.';

export function statusLabel(status: CoverInfo['status']): string {
  return status === 'final' ? 'Versión final' : 'Borrador';
}

const para = (style: string, text: string) => new Paragraph({ style, children: [new TextRun(text)] });

export function indexInstruction(kind: DocxIndex['kind'], levels = 3): string {
  if (kind === 'contents') return `TOC \\o "1-${levels}" \\h \\z \\u`;
  return `TOC \\h \\z \\c "${kind === 'figures' ? 'Figura' : 'Tabla'}"`;
}

const EMPTY_TEXT: Record<DocxIndex['kind'], string> = {
  contents: 'El documento no tiene capítulos.',
  figures: 'El documento no tiene figuras.',
  tables: 'El documento no tiene tablas.',
};

/** Page numbers of the entries: a map from a real pagination, «000» for a first pass, or none. */
export type IndexPages = Map<string, number> | 'placeholder' | undefined;

function indexBlock(node: DocxIndex, pages: IndexPages): DocxContent[] {
  // An index that follows another on the same page gets some room above its title.
  const spacing = node.kind === 'tables' && !node.pageBreakBefore ? { before: 480 } : undefined;
  const title = new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: node.pageBreakBefore, keepNext: true, spacing, children: [new TextRun(node.title)] });
  const entries = node.entries.length ? node.entries : [undefined];
  const paragraphs = entries.map((entry, i) => {
    const children: ParagraphChild[] = [];
    if (i === 0) children.push(...fieldStart(indexInstruction(node.kind, node.levels)));
    children.push(
      entry
        ? new InternalHyperlink({ anchor: entry.anchor, children: [new TextRun({ text: entry.text, style: 'IndexLink' })] })
        : new TextRun(EMPTY_TEXT[node.kind]),
    );
    const page = !entry || !pages ? undefined : pages === 'placeholder' ? '000' : pages.get(entry.anchor)?.toString();
    if (page) children.push(new TextRun({ children: [new Tab(), page] }));
    if (i === entries.length - 1) children.push(fieldEnd());
    const style = node.kind === 'contents' ? `TOC${entry?.level ?? 1}` : STYLE.tableOfFigures;
    return new Paragraph({ style, children });
  });
  if (node.kind !== 'contents') return [title, ...paragraphs];
  const gallery = new OoxmlElement('w:docPartObj', {}, [
    new OoxmlElement('w:docPartGallery', { 'w:val': 'Table of Contents' }),
    new OoxmlElement('w:docPartUnique'),
  ]);
  // A block content control is a body-level element; remark-docx's DocxContent union doesn't list it.
  const sdt = new BlockSdt([gallery], [title, ...paragraphs]);
  return [sdt as unknown as DocxContent];
}

export const frontMatterPlugin = (info: CoverInfo, pages?: IndexPages): RemarkDocxPlugin => async () => ({
  docxCover: () => {
    const out: Paragraph[] = [para(STYLE.coverOrganisation, info.organisation)];
    if (info.programme) out.push(para(STYLE.coverDetails, info.programme));
    out.push(para(STYLE.coverTitle, info.title));
    if (info.subtitle) out.push(para(STYLE.coverSubtitle, info.subtitle));
    out.push(para(STYLE.coverState, info.stateName));
    out.push(para(STYLE.coverDetails, formatDate(info.date)));
    out.push(para(STYLE.coverDetails, `Versión ${info.version}`));
    out.push(para(STYLE.coverDetails, statusLabel(info.status)));
    if (info.sampleData) out.push(para(STYLE.coverNotice, SAMPLE_NOTICE));
    return out;
  },
  // An index is rebuilt only when an entry (a heading's or a caption's text) changes.
  docxIndex: (node) => reusedBlock(
    inLiveLoop() ? JSON.stringify(['index', node.kind, node.levels, node.title, node.entries, node.pageBreakBefore, pages instanceof Map ? [...pages] : pages ?? null]) : undefined,
    () => indexBlock(node, pages) as unknown as Preparable[],
  ) as unknown as DocxContent[],
});
