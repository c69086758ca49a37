/**
 * remark-docx plugin: GFM tables in the organisation's format — header row in primary blue
 * with white bold text, repeated on every page (tblHeader); column widths estimated from the
 * text and summing to the text width (portrait or landscape), fixed layout so a table never
 * overflows the page; text at 9 pt, or 8 pt when the words don't fit (never smaller); wide
 * matrices of marks or counts get rotated headers; GFM alignment (`--:` for numbers) per cell;
 * rows don't split, short tables stay whole, long ones keep two rows with their header and with
 * their source line.
 */
import { AlignmentType, BorderStyle, HeightRule, PageBreak, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextDirection, VerticalAlign, WidthType } from 'docx';
import type { Table as MdTable, TableCell as MdTableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PageGeometry } from '../../../render/page/geometry.js';
import { isTotalRow } from '../../../util/table-rows.js';
import { STYLE, type ReportStyle } from '../styles.js';
import { plainInlineKey, reusableAt, reusedBlock } from './reused-blocks.js';
import { inline, type BuildContext, type RemarkDocxPlugin } from './types.js';

/**
 * Approximate width of one character of 9 pt text, in twips (bold header text: ×1.2). Measured
 * generously: where Open Sans is missing (a server exporting the PDF) a wider font stands in.
 */
const CHAR_TWIPS = 110;
const BOLD = 1.2;
const CELL_MARGINS = { left: 80, right: 80, top: 20, bottom: 20 };
const CELL_PADDING = CELL_MARGINS.left + CELL_MARGINS.right + 40; // cell margins + a little slack
const MAX_WORD = 18;
/** A body cell this short (a mark «X», «E», «—», a count) makes a "mark column" of a matrix. */
const MARK_CHARS = 7;
/** Lines a rotated header may take (the column is this many lines of header text wide). */
const ROTATED_LINES = 2;
/** A name column narrower than this wraps nearly every word: the layout is not good enough. */
const MIN_NAME_CHARS = 22;

/** Text sizes a table may use, largest first: nothing prints under 8 pt. */
export const TABLE_TEXT_SIZES = [9, 8] as const;
export type TableTextSize = (typeof TABLE_TEXT_SIZES)[number];

export interface TableLayout {
  widths: number[];
  size: TableTextSize;
  /** Columns whose header text is rotated (a matrix of marks or counts with long stage names). */
  rotated: boolean[];
  /** Height of the header row when some header is rotated (twips), else 0. */
  headerHeight: number;
  /** Whether every word fits its column at this size. */
  fits: boolean;
}

const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => w.length));
const charTwipsAt = (size: number) => (CHAR_TWIPS * size) / 9;

/** Twips needed so that no column breaks a word (capped at MAX_WORD characters). */
function minimumWidths(rows: string[][], columns: number, charTwips: number, rotated: boolean[] = [], size = 9): number[] {
  return Array.from({ length: columns }, (_, j) => {
    const cells = rows.map((r) => r[j] ?? '');
    const body = Math.max(0, ...cells.slice(1).map(longestWord));
    if (rotated[j]) return Math.max(body * charTwips + CELL_PADDING, rotatedWidth(size));
    const word = Math.max(longestWord(cells[0] ?? '') * BOLD, body);
    return Math.min(word, MAX_WORD) * charTwips + CELL_PADDING;
  });
}

/** Width of a column whose header is rotated: ROTATED_LINES lines of bold header text. */
const rotatedWidth = (size: number) => Math.round(ROTATED_LINES * size * 1.25 * 20) + CELL_PADDING;

/** Mark columns: every body cell short; the first column (names) never. */
function markColumns(rows: string[][], columns: number): boolean[] {
  return Array.from({ length: columns }, (_, j) => {
    if (j === 0 || rows.length < 2) return false;
    const header = rows[0]?.[j] ?? '';
    const body = rows.slice(1).map((r) => (r[j] ?? '').trim());
    return body.every((c) => c.length <= MARK_CHARS) && longestWord(header) > MARK_CHARS;
  });
}

/**
 * Column widths, text size and header rotation of a table: the largest size at which no word
 * is broken. A wide matrix (many columns of marks or counts under long headers) gets its
 * headers rotated, so that its columns are as narrow as their marks and the name column keeps
 * room for whole words.
 */
