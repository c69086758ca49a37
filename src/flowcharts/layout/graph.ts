/**
 * The graph ELK lays out: steps as sized nodes (their text wrapped in Open Sans as shipped),
 * transitions as edges with sized condition labels, decision diamonds with a port at each
 * vertex; and its translation to ELK's input.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api.js';
import { measureText, wrapCollapsed } from '../../render/text/index.js';
import type { Box, NodeKind, Orientation, Point } from '../types.js';
import { elk } from './elk-engine.js';
import type { LayoutMetrics } from './metrics.js';

/**
 * Lines of `text` in a box `maxWidth` px wide at `size` px: whitespace collapsed, a word wider
 * than the box cut with a hyphen between letters.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  return wrapCollapsed(text, maxWidth, (line) => measureText(line, size, bold), { hyphenate: true }).lines;
}

export interface GNode {
  id: string;
  kind: NodeKind;
  stepId: string;
  lane: string;
  number: string;
  lines: string[];
  width: number;
  height: number;
  text: Box; // relative to the node
}

export interface GEdge {
  id: string;
  from: string;
  to: string;
  label?: { lines: string[]; width: number; height: number };
  /** Index of the exit among its decision's exits (for the decision's vertex ports). */
  exit?: number;
}

export function sizeNode(M: LayoutMetrics, id: string, kind: NodeKind, text: string, lane: string, stepId: string, number: string): GNode {
  const { size, lineHeight: lh } = M.font;
  if (kind === 'conector') {
    const c = M.connector;
    return { id, kind, stepId, lane, number, lines: [text], width: c, height: c, text: { x: 0, y: (c - lh) / 2, width: c, height: lh } };
  }
  const label = number ? `${number}. ${text}` : text;
  if (kind === 'decision') {
    const W = M.decisionW;
    const lines = wrapText(label, M.decisionTextW, size);
    const w = Math.max(...lines.map((l) => measureText(l, size)));
    const h = lines.length * lh;
    // A text block w×h fits in a W×H diamond when w/W + h/H ≤ 1.
    const height = Math.max(M.decisionMinH, Math.ceil(h / (1 - (w + 12) / W)) + 6);
    return { id, kind, stepId, lane, number, lines, width: W, height, text: { x: (W - w) / 2, y: (height - h) / 2, width: w, height: h } };
  }
  const inset = kind === 'inicio' || kind === 'fin' ? M.terminalInset : M.inset;
  const tw = M.nodeW - 2 * inset;
  const lines = wrapText(label, tw, size);
  const h = lines.length * lh;
  const wave = kind === 'documento' ? 10 : 0;
  const height = Math.max(M.nodeMinH, h + 2 * M.pad + wave);
  return { id, kind, stepId, lane, number, lines, width: M.nodeW, height, text: { x: inset, y: (height - wave - h) / 2, width: tw, height: h } };
}

export function sizeLabel(M: LayoutMetrics, text: string): GEdge['label'] {
  const lines = wrapText(text, M.labelMaxW, M.font.labelSize);
  const w = Math.max(...lines.map((l) => measureText(l, M.font.labelSize)));
  return { lines, width: Math.ceil(w) + 8, height: lines.length * M.font.labelLineHeight + 4 };
}

const BASE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.edgeLabels.placement': 'TAIL',
  'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
  'elk.layered.nodePlacement.favorStraightEdges': 'true',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // A part of a split flowchart may have several components; packing them would move them out of their lanes.
  'elk.separateConnectedComponents': 'false',
};

/** Vertex ports of a decision diamond: index 0 = entry, 1.. = exits. */
function decisionPorts(n: GNode, orientation: Orientation): ElkPort[] {
  const { width: W, height: H } = n;
  const hz = orientation === 'horizontal';
  const spots: [string, number, number][] = hz
    ? [['WEST', 0, H / 2], ['EAST', W, H / 2], ['SOUTH', W / 2, H], ['NORTH', W / 2, 0]]
    : [['NORTH', W / 2, 0], ['SOUTH', W / 2, H], ['EAST', W, H / 2], ['WEST', 0, H / 2]];
  return spots.map(([side, x, y], i) => ({
    id: `${n.id}__p${i}`, x, y, width: 0, height: 0,
    layoutOptions: { 'elk.port.side': side },
  }));
}

