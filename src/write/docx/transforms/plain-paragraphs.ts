/**
 * Live loop only: each top-level paragraph of plain text becomes a `docxPlainParagraph` keyed by
 * its content, so that its docx.js objects and XML are reused while it is unchanged
 * (builders/reused-blocks.ts). Runs last, on the tree remark-docx will build.
 */
import type { Root } from 'mdast';
import { inLiveLoop } from '../../../util/live-loop.js';
import { plainInlineKey } from '../builders/reused-blocks.js';

export function remarkDocxPlainParagraphs() {
  return (tree: Root): void => {
    if (!inLiveLoop()) return;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'paragraph') return node;
      const parts = ['paragraph'];
      if (!plainInlineKey(node.children, parts)) return node;
      return { type: 'docxPlainParagraph', key: parts.join(''), children: node.children, position: node.position };
    });
  };
}
