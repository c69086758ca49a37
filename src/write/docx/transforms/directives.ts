/**
 * remark plugin: HTML comments as directives: `<!-- horizontal -->` … `<!-- /horizontal -->`
 * (landscape section), `<!-- salto-pagina -->` (page break). Every other raw HTML node is
 * dropped (remark-docx would write it as text at body level: invalid OOXML); `<br>` becomes a
 * line break.
 */
import type { Nodes, Parent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { editChildren, someNode, walk } from '../../../util/tree-walk.js';
import type { VFile } from 'vfile';
import { DOCX_SOURCE } from '../errors.js';
import { fitsWidth } from '../builders/tables.js';

export interface DirectivesOptions {
  /** Portrait text width (twips): a landscape block whose tables all read well in it stays portrait. */
  textWidth?: number;
}

/** Cell texts of a GFM table, as the table builder measures them. */
export function tableTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell, { includeHtml: false }).trim()));
}

const hasImage = (node: RootContent) => someNode<Nodes>(node, (n) => n.type === 'image');

/** Paragraph short enough to travel with its heading onto the landscape page. */
const SHORT_INTRO = 600;

const HORIZONTAL = /^<!--\s*horizontal\s*-->$/i;
const END_HORIZONTAL = /^<!--\s*\/\s*horizontal\s*-->$/i;
const PAGE_BREAK = /^<!--\s*salto-pagina\s*-->$/i;
const BR = /^<br\s*\/?>$/i;

export function remarkDocxDirectives(options: DirectivesOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const problem = (node: Nodes, reason: string) => file.message(reason, { place: node.position, source: DOCX_SOURCE });
    const out: RootContent[] = [];
    let landscapeStart: RootContent | undefined;
    /** Index in `out` of the open block's section break. */
    let breakAt = -1;
    // A landscape page is chosen only when a table needs it: a block of tables that all read
    // well on a portrait page (or of nothing) stays in the portrait flow.
    const closeBlock = (end: RootContent) => {
      const block = out.slice(breakAt + 1);
      const needed = block.some((n) => hasImage(n)) || block.some((n) => n.type === 'table' && (options.textWidth === undefined || !fitsWidth(tableTexts(n), options.textWidth)));
      if (!needed) {
        out.splice(breakAt, 1);
        for (const n of block) if (n.type === 'table' && n.data?.docxLandscape) delete n.data.docxLandscape;
        visitLandscapeImages(block, false);
        return;
      }
      // The heading (and its short lead) right before the block opens the landscape page: a
      // heading never stays alone at the foot of the portrait page before a section break.
      let start = breakAt;
      const before = (k: number) => out[k];
      if (before(start - 1)?.type === 'paragraph' && before(start - 2)?.type === 'heading' && toString(before(start - 1)!).length <= SHORT_INTRO) start -= 2;
      else if (before(start - 1)?.type === 'heading') start -= 1;
      while (before(start - 1)?.type === 'heading' && start > 0) start -= 1;
      if (start < breakAt) {
        const [brk] = out.splice(breakAt, 1);
        out.splice(start, 0, brk!);
      }
      out.push({ type: 'docxSectionBreak', next: 'body', position: end.position });
    };
    for (const node of tree.children) {
      if (node.type === 'html') {
        const value = node.value.trim();
        if (HORIZONTAL.test(value)) {
          if (landscapeStart) problem(node, '«<!-- horizontal -->» dentro de otro bloque horizontal; ciérrelo antes con «<!-- /horizontal -->».');
          else {
            breakAt = out.length;
            out.push({ type: 'docxSectionBreak', next: 'landscape', position: node.position });
          }
          landscapeStart ??= node;
        } else if (END_HORIZONTAL.test(value)) {
          if (!landscapeStart) problem(node, '«<!-- /horizontal -->» sin un «<!-- horizontal -->» que lo abra.');
          else closeBlock(node);
          landscapeStart = undefined;
        } else if (PAGE_BREAK.test(value)) {
          out.push({ type: 'docxPageBreak', position: node.position });
        }
        // any other block HTML (comments included) is dropped
        continue;
      }
      if (landscapeStart && node.type === 'table') node.data = { ...node.data, docxLandscape: true };
      if (landscapeStart) markImagesLandscape(node);
      dropInlineHtml(node);
      out.push(node);
    }
    if (landscapeStart) problem(landscapeStart, '«<!-- horizontal -->» sin su cierre «<!-- /horizontal -->».');
    tree.children = out;
    pruneEmptyContainers(tree);
  };
}

function visitLandscapeImages(nodes: RootContent[], landscape: boolean): void {
  for (const node of nodes)
    walk<Nodes>(node, (image) => {
      if (image.type === 'image' && !landscape && image.data?.docxLandscape) delete image.data.docxLandscape;
    });
}

/**
 * A block quote, list or list item left with nothing in it (`>` alone, `-` alone, or one that
 * held only dropped HTML) renders as nothing; at the top level remark-docx would take that
 * for a section break (and the section count would no longer match the front matter's).
 */
function pruneEmptyContainers(node: Root | RootContent): boolean {
  if (!('children' in node)) return false;
  const kids = node.children as RootContent[];
  const kept = kids.filter((c) => !pruneEmptyContainers(c));
  (node as { children: RootContent[] }).children = kept;
  return (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') && kept.length === 0;
}

function markImagesLandscape(node: RootContent): void {
  walk<Nodes>(node, (image) => {
    if (image.type === 'image') image.data = { ...image.data, docxLandscape: true };
  });
}

function dropInlineHtml(node: RootContent): void {
  const drop = (html: Nodes, index: number, parent: Nodes): number | void => {
    if (html.type !== 'html') return;
    const siblings = (parent as Parent).children as Nodes[];
    if (BR.test(html.value.trim())) {
      siblings.splice(index, 1, { type: 'break', position: html.position });
      return index + 1;
    }
    siblings.splice(index, 1);
    return index;
  };
  editChildren<Nodes>(node, drop); // top-level HTML never gets here: the loop above handles it
}
