/**
 * remark plugin: HTML comments as directives: `<!-- horizontal -->` … `<!-- /horizontal -->`
 * (landscape section), `<!-- salto-pagina -->` (page break). Every other raw HTML node is
 * dropped (remark-docx would write it as text at body level: invalid OOXML); `<br>` becomes a
 * line break.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DOCX_SOURCE } from '../errors.js';

const HORIZONTAL = /^<!--\s*horizontal\s*-->$/i;
const END_HORIZONTAL = /^<!--\s*\/\s*horizontal\s*-->$/i;
const PAGE_BREAK = /^<!--\s*salto-pagina\s*-->$/i;
const BR = /^<br\s*\/?>$/i;

export function remarkDocxDirectives() {
  return (tree: Root, file: VFile): void => {
    const problem = (node: Nodes, reason: string) => file.message(reason, { place: node.position, source: DOCX_SOURCE });
    const out: RootContent[] = [];
    let landscapeStart: RootContent | undefined;
    for (const node of tree.children) {
      if (node.type === 'html') {
        const value = node.value.trim();
        if (HORIZONTAL.test(value)) {
          if (landscapeStart) problem(node, '«<!-- horizontal -->» dentro de otro bloque horizontal; ciérrelo antes con «<!-- /horizontal -->».');
          else out.push({ type: 'docxSectionBreak', next: 'landscape', position: node.position });
          landscapeStart ??= node;
        } else if (END_HORIZONTAL.test(value)) {
          if (!landscapeStart) problem(node, '«<!-- /horizontal -->» sin un «<!-- horizontal -->» que lo abra.');
          else out.push({ type: 'docxSectionBreak', next: 'body', position: node.position });
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
  };
}

function markImagesLandscape(node: RootContent): void {
  visit(node, 'image', (image) => {
    image.data = { ...image.data, docxLandscape: true };
  });
}

function dropInlineHtml(node: RootContent): void {
  visit(node, 'html', (html, index, parent) => {
    if (!parent || index === undefined) return;
    if (BR.test(html.value.trim())) {
      parent.children.splice(index, 1, { type: 'break', position: html.position });
      return SKIP;
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
