/**
 * Splits judged before ELK: for a part count, the largest score any split of a flowchart into
 * that many parts (consecutive runs of its reading order, as `partSizes` asks) could have, its
 * score being that of its worst part, from `partSizeBound` alone. The print search skips the
 * counts and orientations that cannot print readably or cannot beat a split it already has.
 */
import type { Flowchart, Orientation } from '../types.js';
import type { LayoutMemo } from './memo.js';
import type { LayoutMetrics } from './metrics.js';
import { splitIntoParts } from './parts.js';
import { partSizeBound } from './search.js';

/**
 * `count` → an upper bound of min over parts of a part's score, over every split into `count`
 * parts laid out in `orientation` with metrics `M` (their numbering), each part in the best of
 * `variants`; `scoreBound(size)` must bound the score of any part at least `size` large.
 */
export async function splitScoreBound(
  fc: Flowchart, orientation: Orientation, M: LayoutMetrics, variants: { orientation: Orientation; metrics: LayoutMetrics }[],
  scoreBound: (size: { width: number; height: number }) => number, memo?: LayoutMemo,
): Promise<(count: number) => number> {
  const laneOrder = fc.carriles.map((l) => ({ id: l.id, name: l.nombre }));
  const { ordered, runGraph } = await splitIntoParts(fc, M, orientation, { maxStepsPerPart: Math.max(1, fc.pasos.length), memo });
  const n = ordered.length;
  const runs = new Map<number, number>();
  /** The best score bound of one part made of steps i…j − 1 over the variants. */
  const run = (i: number, j: number) => {
    const k = i * (n + 1) + j;
    let got = runs.get(k);
    if (got === undefined) {
      got = Math.max(...variants.map((v) => {
        const g = runGraph(i, j, v.metrics);
        return scoreBound(partSizeBound(v.metrics, g.pn, g.pe, laneOrder, v.orientation));
      }));
      runs.set(k, got);
    }
    return got;
  };
  // The largest worst-part bound of a split of the first j steps into c runs (c ≥ 1, j ≥ c).
  const splits = new Map<number, number>();
  const best = (c: number, j: number): number => {
    if (c === 1) return run(0, j);
    const k = c * (n + 1) + j;
    let got = splits.get(k);
    if (got === undefined) {
      got = -Infinity;
      for (let i = c - 1; i < j; i++) {
        const before = best(c - 1, i);
        if (before > got) got = Math.max(got, Math.min(before, run(i, j)));
      }
      splits.set(k, got);
    }
    return got;
  };
  return (count: number) => (count >= 1 && count <= n ? best(count, n) : -Infinity);
}
