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
 */
import { createRequire } from 'node:module';
import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type {
  Box, Flowchart, FlowchartLayout, LayoutEdge, LayoutLane, LayoutNode, LayoutPart, NodeKind, Orientation, Point, StepType,
} from './types.js';
import { measure, wrap, FONT_FAMILY } from './text.js';

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

type PartLayout = Omit<LayoutPart, 'index' | 'count'>;

/** ELK results of one search keyed on their exact input (see `LayoutOpts.memo`). */
export interface LayoutMemo {
  readonly order: Map<string, Promise<Map<string, number>>>;
  readonly parts: Map<string, Promise<PartLayout>>;
}

export function createLayoutMemo(): LayoutMemo {
  return { order: new Map(), parts: new Map() };
}

/** `compute()` once per key; every caller gets its own copy of the result. */
async function memoised<T>(cache: Map<string, Promise<T>> | undefined, key: () => string, compute: () => Promise<T>): Promise<T> {
  if (!cache) return compute();
  const k = key();
  let found = cache.get(k);
  if (!found) {
    found = compute();
    cache.set(k, found);
  }
  return structuredClone(await found);
}

/** Sizes (px at 96 dpi) and spacing a layout is measured with. */
export interface LayoutMetrics {
  font: { size: number; lineHeight: number; labelSize: number; labelLineHeight: number; headerSize: number; headerLineHeight: number };
  /** Width of a step box and of its text inset (start/end ovals get `terminalInset`). */
  nodeW: number;
  inset: number;
  terminalInset: number;
  nodeMinH: number;
  /** Vertical padding of a box's text. */
  pad: number;
  decisionW: number;
  decisionTextW: number;
  decisionMinH: number;
  connector: number;
  labelMaxW: number;
  /** Horizontal: width of the lane-name column. */
  headerW: number;
  /** Room around a header's text (both sides together). */
  headerPad: number;
  /** Vertical: smallest width of a lane column. */
  minColumn: number;
  /** Outer margin; gap between the headers and the drawing. */
  margin: number;
  headerGap: number;
  /** From a node to the band edge. */
  minLaneGap: number;
  /** Room each side of a lane's nodes (first try) and how much it grows per retry. */
  lanePad: number;
  lanePadStep: number;
  laneAttempts: number;
  /** Gap between two nodes of one lane stacked across the flow. */
  slotGap: number;
  /** ELK spacing options. */
  elk: LayoutOptions;
}

/** The slides' (and SVG's) metrics. */
export const SCREEN_METRICS: LayoutMetrics = {
  font: { size: 12, lineHeight: 16, labelSize: 11, labelLineHeight: 14, headerSize: 12, headerLineHeight: 15 },
  nodeW: 164, inset: 10, terminalInset: 16, nodeMinH: 44, pad: 8,
  decisionW: 196, decisionTextW: 104, decisionMinH: 84,
  connector: 34, labelMaxW: 104,
  headerW: 124, headerPad: 14, minColumn: 130,
  margin: 16, headerGap: 14, minLaneGap: 10, lanePad: 18, lanePadStep: 30, laneAttempts: 4, slotGap: 28,
  elk: {
    'elk.spacing.nodeNode': '28',
    'elk.layered.spacing.nodeNodeBetweenLayers': '44',
    'elk.spacing.edgeNode': '14',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.spacing.labelNode': '6',
    'elk.padding': '[top=12,left=12,bottom=12,right=12]',
  },
};

/**
 * Compact metrics for paper, with step boxes `nodeW` px wide: the same step text with tighter
 * line spacing, a narrow lane-name column with wrapped, slightly smaller headers, and tight ELK
 * spacing, so a part scales up on a landscape page. Labels and headers are 11.2 px: at the scale
 * that prints step text at 7 pt they print at 6.5 pt. Narrow boxes suit lanes as rows (the flow
 * runs along the page's width); wide, shorter ones lanes as columns (the flow runs down).
 */
