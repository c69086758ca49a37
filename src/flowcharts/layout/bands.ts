/**
 * Lanes as bands, read off ELK's node positions: the cross-axis extent of each lane (refused
 * when two lanes interleave), then room for the lane headers made only by translating the
 * drawing or stretching it at a band boundary (which keeps edges orthogonal and boxes apart).
 */
import type { Box, LayoutEdge, LayoutLane, LayoutNode, LayoutPart, Orientation } from '../types.js';
import type { LayoutMetrics } from './metrics.js';

/** Nodes and edges of a part where ELK placed them. */
export interface Geometry {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/** Cross-axis [start, end] of each lane, or undefined when two lanes' nodes interleave. */
export function laneBands(geo: Geometry, laneIds: string[], orientation: Orientation, MIN_LANE_GAP: number): [number, number][] | undefined {
  const hz = orientation === 'horizontal';
  const ext = laneIds.map((id) => {
    const ns = geo.nodes.filter((n) => n.lane === id);
    return [Math.min(...ns.map((n) => (hz ? n.y : n.x))), Math.max(...ns.map((n) => (hz ? n.y + n.height : n.x + n.width)))] as [number, number];
  });
  for (let i = 0; i + 1 < ext.length; i++) if (ext[i]![1] + 2 * MIN_LANE_GAP > ext[i + 1]![0]) return undefined;
  // Everything drawn (edges and labels too) must fall inside the outer bands.
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of geo.nodes) { lo = Math.min(lo, hz ? n.y : n.x); hi = Math.max(hi, hz ? n.y + n.height : n.x + n.width); }
  for (const e of geo.edges) {
    for (const p of e.points) { lo = Math.min(lo, hz ? p.y : p.x); hi = Math.max(hi, hz ? p.y : p.x); }
    if (e.label) { lo = Math.min(lo, hz ? e.label.y : e.label.x); hi = Math.max(hi, hz ? e.label.y + e.label.height : e.label.x + e.label.width); }
  }
  const bands: [number, number][] = [];
  for (let i = 0; i < ext.length; i++) {
    const start = i === 0 ? Math.min(lo, ext[0]![0]) - MIN_LANE_GAP : (ext[i - 1]![1] + ext[i]![0]) / 2;
    const end = i === ext.length - 1 ? Math.max(hi, ext[i]![1]) + MIN_LANE_GAP : (ext[i]![1] + ext[i + 1]![0]) / 2;
    bands.push([start, end]);
  }
  return bands;
}

/** Moves everything at or beyond `at` on one axis by `delta` (edges crossing `at` get longer). */
function stretch(geo: Geometry, axis: 'x' | 'y', at: number, delta: number): void {
  const dim = axis === 'x' ? 'width' : 'height';
  for (const n of geo.nodes) if (n[axis] >= at) { n[axis] += delta; n.text[axis] += delta; }
  for (const e of geo.edges) {
    for (const p of e.points) if (p[axis] >= at) p[axis] += delta;
    if (e.label && e.label[axis] + e.label[dim] / 2 >= at) e.label[axis] += delta;
  }
}

export function finish(
  M: LayoutMetrics, geo: Geometry, bandsIn: [number, number][], lanes: { id: string; name: string }[], orientation: Orientation,
  headerLines: (name: string, bandCross: number) => string[], headerBand: (lines: string[]) => number,
): Omit<LayoutPart, 'index' | 'count'> {
  const { margin: MARGIN, headerW: HEADER_W } = M;
  const hz = orientation === 'horizontal';
  const crossAxis = hz ? 'y' : 'x';
  const bands = bandsIn.map((b) => [...b] as [number, number]);
  // Make every band big enough for its header (horizontal) or a readable column (vertical).
  for (let i = 0; i < bands.length; i++) {
    const size = bands[i]![1] - bands[i]![0];
    const need = hz ? headerBand(headerLines(lanes[i]!.name, 0)) : M.minColumn;
    if (size < need) {
      const d = need - size;
      const at = bands[i]![1] - 0.001;
      stretch(geo, crossAxis, at, d);
      bands[i]![1] += d;
      for (let j = i + 1; j < bands.length; j++) { bands[j]![0] += d; bands[j]![1] += d; }
    }
  }
  // Main-axis extent of the drawing.
  let mainLo = Infinity;
  let mainHi = -Infinity;
  const mainAxis = hz ? 'x' : 'y';
  for (const n of geo.nodes) { mainLo = Math.min(mainLo, n[mainAxis]); mainHi = Math.max(mainHi, n[mainAxis] + (hz ? n.width : n.height)); }
  for (const e of geo.edges) {
    for (const p of e.points) { mainLo = Math.min(mainLo, p[mainAxis]); mainHi = Math.max(mainHi, p[mainAxis]); }
    if (e.label) { mainLo = Math.min(mainLo, e.label[mainAxis]); mainHi = Math.max(mainHi, e.label[mainAxis] + (hz ? e.label.width : e.label.height)); }
  }
  // Header: a column on the left (horizontal) or a row on top (vertical).
  const headerLinesPer = lanes.map((l, i) => headerLines(l.name, bands[i]![1] - bands[i]![0]));
  const headerSize = hz ? HEADER_W : Math.max(...headerLinesPer.map((ls) => ls.length)) * M.font.headerLineHeight + M.headerPad;
  const dMain = MARGIN + headerSize + M.headerGap - mainLo;
  const dCross = MARGIN - bands[0]![0];
  const dx = hz ? dMain : dCross;
  const dy = hz ? dCross : dMain;
  for (const n of geo.nodes) { n.x += dx; n.y += dy; n.text.x += dx; n.text.y += dy; }
  for (const e of geo.edges) {
    for (const p of e.points) { p.x += dx; p.y += dy; }
    if (e.label) { e.label.x += dx; e.label.y += dy; }
  }
  const mainEnd = mainHi + dMain + M.headerGap;
  const crossEnd = bands[bands.length - 1]![1] + dCross;
  const round = (v: number) => Math.round(v * 100) / 100;
  const outLanes: LayoutLane[] = lanes.map((l, i) => {
    const a = bands[i]![0] + dCross;
    const b = bands[i]![1] + dCross;
    const band: Box = hz ? { x: MARGIN, y: a, width: mainEnd - MARGIN, height: b - a } : { x: a, y: MARGIN, width: b - a, height: mainEnd - MARGIN };
    const header: Box = hz ? { x: MARGIN, y: a, width: HEADER_W, height: b - a } : { x: a, y: MARGIN, width: b - a, height: headerSize };
    return { id: l.id, name: l.name, band: roundBox(band), header: roundBox(header), headerLines: headerLinesPer[i]! };
  });
  for (const n of geo.nodes) { Object.assign(n, roundBox(n)); n.text = roundBox(n.text); }
  for (const e of geo.edges) {
    e.points = e.points.map((p) => ({ x: round(p.x), y: round(p.y) }));
    if (e.label) Object.assign(e.label, roundBox(e.label));
  }
  const width = Math.ceil(hz ? mainEnd + MARGIN : crossEnd + MARGIN);
  const height = Math.ceil(hz ? crossEnd + MARGIN : mainEnd + MARGIN);
  return { width, height, orientation, lanes: outLanes, nodes: geo.nodes, edges: geo.edges };
}

function roundBox(bx: Box): Box {
  const r = (v: number) => Math.round(v * 100) / 100;
  return { x: r(bx.x), y: r(bx.y), width: r(bx.width), height: r(bx.height) };
}
