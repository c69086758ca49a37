/**
 * The on-disk cache of PNGs and audit bounds (src/util/disk-cache.ts, beside the flowchart layouts
 * of tests/flowcharts/layout-cache.test.ts) must never change an output: bytes read back from the
 * cache are the bytes drawn, a corrupt or foreign entry is ignored, recomputed and rewritten, and a
 * whole diagnostic built from a warm cache has the bytes of one that computed everything.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { CHART_IDS } from '../../src/analyse/types.js';
import { layoutFlowchartForSlides, loadStateFlowcharts, renderPng, renderPngSync } from '../../src/flowcharts/index.js';
import type { Flowchart } from '../../src/flowcharts/types.js';
import { feasibleIntervals, modelOf, type PublishedTable, type PublishedValue } from '../../src/privacy/audit.js';
import { drawChartPng, renderChartPng } from '../../src/render/charts/index.js';
import { drawGanttPng, renderGanttPng } from '../../src/render/charts/gantt.js';
import { drawStatesMapPng, renderStatesMapPng } from '../../src/render/map/index.js';
import { fixtureState, project } from '../fixtures/analyse/state.js';
import { runCli } from '../support/cli.js';

let dir: string;
const previous = process.env.DIAGNOSTICOS_CACHE;
const entries = (folder: string, prefix: string) => readdirSync(path.join(dir, folder)).filter((f) => f.startsWith(`${prefix}-`)).sort();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cache-imagenes-'));
  process.env.DIAGNOSTICOS_CACHE = dir;
});
afterAll(() => {
  if (previous === undefined) delete process.env.DIAGNOSTICOS_CACHE;
  else process.env.DIAGNOSTICOS_CACHE = previous;
  rmSync(dir, { recursive: true, force: true });
});

/** Damaged versions of a binary entry: each must be ignored, recomputed and rewritten. */
function damagedCopies(valid: Buffer): Buffer[] {
  const flipped = Buffer.from(valid);
  flipped[flipped.length - 20] = flipped[flipped.length - 20]! ^ 0xff; // inside the PNG, after the header
  const foreignKey = Buffer.from(valid);
  foreignKey[0] = foreignKey[0] === 0x30 ? 0x31 : 0x30; // the same bytes under another key
  return [valid.subarray(0, valid.length / 2), flipped, foreignKey, Buffer.from('no es PNG'), Buffer.alloc(0)];
}

async function expectRecomputed(folder: string, prefix: string, render: () => Promise<Buffer>, drawn: Buffer) {
  const [name] = entries(folder, prefix);
  const file = path.join(dir, folder, name!);
  const valid = readFileSync(file);
  for (const damaged of damagedCopies(valid)) {
    writeFileSync(file, damaged);
    expect((await render()).equals(drawn)).toBe(true);
    expect(readFileSync(file).equals(valid)).toBe(true);
  }
}

describe('chart PNG cache', () => {
  const spec = analyse(fixtureState()).chartsById[CHART_IDS.interviewsBySector]!;
  const style = project.estilo;

  it('a PNG read from the cache has the drawn bytes; a changed spec misses', async () => {
    const drawn = await drawChartPng(spec, style);
    expect((await renderChartPng(spec, style)).equals(drawn)).toBe(true);
    expect(entries('imagenes', 'grafica')).toHaveLength(1);
    expect((await renderChartPng(spec, style)).equals(drawn)).toBe(true);
    expect(entries('imagenes', 'grafica')).toHaveLength(1);
    const edited = { ...spec, labels: spec.labels.map((l, i) => (i === 0 ? `${l} (revisado)` : l)) };
    expect((await renderChartPng(edited, style)).equals(await drawChartPng(edited, style))).toBe(true);
    expect(entries('imagenes', 'grafica')).toHaveLength(2);
  });

  it('a corrupt, truncated or foreign PNG entry is ignored, redrawn and rewritten', async () => {
    const only = { ...spec, id: 'solo-esta', labels: [...spec.labels].reverse() };
    const before = new Set(entries('imagenes', 'grafica'));
    const drawn = await renderChartPng(only, style);
    expect(drawn.equals(await drawChartPng(only, style))).toBe(true);
    const [added] = entries('imagenes', 'grafica').filter((f) => !before.has(f));
    const file = path.join(dir, 'imagenes', added!);
    const valid = readFileSync(file);
    for (const damaged of damagedCopies(valid)) {
      writeFileSync(file, damaged);
      expect((await renderChartPng(only, style)).equals(drawn)).toBe(true);
      expect(readFileSync(file).equals(valid)).toBe(true);
    }
  });
});

describe('flowchart PNG cache', () => {
  it('a part read from the cache has the drawn bytes; a corrupt entry is redrawn and rewritten', async () => {
    const [fc] = loadStateFlowcharts('chiapas') as [Flowchart];
    const layout = await layoutFlowchartForSlides(fc);
    const part = layout.parts[0]!;
    const drawn = renderPngSync(layout, part, project.estilo, 2);
    expect((await renderPng(layout, part, project.estilo, 2)).equals(drawn)).toBe(true);
    expect(entries('imagenes', 'flujograma')).toHaveLength(1);
    expect((await renderPng(layout, part, project.estilo, 2)).equals(drawn)).toBe(true);
    await expectRecomputed('imagenes', 'flujograma', () => renderPng(layout, part, project.estilo, 2), drawn);
    // another scale is another entry
    expect((await renderPng(layout, part, project.estilo, 1)).equals(renderPngSync(layout, part, project.estilo, 1))).toBe(true);
    expect(entries('imagenes', 'flujograma')).toHaveLength(2);
  });
});

