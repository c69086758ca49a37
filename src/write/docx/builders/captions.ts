/**
 * remark-docx plugin: captions "Tabla N. Texto" / "Figura N. Texto" as Word captions —
 * Caption style, `SEQ Tabla` field with its cached number, a bookmark around "Tabla N"
 * (what REF fields print) — and "Fuente: …" lines in the small source style.
 */
import { Bookmark, Paragraph, SimpleField, TextRun } from 'docx';
import { STYLE } from '../styles.js';
import { inline, type RemarkDocxPlugin } from './types.js';

export const captionsPlugin = (): RemarkDocxPlugin => async () => ({
  docxCaption: (node, ctx) =>
    new Paragraph({
      style: STYLE.caption,
      keepNext: node.keepNext,
      keepLines: true,
      children: [
        new Bookmark({
          id: node.bookmark,
          children: [new TextRun(`${node.label} `), new SimpleField(`SEQ ${node.label} \\* ARABIC`, String(node.number))],
        }),
        new TextRun('. '),
        ...inline(ctx.render(node.children)),
      ],
    }),
  docxSource: (node, ctx) => new Paragraph({ style: STYLE.source, keepNext: node.keepNext, keepLines: true, children: inline(ctx.render(node.children)) }),
});
