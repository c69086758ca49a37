/**
 * npm run bench [-- --rapido] [-- --escribir] — how fast and lean the toolkit is on this machine,
 * every figure printed next to a baseline measured in the same run, as a ratio (absolute times
 * vary with the machine and its load; ratios travel). The baseline is pandoc converting the
 * same Markdown twin to DOCX (no images) when `pandoc` is on the PATH, otherwise plain
 * remark-docx (none of this project's extensions) on the same twin, each as a whole process.
 *
 *   1. SESNSP import of the real national file vs. reading + decoding + splitting it (in process);
 *   2. cold state build (`npm run report <estado> -- --sin-paginar`, empty layout cache, a
 *      fresh project copy) vs. the baseline;
 *   3. warm rebuild (layout cache filled, one CSV cell edited) vs. the baseline;
 *   4. synthetic reports of ~150, ~600 and ~2,000 pages (the twin repeated): time and peak
 *      memory of the process, vs. the baseline on the same Markdown, and per page (linearity);
 *   5. 32 synthetic states (one per federal entity) with `report -- --all` (worker processes):
 *      wall time and peak memory of the whole process tree;
 *   and, first, the install footprint: node_modules on disk (`du -sk`) against the 150 MB goal.
 * Child processes' memory: their own `process.resourceUsage().maxRSS` when they report it, and
 * for the CLI runs the sum of the resident memory of the process tree sampled every 200 ms.
 * --rapido: one run per figure instead of the median of 3, no 2,000-page report, 4 states instead of 32.
 * --estados <n>, --paginas 150,600,2000: override those sizes; --solo-vigilar: only the --vigilar figure.
 * --escribir: rewrites the results table of docs/BENCHMARK.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config/project.js';
import { importSesnsp } from '../src/import/sesnsp.js';
import { CHARS_PER_PAGE, ENTITIES, syntheticProject } from './synthetic.js';

const { values } = parseArgs({ options: { rapido: { type: 'boolean', default: false }, escribir: { type: 'boolean', default: false }, estado: { type: 'string', default: 'chihuahua' }, 'solo-vigilar': { type: 'boolean', default: false }, estados: { type: 'string' }, paginas: { type: 'string' } } });
const REPS = values.rapido ? 1 : 3;
const STATE = values.estado!;
const root = projectRoot();
// tsx's loader in this very process (no `tsx` launcher process), as the npm scripts start it.
const TSX_LOADER = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const work = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-bench-'));
const rows: string[][] = [];
const started = Date.now();

// ---------------------------------------------------------------- measuring processes

interface Run { ms: number; peakMb: number; out: string; err: string; code: number | null; inner?: { ms: number; maxRssMb: number; chars: number } }

/** Resident memory (MB) of a process and all its descendants, from /proc (0 where /proc is missing). */
function treeRssMb(pid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
    } catch { /* gone */ }
  }
  let kb = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch { /* gone */ }
    stack.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}

/** Runs a command to its end: wall time, peak memory of its process tree, output. */
function measure(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let peakMb = 0;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - t;
      const last = out.trim().split('\n').at(-1) ?? '';
      let inner: Run['inner'];
      try {
        inner = last.startsWith('{') ? JSON.parse(last) : undefined;
      } catch { /* not a child script */ }
      resolve({ ms, peakMb: Math.max(peakMb, inner?.maxRssMb ?? 0), out, err, code, inner });
    });
  });
}

async function must(run: Promise<Run>, what: string): Promise<Run> {
  const r = await run;
  if (r.code !== 0) throw new Error(`${what} falló (código ${r.code}):\n${r.err || r.out}`);
  return r;
}

function medianRun(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
}

const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string) => measure(process.execPath, ['--expose-gc', '--import', TSX_LOADER, script, ...args], { env, cwd });
// A command as `npm run report` starts it (src/cli/launch.mjs: the bundle of src/, made once).
const LAUNCH = path.join(root, 'src', 'cli', 'launch.mjs');
const command = (args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string) => measure(process.execPath, ['--expose-gc', LAUNCH, ...args], { env, cwd });

// ---------------------------------------------------------------- output

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (m: number) => (m > 0 ? `${Math.round(m)} MB` : '—');
function record(what: string, ms: number, peak: number, baseName: string, baseMs: number, basePeak: number, extra = '') {
  const ratio = `${(ms / baseMs).toFixed(2)}×`;
  rows.push([what, secs(ms), mb(peak), baseName, secs(baseMs), mb(basePeak), ratio, extra]);
  process.stdout.write(`${what}: ${secs(ms)}, ${mb(peak)}  |  ${baseName}: ${secs(baseMs)}, ${mb(basePeak)}  |  razón ${ratio}${extra ? `  (${extra})` : ''}\n`);
}

