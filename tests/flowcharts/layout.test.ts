import { describe, expect, it } from 'vitest';
import { layoutFlowchart, layoutFlowchartForSlides, PRINT_METRICS } from '../../src/flowcharts/layout.js';
import { loadBaseFlowcharts, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import type { Flowchart } from '../../src/flowcharts/types.js';
import { checkPart, ROOT, STATES } from './helpers.js';

const all: Flowchart[] = [...loadBaseFlowcharts({ root: ROOT }), ...STATES.flatMap((s) => loadStateFlowcharts(s, { root: ROOT }))];

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

  it('the compact print metrics keep the same guarantees, in the orientation each is meant for', async () => {
    const errs: string[] = [];
    const variants = [
      { orientation: 'horizontal', metrics: PRINT_METRICS.horizontal }, { orientation: 'horizontal', metrics: PRINT_METRICS.narrow },
      { orientation: 'vertical', metrics: PRINT_METRICS.vertical }, { orientation: 'vertical', metrics: PRINT_METRICS.wide },
    ] as const;
    for (const fc of all) {
      for (const v of variants) {
        const l = await layoutFlowchart(fc, { ...v, maxStepsPerPart: 7 });
        expect(l.font.size).toBe(PRINT_METRICS.horizontal.font.size);
        for (const part of l.parts) errs.push(...checkPart(l, part));
      }
    }
    expect(errs).toEqual([]);
  }, 60_000);

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
