/**
 * Native tables whose rows are measured before they are drawn: every cell is wrapped with the
 * text-fitting estimates, long cells are shortened at a word boundary to the column's line
 * limit, and rows are paginated so a table never runs past the footer. Continuation pages
 * repeat the header row (the caller adds one slide per page).
 */
import type PptxGenJS from 'pptxgenjs';
import type { Box } from './geometry.js';
import { breaksWord, lineHeight, truncateToLines, wrap } from './text-fit.js';
import { registerShape, type SlideHandle } from './primitives.js';

export interface TableColumn {
  header: string;
  /** Inches. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Cells longer than this many lines are shortened with "…" (full text goes to the notes). */
  maxLines?: number;
}

export interface TableCell {
  text: string;
  color?: string;
  bold?: boolean;
  fill?: string;
}

/** Cell margins in inches: top/bottom, left/right. */
const PAD_V = 0.05;
const PAD_H = 0.07;
const SPACING = 1.4;

export interface TablePage {
  rows: TableCell[][];
  heights: number[];
}

export interface TableLayout {
  fontSize: number;
  headerHeight: number;
  pages: TablePage[];
  /** Some cell had to be shortened. */
  truncated: boolean;
}

function cellHeight(text: string, width: number, fontSize: number, bold: boolean): number {
  const lines = wrap(text, width - 2 * PAD_H, fontSize, bold).length;
  return lines * lineHeight(fontSize, SPACING) + 2 * PAD_V + 0.03;
}

/**
 * Measures and paginates: the font size is the largest in [min, max] that puts the rows on the
 * fewest pages, with at most `maxRowsPerPage` rows per page.
 */
export function layoutTable(columns: TableColumn[], rows: TableCell[][], maxHeight: number, opts: { min: number; max: number; maxRowsPerPage?: number }): TableLayout {
  // preference: no word split mid-word, then fewest pages, then the largest size
  let best: { layout: TableLayout; broken: boolean } | undefined;
  for (let size = opts.max; size >= opts.min; size--) {
    const layout = paginate(columns, rows, maxHeight, size, opts.maxRowsPerPage ?? Infinity);
    const broken = columns.some((c, j) => breaksWord(c.header, c.width - 2 * PAD_H, size, true) || rows.some((r) => breaksWord(r[j]?.text ?? '', c.width - 2 * PAD_H, size, !!r[j]?.bold)));
    if (!best || (best.broken && !broken) || (best.broken === broken && layout.pages.length < best.layout.pages.length)) best = { layout, broken };
    if (!broken && layout.pages.length === 1) break;
  }
  return best!.layout;
}

function paginate(columns: TableColumn[], rows: TableCell[][], maxHeight: number, fontSize: number, maxRows: number): TableLayout {
  let truncated = false;
  const headerHeight = Math.max(...columns.map((c) => cellHeight(c.header, c.width, fontSize, true)));
  const avail = maxHeight - headerHeight;
  const maxLinesFit = Math.max(1, Math.floor((avail - 2 * PAD_V - 0.03) / lineHeight(fontSize, SPACING)));
  const fitted = rows.map((r) => r.map((cell, j) => {
    const col = columns[j]!;
    const limit = Math.min(col.maxLines ?? Infinity, maxLinesFit);
    const t = truncateToLines(cell.text, col.width - 2 * PAD_H, fontSize, limit, cell.bold);
    if (t.truncated) truncated = true;
    return { ...cell, text: t.text };
  }));
  const pages: TablePage[] = [];
  let page: TablePage = { rows: [], heights: [] };
  let used = 0;
  for (const r of fitted) {
    const hgt = Math.max(...r.map((cell, j) => cellHeight(cell.text, columns[j]!.width, fontSize, !!cell.bold)));
    if (page.rows.length && (used + hgt > avail + 1e-9 || page.rows.length >= maxRows)) {
      pages.push(page);
      page = { rows: [], heights: [] };
      used = 0;
    }
    page.rows.push(r);
    page.heights.push(hgt);
    used += hgt;
  }
  if (page.rows.length || !pages.length) pages.push(page);
  return { fontSize, headerHeight, pages, truncated };
}

/** Draws one page of a measured table at (x, y); returns the box it occupies. */
export function drawTable(h: SlideHandle, columns: TableColumn[], layout: TableLayout, page: TablePage, at: { x: number; y: number }, name: string): Box {
  const { style } = h.ctx;
  const w = columns.reduce((t, c) => t + c.width, 0);
  const hgt = layout.headerHeight + page.heights.reduce((t, x) => t + x, 0);
  const box = registerShape(h, { x: at.x, y: at.y, w, h: hgt }, name);
  const border: PptxGenJS.BorderProps = { type: 'solid', pt: 0.75, color: 'C8D1E6' };
  const header: PptxGenJS.TableCell[] = columns.map((c) => ({
    text: c.header,
    options: { bold: true, color: 'FFFFFF', fill: { color: style.colors.primario }, align: c.align ?? 'left', valign: 'middle', fontSize: layout.fontSize, fontFace: style.font },
  }));
  const body: PptxGenJS.TableCell[][] = page.rows.map((r, i) => r.map((cell, j) => ({
    text: cell.text,
    options: {
      bold: !!cell.bold,
      color: cell.color ?? style.text,
      fill: { color: cell.fill ?? (i % 2 ? style.light : 'FFFFFF') },
      align: columns[j]!.align ?? 'left',
      valign: 'top',
      fontSize: layout.fontSize,
      fontFace: style.font,
    },
  })));
  h.slide.addTable([header, ...body], {
    x: at.x,
    y: at.y,
    w,
    colW: columns.map((c) => c.width),
    rowH: [layout.headerHeight, ...page.heights],
    fontFace: style.font,
    fontSize: layout.fontSize,
    margin: [PAD_V, PAD_H, PAD_V, PAD_H],
    border: [border, border, border, border],
    autoPage: false,
    objectName: name,
  });
  return box;
}
