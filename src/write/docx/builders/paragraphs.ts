/**
 * remark-docx plugin: a top-level paragraph of plain text marked by the plain-paragraphs
 * transform (live loop only), built as remark-docx builds a top-level paragraph (no quote,
 * list or right-to-left setting to apply) and reused while its content is unchanged.
 */
import { Paragraph } from 'docx';
import { reusedBlock } from './reused-blocks.js';
import { inline, type RemarkDocxPlugin } from './types.js';

export const plainParagraphsPlugin = (): RemarkDocxPlugin => async () => ({
  docxPlainParagraph: (node, ctx) => reusedBlock(node.key, () => new Paragraph({ children: inline(ctx.render(node.children)) })),
});
