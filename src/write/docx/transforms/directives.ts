/**
 * HTML comments as directives: `<!-- horizontal -->` … `<!-- /horizontal -->` (landscape
 * section), `<!-- salto-pagina -->` (page break). Every other raw HTML node is dropped
 * (remark-docx would write it as text at body level: invalid OOXML); `<br>` becomes a line break.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { isParent } from '../mdast-util.js';
import type { BuildState } from './state.js';

const HORIZONTAL = /^<!--\s*horizontal\s*-->$/i;
const END_HORIZONTAL = /^<!--\s*\/\s*horizontal\s*-->$/i;
const PAGE_BREAK = /^<!--\s*salto-pagina\s*-->$/i;
const BR = /^<br\s*\/?>$/i;

export function directivesTransform(state: BuildState) {
  return (tree: Root): void => {
    const out: RootContent[] = [];
    let landscapeStart: RootContent | undefined;
    for (const node of tree.children) {
      if (node.type === 'html') {
        const value = node.value.trim();
        if (HORIZONTAL.test(value)) {
          if (landscapeStart) state.problems.add(node, '«<!-- horizontal -->» dentro de otro bloque horizontal; ciérrelo antes con «<!-- /horizontal -->».');
          else out.push({ type: 'docxSectionBreak', next: 'landscape', position: node.position });
          landscapeStart ??= node;
        } else if (END_HORIZONTAL.test(value)) {
          if (!landscapeStart) state.problems.add(node, '«<!-- /horizontal -->» sin un «<!-- horizontal -->» que lo abra.');
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
    if (landscapeStart) state.problems.add(landscapeStart, '«<!-- horizontal -->» sin su cierre «<!-- /horizontal -->».');
    tree.children = out;
  };
}

function markImagesLandscape(node: Nodes): void {
  if (node.type === 'image') node.data = { ...node.data, docxLandscape: true };
  if (isParent(node)) for (const child of node.children as Nodes[]) markImagesLandscape(child);
}

function dropInlineHtml(node: Nodes): void {
  if (!isParent(node)) return;
  const children = node.children as Nodes[];
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.type === 'html') {
      if (BR.test(child.value.trim())) children.splice(i, 1, { type: 'break', position: child.position });
      else children.splice(i, 1);
    } else dropInlineHtml(child);
  }
}