export function printMetrics(nodeW: number): LayoutMetrics {
  const decisionW = Math.round(nodeW * 1.16);
  return {
    font: { size: 12, lineHeight: 14.5, labelSize: 11.2, labelLineHeight: 13, headerSize: 11.2, headerLineHeight: 13 },
    nodeW, inset: 7, terminalInset: 12, nodeMinH: 34, pad: 5,
    decisionW, decisionTextW: Math.round(decisionW * 0.56), decisionMinH: 56,
    connector: 26, labelMaxW: 92,
    headerW: 92, headerPad: 10, minColumn: Math.max(110, nodeW + 16),
    margin: 4, headerGap: 6, minLaneGap: 6, lanePad: 8, lanePadStep: 16, laneAttempts: 7, slotGap: 14,
    elk: {
      'elk.spacing.nodeNode': '14',
      'elk.layered.spacing.nodeNodeBetweenLayers': '22',
      'elk.spacing.edgeNode': '8',
      'elk.layered.spacing.edgeNodeBetweenLayers': '8',
      'elk.spacing.edgeEdge': '6',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
      'elk.spacing.edgeLabel': '3',
      'elk.spacing.labelNode': '4',
      'elk.padding': '[top=6,left=6,bottom=6,right=6]',
    },
  };
}

/** Print metrics for lanes as rows (narrow boxes; `narrow` narrower still) and lanes as columns (wide boxes; `wide` wider still). */
export const PRINT_METRICS = { horizontal: printMetrics(128), vertical: printMetrics(176), narrow: printMetrics(106), wide: printMetrics(216) } as const;

/** The screen font (kept for callers that measure text like the layout). */
export const FONT = { family: FONT_FAMILY, ...SCREEN_METRICS.font };

/**
 * elkjs's layout engine (`elk-worker.min.js`, the script `elk.bundled.js` wraps and runs
 * in-process), called directly: `ELK.layout` goes through a fake worker that defers the request
 * and the answer with a `setTimeout(0)` each (≥ 1 ms in Node), which a search running ELK
 * hundreds of times per flowchart pays over and over. Same engine, same registration, same
 * input → same layout.
 */
interface ElkEngine {
  dispatcher: { saveDispatch(msg: { data: unknown }): void };
  onmessage?: (msg: { data: { id: number; data?: ElkNode; error?: unknown } }) => void;
}
const { Worker: ElkWorker } = createRequire(import.meta.url)('elkjs/lib/elk-worker.min.js') as { Worker: new () => ElkEngine };
const engine = new ElkWorker();
let answer: { id: number; data?: ElkNode; error?: unknown } | undefined;
engine.onmessage = (msg) => { answer = msg.data; };
function dispatch(data: Record<string, unknown>): { data?: ElkNode; error?: unknown } {
  answer = undefined;
  engine.dispatcher.saveDispatch({ data: { id: 0, ...data } });
  const got = answer as { data?: ElkNode; error?: unknown } | undefined;
  if (!got) throw new Error('elkjs no respondió');
  return got;
}
// What `new ELK()` registers.
dispatch({ cmd: 'register', algorithms: ['layered', 'stress', 'mrtree', 'radial', 'force', 'disco', 'sporeOverlap', 'sporeCompaction', 'rectpacking'] });
const elk = {
  async layout(graph: ElkNode): Promise<ElkNode> {
    const got = dispatch({ cmd: 'layout', graph, layoutOptions: {}, options: { logging: false, measureExecutionTime: false } });
    if (got.error !== undefined) throw got.error;
    return got.data!;
  },
};

