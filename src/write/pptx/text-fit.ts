/**
 * Text fitting without a font engine: every text placed on a slide goes through here so it
 * cannot overflow its box. Widths are the conservative estimate of `render/text`
 * (`estimateWidth`: whatever font the viewer substitutes for Open Sans); lines are wrapped
 * greedily at spaces like PowerPoint (`wrapParagraphs`).
 *
 * fitText() picks the largest font size in [min, max] whose wrapped lines fit the box; when
 * even the minimum does not fit it keeps the lines that fit and ends the last one with "…"
 * at a word boundary (mid-word only when the first word alone is longer than the lines
 * allowed). paginate() splits a list of items across slides.
 */
import { estimateWidth, wrapParagraphs, words } from '../../render/text/index.js';
import type { Box } from './geometry.js';
import { liveLoopCache } from '../../util/live-loop.js';

/** Text box inset used for every text box of the deck, in points (pptxgenjs `margin`). */
export const TEXT_INSET_PT = 6;
const PT_PER_INCH = 72;
/** Line height as a multiple of the font size: Open Sans' ascent + descent is 1.36 em. */
export const LINE_HEIGHT = 1.4;

/** Estimated width in inches of a single line of text (`estimateWidth`: whatever font the viewer has). */
export function textWidth(text: string, fontSizePt: number, bold = false): number {
  return estimateWidth(text, fontSizePt, bold) / PT_PER_INCH;
}

export function lineHeight(fontSizePt: number, spacing = LINE_HEIGHT): number {
  return (fontSizePt * spacing) / PT_PER_INCH;
}

const INSET_IN = TEXT_INSET_PT / PT_PER_INCH;

/** Usable width and height of a text box once its insets are removed. */
export function innerBox(box: Box): { w: number; h: number } {
  return { w: Math.max(0, box.w - 2 * INSET_IN), h: Math.max(0, box.h - 2 * INSET_IN) };
}

/**
 * Greedy word wrap, as PowerPoint does (`wrapParagraphs`). A single word wider than the line is
 * split (only then, so that nothing is ever drawn outside the box) and reported as `broken`;
 * explicit "\n" starts a new paragraph.
 */
export function wrapDetailed(text: string, width: number, fontSizePt: number, bold = false): { lines: string[]; broken: boolean } {
  const { lines, broken } = wrapped(`${width}\u0000${fontSizePt}\u0000${bold ? 1 : 0}\u0000${text}`, () => wrapParagraphs(text, width, (line) => textWidth(line, fontSizePt, bold)));
  return { lines: lines.slice(), broken };
}
/**
 * Wraps are remembered in the live loop (the deck's worker thread): fitting a slide's text tries
 * sizes and cuts, thousands of wraps per deck, nearly all the same from one rebuild to the next.
 */
const wrapped = liveLoopCache<{ lines: string[]; broken: boolean }>(20_000);

export function wrap(text: string, width: number, fontSizePt: number, bold = false): string[] {
  return wrapDetailed(text, width, fontSizePt, bold).lines;
}

/** True when some word of `text` is wider than `width` at this size (it would be split mid-word). */
export function breaksWord(text: string, width: number, fontSizePt: number, bold = false): boolean {
  return words(text).some((w) => textWidth(w, fontSizePt, bold) > width);
}

export interface FitOptions {
  min: number;
  max: number;
  bold?: boolean;
  /** Line spacing multiple (default LINE_HEIGHT). */
  spacing?: number;
  /** Never use more lines than this (e.g. 2 for a title). */
  maxLines?: number;
  /** Step between candidate sizes in points. */
  step?: number;
}

export interface Fitted {
  text: string;
  fontSize: number;
  lines: number;
  /** True when the text had to be shortened to fit. */
  truncated: boolean;
}

function linesThatFit(box: Box, fontSize: number, spacing: number, maxLines?: number): number {
  const { h } = innerBox(box);
  const n = Math.floor((h + 1e-9) / lineHeight(fontSize, spacing));
  return maxLines === undefined ? n : Math.min(n, maxLines);
}

/** Does `text` fit `box` at `fontSize`? */
export function fits(text: string, box: Box, fontSize: number, opts: Pick<FitOptions, 'bold' | 'spacing' | 'maxLines'> = {}): boolean {
  const lines = wrap(text, innerBox(box).w, fontSize, opts.bold);
  return lines.length <= linesThatFit(box, fontSize, opts.spacing ?? LINE_HEIGHT, opts.maxLines);
}

/**
 * Shortens text to at most `maxLines` wrapped lines, cutting at a word boundary and ending
 * with "…". Returns the original text when it already fits.
 */
