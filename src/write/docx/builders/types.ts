/** remark-docx's builder types (not exported by the package), derived from RemarkDocxPlugin. */
import type { ParagraphChild } from 'docx';
import type { RemarkDocxPlugin } from 'remark-docx';

export type { RemarkDocxPlugin };
export type NodeBuilders = Awaited<ReturnType<RemarkDocxPlugin>>;
export type BuildContext = Parameters<NonNullable<NodeBuilders['paragraph']>>[1];
export type DocxContent = ReturnType<BuildContext['render']>[number];

/** Inline content rendered by remark-docx, used as paragraph children. */
export function inline(content: DocxContent[]): ParagraphChild[] {
  return content as ParagraphChild[];
}
