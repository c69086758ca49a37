/**
 * npx tsx bench/print-search.ts [--veces 3] — the flowcharts' print-layout search before and
 * after the size bounds (tests/flowcharts/support/print-search-before.ts vs `searchLayout`), in
 * one process on the same flowcharts, each search with its own fresh memo (a cold search):
 * ELK part layouts, ELK runs, and wall time (median of the repetitions, which alternate which
 * search goes first, after an unmeasured round of both), per state, as ratios.
 * Both give the same layouts (checked here too; tests/flowcharts/print-search.test.ts).
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { loadProjectConfig, projectRoot } from '../src/config/project.js';
import { createLayoutMemo } from '../src/flowcharts/layout/index.js';
import { elk } from '../src/flowcharts/layout/elk-engine.js';
import { loadBaseFlowcharts, loadStateFlowcharts } from '../src/flowcharts/load.js';
import { MIN_LABEL_PT, MIN_PRINTED_PT, searchLayout } from '../src/flowcharts/print.js';
import type { Flowchart, FlowchartLayout } from '../src/flowcharts/types.js';
import { pageGeometry } from '../src/render/page/geometry.js';
import { searchLayoutBefore } from '../tests/flowcharts/support/print-search-before.js';

const { values } = parseArgs({ options: { veces: { type: 'string', default: '3' } } });
const REPS = Math.max(1, Number(values.veces));
const root = projectRoot();
const geometry = pageGeometry(loadProjectConfig(root).estilo);

let runs = 0;
const layout = elk.layout;
elk.layout = (graph) => { runs++; return layout(graph); };

type Search = typeof searchLayout;
/** One cold search of each flowchart: time, ELK part layouts and runs, the layouts. */
async function once(search: Search, fcs: Flowchart[]) {
  let parts = 0;
  runs = 0;
  const layouts: FlowchartLayout[] = [];
  const t = performance.now();
  for (const fc of fcs) {
    const memo = createLayoutMemo();
    layouts.push(await search(fc, geometry, MIN_PRINTED_PT, MIN_LABEL_PT, memo));
    parts += memo.parts.size;
  }
  return { ms: performance.now() - t, parts, elkRuns: runs, layouts };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const states = ['baja-california', 'chiapas', 'chihuahua', 'ciudad-de-mexico', 'tabasco'];
const sets: [string, Flowchart[]][] = [['comun', loadBaseFlowcharts({ root })], ...states.map((s): [string, Flowchart[]] => [s, loadStateFlowcharts(s, { root })])];
// Warm-up (elkjs loaded, the JIT settled): both searches once over every set, unmeasured.
for (const [, fcs] of sets) { await once(searchLayoutBefore, fcs); await once(searchLayout, fcs); }

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'conjunto'.padEnd(18)}${pad('partes ELK antes → después', 28)}${pad('corridas ELK', 18)}${pad('ms (mediana)', 20)}${pad('razón ms', 10)}`);
const total = { pb: 0, pa: 0, rb: 0, ra: 0, mb: 0, ma: 0 };
for (const [name, fcs] of sets) {
  // Repetitions alternate which search goes first.
  const before: Awaited<ReturnType<typeof once>>[] = [];
  const after: Awaited<ReturnType<typeof once>>[] = [];
  for (let r = 0; r < REPS; r++) {
    if (r % 2 === 0) { before.push(await once(searchLayoutBefore, fcs)); after.push(await once(searchLayout, fcs)); }
    else { after.push(await once(searchLayout, fcs)); before.push(await once(searchLayoutBefore, fcs)); }
  }
  const b = { ...before[0]!, ms: median(before.map((x) => x.ms)) };
  const a = { ...after[0]!, ms: median(after.map((x) => x.ms)) };
  if (!isDeepStrictEqual(a.layouts, b.layouts)) throw new Error(`${name}: la búsqueda nueva dio otros diseños`);
  total.pb += b.parts; total.pa += a.parts; total.rb += b.elkRuns; total.ra += a.elkRuns; total.mb += b.ms; total.ma += a.ms;
  console.log(`${name.padEnd(18)}${pad(`${b.parts} → ${a.parts}`, 28)}${pad(`${b.elkRuns} → ${a.elkRuns}`, 18)}${pad(`${Math.round(b.ms)} → ${Math.round(a.ms)}`, 20)}${pad((a.ms / b.ms).toFixed(2), 10)}`);
}
console.log(`${'total'.padEnd(18)}${pad(`${total.pb} → ${total.pa}`, 28)}${pad(`${total.rb} → ${total.ra}`, 18)}${pad(`${Math.round(total.mb)} → ${Math.round(total.ma)}`, 20)}${pad((total.ma / total.mb).toFixed(2), 10)}`);
console.log(`(${REPS} repeticiones; mismas salidas; partes = diseños de parte por ELK, cada uno 2 corridas o más)`);
