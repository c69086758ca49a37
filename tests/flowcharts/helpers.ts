import path from 'node:path';
import type { Box, FlowchartLayout, LayoutPart } from '../../src/flowcharts/types.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'flujogramas');
export const STATES = ['baja-california', 'chiapas', 'chihuahua', 'ciudad-de-mexico', 'tabasco'];

/** Strict overlap of two boxes (touching edges do not count). */
export function overlaps(a: Box, b: Box, tol = 0.5): boolean {
  return a.x + tol < b.x + b.width && b.x + tol < a.x + a.width && a.y + tol < b.y + b.height && b.y + tol < a.y + a.height;
}

export function inside(inner: Box, outer: Box, tol = 0.5): boolean {
  return inner.x >= outer.x - tol && inner.y >= outer.y - tol && inner.x + inner.width <= outer.x + outer.width + tol && inner.y + inner.height <= outer.y + outer.height + tol;
}

/** Every layout guarantee of one part: no overlaps, nodes inside their lane, orthogonal edges crossing no box. Returns the violations. */
export function checkPart(l: FlowchartLayout, part: LayoutPart): string[] {
  const errs: string[] = [];
  const where = `${l.id} ${part.orientation} parte ${part.index}`;
  const boxes: { id: string; box: Box }[] = [
    ...part.nodes.map((n) => ({ id: `nodo ${n.id}`, box: n as Box })),
    ...part.edges.filter((e) => e.label).map((e) => ({ id: `etiqueta ${e.id}`, box: e.label! as Box })),
  ];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box)) errs.push(`${where}: ${boxes[i]!.id} se encima con ${boxes[j]!.id}`);
    const b = boxes[i]!.box;
    if (b.x < 0 || b.y < 0 || b.x + b.width > part.width || b.y + b.height > part.height) errs.push(`${where}: ${boxes[i]!.id} fuera del dibujo`);
  }
  for (const n of part.nodes) {
    const lane = part.lanes.find((ln) => ln.id === n.lane);
    if (!lane) errs.push(`${where}: sin carril para ${n.id}`);
    else if (!inside(n, lane.band)) errs.push(`${where}: ${n.id} fuera de su carril ${lane.id}`);
    for (const other of part.lanes) if (other.id !== n.lane && overlaps(n, other.band)) errs.push(`${where}: ${n.id} invade el carril ${other.id}`);
    if (!inside(n.text, n, 1)) errs.push(`${where}: el texto de ${n.id} sale de su figura`);
    if (overlaps(n, lanesHeader(part))) errs.push(`${where}: ${n.id} sobre los encabezados`);
  }
  // Lane bands tile the drawing without overlapping each other.
  for (let i = 0; i + 1 < part.lanes.length; i++) if (overlaps(part.lanes[i]!.band, part.lanes[i + 1]!.band)) errs.push(`${where}: carriles encimados`);
  // Edges are orthogonal, start/end on their nodes, and never cross a box they do not connect.
  for (const e of part.edges) {
    for (let k = 0; k + 1 < e.points.length; k++) {
      const a = e.points[k]!;
      const b = e.points[k + 1]!;
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) errs.push(`${where}: arista ${e.id} no ortogonal`);
      const seg: Box = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
      for (const n of part.nodes) {
        if (n.id === e.from || n.id === e.to) continue;
        if (overlaps(seg, n, 1)) errs.push(`${where}: arista ${e.id} atraviesa ${n.id}`);
      }
    }
  }
  return errs;
}

function lanesHeader(part: LayoutPart): Box {
  const h = part.lanes[0]!.header;
  return part.orientation === 'horizontal' ? { x: h.x, y: 0, width: h.width, height: part.height } : { x: 0, y: h.y, width: part.width, height: h.height };
}
