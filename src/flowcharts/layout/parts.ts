/**
 * A flowchart cut into parts: steps numbered in reading order (a free ELK run of the whole
 * flowchart: by layer, then across), split into consecutive runs of that order of similar size
 * (or the sizes asked for), and each part's graph, with a lettered connector wherever a
 * transition leaves or enters the part.
 */
import type { Flowchart, Orientation } from '../types.js';
import { readingOrder, sizeLabel, sizeNode, type GEdge, type GNode } from './graph.js';
import { memoised, type LayoutMemo } from './memo.js';
import type { LayoutMetrics } from './metrics.js';

export type Step = Flowchart['pasos'][number];

export interface FlowchartParts {
  /** The steps in reading order, and the number each one is given ("1", "2"…). */
  ordered: Step[];
  number: Map<string, string>;
  partCount: number;
  /**
   * Nodes and edges of part p (connectors included) measured with V. Connector letters are
   * handed out as the calls meet them: ask for every part's graph, in part order, before
   * anything else.
   */
  graph(p: number, V: LayoutMetrics): { pn: GNode[]; pe: GEdge[] };
  /**
   * Nodes and edges a part made of the steps `start`…`end − 1` of the reading order would have
   * (whatever the rest of the split), connectors named after their target step instead of a
   * letter: for bounds of a split not laid out (`partSizeBound`); hands out no letter.
   */
  runGraph(start: number, end: number, V: LayoutMetrics): { pn: GNode[]; pe: GEdge[] };
}

export async function splitIntoParts(
  fc: Flowchart, M: LayoutMetrics, orientation: Orientation, opts: { maxStepsPerPart: number; partSizes?: number[]; memo?: LayoutMemo },
): Promise<FlowchartParts> {
  const maxSteps = opts.maxStepsPerPart;
  // Exit index of each decision's outgoing transitions (file order).
  const exitIdx = new Map<string, number>();
  const kinds = new Map(fc.pasos.map((s) => [s.id, s.tipo]));
  const counter = new Map<string, number>();
  fc.transiciones.forEach((t, i) => {
    if (kinds.get(t.de) !== 'decision') return;
    const k = counter.get(t.de) ?? 0;
    exitIdx.set(`t${i}`, k);
    counter.set(t.de, k + 1);
  });
  const mkEdges = (V: LayoutMetrics): GEdge[] => fc.transiciones.map((t, i) => ({
    id: `t${i}`, from: t.de, to: t.a, exit: exitIdx.get(`t${i}`), ...(t.condicion ? { label: sizeLabel(V, t.condicion) } : {}),
  }));

  // Reading order → step numbers.
  const provisional = fc.pasos.map((s) => sizeNode(M, s.id, s.tipo, s.texto, s.carril, s.id, '00'));
  const provisionalEdges = mkEdges(M);
  const order = await memoised(opts.memo?.order, () => JSON.stringify([M, provisional, provisionalEdges, orientation]), () => readingOrder(M, provisional, provisionalEdges, orientation));
  const ordered = [...fc.pasos].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const number = new Map(ordered.map((s, i) => [s.id, String(i + 1)]));
  const sized = new Map<LayoutMetrics, { nodes: Map<string, GNode>; edges: GEdge[] }>();
  const sizedFor = (V: LayoutMetrics) => {
    let got = sized.get(V);
    if (!got) {
      got = { nodes: new Map(fc.pasos.map((s) => [s.id, sizeNode(V, s.id, s.tipo, s.texto, s.carril, s.id, number.get(s.id)!)])), edges: mkEdges(V) };
      sized.set(V, got);
    }
    return got;
  };

  // Parts: consecutive runs of the reading order, of similar size.
  let partCount = Math.max(1, Math.ceil(ordered.length / maxSteps));
  const per = Math.ceil(ordered.length / partCount);
  const partOf = new Map(ordered.map((s, i) => [s.id, Math.floor(i / per)]));
  if (opts.partSizes) {
    const sizes = opts.partSizes;
    if (sizes.some((n) => !Number.isInteger(n) || n < 1) || sizes.reduce((a, b) => a + b, 0) !== ordered.length) throw new Error(`partes inválidas para ${fc.id}: ${sizes.join('+')}`);
    partCount = sizes.length;
    let i = 0;
    sizes.forEach((n, p) => { for (let k = 0; k < n; k++) partOf.set(ordered[i++]!.id, p); });
  }
  const laneOf = new Map(fc.pasos.map((s) => [s.id, s.carril]));

  const letters = new Map<string, string>(); // target step → connector letter
  const letterFor = (stepId: string) => {
    if (!letters.has(stepId)) letters.set(stepId, String.fromCharCode(65 + letters.size));
    return letters.get(stepId)!;
  };
  /** The graph of `members` (steps; `inside` tells whether a step is one of them), a connector at every transition leaving or entering. */
  const build = (members: Step[], inside: (stepId: string) => boolean, letterFor: (stepId: string) => string, V: LayoutMetrics) => {
    const { nodes, edges: allEdges } = sizedFor(V);
    const pn: GNode[] = members.map((s) => nodes.get(s.id)!);
    const pe: GEdge[] = [];
    const added = new Set<string>();
    for (const e of allEdges) {
      const a = inside(e.from);
      const b = inside(e.to);
      if (a && b) pe.push(e);
      else if (a) {
        // Leaves this part: ends at a connector in the target's lane.
        const letter = letterFor(e.to);
        const cid = `out_${letter}_${e.id}`;
        pn.push(sizeNode(V, cid, 'conector', letter, laneOf.get(e.to)!, e.to, ''));
        pe.push({ ...e, to: cid });
      } else if (b) {
        const letter = letterFor(e.to);
        const cid = `in_${letter}`;
        if (!added.has(cid)) {
          added.add(cid);
          pn.push(sizeNode(V, cid, 'conector', letter, laneOf.get(e.to)!, e.to, ''));
          pe.push({ id: `${cid}_${e.to}`, from: cid, to: e.to });
        }
      }
    }
    return { pn, pe };
  };
  const graph = (p: number, V: LayoutMetrics) => build(ordered.filter((s) => partOf.get(s.id) === p), (id) => partOf.get(id) === p, letterFor, V);
  const position = new Map(ordered.map((s, i) => [s.id, i]));
  // Connector letters of a run are placeholders (a connector's size does not depend on its letter); a target step is its own letter.
  const runGraph = (start: number, end: number, V: LayoutMetrics) => build(ordered.slice(start, end), (id) => position.get(id)! >= start && position.get(id)! < end, (id) => id, V);
  return { ordered, number, partCount, graph, runGraph };
}
