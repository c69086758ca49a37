/**
 * ELK results shared by the calls of one search that lays out a flowchart many times: a part
 * laid out before from the very same input is reused instead of running ELK again.
 */
import type { LayoutPart, Orientation } from '../types.js';
import type { GEdge, GNode } from './graph.js';
import type { LayoutMetrics } from './metrics.js';

/** A part's layout before it is numbered among the others. */
export type PartLayout = Omit<LayoutPart, 'index' | 'count'>;

/** ELK results of one search keyed on their exact input (see `LayoutOpts.memo`). */
export interface LayoutMemo {
  readonly order: Map<string, Promise<Map<string, number>>>;
  readonly parts: Map<string, Promise<PartLayout>>;
}

export function createLayoutMemo(): LayoutMemo {
  return { order: new Map(), parts: new Map() };
}

/** `compute()` once per key; every caller gets its own copy of the result. */
export async function memoised<T>(cache: Map<string, Promise<T>> | undefined, key: () => string, compute: () => Promise<T>): Promise<T> {
  if (!cache) return compute();
  const k = key();
  let found = cache.get(k);
  if (!found) {
    found = compute();
    cache.set(k, found);
  }
  return structuredClone(await found);
}

/** A part's memo key: everything its layout depends on. */
export function partKey(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], laneOrder: { id: string; name: string }[], orientation: Orientation): string {
  return JSON.stringify([M, nodes, edges, laneOrder, orientation]);
}
