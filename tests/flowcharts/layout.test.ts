import { describe, expect, it } from 'vitest';
import { createLayoutMemo, layoutFlowchart, layoutFlowchartAbove, layoutFlowchartForSlides, PRINT_METRICS } from '../../src/flowcharts/layout/index.js';
import path from 'node:path';
import { loadProjectConfig } from '../../src/config/project.js';
import { loadBaseFlowcharts, loadFlowchartFile, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { layoutFlowchartForPrint } from '../../src/flowcharts/print.js';
import { MAX_CONDITION, MAX_LANE_NAME, MAX_STEP_TEXT } from '../../src/flowcharts/schema.js';
import { pageGeometry } from '../../src/render/page/geometry.js';
import { measureText } from '../../src/render/text/index.js';
import type { Flowchart } from '../../src/flowcharts/types.js';
import { checkPart, FIXTURES, ROOT, STATES } from './helpers.js';

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

describe('long tokens in boxes', () => {
  it('a URL, a long word and a long lane name at their maximum lengths are wrapped inside their boxes', async () => {
    const fc = loadFlowchartFile(path.join(FIXTURES, 'data/comun/flujogramas/lgbti.yaml'), { root: FIXTURES });
    const url = `https://www.gob.mx/${'documentos/'.repeat(25)}`.slice(0, MAX_STEP_TEXT);
    fc.pasos.find((p) => p.id === 'uno')!.texto = url;
    fc.pasos.find((p) => p.id === 'decide')!.texto = `¿${'Interinstitucionalmente'.repeat(4)}?`;
    fc.carriles[1]!.nombre = 'Procuraduría'.repeat(16).slice(0, MAX_LANE_NAME);
    fc.transiciones.find((t) => t.condicion === 'Sí')!.condicion = 'x'.repeat(MAX_CONDITION);
    const geometry = pageGeometry(loadProjectConfig(ROOT).estilo);
    for (const l of [await layoutFlowchart(fc), await layoutFlowchartForSlides(fc), await layoutFlowchartForPrint(fc, geometry)]) {
      const errs = l.parts.flatMap((part) => checkPart(l, part));
      expect(errs).toEqual([]);
      for (const part of l.parts) {
        for (const n of part.nodes) for (const line of n.lines) expect(measureText(line, l.font.size, n.kind === 'conector')).toBeLessThanOrEqual(n.text.width + 0.01);
      }
      // the URL reads back whole: its cuts (next to "/" or ".") add no hyphen; step «uno» is drawn in exactly one part
      const unos = l.parts.flatMap((part) => part.nodes.filter((n) => n.stepId === 'uno' && n.kind !== 'conector'));
      expect(unos).toHaveLength(1);
      expect(unos[0]!.lines.join(' ').replace(/^\d+\. /, '').replaceAll(' ', '')).toBe(url);
    }
  });
});

describe('layout memo, floor and variant bound (the print search)', () => {
  const fc = all.find((f) => f.id === 'chihuahua/nna_migrantes_no_acompanados') ?? all.find((f) => f.pasos.length >= 12)!;
  const variants = [
    { orientation: 'horizontal' as const, metrics: PRINT_METRICS.horizontal }, { orientation: 'vertical' as const, metrics: PRINT_METRICS.vertical },
    { orientation: 'horizontal' as const, metrics: PRINT_METRICS.narrow }, { orientation: 'vertical' as const, metrics: PRINT_METRICS.wide },
  ];
  const score = (p: { width: number; height: number }) => 1000 / Math.max(p.width, 1.5 * p.height);
  const scoreBound = (s: { width: number; height: number }) => 1000 / Math.max(s.width, 1.5 * s.height);
  const n = fc.pasos.length;
  const splits = [[n], [Math.ceil(n / 2), Math.floor(n / 2)], [Math.floor(n / 2), Math.ceil(n / 2)], [n - 3, 3]];

  it('gives the very layout of a plain call, whichever candidates were laid out before with the same memo', async () => {
    const memo = createLayoutMemo();
    for (const orientation of ['horizontal', 'vertical'] as const) {
      for (const partSizes of splits) {
        const opts = { orientation, partSizes, metrics: PRINT_METRICS[orientation], variants, score };
        const plain = await layoutFlowchart(fc, opts);
        expect(await layoutFlowchart(fc, { ...opts, memo })).toEqual(plain);
        expect(await layoutFlowchart(fc, { ...opts, memo, scoreBound })).toEqual(plain); // twice: from the memo
        expect(await layoutFlowchartAbove(fc, { ...opts, memo, scoreBound }, Math.min(...plain.parts.map(score)) - 1e-6)).toEqual(plain);
      }
    }
  }, 60_000);

  it('gives up (undefined) when a part scores at or below the floor', async () => {
    const opts = { orientation: 'horizontal' as const, partSizes: splits[1]!, metrics: PRINT_METRICS.horizontal, variants, score, memo: createLayoutMemo() };
    const plain = await layoutFlowchart(fc, opts);
    expect(await layoutFlowchartAbove(fc, opts, Math.min(...plain.parts.map(score)))).toBeUndefined();
  }, 30_000);
});
