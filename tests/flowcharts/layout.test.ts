import { describe, expect, it } from 'vitest';
import { layoutFlowchart, layoutFlowchartForSlides } from '../../src/flowcharts/layout.js';
import { loadBaseFlowcharts, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import type { Box, Flowchart, FlowchartLayout, LayoutPart } from '../../src/flowcharts/types.js';
import { inside, overlaps, ROOT, STATES } from './helpers.js';

const all: Flowchart[] = [...loadBaseFlowcharts({ root: ROOT }), ...STATES.flatMap((s) => loadStateFlowcharts(s, { root: ROOT }))];

function checkPart(l: FlowchartLayout, part: LayoutPart): string[] {
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

describe('layout', () => {
  it('every flowchart, both orientations: no overlapping boxes or labels, nodes inside their lane', async () => {
    const errs: string[] = [];
    for (const fc of all) {
      for (const l of [await layoutFlowchart(fc), await layoutFlowchartForSlides(fc)]) {
        const steps = l.parts.flatMap((p) => p.nodes.filter((n) => n.kind !== 'conector').map((n) => n.stepId));
        expect(steps.sort()).toEqual(fc.pasos.map((s) => s.id).sort());
        for (const part of l.parts) errs.push(...checkPart(l, part));
      }
    }
    expect(errs).toEqual([]);
  });

  it('is deterministic and numbers steps in reading order', async () => {
    const fc = all.find((f) => f.id === 'chiapas/nna')!;
    const a = await layoutFlowchart(fc);
    const b = await layoutFlowchart(fc);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.steps.map((s) => s.number)).toEqual(a.steps.map((_, i) => String(i + 1)));
    expect(a.steps[0]!.tipo).toBe('inicio');
  });

  it('splits long flows into parts joined by lettered connectors', async () => {
    const fc = all.find((f) => f.id === 'comun/nna_migrantes_no_acompanados')!;
    expect(fc.pasos.length).toBeGreaterThan(14);
    const l = await layoutFlowchart(fc);
    expect(l.parts.length).toBe(2);
    const outs = l.parts[0]!.nodes.filter((n) => n.kind === 'conector' && n.id.startsWith('out_'));
    expect(outs.length).toBeGreaterThan(0);
    for (const o of outs) {
      const incoming = l.parts.flatMap((p) => p.nodes).find((n) => n.kind === 'conector' && n.id === `in_${o.lines[0]}`);
      expect(incoming, `conector ${o.lines[0]}`).toBeDefined();
      expect(incoming!.stepId).toBe(o.stepId);
    }
    const short = all.find((f) => f.id === 'comun/mujeres_explotacion_sexual')!;
    expect((await layoutFlowchart(short)).parts).toHaveLength(1);
  });
});
