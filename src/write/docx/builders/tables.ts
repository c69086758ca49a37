/**
 * remark-docx plugin: GFM tables in the organisation's format — header row in primary blue
 * with white bold text, repeated on every page (tblHeader); column widths estimated from the
 * text and summing to the text width (portrait or landscape), fixed layout so a table never
 * overflows the page; text at 9 pt, or 7.5 / 6.5 pt when the words don't fit; GFM alignment
 * (`--:` for numbers) per cell; rows don't split.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TableCell as MdTableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PageGeometry } from '../../../render/page/geometry.js';
import { STYLE, type ReportStyle } from '../styles.js';
import { inline, type RemarkDocxPlugin } from './types.js';

/**
 * Approximate width of one character of 9 pt text, in twips (bold header text: ×1.2). Measured
 * generously: where Open Sans is missing (a server exporting the PDF) a wider font stands in.
 */
const CHAR_TWIPS = 110;
const BOLD = 1.2;
const CELL_PADDING = 2 * 80 + 40; // cell margins + a little slack
const MAX_WORD = 18;

/** Text sizes a table may use, largest first: a table whose words don't fit drops a size. */
export const TABLE_TEXT_SIZES = [9, 7.5, 6.5] as const;
export type TableTextSize = (typeof TABLE_TEXT_SIZES)[number];

const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => w.length));

/** Twips needed so that no column breaks a word (capped at MAX_WORD characters). */
function minimumWidths(rows: string[][], columns: number, charTwips: number): number[] {
  return Array.from({ length: columns }, (_, j) => {
    const cells = rows.map((r) => r[j] ?? '');
    const word = Math.max(longestWord(cells[0] ?? '') * BOLD, ...cells.slice(1).map(longestWord));
    return Math.min(word, MAX_WORD) * charTwips + CELL_PADDING;
  });
}

/** Column widths and text size of a table: the largest size at which no word is broken. */
export function layoutTable(rows: string[][], total: number): { widths: number[]; size: TableTextSize } {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const charTwips = (size: number) => (CHAR_TWIPS * size) / 9;
  const fits = (size: number) => minimumWidths(rows, columns, charTwips(size)).reduce((a, b) => a + b, 0) <= total;
  const size: TableTextSize = TABLE_TEXT_SIZES.find(fits) ?? 6.5;
  return { widths: estimateColumnWidths(rows, total, charTwips(size)), size };
}

/**
 * Column widths (twips) from the text of each cell: proportional to the longest cell text
 * (capped, so one long column doesn't starve the others), at least the longest word where
 * possible; integers summing exactly to `total`.
 */
export function estimateColumnWidths(rows: string[][], total: number, charTwips = CHAR_TWIPS): number[] {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const minimum = minimumWidths(rows, columns, charTwips);
  const desired: number[] = [];
  for (let j = 0; j < columns; j++) {
    const cells = rows.map((r) => r[j] ?? '');
    const bodyLength = Math.max(0, ...cells.slice(1).map((s) => Math.min(s.length, 60)));
    desired.push(Math.max(bodyLength, longestWord(cells[0] ?? '') * BOLD, 4));
  }
  const minimumSum = minimum.reduce((a, b) => a + b, 0);
  if (minimumSum >= total) return integerWidths(minimum.map((m) => (m / minimumSum) * total), total);
  const sum = desired.reduce((a, b) => a + b, 0);
  const widths = desired.map((d) => (d / sum) * total);
  // Raise columns below their minimum, taking the difference from the columns with slack.
  for (let pass = 0; pass < 3; pass++) {
    const deficit = widths.reduce((acc, w, j) => acc + Math.max(0, minimum[j]! - w), 0);
    if (deficit <= 0) break;
    const slack = widths.reduce((acc, w, j) => acc + Math.max(0, w - minimum[j]!), 0);
    if (slack <= deficit) break;
    for (let j = 0; j < columns; j++) {
      if (widths[j]! < minimum[j]!) widths[j] = minimum[j]!;
      else widths[j] = widths[j]! - ((widths[j]! - minimum[j]!) / slack) * deficit;
    }
  }
  return integerWidths(widths, total);
}

function integerWidths(widths: number[], total: number): number[] {
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/** `color` mixed with white: 0 → white, 1 → color. */
function tint(color: string, amount: number): string {
  const channel = (i: number) => {
    const v = parseInt(color.slice(i, i + 2), 16);
    return Math.round(255 - (255 - v) * amount).toString(16).padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

const TABLE_STYLES: Record<TableTextSize, { header: string; text: string }> = {
  9: { header: STYLE.tableHeader, text: STYLE.tableText },
  7.5: { header: STYLE.tableHeaderCompact, text: STYLE.tableTextCompact },
  6.5: { header: STYLE.tableHeaderSmallest, text: STYLE.tableTextSmallest },
};

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export const tablesPlugin = (geometry: PageGeometry, style: ReportStyle): RemarkDocxPlugin => async () => ({
  table: (node, ctx) => {
    const total = node.data?.docxLandscape ? geometry.landscapeTextWidth : geometry.textWidth;
    const columns = Math.max(...node.children.map((r) => r.children.length));
    const texts = node.children.map((row) => row.children.map((cell) => toString(cell, { includeHtml: false }).trim()));
    const { widths, size } = layoutTable(texts, total);
    const styles = TABLE_STYLES[size];
    const line = { style: BorderStyle.SINGLE, size: 4, color: tint(style.colores.gris, 0.45) };
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    const band = tint(style.colores.primario, 0.06);
    return new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: { ...line, color: style.colores.primario, size: 8 }, bottom: { ...line, color: style.colores.primario, size: 8 }, left: none, right: none, insideHorizontal: line, insideVertical: none },
      rows: node.children.map((row, i) => {
        const header = i === 0;
        const cells: (MdTableCell | undefined)[] = Array.from({ length: columns }, (_, j) => row.children[j]);
        return new TableRow({
          tableHeader: header || undefined,
          cantSplit: true,
          children: cells.map((cell, j) => {
            const align = node.align?.[j];
            return new TableCell({
              width: { size: widths[j]!, type: WidthType.DXA },
              margins: { left: 80, right: 80, top: 20, bottom: 20 },
              shading: header
                ? { fill: style.colores.primario, type: ShadingType.CLEAR, color: 'auto' }
                : i % 2 === 0 ? { fill: band, type: ShadingType.CLEAR, color: 'auto' } : undefined,
              children: [
                new Paragraph({
                  style: header ? styles.header : styles.text,
                  alignment: align ? ALIGN[align] : AlignmentType.LEFT,
                  children: cell ? inline(ctx.render(cell.children, { ...ctx, rtl: undefined })) : [],
                }),
              ],
            });
          }),
        });
      }),
    });
  },
});
