/**
 * remark plugin: heading numbering 1, 1.1, 1.1.1 (a trailing ` {-}` leaves a heading
 * unnumbered) and one bookmark per heading, the target of the pre-filled "Índice" entries
 * (headings down to `tocLevels`, kept in `file.data.docx.headings`).
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP_CHILDREN, walk } from '../../../util/tree-walk.js';
import type { VFile } from 'vfile';
import { stripTrailingAttributes } from './attributes.js';
import { docxData } from './data.js';

export interface HeadingsOptions {
  /** Heading levels listed in the "Índice" (default 3). */
  tocLevels?: number;
}

export function remarkDocxHeadings(options: HeadingsOptions = {}) {
  const tocLevels = options.tocLevels ?? 3;
  return (tree: Root, file: VFile): void => {
    const { headings } = docxData(file);
    const counters = [0, 0, 0, 0, 0, 0, 0];
    let n = 0;
    walk<Nodes>(tree, (heading) => {
      if (heading.type !== 'heading') return;
      const attrs = stripTrailingAttributes(heading.children, file, heading);
      const unnumbered = attrs !== undefined && /(^|\s)(-|\.unnumbered)(\s|$)/.test(attrs);
      let number: string | undefined;
      if (!unnumbered) {
        counters[heading.depth]! += 1;
        for (let d = heading.depth + 1; d < counters.length; d++) counters[d] = 0;
        number = counters.slice(1, heading.depth + 1).join('.');
      }
      const bookmark = `_Toc_h${String(++n).padStart(4, '0')}`;
      heading.data = { ...heading.data, docxNumber: number, docxBookmark: bookmark };
      if (heading.depth <= tocLevels) {
        const text = toString(heading.children, { includeHtml: false }).trim();
        headings.push({ text: number ? `${number} ${text}` : text, level: heading.depth, anchor: bookmark });
      }
      return SKIP_CHILDREN;
    });
  };
}
