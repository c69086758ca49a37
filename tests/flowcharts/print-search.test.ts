/**
 * The print search skips, by size bounds alone, ELK layouts that could not change its answer
 * (`partSizeBound`, `splitScoreBound`): checked against the search before those bounds
 * (support/print-search-before.ts) on every shipped flowchart and the fixtures: the very same
 * layouts, never more parts laid out, and the bound at or below the real size of every part
 * either search laid out.
 */
import { describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { createLayoutMemo, PRINT_METRICS, type LayoutMemo } from '../../src/flowcharts/layout/index.js';
import type { GEdge, GNode } from '../../src/flowcharts/layout/graph.js';
import type { LayoutMetrics } from '../../src/flowcharts/layout/metrics.js';
import { splitIntoParts } from '../../src/flowcharts/layout/parts.js';
import { flowExtent, partSizeBound } from '../../src/flowcharts/layout/search.js';
import { loadBaseFlowcharts, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { MIN_LABEL_PT, MIN_PRINTED_PT, searchLayout } from '../../src/flowcharts/print.js';
import type { Flowchart, Orientation } from '../../src/flowcharts/types.js';
import { pageGeometry, type PageGeometry } from '../../src/render/page/geometry.js';
import { FIXTURES, ROOT, STATES } from './helpers.js';
import { searchLayoutBefore } from './support/print-search-before.js';

const geometry = pageGeometry(loadProjectConfig(ROOT).estilo);
const a4 = pageGeometry({ ...loadProjectConfig(ROOT).estilo, docx: { ...loadProjectConfig(ROOT).estilo.docx, tamano_pagina: 'a4' } });

/** Every part a search laid out, with the bound of its graph (the memo key is its whole input). */
async function boundsAndSizes(memo: LayoutMemo) {
  const out: { where: string; bound: { width: number; height: number }; size: { width: number; height: number } }[] = [];
  for (const [key, part] of memo.parts) {
    const [M, nodes, edges, lanes, orientation] = JSON.parse(key) as [LayoutMetrics, GNode[], GEdge[], { id: string; name: string }[], Orientation];
    const { width, height } = await part;
    const steps = nodes.filter((n) => n.kind !== 'conector').map((n) => n.number).join(',');
    out.push({ where: `${orientation} ${M.nodeW} px, pasos ${steps}`, bound: partSizeBound(M, nodes, edges, lanes, orientation), size: { width, height } });
  }
  return out;
}

async function compare(fc: Flowchart, g: PageGeometry, minPt = MIN_PRINTED_PT, minLabelPt = MIN_LABEL_PT) {
  const before = createLayoutMemo();
  const now = createLayoutMemo();
  const expected = await searchLayoutBefore(fc, g, minPt, minLabelPt, before);
  const got = await searchLayout(fc, g, minPt, minLabelPt, now);
  expect(got, fc.id).toEqual(expected);
  expect(now.parts.size, fc.id).toBeLessThanOrEqual(before.parts.size);
  const checked = [...await boundsAndSizes(before), ...await boundsAndSizes(now)];
  const over = checked.filter((c) => c.bound.width > c.size.width || c.bound.height > c.size.height);
  expect(over, fc.id).toEqual([]);
  return { before: before.parts.size, now: now.parts.size, checked: checked.length };
}

const SETS: [string, () => Flowchart[]][] = [
  ['comun', () => loadBaseFlowcharts({ root: ROOT })],
  ...STATES.map((slug): [string, () => Flowchart[]] => [slug, () => loadStateFlowcharts(slug, { root: ROOT })]),
  ['fixtures', () => [...loadBaseFlowcharts({ root: FIXTURES }), ...loadStateFlowcharts('prueba', { root: FIXTURES })]],
];

describe('print search with size bounds', () => {
  it.each(SETS)('returns the layouts of the search without them, laying out fewer parts, the bound never above a real part (%s)', async (_name, load) => {
    const fcs = load();
    expect(fcs.length).toBeGreaterThan(0);
    let before = 0;
    let now = 0;
    for (const fc of fcs) {
      const r = await compare(fc, geometry);
      before += r.before;
      now += r.now;
    }
    if (fcs.some((fc) => fc.pasos.length > 10)) expect(now).toBeLessThan(before);
  });

  it('the same on other pages and thresholds, down to none readable (the largest text of every count)', async () => {
    const fc = loadStateFlowcharts('prueba', { root: FIXTURES })[0]!;
    await compare(fc, a4);
    await compare(fc, geometry, 8.5, 8); // larger text: more parts
    await compare(fc, geometry, 40, 40); // never readable: every count is laid out
  });
});

describe('runGraph', () => {
  it("is a part's graph but for its connectors' names: the same bound, whatever the rest of the split", async () => {
    const laneOrderOf = (fc: Flowchart) => fc.carriles.map((l) => ({ id: l.id, name: l.nombre }));
    for (const fc of loadStateFlowcharts('chihuahua', { root: ROOT })) {
      const n = fc.pasos.length;
      for (const orientation of ['horizontal', 'vertical'] as const) {
        for (const sizes of [[n], [3, n - 3], [4, 5, n - 9], [n - 2, 1, 1]]) {
          const split = await splitIntoParts(fc, PRINT_METRICS[orientation], orientation, { maxStepsPerPart: 14, partSizes: sizes });
          for (const V of Object.values(PRINT_METRICS)) {
            let start = 0;
            sizes.forEach((size, p) => {
              const part = split.graph(p, V);
              const run = split.runGraph(start, start + size, V);
              start += size;
              expect(run.pn.map((x) => [x.kind, x.lane, x.width, x.height])).toEqual(part.pn.map((x) => [x.kind, x.lane, x.width, x.height]));
              expect(run.pe.length).toBe(part.pe.length);
              for (const o of ['horizontal', 'vertical'] as const) {
                expect(partSizeBound(V, run.pn, run.pe, laneOrderOf(fc), o)).toEqual(partSizeBound(V, part.pn, part.pe, laneOrderOf(fc), o));
              }
            });
          }
        }
      }
    }
  });
});

describe('flowExtent', () => {
  const M = PRINT_METRICS.horizontal;
  const node = (id: string, width: number): GNode => ({ id, kind: 'proceso', stepId: id, lane: 'l', number: '', lines: [], width, height: 40, text: { x: 0, y: 0, width, height: 40 } });
  const edge = (from: string, to: string): GEdge => ({ id: `${from}-${to}`, from, to });
  const gap = Number(M.elk['elk.layered.spacing.nodeNodeBetweenLayers']);

  it('is the longest chain of an acyclic graph: its nodes and a layer gap between each two', () => {
    const nodes = [node('a', 100), node('b', 50), node('c', 200), node('d', 10)];
    expect(flowExtent(M, nodes, [edge('a', 'b'), edge('b', 'd'), edge('a', 'c')], 'horizontal')).toBe(Math.max(100 + 50 + 10 + 2 * gap, 100 + 200 + gap));
    expect(flowExtent(M, nodes, [], 'horizontal')).toBe(200);
  });

  it('with a cycle, only the largest edge: its two ends a layer apart whichever way ELK turns it', () => {
    const nodes = [node('a', 100), node('b', 50), node('c', 200)];
    expect(flowExtent(M, nodes, [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')], 'horizontal')).toBe(200 + 100 + gap);
    expect(flowExtent(M, nodes, [edge('a', 'a')], 'horizontal')).toBe(200);
  });
});
