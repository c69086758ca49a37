/**
 * The on-disk layout cache (src/flowcharts/layout-cache.ts) must never change an output: a
 * layout read back from the cache gives the same bytes as one computed, a corrupt entry is
 * recomputed, and a changed flowchart misses the cache.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { layoutFlowchartForSlides, loadStateFlowcharts, renderPngSync } from '../../src/flowcharts/index.js';
import type { Flowchart } from '../../src/flowcharts/types.js';
import { runCli } from '../support/cli.js';

let dir: string;
const previous = process.env.DIAGNOSTICOS_CACHE;
const entries = () => readdirSync(path.join(dir, 'flujogramas')).sort();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cache-flujogramas-'));
});
afterAll(() => {
  if (previous === undefined) delete process.env.DIAGNOSTICOS_CACHE;
  else process.env.DIAGNOSTICOS_CACHE = previous;
  rmSync(dir, { recursive: true, force: true });
});

describe('flowchart layout cache', () => {
  const style = loadProjectConfig().estilo;
  const [fc] = loadStateFlowcharts('chiapas') as [Flowchart];

  it('a layout read from the cache is the computed layout, and draws the same PNG bytes', async () => {
    process.env.DIAGNOSTICOS_CACHE = '0';
    const computed = await layoutFlowchartForSlides(fc);
    process.env.DIAGNOSTICOS_CACHE = dir;
    const first = await layoutFlowchartForSlides(fc);
    expect(entries()).toHaveLength(1);
    const cached = await layoutFlowchartForSlides(fc);
    expect(cached).not.toBe(first); // read back from disk, not the same object
    expect(cached).toStrictEqual(JSON.parse(JSON.stringify(computed)));
    for (const [i, part] of computed.parts.entries()) {
      // drawn, not read from the PNG cache (tests/perf/disk-cache.test.ts covers that one)
      expect(renderPngSync(cached, cached.parts[i]!, style, 1).equals(renderPngSync(computed, part, style, 1))).toBe(true);
    }
  });

  it('a corrupt or truncated entry is ignored, recomputed and rewritten', async () => {
    process.env.DIAGNOSTICOS_CACHE = dir;
    const good = await layoutFlowchartForSlides(fc);
    const [name] = entries();
    const file = path.join(dir, 'flujogramas', name!);
    const valid = readFileSync(file, 'utf8');
    for (const damaged of [valid.slice(0, valid.length / 2), valid.replace(/"width":\d+/, '"width":1'), 'no es JSON']) {
      writeFileSync(file, damaged);
      expect(await layoutFlowchartForSlides(fc)).toStrictEqual(JSON.parse(JSON.stringify(good)));
      expect(readFileSync(file, 'utf8')).toBe(valid);
    }
  });

  it('a changed flowchart misses the cache', async () => {
    process.env.DIAGNOSTICOS_CACHE = dir;
    const before = entries().length;
    const edited: Flowchart = { ...fc, pasos: fc.pasos.map((p, i) => (i === 0 ? { ...p, texto: `${p.texto} (revisado)` } : p)) };
    const layout = await layoutFlowchartForSlides(edited);
    expect(layout.steps.some((s) => s.text.endsWith('(revisado)'))).toBe(true);
    expect(entries()).toHaveLength(before + 1);
  });

  it('a whole flowcharts build from a warm cache has the bytes of a build that computed every layout', () => {
    const run = (cache: string) =>
      JSON.parse(runCli('tests/support/flowchart-hashes.ts', ['baja-california'], { env: { DIAGNOSTICOS_CACHE: cache, SOURCE_DATE_EPOCH: '1764547200' } }).out) as Record<string, string>;
    const warmDir = mkdtempSync(path.join(tmpdir(), 'cache-flujogramas-build-'));
    try {
      const computed = run(warmDir); // cold: computes and fills the cache
      expect(readdirSync(path.join(warmDir, 'flujogramas')).length).toBeGreaterThan(0);
      const warm = run(warmDir);
      expect(Object.keys(computed).some((f) => f.endsWith('.docx'))).toBe(true);
      expect(Object.keys(computed).some((f) => f.endsWith('.pptx'))).toBe(true);
      expect(warm).toEqual(computed);
    } finally {
      rmSync(warmDir, { recursive: true, force: true });
    }
  });
});