export function layoutTable(rows: string[][], total: number): TableLayout {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const attempt = (size: TableTextSize, rotated: boolean[]): TableLayout => {
    const minimum = minimumWidths(rows, columns, charTwipsAt(size), rotated, size);
    const fits = minimum.reduce((a, b) => a + b, 0) <= total;
    const widths = estimateColumnWidths(rows, total, charTwipsAt(size), rotated, size);
    const headerHeight = rotated.some(Boolean)
      ? Math.round(Math.min(Math.max(...rows[0]!.map((h, j) => (rotated[j] ? Math.ceil((h.length * BOLD) / ROTATED_LINES) : 0))), 24) * charTwipsAt(size) + CELL_PADDING)
      : 0;
    return { widths, size, rotated, headerHeight, fits };
  };
  const none = Array.from({ length: columns }, () => false);
  const marks = markColumns(rows, columns);
  const nameOk = (l: TableLayout) => columns < 3 || l.widths[0]! >= Math.min(MIN_NAME_CHARS, Math.max(0, ...rows.map((r) => (r[0] ?? '').length))) * charTwipsAt(l.size) + CELL_PADDING;
  const candidates: TableLayout[] = [];
  for (const size of TABLE_TEXT_SIZES) {
    candidates.push(attempt(size, none));
    if (marks.filter(Boolean).length >= 3) candidates.push(attempt(size, marks));
  }
  return candidates.find((l) => l.fits && nameOk(l)) ?? candidates.find((l) => l.fits) ?? candidates[candidates.length - 1]!;
}

/** Whether the table reads well on a portrait page (9 or 8 pt, no word broken, room for names). */
export function fitsWidth(rows: string[][], total: number): boolean {
  const l = layoutTable(rows, total);
  if (!l.fits) return false;
  const columns = Math.max(1, ...rows.map((r) => r.length));
  if (columns < 3) return true;
  return l.widths[0]! >= Math.min(MIN_NAME_CHARS, Math.max(0, ...rows.map((r) => (r[0] ?? '').length))) * charTwipsAt(l.size) + CELL_PADDING;
}

/**
 * Column widths (twips) from the text of each cell: proportional to the longest cell text
 * (capped, so one long column doesn't starve the others), at least the longest word where
 * possible; integers summing exactly to `total`.
 */
