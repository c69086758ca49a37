/**
 * npm run bench — how long the toolkit takes on this machine, as ratios against baselines
 * measured in the same process (so the figures travel between machines):
 *   1. SESNSP import of the real national file vs. the floor (read + decode + split lines);
 *   2. each state's full build in memory vs. plain remark-docx on the same Markdown;
 *   3. a large synthetic report (hundreds of pages) vs. plain remark-docx.
 * Options: --rapido (fewer repetitions), --escribir (update docs/BENCHMARK.md).
 */
import 'core-js/actual/iterator/index.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDocx from 'remark-docx';
import { projectRoot } from '../src/config/project.js';
import { listStates, loadStateConfig } from '../src/load/state.js';
import { importSesnsp } from '../src/import/sesnsp.js';
import { docxInfo, renderReport } from '../src/pipeline/products/diagnostico.js';
import { markdownToDocx, type ImageResolver } from '../src/write/docx/index.js';
import { renderChartPng } from '../src/render/charts/index.js';

const { values } = parseArgs({ options: { rapido: { type: 'boolean', default: false }, escribir: { type: 'boolean', default: false } } });
const REPS = values.rapido ? 1 : 3;
const root = projectRoot();
const rows: string[][] = [];

async function median(fn: () => Promise<unknown>, reps = REPS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function record(what: string, ms: number, baselineName: string, baselineMs: number, extra = '') {
  rows.push([what, secs(ms), baselineName, secs(baselineMs), `${(ms / baselineMs).toFixed(1)}×`, extra]);
  process.stdout.write(`${what}: ${secs(ms)} (${baselineName}: ${secs(baselineMs)}, ${(ms / baselineMs).toFixed(1)}×) ${extra}\n`);
}

async function plainRemarkDocx(markdown: string): Promise<void> {
  // The baseline: remark-docx with no plugins, images dropped (their URLs do not resolve).
  await unified().use(remarkParse).use(remarkGfm).use(remarkDocx).process(markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/<!--[^>]*-->/g, ''));
}

// 1. SESNSP national file (read from ../shared, never copied into the repository).
const sesnsp = path.resolve(root, '..', 'shared', 'data', 'sesnsp', 'IDVFC_NM_dic24.csv');
if (existsSync(sesnsp)) {
  await importSesnsp(sesnsp); // warm-up
  const floor = await median(async () => new TextDecoder('latin1').decode(readFileSync(sesnsp)).split('\r\n').length, 5);
  const all = await median(() => importSesnsp(sesnsp), 5);
  record('Importación SESNSP nacional (73,600 filas, 11 MB)', all, 'leer + decodificar + dividir líneas', floor);
} else {
  process.stdout.write(`(se omite la importación SESNSP: no existe ${sesnsp})\n`);
}

// 2. Each state's full build (load → … → DOCX + PPTX), in memory.
const states = listStates(root).filter((s) => loadStateConfig(s, root).productos.includes('diagnostico'));
let largest: Awaited<ReturnType<typeof renderReport>> | undefined;
for (const state of states) {
  const first = await renderReport(state, { root }); // warm-up (fonts, chart.js, templates)
  if (!largest || first.markdown.length > largest.markdown.length) largest = first;
  const full = await median(() => renderReport(state, { root }));
  const base = await median(() => plainRemarkDocx(first.markdown));
  record(`Informe completo de ${state} (DOCX + PPTX + gráficas)`, full, 'remark-docx sin extensiones, mismo Markdown', base, `${Math.round(first.markdown.length / 1024)} KB de Markdown`);
}

// 3. A large synthetic report: the largest twin repeated with unique ids.
const COPIES = values.rapido ? 2 : 4;
if (!largest) throw new Error('no hay estados con diagnóstico');
const { data, analysis } = largest;
const big = Array.from({ length: COPIES }, (_, k) =>
  largest.markdown.replace(/\{#(tbl|fig):([A-Za-z0-9_-]+)\}/g, `{#$1:$2-c${k}}`).replace(/@(tbl|fig):([A-Za-z0-9_-]+)/g, `@$1:$2-c${k}`),
).join('\n\n');
const pngs = new Map<string, Buffer>();
for (const c of analysis.charts) pngs.set(c.id, await renderChartPng(c, data.project.estilo));
// Charts resolve to their PNGs; flowchart figures to a chart PNG of the same kind of size
// (the writer's cost does not depend on what the picture shows).
const anyPng = pngs.values().next().value!;
const images: ImageResolver = async (url) => {
  const id = /^grafica:(.+)$/.exec(url)?.[1];
  const png = (id ? pngs.get(id) : undefined) ?? (url.startsWith('flujograma:') ? anyPng : undefined);
  return png ? { data: png, width: data.project.estilo.graficas.ancho, height: data.project.estilo.graficas.alto, alt: url } : undefined;
};
const bigMs = await median(() => markdownToDocx(big, docxInfo(data), images), values.rapido ? 1 : 2);
const bigBase = await median(() => plainRemarkDocx(big), values.rapido ? 1 : 2);
record(`Informe sintético grande (${COPIES} copias del informe de ${data.slug})`, bigMs, 'remark-docx sin extensiones', bigBase, `${Math.round(big.length / 1024)} KB de Markdown; memoria máxima ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

const table = [
  '| medición | tiempo (mediana) | línea base | tiempo base | razón | notas |',
  '|---|--:|---|--:|--:|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
process.stdout.write(`\n${table}\n`);
if (values.escribir) {
  const file = path.join(root, 'docs', 'BENCHMARK.md');
  const header = readFileSync(file, 'utf8').split('<!-- resultados -->')[0];
  writeFileSync(file, `${header}<!-- resultados -->\n\n${table}\n`);
  process.stdout.write(`\nActualizado ${path.relative(root, file)}\n`);
}