describe('map and timetable PNG cache', () => {
  const style = project.estilo;

  it('a map read from the cache has the drawn bytes; a corrupt entry is redrawn and rewritten', async () => {
    const states = [{ inegi: 8, value: '12', current: true }, { inegi: 7, value: '9' }];
    const drawn = await drawStatesMapPng(states, style, 600);
    expect((await renderStatesMapPng(states, style, 600)).equals(drawn)).toBe(true);
    expect(entries('imagenes', 'mapa')).toHaveLength(1);
    await expectRecomputed('imagenes', 'mapa', () => renderStatesMapPng(states, style, 600), drawn);
    // another count printed on a state is another entry
    const edited = [{ ...states[0]!, value: '13' }, states[1]!];
    expect((await renderStatesMapPng(edited, style, 600)).equals(await drawStatesMapPng(edited, style, 600))).toBe(true);
    expect(entries('imagenes', 'mapa')).toHaveLength(2);
  });

  it('a timetable read from the cache has the drawn bytes; a corrupt entry is redrawn and rewritten', async () => {
    const spec = {
      id: 'cronograma', caption: 'Cronograma', alt: 'Cronograma', source: 'Fuente: plan de trabajo.',
      bars: [
        { id: 'a1', label: 'A1 · Reunión de inicio', kind: 'actividad' as const, start: '2026-01-05', end: '2026-02-10' },
        { id: 'p1', label: 'P1 · Plan de trabajo', kind: 'producto' as const, start: '2026-02-01', end: '2026-02-20', state: 'entregado' as const },
      ],
      from: '2026-01-01', to: '2026-03-31', marker: { date: '2026-02-15', label: 'Corte' },
    };
    const drawn = await drawGanttPng(spec, style);
    expect((await renderGanttPng(spec, style)).equals(drawn)).toBe(true);
    expect(entries('imagenes', 'cronograma')).toHaveLength(1);
    await expectRecomputed('imagenes', 'cronograma', () => renderGanttPng(spec, style), drawn);
  });
});

describe('suppression audit cache', () => {
  const shown = (key: string, value: number): PublishedValue => ({ key, kind: 'shown', value });
  const c = (key: string): PublishedValue => ({ key, kind: 'secondary' });
  const line = (...cells: PublishedValue[]): PublishedTable => ({ grid: [cells, cells] });
  const model = modelOf([line(shown('a', 10), c('b'), c('t'))], 5);

  it('bounds read from the cache are the solved ones, unbounded intervals included; a corrupt entry is solved again', () => {
    process.env.DIAGNOSTICOS_CACHE = '0';
    const solved = feasibleIntervals(model);
    process.env.DIAGNOSTICOS_CACHE = dir;
    expect([...solved.values()].some((iv) => iv.hi === Infinity)).toBe(true);
    expect(feasibleIntervals(model)).toStrictEqual(solved);
    expect(entries('auditoria', 'intervalos')).toHaveLength(1);
    expect(feasibleIntervals(model)).toStrictEqual(solved);
    expect(feasibleIntervals(model, new Set(['b']))).toStrictEqual(new Map([['b', solved.get('b')]]));
    expect(entries('auditoria', 'intervalos')).toHaveLength(2);
    const file = path.join(dir, 'auditoria', entries('auditoria', 'intervalos').find((f) => readFileSync(path.join(dir, 'auditoria', f), 'utf8').includes('"t"'))!);
    const valid = readFileSync(file, 'utf8');
    for (const damaged of [valid.slice(0, valid.length / 2), valid.replace(/"b",5,/, '"b",6,'), valid.replace('null', '7'), 'no es JSON']) {
      expect(damaged).not.toBe(valid);
      writeFileSync(file, damaged);
      expect(feasibleIntervals(model)).toStrictEqual(solved);
      expect(readFileSync(file, 'utf8')).toBe(valid);
    }
  });

  it('inconsistent published values still throw, and store nothing', () => {
    const before = entries('auditoria', 'intervalos').length;
    const bad = modelOf([line(shown('a', 10), { key: 'x', kind: 'primary' }, shown('t', 30))], 5);
    expect(() => feasibleIntervals(bad)).toThrow(/no son coherentes/);
    expect(() => feasibleIntervals(bad)).toThrow(/no son coherentes/);
    expect(entries('auditoria', 'intervalos')).toHaveLength(before);
  });
});

describe('a whole build', () => {
  it('a diagnostic built from a warm cache (layouts, PNGs, audit bounds) has the bytes of one that computed everything', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'cache-diagnostico-'));
    const run = () => {
      const r = runCli('tests/support/product-hashes.ts', ['diagnostico', 'chiapas'], { env: { DIAGNOSTICOS_CACHE: cache, SOURCE_DATE_EPOCH: '1764547200' } });
      expect(r.code, r.err).toBe(0);
      return JSON.parse(r.out) as Record<string, string>;
    };
    const listing = () => Object.fromEntries(['flujogramas', 'imagenes', 'auditoria'].flatMap((folder) =>
      readdirSync(path.join(cache, folder)).map((f) => [`${folder}/${f}`, statSync(path.join(cache, folder, f)).mtimeMs])));
    try {
      const computed = run(); // cold: computes everything and fills the cache
      const filled = listing();
      const names = Object.keys(filled);
      expect(names.filter((f) => f.startsWith('imagenes/grafica-')).length).toBeGreaterThan(3);
      expect(names.filter((f) => f.startsWith('imagenes/flujograma-')).length).toBeGreaterThan(0);
      expect(names.filter((f) => f.startsWith('auditoria/')).length).toBeGreaterThan(0);
      const warm = run();
      expect(listing()).toEqual(filled); // every entry was read, none rewritten
      expect(Object.keys(computed).some((f) => f.endsWith('.docx'))).toBe(true);
      expect(Object.keys(computed).some((f) => f.endsWith('.pptx'))).toBe(true);
      expect(warm).toEqual(computed);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
