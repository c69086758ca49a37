/**
 * Slide geometry of the CIE deck: one 16:9 slide of 13.333 × 7.5 in, the regions the master
 * reserves (title bar, footer) and a guard that refuses any shape outside the slide.
 * Every position in this module and in the slide builders is in inches.
 */

/** EMU per inch (OOXML): what a:off / a:ext are written in. */
export const EMU_PER_INCH = 914_400;
/** PowerPoint's 16:9 "widescreen": 12,192,000 × 6,858,000 EMU (13.333… × 7.5 in). */
export const SLIDE_W = 12_192_000 / EMU_PER_INCH;
export const SLIDE_H = 7.5;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const MARGIN_X = 0.5;
/** Title bar of the content master. */
export const TITLE_BAR: Box = { x: 0, y: 0, w: SLIDE_W, h: 1.05 };
export const TITLE_BOX: Box = { x: MARGIN_X, y: 0.12, w: SLIDE_W - 2 * MARGIN_X - 0.2, h: 0.82 };
/** Footer band: state + date on the left, slide number on the right. */
export const FOOTER_Y = 7.0;
export const FOOTER_BOX: Box = { x: MARGIN_X, y: FOOTER_Y + 0.06, w: 10.4, h: 0.34 };
export const SLIDE_NUMBER_BOX: Box = { x: SLIDE_W - MARGIN_X - 0.9, y: FOOTER_Y + 0.06, w: 0.9, h: 0.34 };
/** Where a content slide's body may draw. */
export const CONTENT: Box = { x: MARGIN_X, y: 1.3, w: SLIDE_W - 2 * MARGIN_X, h: FOOTER_Y - 1.3 - 0.15 };

/**
 * Where a flowchart slide draws (version line + flowchart): wider and taller than CONTENT, since
 * wide flowcharts need every inch to keep their text legible, but still clear of the title bar
 * and its accent (which end at 1.11 in) and of the footer line (7.0 in).
 */
export const FLOWCHART_AREA: Box = { x: 0.3, y: 1.2, w: SLIDE_W - 0.6, h: FOOTER_Y - 0.1 - 1.2 };

export function inside(b: Box, outer: Box = { x: 0, y: 0, w: SLIDE_W, h: SLIDE_H }, tolerance = 1e-6): boolean {
  return b.x >= outer.x - tolerance && b.y >= outer.y - tolerance && b.w > 0 && b.h > 0
    && b.x + b.w <= outer.x + outer.w + tolerance && b.y + b.h <= outer.y + outer.h + tolerance;
}

/** Throws (a bug, not a user error) when a shape would leave the slide. */
export function assertOnSlide(b: Box, what: string): Box {
  if (!inside(b)) {
    throw new Error(`forma fuera de la diapositiva (${what}): x=${b.x.toFixed(2)} y=${b.y.toFixed(2)} w=${b.w.toFixed(2)} h=${b.h.toFixed(2)}`);
  }
  return b;
}

/** Splits a box into n columns with a gap between them. */
export function columns(b: Box, n: number, gap = 0.3): Box[] {
  const w = (b.w - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: b.x + i * (w + gap), y: b.y, w, h: b.h }));
}

/** Splits a box into rows with given relative heights. */
export function rows(b: Box, weights: number[], gap = 0.2): Box[] {
  const total = weights.reduce((a, c) => a + c, 0);
  const free = b.h - gap * (weights.length - 1);
  let y = b.y;
  return weights.map((wt) => {
    const h = (free * wt) / total;
    const r = { x: b.x, y, w: b.w, h };
    y += h + gap;
    return r;
  });
}

/** Splits a box horizontally with given relative widths. */
export function split(b: Box, weights: number[], gap = 0.3): Box[] {
  const total = weights.reduce((a, c) => a + c, 0);
  const free = b.w - gap * (weights.length - 1);
  let x = b.x;
  return weights.map((wt) => {
    const w = (free * wt) / total;
    const r = { x, y: b.y, w, h: b.h };
    x += w + gap;
    return r;
  });
}
