/** Text measurement with the shipped Open Sans font, so layouts are identical on every machine. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

export const FONT_FAMILY = 'Open Sans';
let ctx: SKRSContext2D | undefined;

/** Registers Open Sans (regular and bold) once; without it @napi-rs/canvas draws no text. */
export function ensureFont(): void {
  if (ctx) return;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/open-sans/package.json')), 'files');
  for (const w of ['400', '700']) {
    const key = GlobalFonts.registerFromPath(path.join(dir, `open-sans-latin-${w}-normal.woff2`), FONT_FAMILY);
    if (!key) throw new Error(`no se pudo registrar la fuente Open Sans ${w}`);
  }
  ctx = createCanvas(10, 10).getContext('2d');
}

/**
 * Width (px) of `text` in Open Sans at `size` px. Memoised: a layout search measures the same
 * words and lines again for every candidate, and each canvas call (font set + measure) is costly.
 */
export function measure(text: string, size: number, bold = false): number {
  const key = `${bold ? 'b' : 'r'}${size}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    ensureFont();
    ctx!.font = `${bold ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;
    width = ctx!.measureText(text).width;
    if (measured.size >= MAX_MEASURED) measured.clear();
    measured.set(key, width);
  }
  return width;
}

const measured = new Map<string, number>();
const MAX_MEASURED = 100_000;

/** Greedy word wrap to `maxWidth` px; a word longer than the width is cut by characters. */
export function wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let cur = '';
  for (let w of words) {
    while (measure(w, size, bold) > maxWidth && w.length > 1) {
      // Split an over-long word, keeping a hyphen at the break.
      let n = w.length - 1;
      while (n > 1 && measure(`${w.slice(0, n)}-`, size, bold) > maxWidth) n--;
      if (cur) { lines.push(cur); cur = ''; }
      lines.push(`${w.slice(0, n)}-`);
      w = w.slice(n);
    }
    const cand = cur ? `${cur} ${w}` : w;
    if (cur && measure(cand, size, bold) > maxWidth) {
      lines.push(cur);
      cur = w;
    } else cur = cand;
  }
  if (cur) lines.push(cur);
  return lines;
}
