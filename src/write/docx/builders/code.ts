/**
 * remark-docx plugin: a code block (fenced or indented, e.g. in a narrative) as a left-aligned
 * monospace paragraph, one line per line of code; remark-docx alone would print an English
 * warning and fall back to plain text.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { RemarkDocxPlugin } from './types.js';

/** Monospace family with a fallback every Word and LibreOffice has. */
export const CODE_FONT = 'Courier New';

export const codePlugin = (): RemarkDocxPlugin => async () => ({
  code: (node, ctx) => {
    const depth = (ctx.quote ?? -1) + 1 + (ctx.list ? ctx.list.level + 1 : 0);
    return new Paragraph({
      alignment: AlignmentType.LEFT,
      keepLines: true,
      indent: depth > 0 ? { left: 400 * depth } : undefined,
      children: node.value.split(/\r?\n/).map((line, i) => new TextRun({ text: line, font: CODE_FONT, size: 18, break: i === 0 ? undefined : 1 })),
    });
  },
});
