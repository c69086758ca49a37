/** remark-docx plugin: `#`…`######` → Heading 1…6 (not Title), number + tab, bookmark for the TOC. */
import type { Heading } from 'mdast';
import { Bookmark, HeadingLevel, Paragraph, type ParagraphChild, Tab, TabStopType, TextRun } from 'docx';
import { plainInlineKey, reusableAt, reusedBlock } from './reused-blocks.js';
import { inline, type BuildContext, type RemarkDocxPlugin } from './types.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
/** Hanging indent of numbered headings (twips), by depth: room for "1", "1.1", "1.1.1"… */
const NUMBER_INDENT = [0, 720, 720, 900, 1080, 1080, 1080] as const;

/** A top-level heading of plain text, by level, number, bookmark and text (reused-blocks.ts). */
function headingKey(node: Heading, ctx: BuildContext): string | undefined {
  if (!reusableAt(ctx)) return undefined;
  const parts = ['heading', String(node.depth), JSON.stringify(node.data ?? {})];
  return plainInlineKey(node.children, parts) ? parts.join('') : undefined;
}

export const headingsPlugin = (): RemarkDocxPlugin => async () => ({
  heading: (node, ctx) => reusedBlock(headingKey(node, ctx), () => {
    const number = node.data?.docxNumber;
    const indent = NUMBER_INDENT[node.depth];
    const bookmark = node.data?.docxBookmark;
    const text = inline(ctx.render(node.children));
    const children: ParagraphChild[] = number ? [new TextRun({ text: number }), new TextRun({ children: [new Tab()] }), ...text] : text;
    return new Paragraph({
      heading: LEVELS[node.depth],
      outlineLevel: node.depth - 1,
      ...(number ? { indent: { left: indent, hanging: indent }, tabStops: [{ type: TabStopType.LEFT, position: indent }] } : {}),
      children: bookmark ? [new Bookmark({ id: bookmark, children })] : children,
    });
  }),
});