export function estimateColumnWidths(rows: string[][], total: number, charTwips = CHAR_TWIPS, rotated: boolean[] = [], size = 9): number[] {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const minimum = minimumWidths(rows, columns, charTwips, rotated, size);
  const desired: number[] = [];
  for (let j = 0; j < columns; j++) {
    const cells = rows.map((r) => r[j] ?? '');
    const bodyLength = Math.max(0, ...cells.slice(1).map((s) => Math.min(s.length, 60)));
    desired.push(rotated[j] ? 0 : Math.max(bodyLength, longestWord(cells[0] ?? '') * BOLD, 4));
  }
  const minimumSum = minimum.reduce((a, b) => a + b, 0);
  if (minimumSum >= total) return integerWidths(minimum.map((m) => (m / minimumSum) * total), total);
  // Rotated columns take their minimum; the others share the rest.
  const fixed = minimum.reduce((acc, m, j) => acc + (rotated[j] ? m : 0), 0);
  const free = total - fixed;
  const sum = desired.reduce((a, b) => a + b, 0) || 1;
  const widths = desired.map((d, j) => (rotated[j] ? minimum[j]! : (d / sum) * free));
  // Raise columns below their minimum, taking the difference from the columns with slack.
  for (let pass = 0; pass < 3; pass++) {
    const deficit = widths.reduce((acc, w, j) => acc + Math.max(0, minimum[j]! - w), 0);
    if (deficit <= 0) break;
    const slack = widths.reduce((acc, w, j) => acc + (rotated[j] ? 0 : Math.max(0, w - minimum[j]!)), 0);
    if (slack <= deficit) break;
    for (let j = 0; j < columns; j++) {
      if (rotated[j]) continue;
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
  8: { header: STYLE.tableHeaderCompact, text: STYLE.tableTextCompact },
};

/** Rows of a short table stay together on one page; longer ones keep this many body rows together at each end. */
const KEEP_WHOLE_ROWS = 8;
const KEEP_END_ROWS = 2;

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** Body rows moved to the next page when a table's source line was left alone there. */
const SPLIT_LAST_ROWS = 2;

/**
 * The table's content as a key (its cells' plain inline content, alignment and the transforms'
 * data), or undefined when a cell holds anything else (reused-blocks.ts).
 */
function plainTableKey(node: MdTable): string | undefined {
  const parts: string[] = [JSON.stringify([node.align, node.data])];
  for (const row of node.children) {
    parts.push('\u0001');
    for (const cell of row.children) {
      parts.push('\u0002');
      if (!plainInlineKey(cell.children, parts)) return undefined;
    }
  }
  return parts.join('');
}

export const tablesPlugin = (geometry: PageGeometry, style: ReportStyle, splitTables?: Set<string>): RemarkDocxPlugin => async () => {
  function buildTable(node: MdTable, ctx: BuildContext, split: boolean): Table | (Table | Paragraph)[] {
    const total = node.data?.docxLandscape ? geometry.landscapeTextWidth : geometry.textWidth;
    const columns = Math.max(...node.children.map((r) => r.children.length));
    const texts = node.children.map((row) => row.children.map((cell) => toString(cell, { includeHtml: false }).trim()));
    const { widths, size, rotated, headerHeight } = layoutTable(texts, total);
    const bodyRows = node.children.length - 1;
    // A closing «Total» row counts on top of the rows kept at the end: the last page of a split
    // table shows two rows of data, not one row and the total.
    const endRows = KEEP_END_ROWS + (isTotalRow(texts[texts.length - 1] ?? []) ? 1 : 0);
    // Word and LibreOffice keep a row with the next one when its paragraphs keep with the next:
    // a short table moves whole; a long one never leaves its header with fewer than two rows,
    // nor fewer than two rows (then its source line) at the top of a page.
    const keep = (i: number) => bodyRows <= KEEP_WHOLE_ROWS || i <= KEEP_END_ROWS || i > bodyRows - endRows;
    const styles = TABLE_STYLES[size];
    const line = { style: BorderStyle.SINGLE, size: 4, color: tint(style.colores.gris, 0.45) };
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    const band = tint(style.colores.primario, 0.06);
    const rowsOf = (indexes: number[]) => indexes.map((i) => buildRow(i));
    const table = (rows: TableRow[]) => new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      // The table's default cell margins (w:tblCellMar), not each cell's own: the same padding,
      // a quarter less XML in a report made of tables.
      margins: { ...CELL_MARGINS, marginUnitType: WidthType.DXA },
      borders: { top: { ...line, color: style.colores.primario, size: 8 }, bottom: { ...line, color: style.colores.primario, size: 8 }, left: none, right: none, insideHorizontal: line, insideVertical: none },
      rows,
    });
    const all = node.children.map((_, i) => i);
    // A real pagination found this table's source alone at the top of a page: its last rows go
    // there too, as the same table continued (header repeated) after a page break.
    const moved = SPLIT_LAST_ROWS + endRows - KEEP_END_ROWS;
    if (split && bodyRows > 2 * moved) {
      const cut = node.children.length - moved;
      return [table(rowsOf(all.slice(0, cut))), new Paragraph({ children: [new PageBreak()], spacing: { before: 0, after: 0, line: 20 } }), table(rowsOf([0, ...all.slice(cut)]))];
    }
    return table(rowsOf(all));

    function buildRow(i: number): TableRow {
        const row = node.children[i]!;
        const header = i === 0;
        const cells: (MdTableCell | undefined)[] = Array.from({ length: columns }, (_, j) => row.children[j]);
        return new TableRow({
          tableHeader: header || undefined,
          cantSplit: true,
          ...(header && headerHeight ? { height: { value: headerHeight, rule: HeightRule.ATLEAST } } : {}),
          children: cells.map((cell, j) => {
            const align = node.align?.[j];
            return new TableCell({
              width: { size: widths[j]!, type: WidthType.DXA },
              ...(header && rotated[j] ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT, verticalAlign: VerticalAlign.BOTTOM } : {}),
              shading: header
                ? { fill: style.colores.primario, type: ShadingType.CLEAR, color: 'auto' }
                : i % 2 === 0 ? { fill: band, type: ShadingType.CLEAR, color: 'auto' } : undefined,
              children: [
                new Paragraph({
                  style: header ? styles.header : styles.text,
                  alignment: align ? ALIGN[align] : rotated[j] && !header ? AlignmentType.CENTER : AlignmentType.LEFT,
                  keepNext: keep(i) || undefined,
                  children: cell ? inline(ctx.render(cell.children, { ...ctx, rtl: undefined })) : [],
                }),
              ],
            });
          }),
        });
    }
  }

  const setting = JSON.stringify([geometry, style.colores]);
  return {
    table: (node, ctx) => {
      // A table at the top level (no inherited marks, list or quote) with plain cells is the
      // same docx.js objects for the same content, page and colours: in the live loop, reused.
      const split = Boolean(node.data?.docxCaption && splitTables?.has(node.data.docxCaption));
      const content = reusableAt(ctx) ? plainTableKey(node) : undefined;
      const key = content === undefined ? undefined : `${setting}${split}${content}`;
      return reusedBlock(key, () => buildTable(node, ctx, split));
    },
  };
};
