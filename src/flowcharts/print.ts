/**
 * Flowcharts on paper: how big their text prints in a DOCX, and the layout that keeps it
 * readable. A flowchart figure goes on a landscape page (`<!-- horizontal -->` block) and is
 * scaled by the DOCX writer to fit the landscape text width and a share of its height
 * (`imageDisplaySize` of `render/page/geometry.ts`, the writer's own arithmetic); the text then
 * prints at `layout px × display width / image width`.
 *
 * `layoutFlowchartForPrint` lays flowcharts out with the compact print metrics
 * (`PRINT_METRICS`: narrow boxes with wrapped text, a narrow lane-name column, tight ELK
 * spacing), choosing for each part between horizontal (lanes as rows) and vertical (lanes as
 * columns) whichever prints larger, and uses the fewest parts whose step text prints at
 * `MIN_PRINTED_PT` or more and whose condition labels and lane headers print at `MIN_LABEL_PT`.
 */
import { imageDisplaySize, TWIPS_PER_PX, type PageGeometry } from '../render/page/geometry.js';
import { cachedLayout, isLayoutCached, type LayoutJob } from './layout-cache.js';
import { createLayoutMemo, layoutFlowchartAbove, PRINT_METRICS, type LayoutMemo } from './layout/index.js';
import { splitScoreBound } from './layout/split-bound.js';
import type { Flowchart, FlowchartLayout, LayoutPart, Orientation } from './types.js';

/** Smallest printed size of step text (boxes, diamonds, connectors) in a document (points). */
export const MIN_PRINTED_PT = 7;
/** Smallest printed size of condition labels and lane headers (points). */
export const MIN_LABEL_PT = 6.5;

const TWIPS_PER_PT = 20;

/**
 * Effective printed size (pt) of text drawn at `fontPx` in an image `imageWidthPx` wide that is
 * printed `printedWidthTwips` wide. Font and image width in the same pixel space (the layout's
 * 1× pixels; a 2× PNG doubles both and prints the same).
 */
export function effectiveFontPt(fontPx: number, imageWidthPx: number, printedWidthTwips: number): number {
  return (fontPx * printedWidthTwips) / TWIPS_PER_PT / imageWidthPx;
}

/** Smallest text of a layout (px): step text, condition labels and lane headers. */
export function smallestFontPx(layout: FlowchartLayout): number {
  return Math.min(layout.font.size, layout.font.labelSize, layout.font.headerSize);
}

/** Width (twips) a part gets on the page: its display size as the DOCX writer sizes images. */
export function printedWidthTwips(part: Pick<LayoutPart, 'width' | 'height'>, geometry: PageGeometry, landscape = true): number {
  return imageDisplaySize(part, geometry, landscape).width * TWIPS_PER_PX;
}

/** Printed size (pt) of a part's smallest text. */
export function partPrintedPt(layout: FlowchartLayout, part: LayoutPart, geometry: PageGeometry, landscape = true): number {
  return effectiveFontPt(smallestFontPx(layout), part.width, printedWidthTwips(part, geometry, landscape));
}

/** Printed size (pt) of the smallest text over every part of a layout. */
export function layoutPrintedPt(layout: FlowchartLayout, geometry: PageGeometry, landscape = true): number {
  return Math.min(...layout.parts.map((p) => partPrintedPt(layout, p, geometry, landscape)));
}

/** Printed size (pt) of the step text over every part of a layout (the smallest part). */
export function layoutStepPt(layout: FlowchartLayout, geometry: PageGeometry, landscape = true): number {
  return Math.min(...layout.parts.map((p) => effectiveFontPt(layout.font.size, p.width, printedWidthTwips(p, geometry, landscape))));
}

