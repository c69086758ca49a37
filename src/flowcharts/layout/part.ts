/**
 * One part of a flowchart laid out by ELK in two runs: a free layered run gives every step its
 * position along the flow; an interactive run then starts from positions where each step sits
 * in its lane's band, and ELK keeps that order while routing orthogonal edges. Lanes that still
 * interleave are retried with more room per lane.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Orientation, Point } from '../types.js';
import { finish, laneBands, type Geometry } from './bands.js';
import { elk } from './elk-engine.js';
import { elkGraph, wrapText, type GEdge, type GNode } from './graph.js';
import { memoised, partKey, type LayoutMemo, type PartLayout } from './memo.js';
import type { LayoutMetrics } from './metrics.js';

export function layoutPart(
  M: LayoutMetrics, nodes: GNode[], edges: GEdge[], laneOrder: { id: string; name: string }[], orientation: Orientation, memo?: LayoutMemo, key?: string,
): Promise<PartLayout> {
  return memoised(memo?.parts, () => key ?? partKey(M, nodes, edges, laneOrder, orientation), () => computePart(M, nodes, edges, laneOrder, orientation));
}

async function computePart(
  M: LayoutMetrics, nodes: GNode[], edges: GEdge[], laneOrder: { id: string; name: string }[], orientation: Orientation,
): Promise<PartLayout> {
  const hz = orientation === 'horizontal';
  const lanes = laneOrder.filter((l) => nodes.some((n) => n.lane === l.id));
  const laneIdx = new Map(lanes.map((l, i) => [l.id, i]));
  const crossSize = (n: GNode) => (hz ? n.height : n.width);
  const mainSize = (n: GNode) => (hz ? n.width : n.height);

  // Run 1: free layout → flow-axis positions and order inside each layer.
  const free = await elk.layout(elkGraph(M, nodes, edges, orientation));
  const freePos = new Map((free.children ?? []).map((c) => [c.id, { main: hz ? c.x! : c.y!, cross: hz ? c.y! : c.x! }]));

  // Header sizes decide the minimum band size along the cross axis.
  const headerLines = (name: string, bandCross: number) => wrapText(name, hz ? M.headerW - M.headerPad : Math.max(bandCross - M.headerPad, M.minColumn - 40), M.font.headerSize, true);
  const headerBand = (lines: string[]) => lines.length * M.font.headerLineHeight + M.headerPad + 2;
  const gap = M.slotGap;

  let lanePad = M.lanePad;
  for (let attempt = 0; attempt < M.laneAttempts; attempt++, lanePad += M.lanePadStep) {
    // Stack the nodes of one lane that overlap along the flow axis (same layer region).
    const slot = new Map<string, number>();
    const laneCross: number[] = [];
    for (const lane of lanes) {
      const members = nodes.filter((n) => n.lane === lane.id).sort((a, b) => freePos.get(a.id)!.main - freePos.get(b.id)!.main || freePos.get(a.id)!.cross - freePos.get(b.id)!.cross);
      const columns: { end: number; used: number; ids: string[] }[] = [];
      for (const n of members) {
        const p = freePos.get(n.id)!;
        const col = columns.find((c) => c.end > p.main);
        if (col) { slot.set(n.id, col.used); col.used += crossSize(n) + gap; col.end = Math.max(col.end, p.main + mainSize(n)); col.ids.push(n.id); }
        else { slot.set(n.id, 0); columns.push({ end: p.main + mainSize(n), used: crossSize(n) + gap, ids: [n.id] }); }
      }
      const need = Math.max(...columns.map((c) => c.used - gap));
      const headerNeed = hz ? headerBand(headerLines(lane.name, 0)) : 0;
      laneCross.push(Math.max(need, headerNeed - 2 * lanePad) + 2 * lanePad);
    }
    const laneStart: number[] = [];
    let acc = 0;
    for (const c of laneCross) { laneStart.push(acc); acc += c; }
    const positions = new Map<string, Point>();
    for (const n of nodes) {
      const li = laneIdx.get(n.lane)!;
      const cross = laneStart[li]! + lanePad + slot.get(n.id)! + (hz ? 0 : (laneCross[li]! - 2 * lanePad - crossSize(n)) / 2);
      const main = freePos.get(n.id)!.main;
      positions.set(n.id, hz ? { x: main, y: cross } : { x: cross, y: main });
    }

    // Run 2: interactive layout from those positions.
    const res = await elk.layout(elkGraph(M, nodes, edges, orientation, positions));
    const geo = collect(res, nodes, edges);
    const bands = laneBands(geo, lanes.map((l) => l.id), orientation, M.minLaneGap);
    if (!bands) continue; // lanes interleave: retry with more room per lane
    return finish(M, geo, bands, lanes, orientation, headerLines, headerBand);
  }
  throw new Error('elkjs no pudo separar los carriles del flujograma');
}

function collect(res: ElkNode, nodes: GNode[], edges: GEdge[]): Geometry {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: Geometry = { nodes: [], edges: [] };
  for (const c of res.children ?? []) {
    const n = byId.get(c.id)!;
    out.nodes.push({
      id: n.id, kind: n.kind, stepId: n.stepId, lane: n.lane, number: n.number, lines: n.lines,
      x: c.x!, y: c.y!, width: n.width, height: n.height,
      text: { x: c.x! + n.text.x, y: c.y! + n.text.y, width: n.text.width, height: n.text.height },
    });
  }
  const eById = new Map(edges.map((e) => [e.id, e]));
  for (const e of (res.edges ?? []) as ElkExtendedEdge[]) {
    const g = eById.get(e.id)!;
    const s = e.sections?.[0];
    if (!s) throw new Error(`elkjs no trazó la arista ${e.id}`);
    const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x, y: p.y }));
    const l = e.labels?.[0];
    out.edges.push({
      id: g.id, from: g.from, to: g.to, points: simplify(points),
      ...(g.label && l ? { label: { x: l.x!, y: l.y!, width: g.label.width, height: g.label.height, lines: g.label.lines } } : {}),
    });
  }
  return out;
}

/** Drops repeated and collinear points. */
function simplify(pts: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of pts) {
    const q = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
    const a = out[out.length - 1];
    if (a && a.x === q.x && a.y === q.y) continue;
    const b = out[out.length - 2];
    if (a && b && ((b.x === a.x && a.x === q.x) || (b.y === a.y && a.y === q.y))) out.pop();
    out.push(q);
  }
  return out;
}
