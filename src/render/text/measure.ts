/**
 * How wide a line of text is. Two measures, for two kinds of output:
 *
 * - `measureText`: exact, with the shipped Open Sans on a canvas (px). For what we draw
 *   ourselves (flowchart boxes, PNGs): we choose the font, so the width is known.
 * - `estimateWidth`: a conservative estimate without a font engine (pt). For text a viewer lays
 *   out with whatever font it has (the deck in PowerPoint or LibreOffice): per character class,
 *   the widest of Open Sans, Arial and DejaVu Sans (what a viewer without Open Sans
 *   substitutes), times a safety factor.
 *
 * Chart category labels are wrapped by character count (`characterCount`), as chart.js
 * leaves their drawing to us only line by line.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { canvasFont, registerFonts } from './fonts.js';

let ctx: SKRSContext2D | undefined;
const measured = new Map<string, number>();
const MAX_MEASURED = 100_000;
/** Longer strings are measured without the cache (they are rarely measured twice). */
const MAX_CACHED_LENGTH = 256;

/**
 * Width (px) of `text` in the shipped Open Sans at `sizePx`. Memoised: a layout search
 * measures the same words and lines again for every candidate, and each canvas call (font set
 * + measure) is costly.
 */
export function measureText(text: string, sizePx: number, bold = false): number {
  const key = text.length <= MAX_CACHED_LENGTH ? `${bold ? 'b' : 'r'}${sizePx}|${text}` : undefined;
  let width = key === undefined ? undefined : measured.get(key);
  if (width === undefined) {
    if (!ctx) {
      registerFonts();
      ctx = createCanvas(10, 10).getContext('2d');
    }
    ctx.font = canvasFont(sizePx, bold);
    width = ctx.measureText(text).width;
    if (key !== undefined) {
      if (measured.size >= MAX_MEASURED) measured.clear();
      measured.set(key, width);
    }
  }
  return width;
}

/** Extra margin on every estimate. */
const SAFETY = 1.06;
/** DejaVu Sans Bold (LibreOffice's stand-in for a missing Open Sans) is ~15 % wider than regular. */
const BOLD_FACTOR = 1.15;

const NARROW = new Set([...'iljI.,;:\'!|·']);
const SEMI = new Set([...'ftrJ()[]{}-/"«»¡¿']);
const WIDE_LOWER = new Set([...'mw']);
const WIDE_UPPER = new Set([...'MW%@']);

/** Estimated advance of one character, in em. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.32;
  const base = ch.normalize('NFD')[0] ?? ch;
  if (NARROW.has(base)) return 0.3;
  if (SEMI.has(base)) return 0.42;
  if (WIDE_LOWER.has(base)) return 0.98;
  if (WIDE_UPPER.has(base)) return 1.0;
  if (ch === '—' || ch === '…') return 1.0;
  if (/[0-9]/.test(base)) return 0.64;
  if (/[A-Z]/.test(base)) return 0.74;
  if (/[a-z]/.test(base)) return 0.62;
  return 0.7;
}

const emCache = new Map<string, number>();

/** Conservative width (pt) of a single line of `text` at `sizePt`, whatever font the viewer has. */
export function estimateWidth(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    let e = emCache.get(ch);
    if (e === undefined) {
      e = charEm(ch);
      if (emCache.size < 4096) emCache.set(ch, e);
    }
    em += e;
  }
  return em * sizePt * SAFETY * (bold ? BOLD_FACTOR : 1);
}

/** Width of a chart label line: its number of characters. */
export function characterCount(text: string): number {
  return text.length;
}
