/**
 * Choosing each part's layout among candidates (orientation × metrics) by a score, for the
 * print search: the base candidate first, a variant only when it scores higher, a variant that
 * cannot win (`scoreBound` of its size before ELK) never laid out; with a floor, the parts
 * likeliest to fail are tried first and the first one at or below it ends the search.
 */
import type { Orientation } from '../types.js';
import { wrapText, type GEdge, type GNode } from './graph.js';
import { partKey, type LayoutMemo, type PartLayout } from './memo.js';
import type { LayoutMetrics } from './metrics.js';
import { layoutPart } from './part.js';

type Lanes = { id: string; name: string }[];

/** One way to lay out a part: its metrics, orientation and graph (and memo key). */
export interface Candidate {
  metrics: LayoutMetrics;
  orientation: Orientation;
  pn: GNode[];
  pe: GEdge[];
  key?: string;
}

export function candidate(V: LayoutMetrics, o: Orientation, g: { pn: GNode[]; pe: GEdge[] }, laneOrder: Lanes, memo?: LayoutMemo): Candidate {
  return { metrics: V, orientation: o, ...g, ...(memo ? { key: partKey(V, g.pn, g.pe, laneOrder, o) } : {}) };
}

export interface ChoiceOptions {
  score?: (part: PartLayout) => number;
  scoreBound?: (size: { width: number; height: number }) => number;
  memo?: LayoutMemo;
}

/**
 * The layout of every part (`candidates[p]`: base first, then its variants), or undefined as
 * soon as one part's best score is at or below `floor`.
 */
export async function chooseParts(candidates: Candidate[][], laneOrder: Lanes, opts: ChoiceOptions, floor?: number): Promise<PartLayout[] | undefined> {
  const partCount = candidates.length;
  const lay = (c: Candidate) => layoutPart(c.metrics, c.pn, c.pe, laneOrder, c.orientation, opts.memo, c.key);
  /** Part p: the base layout, replaced by a variant only when it scores higher. */
  const choose = async (p: number): Promise<{ part: PartLayout; score?: number }> => {
    const [base, ...others] = candidates[p]!;
    let part = await lay(base!);
    if (!opts.score) return { part };
    let best = opts.score(part);
    for (const c of others) {
      if (opts.scoreBound && opts.scoreBound(partSizeBound(c.metrics, c.pn, laneOrder, c.orientation)) <= best + 1e-9) continue; // cannot win
      const other = await lay(c);
      const sc = opts.score(other);
      if (sc > best + 1e-9) { part = other; best = sc; }
    }
    return { part, score: best };
  };
  // With a floor, parts already laid out are checked first, then the others from the one with
  // most steps (likeliest to print smallest): one at or below the floor ends the layout.
  const indices = [...Array(partCount).keys()];
  const known = (p: number) => candidates[p]!.every((c) => c.key !== undefined && opts.memo!.parts.has(c.key));
  const steps = (p: number) => candidates[p]![0]!.pn.filter((n) => n.kind !== 'conector').length;
  const sequence = floor === undefined ? indices : [...indices.filter(known), ...indices.filter((p) => !known(p)).sort((a, b) => steps(b) - steps(a) || a - b)];
  const chosen: PartLayout[] = [];
  for (const p of sequence) {
    const { part, score } = await choose(p);
    if (floor !== undefined && score !== undefined && score <= floor) return undefined;
    chosen[p] = part;
  }
  return chosen;
}

/**
 * A lower bound of the size of a part's layout, from its nodes alone (no ELK): across the flow,
 * every lane's band holds its largest node with the lane gap each side and is at least as large
 * as its header needs (horizontal) or a readable column (vertical), as `finish` makes it; along
 * the flow, the drawing holds its largest node, the margins and the lane headers.
 */
export function partSizeBound(M: LayoutMetrics, nodes: GNode[], laneOrder: Lanes, orientation: Orientation): { width: number; height: number } {
  const hz = orientation === 'horizontal';
  let cross = 0;
  for (const lane of laneOrder) {
    const members = nodes.filter((n) => n.lane === lane.id);
    if (!members.length) continue;
    const largest = Math.max(...members.map((n) => (hz ? n.height : n.width)));
    const need = hz ? wrapText(lane.name, M.headerW - M.headerPad, M.font.headerSize, true).length * M.font.headerLineHeight + M.headerPad + 2 : M.minColumn;
    cross += Math.max(largest + 2 * M.minLaneGap, need);
  }
  const main = Math.max(...nodes.map((n) => (hz ? n.width : n.height))) + 2 * M.headerGap + (hz ? M.headerW : M.headerPad);
  // A hair under, so that rounding in the layout's own arithmetic cannot put it above the real size.
  const slack = 1e-6;
  return hz
    ? { width: main + 2 * M.margin - slack, height: cross + 2 * M.margin - slack }
    : { width: cross + 2 * M.margin - slack, height: main + 2 * M.margin - slack };
}