/** Whether every part prints its step text at `minPt` and its labels and headers at `minLabelPt` or more. */
export function printsReadably(layout: FlowchartLayout, geometry: PageGeometry, minPt = MIN_PRINTED_PT, minLabelPt = MIN_LABEL_PT): boolean {
  const eps = 1e-9;
  return layoutStepPt(layout, geometry) >= minPt - eps && layoutPrintedPt(layout, geometry) >= Math.min(minPt, minLabelPt) - eps;
}

/** Scale at which a part prints on a landscape page (display px / layout px). */
function printScale(part: Pick<LayoutPart, 'width' | 'height'>, geometry: PageGeometry): number {
  return imageDisplaySize(part, geometry, true).width / part.width;
}

/**
 * The layout of a flowchart for landscape pages: for 1, 2, 3… parts (split in reading order),
 * numbered from a horizontal and from a vertical reading order, each part laid out in both
 * orientations keeping the one printing larger; the first part count whose every part prints
 * readably (`printsReadably`) wins, with the larger smallest scale between the two numberings
 * (ties: horizontal). When no split reaches it (a single step wider than the page), the largest
 * text found is returned.
 */
export function layoutFlowchartForPrint(fc: Flowchart, geometry: PageGeometry, minPt = MIN_PRINTED_PT, minLabelPt = MIN_LABEL_PT): Promise<FlowchartLayout> {
  // The flowcharts DOCX and the report's annex lay out the same flowcharts: compute once per process.
  const key = JSON.stringify([fc, geometry, minPt, minLabelPt]);
  let found = cache.get(key);
  if (!found) {
    const job = printLayoutJob(fc, geometry, minPt, minLabelPt);
    found = cachedLayout(job.kind, job.inputs, job.compute);
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

/**
 * The print layout's cache entry and computation (`layoutFlowchartForPrint`), and whether this
 * process or the disk cache already has it.
 */
export function printLayoutJob(fc: Flowchart, geometry: PageGeometry, minPt = MIN_PRINTED_PT, minLabelPt = MIN_LABEL_PT): LayoutJob & { known(): boolean } {
  const inputs = [fc, geometry, minPt, minLabelPt];
  return {
    kind: 'impresion', inputs, compute: () => searchLayout(fc, geometry, minPt, minLabelPt),
    known: () => cache.has(JSON.stringify(inputs)) || isLayoutCached('impresion', inputs),
  };
}

const cache = new Map<string, Promise<FlowchartLayout>>();

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical'];
/** Each part is laid out in these and the one printing largest kept. */
const VARIANTS = [
  ...ORIENTATIONS.map((orientation) => ({ orientation, metrics: PRINT_METRICS[orientation] })),
  { orientation: 'horizontal' as const, metrics: PRINT_METRICS.narrow },
  { orientation: 'vertical' as const, metrics: PRINT_METRICS.wide },
];

/** `steps` split into `count` runs whose sizes differ by one at most (larger first). */
function balanced(steps: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(steps / count) + (i < steps % count ? 1 : 0));
}

/**
 * The search of `layoutFlowchartForPrint` (without its caches). A part count, in an orientation,
 * whose every split has a part whose size bound rules out a readable print, or a scale above the
 * readable split already found for that count (`splitScoreBound`), is never laid out: its
 * hill-climbed split could not have been chosen. Only when no count is readable are such counts
 * laid out after all, for the largest text among every count as before. `memo` (optional) holds
 * every part the search laid out.
 */
export async function searchLayout(fc: Flowchart, geometry: PageGeometry, minPt: number, minLabelPt: number, memo: LayoutMemo = createLayoutMemo()): Promise<FlowchartLayout> {
  const steps = fc.pasos.length;
  const score = (part: Pick<LayoutPart, 'width' | 'height'>) => printScale(part, geometry);
  // printScale = round(width × s) / width with s = imageDisplaySize's scale, which only falls as
  // width and height grow: at most s + 0.5 / width for a part at least this large.
  const scoreBound = (size: { width: number; height: number }) => imageDisplaySize(size, geometry, true).scale + 0.5 / size.width + 1e-9;
  const scales = (l: FlowchartLayout) => l.parts.map(score);
  // Candidates share most of their parts: each part is laid out by ELK once per search.
  // A candidate split is only wanted when every part scores above `floor` (undefined otherwise).
  const lay = (orientation: Orientation, partSizes: number[], floor?: number) =>
    layoutFlowchartAbove(fc, { orientation, partSizes, metrics: PRINT_METRICS[orientation], variants: VARIANTS, score, scoreBound, memo }, floor);
  // Text prints at font px × 0.75 × the part's scale (`printsReadably`; one font for every
  // variant): below this scale (by more than rounding) a part cannot be readable.
  const readableAt = (orientation: Orientation, scale: number) => {
    const font = PRINT_METRICS[orientation].font;
    const pt = (px: number) => effectiveFontPt(px, 1, scale * TWIPS_PER_PX);
    return pt(font.size) >= minPt - 1e-6 && pt(Math.min(font.size, font.labelSize, font.headerSize)) >= Math.min(minPt, minLabelPt) - 1e-6;
  };
  // The largest scale a split into `count` parts could print at, by the parts' size bounds.
  const cap = new Map<Orientation, (count: number) => number>();
  for (const o of ORIENTATIONS) cap.set(o, await splitScoreBound(fc, o, PRINT_METRICS[o], VARIANTS, scoreBound, memo));

  /** The hill-climbed split into `count` parts (deterministic: the same whenever it is asked). */
  const climb = async (count: number, orientation: Orientation): Promise<{ layout: FlowchartLayout; scale: number }> => {
    // Balanced split, then move a boundary of the part printing smallest while that helps.
    let sizes = balanced(steps, count);
    let layout = (await lay(orientation, sizes))!;
    for (let round = 0; round < 2 * count; round++) {
      const sc = scales(layout);
      const worst = sc.indexOf(Math.min(...sc));
      let next: { layout: FlowchartLayout; sizes: number[]; scale: number } | undefined;
      for (const neighbour of [worst - 1, worst + 1]) {
        if (neighbour < 0 || neighbour >= count || sizes[worst]! <= 1) continue;
        const cand = [...sizes];
        cand[worst]! -= 1;
        cand[neighbour]! += 1;
        // Kept only if s > floor (below): a part at or below it rules the candidate out.
        const floor = Math.max(Math.min(...sc) + 1e-9, next ? next.scale + 1e-9 : -Infinity);
        const l = await lay(orientation, cand, floor);
        if (!l) continue;
        const s = Math.min(...scales(l));
        if (s > Math.min(...sc) + 1e-9 && (!next || s > next.scale + 1e-9)) next = { layout: l, sizes: cand, scale: s };
      }
      if (!next) break;
      layout = next.layout;
      sizes = next.sizes;
    }
    return { layout, scale: Math.min(...scales(layout)) };
  };

  for (let count = 1; count <= steps; count++) {
    let bestHere: { layout: FlowchartLayout; scale: number } | undefined;
    for (const orientation of ORIENTATIONS) {
      // Skipped when its hill-climbed split could not be readable, or not beat the readable one found.
      const most = cap.get(orientation)!(count);
      if (!readableAt(orientation, most) || (bestHere && most <= bestHere.scale + 1e-9)) continue;
      const { layout, scale } = await climb(count, orientation);
      if (printsReadably(layout, geometry, minPt, minLabelPt) && (!bestHere || scale > bestHere.scale + 1e-9)) bestHere = { layout, scale };
    }
    if (bestHere) return bestHere.layout;
  }
  // Nothing prints readably (a single step wider than the page): the largest text of every count.
  let best: { layout: FlowchartLayout; scale: number } | undefined;
  for (let count = 1; count <= steps; count++) {
    for (const orientation of ORIENTATIONS) {
      const here = await climb(count, orientation);
      if (!best || here.scale > best.scale + 1e-9) best = here;
    }
  }
  return best!.layout;
}
