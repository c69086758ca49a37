/**
 * A state's flowcharts laid out in worker threads (src/flowcharts/state-layouts.ts) are the
 * layouts computed in this thread, stored in the disk cache as before; a worker that cannot start
 * leaves the work to this thread instead of failing.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { slideLayoutJob } from '../../src/flowcharts/layout/index.js';
import { loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { printLayoutJob } from '../../src/flowcharts/print.js';
import { layoutStateFlowcharts } from '../../src/flowcharts/state-layouts.js';
import type { FlowchartLayout } from '../../src/flowcharts/types.js';
import { pageGeometry } from '../../src/render/page/geometry.js';
import { ROOT } from './helpers.js';

const geometry = pageGeometry(loadProjectConfig(ROOT).estilo);
const fcs = loadStateFlowcharts('tabasco', { root: ROOT });
const json = (l: FlowchartLayout) => JSON.parse(JSON.stringify(l)) as FlowchartLayout;

let dir: string;
const previous = process.env.DIAGNOSTICOS_CACHE;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cache-flujogramas-hilos-'));
});
afterAll(() => {
  if (previous === undefined) delete process.env.DIAGNOSTICOS_CACHE;
  else process.env.DIAGNOSTICOS_CACHE = previous;
  rmSync(dir, { recursive: true, force: true });
});

describe('layoutStateFlowcharts', () => {
  it('lays out in worker threads exactly what this thread computes, and fills the disk cache', async () => {
    expect(fcs.length).toBeGreaterThanOrEqual(2);
    process.env.DIAGNOSTICOS_CACHE = path.join(dir, 'frio');
    const parallel = await layoutStateFlowcharts(fcs, geometry, { workers: true });
    expect(parallel.computedInWorkers).toBe(2 * fcs.length);
    expect(readdirSync(path.join(dir, 'frio', 'flujogramas'))).toHaveLength(2 * fcs.length);

    // The reference: each layout computed here, as a cache miss returns it (through JSON).
    const slides = await Promise.all(fcs.map(async (fc) => json(await slideLayoutJob(fc).compute())));
    const print = await Promise.all(fcs.map(async (fc) => json(await printLayoutJob(fc, geometry).compute())));
    expect(parallel.slides).toStrictEqual(slides);
    expect(parallel.print).toStrictEqual(print);

    // Warm: everything from the cache (or this process), nothing for the workers.
    const warm = await layoutStateFlowcharts(fcs, geometry, { workers: true });
    expect(warm.computedInWorkers).toBe(0);
    expect(warm.slides).toStrictEqual(slides);
    expect(warm.print).toStrictEqual(print);
  });

  it('computes in this thread when the workers cannot start', async () => {
    process.env.DIAGNOSTICOS_CACHE = path.join(dir, 'sin-hilos');
    const broken = path.join(dir, 'roto.mjs');
    writeFileSync(broken, "throw new Error('no arranca');\n");
    const inThread = await layoutStateFlowcharts(fcs.slice(0, 2), geometry, { workers: true, workerEntry: pathToFileURL(broken) });
    expect(inThread.computedInWorkers).toBe(0);
    // Slide layouts: no per-process memo, so these were computed here and stored.
    expect(inThread.slides).toStrictEqual(await Promise.all(fcs.slice(0, 2).map(async (fc) => json(await slideLayoutJob(fc).compute()))));
    expect(readdirSync(path.join(dir, 'sin-hilos', 'flujogramas')).filter((f) => f.startsWith('diapositivas-'))).toHaveLength(2);
  });
});