interface GNode {
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

interface GEdge {
  id: string;
  from: string;
  to: string;
  label?: { lines: string[]; width: number; height: number };
  /** Index of the exit among its decision's exits (for the decision's vertex ports). */
  exit?: number;
}

function sizeNode(M: LayoutMetrics, id: string, kind: NodeKind, text: string, lane: string, stepId: string, number: string): GNode {
  const { size, lineHeight: lh } = M.font;
  if (kind === 'conector') {
    const c = M.connector;
    return { id, kind, stepId, lane, number, lines: [text], width: c, height: c, text: { x: 0, y: (c - lh) / 2, width: c, height: lh } };
  }
  const label = number ? `${number}. ${text}` : text;
  if (kind === 'decision') {
    const W = M.decisionW;
    const lines = wrap(label, M.decisionTextW, size);
    const w = Math.max(...lines.map((l) => measure(l, size)));
    const h = lines.length * lh;
    // A text block w×h fits in a W×H diamond when w/W + h/H ≤ 1.
    const height = Math.max(M.decisionMinH, Math.ceil(h / (1 - (w + 12) / W)) + 6);
    return { id, kind, stepId, lane, number, lines, width: W, height, text: { x: (W - w) / 2, y: (height - h) / 2, width: w, height: h } };
  }
  const inset = kind === 'inicio' || kind === 'fin' ? M.terminalInset : M.inset;
  const tw = M.nodeW - 2 * inset;
  const lines = wrap(label, tw, size);
  const h = lines.length * lh;
  const wave = kind === 'documento' ? 10 : 0;
  const height = Math.max(M.nodeMinH, h + 2 * M.pad + wave);
  return { id, kind, stepId, lane, number, lines, width: M.nodeW, height, text: { x: inset, y: (height - wave - h) / 2, width: tw, height: h } };
}

function sizeLabel(M: LayoutMetrics, text: string): GEdge['label'] {
  const lines = wrap(text, M.labelMaxW, M.font.labelSize);
  const w = Math.max(...lines.map((l) => measure(l, M.font.labelSize)));
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

function elkGraph(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], orientation: Orientation, positions?: Map<string, Point>): ElkNode {
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
async function readingOrder(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], orientation: Orientation): Promise<Map<string, number>> {
  const res = await elk.layout(elkGraph(M, nodes, edges, orientation));
  const hz = orientation === 'horizontal';
  const placed = (res.children ?? []).map((c) => ({ id: c.id, main: hz ? c.x! : c.y!, cross: hz ? c.y! : c.x! }));
  placed.sort((a, b) => a.main - b.main || a.cross - b.cross || a.id.localeCompare(b.id));
  return new Map(placed.map((p, i) => [p.id, i]));
}

interface Geometry {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/**
 * A lower bound of the size of a part's layout, from its nodes alone (no ELK): across the flow,
 * every lane's band holds its largest node with the lane gap each side and is at least as large
 * as its header needs (horizontal) or a readable column (vertical), as `finish` makes it; along
 * the flow, the drawing holds its largest node, the margins and the lane headers.
 */
function partSizeBound(M: LayoutMetrics, nodes: GNode[], laneOrder: { id: string; name: string }[], orientation: Orientation): { width: number; height: number } {
  const hz = orientation === 'horizontal';
  let cross = 0;
  for (const lane of laneOrder) {
    const members = nodes.filter((n) => n.lane === lane.id);
    if (!members.length) continue;
    const largest = Math.max(...members.map((n) => (hz ? n.height : n.width)));
    const need = hz ? wrap(lane.name, M.headerW - M.headerPad, M.font.headerSize, true).length * M.font.headerLineHeight + M.headerPad + 2 : M.minColumn;
    cross += Math.max(largest + 2 * M.minLaneGap, need);
  }
  const main = Math.max(...nodes.map((n) => (hz ? n.width : n.height))) + 2 * M.headerGap + (hz ? M.headerW : M.headerPad);
  // A hair under, so that rounding in the layout's own arithmetic cannot put it above the real size.
  const slack = 1e-6;
  return hz
    ? { width: main + 2 * M.margin - slack, height: cross + 2 * M.margin - slack }
    : { width: cross + 2 * M.margin - slack, height: main + 2 * M.margin - slack };
}

/** A part's memo key: everything its layout depends on. */
function partKey(M: LayoutMetrics, nodes: GNode[], edges: GEdge[], laneOrder: { id: string; name: string }[], orientation: Orientation): string {
  return JSON.stringify([M, nodes, edges, laneOrder, orientation]);
}

function layoutPart(
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
  const headerLines = (name: string, bandCross: number) => wrap(name, hz ? M.headerW - M.headerPad : Math.max(bandCross - M.headerPad, M.minColumn - 40), M.font.headerSize, true);
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

/** Cross-axis [start, end] of each lane, or undefined when two lanes' nodes interleave. */
function laneBands(geo: Geometry, laneIds: string[], orientation: Orientation, MIN_LANE_GAP: number): [number, number][] | undefined {
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

function finish(
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
  const maxSteps = opts.maxStepsPerPart ?? 14;
  const M = opts.metrics ?? SCREEN_METRICS;
  const laneName = new Map(fc.carriles.map((l) => [l.id, l.nombre]));

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
  const laneOrder = fc.carriles.map((l) => ({ id: l.id, name: l.nombre }));
  const laneOf = new Map(fc.pasos.map((s) => [s.id, s.carril]));

  const letters = new Map<string, string>(); // target step → connector letter
  const letterFor = (stepId: string) => {
    if (!letters.has(stepId)) letters.set(stepId, String.fromCharCode(65 + letters.size));
    return letters.get(stepId)!;
  };
  const parts: LayoutPart[] = [];
  /** Nodes and edges of part p (connectors included) measured with V. */
  const partGraph = (p: number, V: LayoutMetrics) => {
    const { nodes, edges: allEdges } = sizedFor(V);
    const pn: GNode[] = ordered.filter((s) => partOf.get(s.id) === p).map((s) => nodes.get(s.id)!);
    const pe: GEdge[] = [];
    const added = new Set<string>();
    for (const e of allEdges) {
      const a = partOf.get(e.from)!;
      const b = partOf.get(e.to)!;
      if (a === p && b === p) pe.push(e);
      else if (a === p) {
        // Leaves this part: ends at a connector in the target's lane.
        const letter = letterFor(e.to);
        const cid = `out_${letter}_${e.id}`;
        pn.push(sizeNode(V, cid, 'conector', letter, laneOf.get(e.to)!, e.to, ''));
        pe.push({ ...e, to: cid });
      } else if (b === p) {
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
  // Every part's graphs first (connector letters follow the parts' order), then their layouts.
  type Candidate = { metrics: LayoutMetrics; orientation: Orientation; pn: GNode[]; pe: GEdge[]; key?: string };
  const candidate = (V: LayoutMetrics, o: Orientation, g: { pn: GNode[]; pe: GEdge[] }): Candidate =>
    ({ metrics: V, orientation: o, ...g, ...(opts.memo ? { key: partKey(V, g.pn, g.pe, laneOrder, o) } : {}) });
  const candidates: Candidate[][] = [];
  for (let p = 0; p < partCount; p++) {
    const list = [candidate(M, orientation, partGraph(p, M))];
    if (opts.score) {
      for (const v of opts.variants ?? []) {
        if (v.orientation === orientation && v.metrics === M) continue;
        if (JSON.stringify(v.metrics.font) !== JSON.stringify(M.font)) throw new Error('las variantes de un flujograma deben usar la misma tipografía');
        list.push(candidate(v.metrics, v.orientation, partGraph(p, v.metrics)));
      }
    }
    candidates.push(list);
  }
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
  for (let p = 0; p < partCount; p++) parts.push({ index: p + 1, count: partCount, ...chosen[p]! });

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
  return layoutFlowchart(fc, { orientation: 'horizontal', maxStepsPerPart: SLIDE_STEPS_PER_PART });
}
