/**
 * Choosing each part's layout among candidates (orientation × metrics) by a score, for the
 * print search: the base candidate, replaced by a variant only when it scores higher, a variant
 * that cannot win (`scoreBound` of its size before ELK) never laid out, nor the base once a
 * variant beats its bound; with a floor, a part whose every candidate is bounded at or below it
 * ends the search before ELK, then the parts likeliest to fail are tried first, and the first
 * one at or below it (or bound to stay there) ends it. The bounds only save ELK runs: the parts
 * chosen are those of laying out every candidate in order.
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
  const bounds = new Map<Candidate, number>();
  const bound = (c: Candidate) => {
    let b = bounds.get(c);
    if (b === undefined) bounds.set(c, (b = opts.scoreBound!(partSizeBound(c.metrics, c.pn, c.pe, laneOrder, c.orientation))));
    return b;
  };
  // A part none of whose candidates can score above the floor ends the layout, as it would once laid out: before any ELK run.
  if (floor !== undefined && opts.score && opts.scoreBound && candidates.some((list) => list.every((c) => bound(c) <= floor))) return undefined;
  /**
   * Part p: the base layout, replaced by a variant only when it scores higher (the chain below).
   * Undefined part only with a score at or below the floor.
   */
  const choose = async (p: number): Promise<{ part?: PartLayout; score?: number }> => {
    const [base, ...others] = candidates[p]!;
    if (!opts.score) return { part: await lay(base!) };
    const score = opts.score;
    // The chain's best is always the score of a candidate it laid out. Before laying out the
    // base, variants are laid out while the chain surely would (bound above `hi`, the largest
    // score it can have reached); one scoring above `hi` surely replaced whatever it had: the
    // chain goes on from there and the base is never needed. Nothing is laid out that the chain
    // would not lay out, and the part is the chain's.
    let from = 0;
    let part: PartLayout | undefined;
    let best = -Infinity;
    if (opts.scoreBound && opts.memo) {
      let hi = bound(base!);
      for (let i = 0; i < others.length && part === undefined; i++) {
        if (floor !== undefined && hi <= floor && others.slice(i).every((r) => bound(r) <= floor)) return { score: hi };
        if (bound(others[i]!) <= hi + 1e-9) break; // the chain may skip it: the base's score decides
        const other = await lay(others[i]!);
        const sc = score(other);
        if (sc > hi + 1e-9) { part = other; best = sc; from = i + 1; }
        hi = Math.max(hi, sc);
      }
    }
    if (part === undefined) {
      part = await lay(base!);
      best = score(part);
    }
    for (const [i, c] of others.entries()) {
      if (i < from) continue;
      // At or below the floor, with no candidate left that could rise above it: the layout is over.
      if (floor !== undefined && opts.scoreBound && best <= floor && others.slice(i).every((r) => bound(r) <= floor)) break;
      if (opts.scoreBound && bound(c) <= best + 1e-9) continue; // cannot win
      const other = await lay(c);
      const sc = score(other);
      if (sc > best + 1e-9) { part = other; best = sc; }
    }
    return { part, score: best };
  };
  // With a floor, parts already laid out are checked first, then the others from the one whose
  // best bound is lowest (then most steps: likeliest to print smallest): one at or below the
  // floor ends the layout. The order changes how much is laid out, never the result.
  const indices = [...Array(partCount).keys()];
  const known = (p: number) => candidates[p]!.every((c) => c.key !== undefined && opts.memo!.parts.has(c.key));
  const steps = (p: number) => candidates[p]![0]!.pn.filter((n) => n.kind !== 'conector').length;
  const most = (p: number) => (opts.scoreBound ? Math.max(...candidates[p]!.map(bound)) : 0);
  const sequence = floor === undefined ? indices : [...indices.filter(known), ...indices.filter((p) => !known(p)).sort((a, b) => most(a) - most(b) || steps(b) - steps(a) || a - b)];
  const chosen: PartLayout[] = [];
  for (const p of sequence) {
    const { part, score } = await choose(p);
    if (floor !== undefined && score !== undefined && score <= floor) return undefined;
    chosen[p] = part!;
  }
  return chosen;
}

