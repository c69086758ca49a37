/**
 * Swimlane layout with elkjs (layered, orthogonal edges). ELK does all the graph work —
 * layering, ordering, node placement, edge routing and label placement — in two runs:
 *
 *  1. a free layered run gives every step its position along the flow (its layer) and the
 *     reading order used to number the steps;
 *  2. an *interactive* layered run (layering, crossing minimisation, node placement and cycle
 *     breaking all INTERACTIVE) starts from positions where each step sits in its lane's band
 *     (cross axis = lane, flow axis = layer from run 1). ELK keeps the order it is given and
 *     routes orthogonal edges between layers, so lanes stay bands.
 *
 * Afterwards the lane bands are read off the node positions (and checked: a node of lane i
 * never lies in the band of lane i+1), and the layout is only translated or stretched at a
 * band boundary (an operation that keeps edges orthogonal and boxes apart) to make room for
 * the lane headers. Long flows are split into parts joined by lettered connectors.
 *
 * Modules, one job each: `metrics.ts` (sizes and spacing), `elk-engine.ts` (elkjs run
 * in-process), `graph.ts` (sized nodes and edges, ELK's input), `parts.ts` (numbering and the
 * split into parts with connectors), `part.ts` (one part: the two ELK runs), `bands.ts` (lanes
 * as bands, room for headers), `search.ts` (choosing each part's variant by score; a part's
 * size bounded before ELK), `split-bound.ts` (the best score a split into n parts could reach,
 * by those bounds), `memo.ts` (ELK results shared by the calls of one search).
 */
import { FONT_FAMILY } from '../../render/text/index.js';
import type { Flowchart, FlowchartLayout, LayoutPart, Orientation, StepType } from '../types.js';
import { cachedLayout, type LayoutJob } from '../layout-cache.js';
import type { LayoutMemo } from './memo.js';
import { SCREEN_METRICS, type LayoutMetrics } from './metrics.js';
import { splitIntoParts } from './parts.js';
import { candidate, chooseParts, type Candidate } from './search.js';

export { createLayoutMemo, type LayoutMemo } from './memo.js';
export { PRINT_METRICS, printMetrics, SCREEN_METRICS, type LayoutMetrics } from './metrics.js';

export interface LayoutOpts {
  orientation?: Orientation;
  /** A flowchart with more steps than this is split into parts (connectors join them). */
  maxStepsPerPart?: number;
  /** Explicit split instead: the number of steps of each part, in reading order (sum = steps). */
  partSizes?: number[];
  /** Sizes and spacing: `SCREEN_METRICS` (default: slides, SVG) or `PRINT_METRICS` (compact, for paper). */
  metrics?: LayoutMetrics;
  /**
   * Per-part choice: each part is also laid out in these variants (orientation and metrics, whose
   * fonts must be those of `metrics`) and the one `score` rates highest is kept (ties: the
   * earlier; `orientation` with `metrics` first). Numbering and the split follow `orientation`.
   */
  variants?: { orientation: Orientation; metrics: LayoutMetrics }[];
  score?: (part: Omit<LayoutPart, 'index' | 'count'>) => number;
  /**
   * An upper bound of `score` for any part at least `size` wide and tall: a variant whose size
   * before ELK (`partSizeBound`) cannot score above the part's best so far is not laid out.
   */
  scoreBound?: (size: { width: number; height: number }) => number;
  /**
   * Shared by the calls of one search that lays out a flowchart many times (`createLayoutMemo`):
   * a part laid out before from the very same input (metrics, sized nodes with their numbers and
   * connector letters, edges, lanes, orientation) is reused instead of running ELK again.
   */
  memo?: LayoutMemo;
}

/** Lays out a validated flowchart. Deterministic: same flowchart and options → same layout. */
export async function layoutFlowchart(fc: Flowchart, opts: LayoutOpts = {}): Promise<FlowchartLayout> {
  return (await layoutFlowchartAbove(fc, opts))!;
}

/**
 * `layoutFlowchart` for a search that only wants a layout whose every part scores (`opts.score`)
 * above `floor`: resolves undefined as soon as one part does not, without laying out the rest.
 * Otherwise (and without a floor) the very layout `layoutFlowchart` returns.
 */
export async function layoutFlowchartAbove(fc: Flowchart, opts: LayoutOpts = {}, floor?: number): Promise<FlowchartLayout | undefined> {
  const orientation = opts.orientation ?? 'vertical';
  const M = opts.metrics ?? SCREEN_METRICS;
  const laneName = new Map(fc.carriles.map((l) => [l.id, l.nombre]));
  const laneOrder = fc.carriles.map((l) => ({ id: l.id, name: l.nombre }));
  const { ordered, number, partCount, graph } = await splitIntoParts(fc, M, orientation, { maxStepsPerPart: opts.maxStepsPerPart ?? 14, partSizes: opts.partSizes, memo: opts.memo });

  // Every part's graphs first (connector letters follow the parts' order), then their layouts.
  const candidates: Candidate[][] = [];
  for (let p = 0; p < partCount; p++) {
    const list = [candidate(M, orientation, graph(p, M), laneOrder, opts.memo)];
    if (opts.score) {
      for (const v of opts.variants ?? []) {
        if (v.orientation === orientation && v.metrics === M) continue;
        if (JSON.stringify(v.metrics.font) !== JSON.stringify(M.font)) throw new Error('las variantes de un flujograma deben usar la misma tipografía');
        list.push(candidate(v.metrics, v.orientation, graph(p, v.metrics), laneOrder, opts.memo));
      }
    }
    candidates.push(list);
  }
  const chosen = await chooseParts(candidates, laneOrder, opts, floor);
  if (!chosen) return undefined;
  const parts: LayoutPart[] = chosen.map((part, p) => ({ index: p + 1, count: partCount, ...part }));

  return {
    id: fc.id,
    title: fc.titulo,
    perfil: fc.perfil,
    estado: fc.estado,
    version: fc.version,
    estatus: fc.estatus,
    fecha: fc.fecha,
    steps: ordered.map((s) => ({
      number: number.get(s.id)!, id: s.id, lane: laneName.get(s.carril) ?? s.carril, text: s.texto,
      fundamento: s.fundamento, plazo: s.plazo, tipo: s.tipo as StepType,
    })),
    parts,
    font: { family: FONT_FAMILY, ...M.font },
  };
}

/** Steps per slide: keeps the text at 8 pt or more on a 16:9 slide. */
export const SLIDE_STEPS_PER_PART = 7;

/** The layout the slides use: lanes as rows, flow left → right, parts small enough to read on 16:9. */
export function layoutFlowchartForSlides(fc: Flowchart): Promise<FlowchartLayout> {
  const job = slideLayoutJob(fc);
  return cachedLayout(job.kind, job.inputs, job.compute);
}

/** The slide layout's cache entry and computation (`layoutFlowchartForSlides`). */
export function slideLayoutJob(fc: Flowchart): LayoutJob {
  const opts: LayoutOpts = { orientation: 'horizontal', maxStepsPerPart: SLIDE_STEPS_PER_PART };
  return { kind: 'diapositivas', inputs: [fc, opts], compute: () => layoutFlowchart(fc, opts) };
}