/**
 * Which vertex of a decision diamond each exit leaves from: the exit whose target is most in
 * line with the decision goes straight on; the others leave by the side facing their target.
 */
function exitPorts(nodes: GNode[], edges: GEdge[], orientation: Orientation, positions?: Map<string, Point>): Map<string, number> {
  const out = new Map<string, number>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hz = orientation === 'horizontal';
  for (const d of nodes.filter((n) => n.kind === 'decision')) {
    const exits = edges.filter((e) => e.from === d.id);
    if (!positions) { exits.forEach((e, i) => out.set(e.id, 1 + Math.min(i, 2))); continue; }
    const centre = (n: GNode) => { const p = positions.get(n.id)!; return hz ? p.y + n.height / 2 : p.x + n.width / 2; };
    const delta = exits.map((e) => ({ e, d: centre(byId.get(e.to)!) - centre(d) }));
    delta.sort((a, b) => Math.abs(a.d) - Math.abs(b.d));
    const used = new Set<number>();
    delta.forEach(({ e, d: dd }, i) => {
      let port = i === 0 ? 1 : dd > 0 ? 2 : dd < 0 ? 3 : used.has(2) ? 3 : 2;
      if (i > 0 && Math.abs(dd) < 1) port = used.has(2) ? 3 : 2;
      used.add(port);
      out.set(e.id, port);
    });
  }
  return out;
}

export function elkGraph(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], orientation: Orientation, positions?: Map<string, Point>): ElkNode {
  const ports = exitPorts(nodes, edges, orientation, positions);
  const interactive: LayoutOptions = positions
    ? {
      'elk.layered.layering.strategy': 'INTERACTIVE',
      'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
      'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
      'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
      // Model order would override the positions' order inside a layer.
      'elk.layered.considerModelOrder.strategy': 'NONE',
    }
    : { 'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX' };
  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  return {
    id: 'root',
    layoutOptions: { ...BASE_OPTIONS, ...M.elk, ...interactive, 'elk.direction': orientation === 'horizontal' ? 'RIGHT' : 'DOWN' },
    children: nodes.map((n) => ({
      id: n.id,
      width: n.width,
      height: n.height,
      ...(positions ? { x: positions.get(n.id)!.x, y: positions.get(n.id)!.y } : {}),
      ...(n.kind === 'decision' ? { ports: decisionPorts(n, orientation), layoutOptions: { 'elk.portConstraints': 'FIXED_POS' } } : {}),
    })),
    edges: edges.map((e): ElkExtendedEdge => ({
      id: e.id,
      sources: [kinds.get(e.from) === 'decision' ? `${e.from}__p${ports.get(e.id)!}` : e.from],
      targets: [kinds.get(e.to) === 'decision' ? `${e.to}__p0` : e.to],
      labels: e.label ? [{ id: `${e.id}__l`, text: e.label.lines.join(' '), width: e.label.width, height: e.label.height, layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' } }] : [],
    })),
  };
}

/** Reading order of the whole flowchart from a free ELK run: by layer, then across. */
export async function readingOrder(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], orientation: Orientation): Promise<Map<string, number>> {
  const res = await elk.layout(elkGraph(M, nodes, edges, orientation));
  const hz = orientation === 'horizontal';
  const placed = (res.children ?? []).map((c) => ({ id: c.id, main: hz ? c.x! : c.y!, cross: hz ? c.y! : c.x! }));
  placed.sort((a, b) => a.main - b.main || a.cross - b.cross || a.id.localeCompare(b.id, 'es-MX'));
  return new Map(placed.map((p, i) => [p.id, i]));
}
