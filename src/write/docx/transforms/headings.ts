/**
 * Heading numbering 1, 1.1, 1.1.1 (a trailing ` {-}` leaves a heading unnumbered) and one
 * bookmark per heading, the target of the pre-filled "Índice" entries.
 */
import type { Heading, Root } from 'mdast';
import { plainText, stripTrailingAttributes, walk } from '../mdast-util.js';
import type { BuildState } from './state.js';

export function headingsTransform(state: BuildState) {
  return (tree: Root): void => {
    const counters = [0, 0, 0, 0, 0, 0, 0];
    let n = 0;
    walk(tree, (node) => {
      if (node.type !== 'heading') return;
      const heading: Heading = node;
      const attrs = stripTrailingAttributes(heading.children);
      const unnumbered = attrs !== undefined && /(^|\s)(-|\.unnumbered)(\s|$)/.test(attrs);
      let number: string | undefined;
      if (!unnumbered) {
        counters[heading.depth]! += 1;
        for (let d = heading.depth + 1; d < counters.length; d++) counters[d] = 0;
        number = counters.slice(1, heading.depth + 1).join('.');
      }
      const bookmark = `_Toc_h${String(++n).padStart(4, '0')}`;
      heading.data = { ...heading.data, docxNumber: number, docxBookmark: bookmark };
      if (heading.depth <= state.tocLevels) {
        const text = plainText(heading.children).trim();
        state.headings.push({ text: number ? `${number} ${text}` : text, level: heading.depth, anchor: bookmark });
      }
      return 'skip';
    });
  };
}