export function truncateToLines(text: string, width: number, fontSize: number, maxLines: number, bold = false): { text: string; truncated: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (wrap(flat, width, fontSize, bold).length <= maxLines) return { text: flat, truncated: false };
  const parts = flat.split(' ');
  // binary search the longest prefix of whole words that fits with the ellipsis
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = `${trimPunctuation(parts.slice(0, mid).join(' '))}…`;
    if (wrap(candidate, width, fontSize, bold).length <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return { text: `${longestPrefix(parts[0]!, (t) => wrap(`${t}…`, width, fontSize, bold).length <= maxLines)}…`, truncated: true };
  return { text: `${trimPunctuation(parts.slice(0, lo).join(' '))}…`, truncated: true };
}

/**
 * The longest prefix of `word` that `fits` (a first word longer than the lines allowed is cut
 * by characters rather than dropped whole), never between the halves of a surrogate pair.
 */
function longestPrefix(word: string, fits: (prefix: string) => boolean): string {
  let lo = 0;
  let hi = word.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(word.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const code = word.charCodeAt(lo - 1);
  return word.slice(0, code >= 0xd800 && code <= 0xdbff ? lo - 1 : lo);
}

function trimPunctuation(s: string): string {
  return s.replace(/[\s,;:.\-—–(]+$/u, '');
}

/** Picks the largest font size that fits; truncates at a word boundary when none does. */
export function fitText(text: string, box: Box, opts: FitOptions): Fitted {
  const step = opts.step ?? 1;
  const spacing = opts.spacing ?? LINE_HEIGHT;
  const { w } = innerBox(box);
  for (let size = opts.max; size >= opts.min - 1e-9; size -= step) {
    const { lines, broken } = wrapDetailed(text, w, size, opts.bold);
    if (broken && size - step >= opts.min - 1e-9) continue; // a smaller size may keep words whole
    if (lines.length <= linesThatFit(box, size, spacing, opts.maxLines)) {
      return { text, fontSize: size, lines: lines.length, truncated: false };
    }
  }
  const size = opts.min;
  const maxLines = Math.max(1, linesThatFit(box, size, spacing, opts.maxLines));
  const t = truncateToLines(text, w, size, maxLines, opts.bold);
  return { text: t.text, fontSize: size, lines: Math.min(maxLines, wrap(t.text, w, size, opts.bold).length), truncated: t.truncated };
}

/** Height in inches that `text` needs in a box of width `width` at `fontSize`. */
export function heightNeeded(text: string, width: number, fontSize: number, opts: { bold?: boolean; spacing?: number } = {}): number {
  const lines = wrap(text, Math.max(0, width - 2 * INSET_IN), fontSize, opts.bold).length;
  return lines * lineHeight(fontSize, opts.spacing) + 2 * INSET_IN;
}

export interface BulletFit {
  fontSize: number;
  /** Items on each page (slide); more than one page means the list continues. */
  pages: string[][];
  truncated: boolean;
}

/**
 * Fits a bullet list into a box: tries sizes from max to min with every item shortened to at
 * most `maxLinesPerItem` lines; when the list still does not fit at the minimum size, it is
 * split across pages of the same box (the caller adds continuation slides).
 */
export function fitBullets(items: string[], box: Box, opts: FitOptions & { maxLinesPerItem?: number; paragraphGap?: number; indent?: number }): BulletFit {
  const spacing = opts.spacing ?? LINE_HEIGHT;
  const step = opts.step ?? 1;
  const indent = opts.indent ?? 0.3;
  const gap = opts.paragraphGap ?? 0.35; // fraction of a line between items
  const { w, h } = innerBox(box);
  const textW = w - indent;
  const shorten = (size: number) => items.map((it) => (opts.maxLinesPerItem ? truncateToLines(it, textW, size, opts.maxLinesPerItem, opts.bold) : { text: it, truncated: false }));
  const itemHeight = (t: string, size: number) => (wrap(t, textW, size, opts.bold).length + gap) * lineHeight(size, spacing);
  for (let size = opts.max; size >= opts.min - 1e-9; size -= step) {
    if (size - step >= opts.min - 1e-9 && items.some((it) => breaksWord(it, textW, size, opts.bold))) continue;
    const short = shorten(size);
    const total = short.reduce((a, s) => a + itemHeight(s.text, size), 0);
    if (total <= h + 1e-9) return { fontSize: size, pages: [short.map((s) => s.text)], truncated: short.some((s) => s.truncated) };
  }
  const size = opts.min;
  // at the minimum size, shorten every item further (down to 2 lines) before splitting the list
  for (let lines = (opts.maxLinesPerItem ?? 4) - 1; lines >= 2; lines--) {
    const short = items.map((it) => truncateToLines(it, textW, size, lines, opts.bold));
    const total = short.reduce((a, s) => a + itemHeight(s.text, size), 0);
    if (total <= h + 1e-9) return { fontSize: size, pages: [short.map((s) => s.text)], truncated: short.some((s) => s.truncated) };
  }
  const short = shorten(size);
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  let truncated = short.some((s) => s.truncated);
  for (const s of short) {
    let t = s.text;
    let need = itemHeight(t, size);
    if (need > h) {
      // one item taller than the whole box: shorten it to what a page holds
      const maxLines = Math.max(1, Math.floor(h / lineHeight(size, spacing) - gap));
      t = truncateToLines(t, textW, size, maxLines, opts.bold).text;
      need = itemHeight(t, size);
      truncated = true;
    }
    if (used + need > h + 1e-9 && page.length) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(t);
    used += need;
  }
  if (page.length) pages.push(page);
  return { fontSize: size, pages, truncated };
}

/** The largest size at which every text fits its own box: one size for a row of similar boxes. */
export function commonFontSize(items: { text: string; box: Box }[], opts: FitOptions): number {
  return Math.min(...items.map((it) => fitText(it.text, it.box, opts).fontSize));
}