/**
 * A lower bound of the size of a part's layout, from its graph alone (no ELK): across the flow,
 * every lane's band holds its largest node with the lane gap each side and is at least as large
 * as its header needs (horizontal) or a readable column (vertical), as `finish` makes it; along
 * the flow, the drawing holds its longest chain of edges (`flowExtent`), the margins and the lane
 * headers (a column `headerW` wide, or a row of at least one line).
 */
export function partSizeBound(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], laneOrder: Lanes, orientation: Orientation): { width: number; height: number } {
  const hz = orientation === 'horizontal';
  let cross = 0;
  let named = false;
  for (const lane of laneOrder) {
    const members = nodes.filter((n) => n.lane === lane.id);
    if (!members.length) continue;
    named ||= lane.name.trim() !== '';
    const largest = Math.max(...members.map((n) => (hz ? n.height : n.width)));
    const need = hz ? headerNeed(M, lane.name) : M.minColumn;
    cross += Math.max(largest + 2 * M.minLaneGap, need);
  }
  // finish: the drawing's extent, a header gap each side and the header column or row (a named lane's header has a line at least).
  const main = flowExtent(M, nodes, edges, orientation) + 2 * M.headerGap + (hz ? M.headerW : M.headerPad + (named ? M.font.headerLineHeight : 0));
  // A hair under, so that rounding in the layout's own arithmetic cannot put it above the real size.
  const slack = 1e-6;
  return hz
    ? { width: main + 2 * M.margin - slack, height: cross + 2 * M.margin - slack }
    : { width: cross + 2 * M.margin - slack, height: main + 2 * M.margin - slack };
}

/** Height a lane's header needs in a horizontal layout (as `finish` makes it), measured once per metrics and name. */
function headerNeed(M: LayoutMetrics, name: string): number {
  let byName = headerNeeds.get(M);
  if (!byName) headerNeeds.set(M, (byName = new Map()));
  let need = byName.get(name);
  if (need === undefined) byName.set(name, (need = wrapText(name, M.headerW - M.headerPad, M.font.headerSize, true).length * M.font.headerLineHeight + M.headerPad + 2));
  return need;
}
const headerNeeds = new WeakMap<LayoutMetrics, Map<string, number>>();

/**
 * A lower bound of the extent along the flow of ELK's drawing of a part (nodes only). ELK
 * layered puts the two ends of every edge in different layers, orders the layers along the flow
 * and keeps each node inside its layer's extent, with at least
 * `elk.layered.spacing.nodeNodeBetweenLayers` between two layers (the orthogonal router widens
 * that gap for edges, never narrows it). In a graph without cycles no edge is reversed (greedy
 * cycle breaking reverses nothing in a DAG; the interactive run's cycle breaking and layering
 * read the positions of run 1, where every edge already points forward), so each edge u → v
 * puts v at least size(u) + spacing beyond u, and a chain u₁ → … → u_k spans
 * Σ size(uᵢ) + (k − 1) × spacing. With a cycle (or a self-loop) the direction of an edge is
 * ELK's choice, but its two ends are still a layer apart.
 */
export function flowExtent(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], orientation: Orientation): number {
  const hz = orientation === 'horizontal';
  const size = nodes.map((n) => (hz ? n.width : n.height));
  const spacing = Number(M.elk['elk.layered.spacing.nodeNodeBetweenLayers'] ?? 0);
  const gap = Number.isFinite(spacing) && spacing > 0 ? spacing : 0;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const indegree = size.map(() => 0);
  const out: number[][] = size.map(() => []);
  const pairs: [number, number][] = [];
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined) continue;
    pairs.push([a, b]);
    indegree[b]!++;
    out[a]!.push(b);
  }
  // Kahn's order, with the longest chain ending at each node; a node never reached lies on a cycle.
  const reach = [...size];
  const queue: number[] = [];
  indegree.forEach((d, i) => { if (d === 0) queue.push(i); });
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q]!;
    for (const v of out[u]!) {
      reach[v] = Math.max(reach[v]!, reach[u]! + gap + size[v]!);
      if (--indegree[v]! === 0) queue.push(v);
    }
  }
  if (queue.length === nodes.length) return Math.max(...reach);
  let pair = Math.max(...size);
  for (const [a, b] of pairs) if (a !== b) pair = Math.max(pair, size[a]! + gap + size[b]!);
  return pair;
}