// ---------------------------------------------------------------- baseline

const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
const BASE = pandoc ? 'pandoc, mismo gemelo → DOCX (sin imágenes)' : 'remark-docx sin extensiones, mismo gemelo (sin imágenes)';
/**
 * The baseline's script as plain JavaScript, as a remark-docx user runs one (`node script.mjs`,
 * packages imported from node_modules): through tsx's loader its process would take ~0.5 s
 * longer to start, which would flatter every ratio. Made once per run, in the repository (its
 * imports resolve from there).
 */
let baselineFile: string | undefined;
function baselineScript(): string {
  if (baselineFile) return baselineFile;
  const out = path.join(root, '.tmp', 'bench', `linea-base-${process.pid}.mjs`);
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  esbuild.buildSync({ entryPoints: [path.join(root, 'bench', 'child-baseline.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' });
  process.on('exit', () => rmSync(out, { force: true }));
  return (baselineFile = out);
}

/** The baseline on a twin (repeated `copies` times): the median run of REPS. */
async function baseline(twin: string, copies = 1, reps = REPS): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < reps; i++) {
    if (pandoc) {
      const md = path.join(work, `base-${copies}.md`);
      if (!existsSync(md)) {
        const { repeatTwin } = await import('./synthetic.js');
        writeFileSync(md, repeatTwin(readFileSync(twin, 'utf8'), copies).replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
      }
      runs.push(await must(measure('pandoc', [md, '-f', 'markdown', '-o', path.join(work, 'base.docx')]), 'pandoc'));
    } else {
      runs.push(await must(measure(process.execPath, ['--expose-gc', baselineScript(), twin, path.join(work, 'base.docx'), String(copies)]), 'la línea base'));
    }
  }
  return medianRun(runs);
}
process.stdout.write(`Línea base: ${BASE}. ${values.rapido ? 'Versión rápida (una corrida por cifra).' : `Mediana de ${REPS} corridas.`}\n\n`);

// ---------------------------------------------------------------- 0. install footprint

/** node_modules on disk as `du -sh` reports it (allocated 1 KiB blocks, in MiB), against #14's goal; skipped without du. */
const INSTALL_GOAL_MB = 150;
const du = values['solo-vigilar'] ? undefined : spawnSync('du', ['-sk', path.join(root, 'node_modules')], { encoding: 'utf8' });
if (du?.status === 0) {
  const installMb = Number(du.stdout.split('\t')[0]) / 1024;
  rows.push(['Instalación: node_modules tras npm ci', '—', `${installMb.toFixed(1)} MB en disco`, 'meta de #14', '—', `${INSTALL_GOAL_MB} MB`, `${(installMb / INSTALL_GOAL_MB).toFixed(2)}×`, 'como «du -sh node_modules»; dependencias de desarrollo incluidas']);
  process.stdout.write(`Instalación: node_modules ocupa ${installMb.toFixed(1)} MB en disco  |  meta: ${INSTALL_GOAL_MB} MB  |  razón ${(installMb / INSTALL_GOAL_MB).toFixed(2)}×\n`);
}

// ---------------------------------------------------------------- 1. SESNSP import

const sesnsp = path.resolve(root, '..', 'shared', 'data', 'sesnsp', 'IDVFC_NM_dic24.csv');
if (existsSync(sesnsp)) {
  const time = async (fn: () => Promise<unknown>, reps = 5) => {
    const ts: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      await fn();
      ts.push(performance.now() - t);
    }
    return ts.sort((a, b) => a - b)[Math.floor(reps / 2)]!;
  };
  await importSesnsp(sesnsp); // warm-up
  const floor = await time(async () => new TextDecoder('latin1').decode(readFileSync(sesnsp)).split('\r\n').length);
  const all = await time(() => importSesnsp(sesnsp));
  record('Importación SESNSP nacional (73,600 filas, 11 MB), en proceso', all, 0, 'leer + decodificar + dividir líneas', floor, 0);
} else {
  process.stdout.write(`(se omite la importación SESNSP: no existe ${sesnsp})\n`);
}


// ---------------------------------------------------------------- live loop (--vigilar)

/**
 * `npm run report <estado> -- --vigilar` on a project copy: after its first build, one CSV cell
 * is edited REPS times (5 at least); each figure is the time from the save to «listo» (debounce included),
 * the process staying alive between rebuilds as the analyst's does.
 */
