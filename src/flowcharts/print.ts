/**
 * Flowcharts on paper: how big their text prints in a DOCX, and the layout that keeps it
 * readable. A flowchart figure goes on a landscape page (`<!-- horizontal -->` block) and is
 * scaled by the DOCX writer to fit the landscape text width and 70 % of its height
 * (`imageDisplaySize`); the text then prints at `layout px × display width / image width`.
 * `layoutFlowchartForPrint` picks, among the horizontal (slide-like: lanes as rows) and the
 * vertical (lanes as columns) layouts, the one whose smallest text prints largest, splitting the
 * flowchart into more parts until that text reaches `MIN_PRINTED_PT`.
 */
import { imageDisplaySize } from '../write/docx/builders/images.js';
import type { PageGeometry } from '../write/docx/styles.js';
import { layoutFlowchart, SLIDE_STEPS_PER_PART } from './layout.js';
import type { Flowchart, FlowchartLayout, LayoutPart, Orientation } from './types.js';

/** Smallest printed text size accepted for a flowchart in a document (points). */
export const MIN_PRINTED_PT = 7;

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

/** Width (twips) a part gets on the page: its display size from the DOCX writer's image sizing. */
export function printedWidthTwips(part: Pick<LayoutPart, 'width' | 'height'>, geometry: PageGeometry, landscape = true): number {
  return imageDisplaySize(part, geometry, landscape).width * (1440 / 96);
}

/** Printed size (pt) of a part's smallest text. */
export function partPrintedPt(layout: FlowchartLayout, part: LayoutPart, geometry: PageGeometry, landscape = true): number {
  return effectiveFontPt(smallestFontPx(layout), part.width, printedWidthTwips(part, geometry, landscape));
}

/** Printed size (pt) of the smallest text over every part of a layout. */
export function layoutPrintedPt(layout: FlowchartLayout, geometry: PageGeometry, landscape = true): number {
  return Math.min(...layout.parts.map((p) => partPrintedPt(layout, p, geometry, landscape)));
}

/**
 * The layout of a flowchart for landscape pages: starting from the slides' split (7 steps per
 * part), each part count is tried in both orientations and the one printing larger text kept;
 * the first part count reaching `minPt` wins (ties: horizontal, like the slides). When no split
 * reaches it (a single step wider than the page), the largest text found is returned.
 */
export function layoutFlowchartForPrint(fc: Flowchart, geometry: PageGeometry, minPt = MIN_PRINTED_PT): Promise<FlowchartLayout> {
  // The flowcharts DOCX and the report's annex lay out the same flowcharts: compute once per process.
  const key = JSON.stringify([fc, geometry, minPt]);
  let found = cache.get(key);
  if (!found) {
    found = searchLayout(fc, geometry, minPt);
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

const cache = new Map<string, Promise<FlowchartLayout>>();

async function searchLayout(fc: Flowchart, geometry: PageGeometry, minPt: number): Promise<FlowchartLayout> {
  const steps = fc.pasos.length;
  let best: { layout: FlowchartLayout; pt: number } | undefined;
  const firstCount = Math.max(1, Math.ceil(steps / SLIDE_STEPS_PER_PART));
  let lastPer = Infinity;
  for (let count = firstCount; count <= steps; count++) {
    const per = Math.ceil(steps / count);
    if (per >= lastPer) continue; // same split as the previous count
    lastPer = per;
    for (const orientation of ['horizontal', 'vertical'] as Orientation[]) {
      const layout = await layoutFlowchart(fc, { orientation, maxStepsPerPart: per });
      const pt = layoutPrintedPt(layout, geometry);
      if (!best || pt > best.pt + 1e-9) best = { layout, pt };
    }
    if (best!.pt >= minPt) return best!.layout;
  }
  return best!.layout;
}
