/**
 * The print-layout search as it was before the path bound (commit 612a194 of
 * src/flowcharts/print.ts, layout/index.ts and layout/search.ts), frozen for the test and the
 * benchmark that check the current search returns the very same layouts with fewer ELK runs.
 * It shares the unchanged modules (numbering and split, one part's ELK runs, the memo).
 */
import { FONT_FAMILY } from '../../../src/render/text/index.js';
import { imageDisplaySize, type PageGeometry } from '../../../src/render/page/geometry.js';
import { printsReadably } from '../../../src/flowcharts/print.js';
import { createLayoutMemo, PRINT_METRICS, type LayoutMemo } from '../../../src/flowcharts/layout/index.js';
import { wrapText, type GNode } from '../../../src/flowcharts/layout/graph.js';
import type { PartLayout } from '../../../src/flowcharts/layout/memo.js';
import type { LayoutMetrics } from '../../../src/flowcharts/layout/metrics.js';
import { layoutPart } from '../../../src/flowcharts/layout/part.js';
import { splitIntoParts } from '../../../src/flowcharts/layout/parts.js';
import { candidate, type Candidate } from '../../../src/flowcharts/layout/search.js';
import type { Flowchart, FlowchartLayout, LayoutPart, Orientation, StepType } from '../../../src/flowcharts/types.js';

type Lanes = { id: string; name: string }[];
interface Opts {
  orientation: Orientation;
  partSizes: number[];
  metrics: LayoutMetrics;
  variants: { orientation: Orientation; metrics: LayoutMetrics }[];
  score: (part: PartLayout) => number;
  scoreBound: (size: { width: number; height: number }) => number;
  memo: LayoutMemo;
}

function partSizeBound(M: LayoutMetrics, nodes: GNode[], laneOrder: Lanes, orientation: Orientation): { width: number; height: number } {
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
  const slack = 1e-6;
  return hz
    ? { width: main + 2 * M.margin - slack, height: cross + 2 * M.margin - slack }
    : { width: cross + 2 * M.margin - slack, height: main + 2 * M.margin - slack };
}

async function chooseParts(candidates: Candidate[][], laneOrder: Lanes, opts: Opts, floor?: number): Promise<PartLayout[] | undefined> {
  const partCount = candidates.length;
  const lay = (c: Candidate) => layoutPart(c.metrics, c.pn, c.pe, laneOrder, c.orientation, opts.memo, c.key);
  const choose = async (p: number): Promise<{ part: PartLayout; score?: number }> => {
    const [base, ...others] = candidates[p]!;
    let part = await lay(base!);
    let best = opts.score(part);
    for (const c of others) {
      if (opts.scoreBound(partSizeBound(c.metrics, c.pn, laneOrder, c.orientation)) <= best + 1e-9) continue;
      const other = await lay(c);
      const sc = opts.score(other);
      if (sc > best + 1e-9) { part = other; best = sc; }
    }
    return { part, score: best };
  };
  const indices = [...Array(partCount).keys()];
  const known = (p: number) => candidates[p]!.every((c) => c.key !== undefined && opts.memo.parts.has(c.key));
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

async function layoutFlowchartAbove(fc: Flowchart, opts: Opts, floor?: number): Promise<FlowchartLayout | undefined> {
  const { orientation, metrics: M } = opts;
  const laneName = new Map(fc.carriles.map((l) => [l.id, l.nombre]));
  const laneOrder = fc.carriles.map((l) => ({ id: l.id, name: l.nombre }));
  const { ordered, number, partCount, graph } = await splitIntoParts(fc, M, orientation, { maxStepsPerPart: 14, partSizes: opts.partSizes, memo: opts.memo });
  const candidates: Candidate[][] = [];
  for (let p = 0; p < partCount; p++) {
    const list = [candidate(M, orientation, graph(p, M), laneOrder, opts.memo)];
    for (const v of opts.variants) {
      if (v.orientation === orientation && v.metrics === M) continue;
      list.push(candidate(v.metrics, v.orientation, graph(p, v.metrics), laneOrder, opts.memo));
    }
    candidates.push(list);
  }
  const chosen = await chooseParts(candidates, laneOrder, opts, floor);
  if (!chosen) return undefined;
  const parts: LayoutPart[] = chosen.map((part, p) => ({ index: p + 1, count: partCount, ...part }));
  return {
    id: fc.id, title: fc.titulo, perfil: fc.perfil, estado: fc.estado, version: fc.version, estatus: fc.estatus, fecha: fc.fecha,
    steps: ordered.map((s) => ({
      number: number.get(s.id)!, id: s.id, lane: laneName.get(s.carril) ?? s.carril, text: s.texto,
      fundamento: s.fundamento, plazo: s.plazo, tipo: s.tipo as StepType,
    })),
    parts,
    font: { family: FONT_FAMILY, ...M.font },
  };
}

function printScale(part: Pick<LayoutPart, 'width' | 'height'>, geometry: PageGeometry): number {
  return imageDisplaySize(part, geometry, true).width / part.width;
}

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical'];
const VARIANTS = [
  ...ORIENTATIONS.map((orientation) => ({ orientation, metrics: PRINT_METRICS[orientation] })),
  { orientation: 'horizontal' as const, metrics: PRINT_METRICS.narrow },
  { orientation: 'vertical' as const, metrics: PRINT_METRICS.wide },
];

function balanced(steps: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(steps / count) + (i < steps % count ? 1 : 0));
}

/** The search before the path bound; `memo` (optional) lets the caller count the parts ELK laid out. */
export async function searchLayoutBefore(fc: Flowchart, geometry: PageGeometry, minPt: number, minLabelPt: number, memo: LayoutMemo = createLayoutMemo()): Promise<FlowchartLayout> {
  const steps = fc.pasos.length;
  const score = (part: Pick<LayoutPart, 'width' | 'height'>) => printScale(part, geometry);
  const scoreBound = (size: { width: number; height: number }) => imageDisplaySize(size, geometry, true).scale + 0.5 / size.width + 1e-9;
  const scales = (l: FlowchartLayout) => l.parts.map(score);
  const lay = (orientation: Orientation, partSizes: number[], floor?: number) =>
    layoutFlowchartAbove(fc, { orientation, partSizes, metrics: PRINT_METRICS[orientation], variants: VARIANTS, score, scoreBound, memo }, floor);
  let best: { layout: FlowchartLayout; scale: number } | undefined;
  for (let count = 1; count <= steps; count++) {
    let bestHere: { layout: FlowchartLayout; scale: number } | undefined;
    for (const orientation of ORIENTATIONS) {
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
      const scale = Math.min(...scales(layout));
      if (printsReadably(layout, geometry, minPt, minLabelPt) && (!bestHere || scale > bestHere.scale + 1e-9)) bestHere = { layout, scale };
      if (!best || scale > best.scale + 1e-9) best = { layout, scale };
    }
    if (bestHere) return bestHere.layout;
  }
  return best!.layout;
}