async function watchFigure(): Promise<void> {
  const dir = projectCopy();
  const cache = mkdtempSync(path.join(work, 'cache-vigilar-'));
  const child = spawn(process.execPath, ['--expose-gc', LAUNCH, 'report', STATE, '--vigilar'], { cwd: dir, env: { ...process.env, DIAGNOSTICOS_ROOT: dir, DIAGNOSTICOS_CACHE: cache }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  let peakMb = 0;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 200);
  const listo = async (n: number) => {
    while ((out.match(/✔ .* listo/g) ?? []).length < n) {
      if (child.exitCode !== null || err.includes('no se regeneró')) throw new Error(`--vigilar falló:\n${out}\n${err}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  try {
    await listo(1);
    const twinPath = path.join(dir, 'reports', STATE, `diagnostico-${STATE}.md`);
    const file = path.join(dir, 'data', STATE, 'recomendaciones.csv');
    const text = readFileSync(file, 'utf8');
    const times: number[] = [];
    // An analyst saves many times in one session: the median of several edits, even with --rapido.
    for (let i = 0; i < Math.max(REPS, 5); i++) {
      const lines = text.split('\n');
      lines[1] = lines[1]!.replace(/"([^"]{20,})"/, (_m, cell: string) => `"${cell} (vigilar ${i + 1})"`);
      const t = performance.now();
      writeFileSync(file, lines.join('\n'));
      await listo(i + 2);
      times.push(performance.now() - t);
      if (!readFileSync(twinPath, 'utf8').includes(`(vigilar ${i + 1})`)) throw new Error('el gemelo no cambió tras la edición');
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    const b = await baseline(twinPath);
    record(`Reconstrucción en --vigilar de ${STATE} (una celda de CSV editada; proceso vivo)`, ms, peakMb, BASE, b.ms, b.peakMb, 'del guardado al «listo», espera de 120 ms incluida');
  } finally {
    clearInterval(timer);
    child.kill('SIGTERM');
  }
}

// ---------------------------------------------------------------- 2–3. one state, cold and warm

function projectCopy(): string {
  const dir = mkdtempSync(path.join(work, 'proyecto-'));
  for (const item of ['proyecto.yaml', 'data', 'templates']) cpSync(path.join(root, item), path.join(dir, item), { recursive: true, filter: (f) => !f.includes(`${path.sep}privado`) });
  return dir;
}
const report = (proj: string, cache: string, args: string[]) =>
  must(command(['report', ...args], { DIAGNOSTICOS_ROOT: proj, DIAGNOSTICOS_CACHE: cache }, proj), `npm run report ${args.join(' ')}`);

// The bundle of src/ the commands start from (src/cli/launch.mjs) is made once per version of
// the code, like `npm ci`: made here first, so that no figure depends on whether it existed.
spawnSync(process.execPath, [LAUNCH, 'report'], { cwd: root, stdio: 'ignore' });

if (values['solo-vigilar']) {
  await watchFigure();
  process.stdout.write(`\n| medición | tiempo | memoria máx. | línea base | tiempo base | memoria base | razón | notas |\n|---|--:|--:|---|--:|--:|--:|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const proj = projectCopy();
const colds: Run[] = [];
for (let i = 0; i < REPS; i++) colds.push(await report(proj, mkdtempSync(path.join(work, 'cache-frio-')), [STATE, '--sin-paginar']));
const cold = medianRun(colds);
const twin = path.join(proj, 'reports', STATE, `diagnostico-${STATE}.md`);
if (!existsSync(twin)) throw new Error(`no se encontró el gemelo ${twin}`);
const base = await baseline(twin);
record(`Informe de ${STATE} en frío (DOCX + gemelo + PPTX, caché de trazados vacía)`, cold.ms, cold.peakMb, BASE, base.ms, base.peakMb, `${Math.round(readFileSync(twin).length / 1024)} KB de gemelo; sin paginar con LibreOffice`);

// Warm: the layout cache of the last cold run, one cell of a CSV changed before each rebuild.
const warmCache = mkdtempSync(path.join(work, 'cache-tibio-'));
await report(proj, warmCache, [STATE, '--sin-paginar']);
const csv = path.join(proj, 'data', STATE, 'recomendaciones.csv');
const original = readFileSync(csv, 'utf8');
const warms: Run[] = [];
for (let i = 0; i < REPS; i++) {
  const lines = original.split('\n');
  lines[1] = lines[1]!.replace(/"([^"]{20,})"/, (_m, cell: string) => `"${cell} (edición ${i + 1})"`);
  writeFileSync(csv, lines.join('\n'));
  warms.push(await report(proj, warmCache, [STATE, '--sin-paginar']));
}
writeFileSync(csv, original);
const warm = medianRun(warms);
await watchFigure();
record(`Reconstrucción tibia de ${STATE} (caché llena, una celda de CSV editada)`, warm.ms, warm.peakMb, BASE, base.ms, base.peakMb, 'proceso nuevo: incluye el arranque de Node');

// ---------------------------------------------------------------- 4. large synthetic reports

const charsOfTwin = readFileSync(twin, 'utf8').length;
const sizes = values.paginas ? values.paginas.split(',').map(Number) : values.rapido ? [150, 600] : [150, 600, 2000];
const perPage: { pages: number; ms: number; mb: number }[] = [];
for (const pages of sizes) {
  const copies = Math.max(1, Math.round((pages * CHARS_PER_PAGE) / charsOfTwin));
  const runs: Run[] = [];
  for (let i = 0; i < (values.rapido || pages > 1000 ? 1 : REPS); i++) {
    runs.push(await must(tsx(path.join(root, 'bench', 'child-synthetic.ts'), [proj, STATE, twin, String(copies), path.join(work, 'grande.docx')]), `informe sintético de ${pages} páginas`));
  }
  const r = medianRun(runs);
  const b = await baseline(twin, copies, values.rapido || pages > 1000 ? 1 : REPS);
  const estimated = Math.round((r.inner!.chars) / CHARS_PER_PAGE);
  perPage.push({ pages: estimated, ms: r.inner!.ms, mb: r.peakMb });
  record(`Informe sintético de ~${estimated} páginas (${copies} copia${copies > 1 ? 's' : ''} del gemelo), escritor DOCX`, r.inner!.ms, r.peakMb, BASE, b.inner?.ms ?? b.ms, b.peakMb,
    `${(r.inner!.ms / estimated).toFixed(0)} ms/página`);
}
if (perPage.length > 1) {
  const [first, last] = [perPage[0]!, perPage.at(-1)!];
  const growth = (last.ms / last.pages) / (first.ms / first.pages);
  process.stdout.write(`Linealidad: de ~${first.pages} a ~${last.pages} páginas el tiempo por página cambia ${growth.toFixed(2)}× y la memoria pasa de ${mb(first.mb)} a ${mb(last.mb)}.\n`);
  rows.push([`Linealidad ~${first.pages} → ~${last.pages} páginas`, `${growth.toFixed(2)}× ms/página`, `${mb(first.mb)} → ${mb(last.mb)}`, '', '', '', '', '1.00× sería lineal']);
}

// ---------------------------------------------------------------- 5. all the federal entities

const nStates = Math.min(ENTITIES.length, values.estados ? Number(values.estados) : values.rapido ? 4 : ENTITIES.length);
const sources = readdirSync(path.join(root, 'data')).filter((s) => existsSync(path.join(root, 'data', s, 'estado.yaml')) && /-\s+diagnostico\b/.test(readFileSync(path.join(root, 'data', s, 'estado.yaml'), 'utf8')));
const national = syntheticProject(root, sources, nStates);
const nationalCache = mkdtempSync(path.join(work, 'cache-32-'));
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
const all = await report(national, nationalCache, ['--all', '--sin-paginar']);
record(`${nStates} estados sintéticos con --all (${Math.min(cores, nStates)} procesos, caché de trazados vacía)`, all.ms, all.peakMb, `${nStates} × ${BASE}`, nStates * base.ms, base.peakMb,
  `${secs(all.ms / nStates)} por estado; memoria: suma del árbol de procesos`);
rmSync(national, { recursive: true, force: true });

// ---------------------------------------------------------------- table

const date = new Date().toISOString().slice(0, 10);
const table = [
  `Corrida del ${date} (${values.rapido ? 'versión rápida' : `mediana de ${REPS}`}), ${cores} núcleos, Node ${process.version}, carga media al terminar ${os.loadavg()[0]!.toFixed(1)}; línea base: ${BASE}.`,
  '',
  '| medición | tiempo | memoria máx. | línea base | tiempo base | memoria base | razón | notas |',
  '|---|--:|--:|---|--:|--:|--:|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
process.stdout.write(`\n${table}\n\n(${((Date.now() - started) / 1000).toFixed(0)} s en total)\n`);
rmSync(work, { recursive: true, force: true });
if (values.escribir) {
  const file = path.join(root, 'docs', 'BENCHMARK.md');
  const header = readFileSync(file, 'utf8').split('<!-- resultados -->')[0];
  writeFileSync(file, `${header}<!-- resultados -->\n\n${table}\n`);
  process.stdout.write(`Actualizado ${path.relative(root, file)}\n`);
}
