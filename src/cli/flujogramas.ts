/**
 * npm run flujogramas -- <estado> | --todos | --cambios <a.yaml> <b.yaml> [--salida cambios.md]
 *
 * Validates the state's flowcharts, lays them out with elkjs and writes, all at once:
 *   reports/<estado>/flujogramas/<perfil>[-parte-N].svg|png (the parts printed on the DOCX's landscape
 *   pages), reports/<estado>/flujogramas-<estado>.docx
 *   (+ its Markdown twin) and slides/<estado>/flujogramas-<estado>.pptx.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import PptxGenJS from 'pptxgenjs';
import { parse as parseYaml } from 'yaml';
import { loadProjectConfig, outputPath, projectRoot, type ProjectConfig } from '../config/project.js';
import { PROFILES } from '../schemas/vocabularies.js';
import { commitFiles, type StagedFile } from '../util/atomic-write.js';
import { buildDate, normaliseOoxml } from '../util/deterministic-zip.js';
import { UserError } from '../util/errors.js';
import { formatDate, formatNumber } from '../util/format-es.js';
import { changelogMarkdown } from '../flowcharts/changelog.js';
import { buildFlowchartsDocx, documentTitle, imageUrl, type StateInfo } from '../flowcharts/docx.js';
import { layoutFlowchartForSlides } from '../flowcharts/layout.js';
import { layoutFlowchartForPrint } from '../flowcharts/print.js';
import { pageGeometry } from '../write/docx/styles.js';
import { loadFlowchartFile, loadStateFlowcharts } from '../flowcharts/load.js';
import { addFlowchartSlides } from '../flowcharts/pptx.js';
import { renderPng, renderSvg } from '../flowcharts/render.js';
import type { Flowchart, FlowchartLayout } from '../flowcharts/types.js';
import { formatBytes, parseCli, runCli } from './run.js';
import { loadRoster } from '../privacy/roster.js';
import { assertNoIdentifiers, ooxmlTextParts, scanOutputs } from '../privacy/guard.js';

const USAGE = `Uso:
  npm run flujogramas -- <estado>            genera los flujogramas de un estado (p. ej. chiapas)
  npm run flujogramas -- --todos             genera los de todos los estados con data/<estado>/flujogramas/
  npm run flujogramas -- --todos --check     comprueba que los .md confirmados estén al día (no escribe nada)
  npm run flujogramas -- --cambios <a.yaml> <b.yaml> [--salida cambios.md]
                                             registro de cambios entre dos versiones de un flujograma`;

const KNOWN_NAMES: Record<string, string> = {
  'baja-california': 'Baja California', chiapas: 'Chiapas', chihuahua: 'Chihuahua', 'ciudad-de-mexico': 'Ciudad de México', tabasco: 'Tabasco',
};

/** Name, CIE and sample-data flag from data/<estado>/estado.yaml (read leniently: only these fields). */
export function readStateInfo(slug: string, root: string): StateInfo {
  const file = path.join(root, 'data', slug, 'estado.yaml');
  let raw: { nombre?: unknown; cie?: { nombre?: unknown }; datos_de_muestra?: unknown } = {};
  if (existsSync(file)) {
    try {
      raw = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as typeof raw;
    } catch (e) {
      throw new UserError(`No se pudo leer data/${slug}/estado.yaml`, [{ file: `data/${slug}/estado.yaml`, message: `YAML no válido: ${(e as Error).message.split('\n')[0]}` }]);
    }
  }
  const nombre = typeof raw.nombre === 'string' && raw.nombre.trim() ? raw.nombre.trim() : (KNOWN_NAMES[slug] ?? slug);
  const cie = typeof raw.cie?.nombre === 'string' ? raw.cie.nombre : undefined;
  return { slug, nombre, cie, datosDeMuestra: raw.datos_de_muestra !== false };
}

export function statesWithFlowcharts(root: string): string[] {
  const data = path.join(root, 'data');
  if (!existsSync(data)) return [];
  return readdirSync(data)
    .filter((d) => d !== 'comun' && existsSync(path.join(data, d, 'flujogramas')) && statSync(path.join(data, d, 'flujogramas')).isDirectory())
    .sort();
}

function partSuffix(l: FlowchartLayout, i: number): string {
  return l.parts.length > 1 ? `-parte-${i}` : '';
}

export interface StateBuild {
  slug: string;
  files: StagedFile[];
  flowcharts: Flowchart[];
  /** Files in the flowchart folder that this build no longer produces. */
  stale: string[];
}

/** Builds every output of one state in memory (nothing is written). */
export async function buildStateFlowcharts(slug: string, root: string, project: ProjectConfig): Promise<StateBuild> {
  const state = readStateInfo(slug, root);
  const flowcharts = loadStateFlowcharts(slug, { root });
  // Landscape pages, text printed at 7 pt or more (src/flowcharts/print.ts).
  const geometry = pageGeometry(project.estilo);
  const docLayouts: FlowchartLayout[] = [];
  for (const fc of flowcharts) docLayouts.push(await layoutFlowchartForPrint(fc, geometry));
  const files: StagedFile[] = [];
  const dir = outputPath(project.salidas.flujogramas_dir, slug, root);
  const pngs = new Map<string, Buffer>();
  for (const l of docLayouts) {
    for (const part of l.parts) {
      const base = path.join(dir, `${l.perfil}${partSuffix(l, part.index)}`);
      const png = await renderPng(l, part, project.estilo, 2);
      pngs.set(imageUrl(l, part.index), png);
      files.push({ target: `${base}.svg`, bytes: renderSvg(l, part, project.estilo) });
      files.push({ target: `${base}.png`, bytes: png });
    }
  }
  const { markdown, docx } = await buildFlowchartsDocx(docLayouts, state, project, pngs);
  const docxPath = outputPath(project.salidas.flujogramas_docx, slug, root);
  files.push({ target: docxPath.replace(/\.docx$/, '.md'), bytes: markdown });
  files.push({ target: docxPath, bytes: docx });

  const slideLayouts: FlowchartLayout[] = [];
  for (const fc of flowcharts) slideLayouts.push(await layoutFlowchartForSlides(fc));
  const pptxPath = path.join(root, 'slides', slug, `flujogramas-${slug}.pptx`);
  const pptx = await buildFlowchartDeck(slideLayouts, state, project);
  files.push({ target: pptxPath, bytes: pptx });

  // Flowcharts are analysts' text too: the same last safety net as the reports.
  const roster = loadRoster(slug, root);
  assertNoIdentifiers(
    scanOutputs(
      [
        { output: rel(root, docxPath.replace(/\.docx$/, '.md')), part: 'markdown', text: markdown },
        ...(await ooxmlTextParts(docx, rel(root, docxPath))),
        ...(await ooxmlTextParts(pptx, rel(root, pptxPath))),
      ],
      roster,
    ),
  );

  const written = new Set(files.map((f) => path.resolve(f.target)));
  const stale = existsSync(dir)
    ? readdirSync(dir).filter((f) => /\.(svg|png)$/.test(f)).map((f) => path.resolve(dir, f)).filter((f) => !written.has(f))
    : [];
  return { slug, files, flowcharts, stale };
}

/** Standalone workshop deck: a cover slide, then every flowchart of the state as native shapes. */
export async function buildFlowchartDeck(layouts: FlowchartLayout[], state: StateInfo, project: ProjectConfig): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const title = documentTitle(state);
  pptx.title = title;
  pptx.company = project.organizacion.nombre_corto;
  const style = project.estilo;
  const date = layouts.map((l) => l.fecha).sort().at(-1) ?? '2026-01-01';
  const footer = [state.nombre, `Taller de aplicación de flujogramas`, ...(state.datosDeMuestra ? ['Flujogramas ilustrativos'] : [])].join(' · ');
  const cover = pptx.addSlide();
  cover.background = { color: style.colores.primario };
  cover.addText(title, { x: 0.8, y: 2.2, w: 11.7, h: 1.6, fontFace: style.fuente, fontSize: 32, bold: true, color: 'FFFFFF', valign: 'top', margin: 0, fit: 'shrink' });
  cover.addText([
    { text: project.organizacion.nombre, options: { breakLine: true } },
    { text: `${state.cie ? `${state.cie} · ` : ''}${formatDate(date)}`, options: { breakLine: true } },
    ...(state.datosDeMuestra ? [{ text: 'Flujogramas ilustrativos: fundamentos y plazos por verificar con el CIE' }] : []),
  ], { x: 0.8, y: 4.2, w: 11.7, h: 1.5, fontFace: style.fuente, fontSize: 16, color: 'FFFFFF', valign: 'top', margin: 0 });
  for (const l of layouts) addFlowchartSlides(pptx, l, { title: `${PROFILES[l.perfil]} — ${state.nombre}`, style, footer });
  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return normaliseOoxml(raw, buildDate(date), { title, subject: 'Flujogramas por perfil de víctima', keywords: `trata de personas, flujogramas, ${state.nombre}` });
}

function rel(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/');
}

async function main(): Promise<void> {
  const { values, positionals } = parseCli({
    allowPositionals: true,
    options: {
      todos: { type: 'boolean' },
      all: { type: 'boolean' },
      cambios: { type: 'boolean' },
      check: { type: 'boolean' },
      salida: { type: 'string' },
    },
  }, USAGE);
  const root = projectRoot();
  const started = performance.now();

  if (values.cambios) {
    if (positionals.length !== 2) throw new UserError(`--cambios necesita exactamente dos archivos (recibió ${positionals.length})\n${USAGE}`);
    const [a, b] = positionals.map((f) => {
      if (!existsSync(f)) throw new UserError(`No existe el archivo ${f} (las rutas relativas se leen desde la carpeta del proyecto, ${root}, no desde la carpeta en que usted está)`);
      return loadFlowchartFile(f, { root, skipValidation: true });
    });
    if (a!.perfil !== b!.perfil) throw new UserError(`Los dos archivos son de perfiles distintos (${a!.perfil} y ${b!.perfil}); el registro de cambios compara versiones del mismo flujograma`);
    const md = changelogMarkdown(a!, b!);
    if (values.salida) {
      commitFiles([{ target: path.resolve(values.salida), bytes: md }]);
      process.stdout.write(`Registro de cambios escrito en ${values.salida} (${formatBytes(Buffer.byteLength(md))})\n`);
    } else process.stdout.write(md);
    return;
  }

  const all = values.todos || values.all;
  if (all && positionals.length) throw new UserError(`Use --todos o un estado, no ambos.\n${USAGE}`);
  if (!all && positionals.length !== 1) throw new UserError(`Indique un estado (p. ej. chiapas) o --todos\n${USAGE}`);
  const slugs = all ? statesWithFlowcharts(root) : positionals;
  if (!slugs.length) throw new UserError('No hay estados con flujogramas (data/<estado>/flujogramas/)');
  const project = loadProjectConfig(root);

  // Build everything first; a problem anywhere leaves every previous output untouched.
  const builds: StateBuild[] = [];
  const problems: UserError[] = [];
  for (const slug of slugs) {
    try {
      builds.push(await buildStateFlowcharts(slug, root, project));
    } catch (e) {
      if (e instanceof UserError) problems.push(e);
      else throw e;
    }
  }
  if (problems.length) {
    if (problems.length === 1) throw problems[0]!;
    throw new UserError(`${problems.length} estados tienen problemas en sus flujogramas; no se escribió nada`, problems.flatMap((p) => p.problems.length ? p.problems : [{ file: '', message: p.message }]));
  }
  if (values.check) {
    // Only the Markdown twins are committed to git; compare them with a fresh build.
    const stale = builds.flatMap((b) => b.files).filter((f) => f.target.endsWith('.md') && (!existsSync(f.target) || readFileSync(f.target, 'utf8') !== f.bytes));
    if (stale.length) {
      throw new UserError('Los flujogramas cambiaron y su texto de revisión no se regeneró', stale.map((f) => ({ file: rel(root, f.target), message: 'desactualizado; ejecute «npm run flujogramas -- --todos» y confirme (commit) el archivo .md' })));
    }
    process.stdout.write(`✔ Los textos de revisión de los flujogramas están al día (${builds.length} estados).\n`);
    return;
  }
  commitFiles(builds.flatMap((b) => b.files));
  for (const b of builds) for (const f of b.stale) rmSync(f, { force: true });

  for (const b of builds) {
    process.stdout.write(`${readStateInfo(b.slug, root).nombre}: ${b.flowcharts.length} flujograma(s) (${b.flowcharts.map((f) => f.perfil).join(', ')})\n`);
    for (const f of b.files) process.stdout.write(`  ${rel(root, f.target)}  ${formatBytes(Buffer.byteLength(f.bytes))}\n`);
    for (const f of b.stale) process.stdout.write(`  (eliminado por obsoleto) ${rel(root, f)}\n`);
  }
  const secs = (performance.now() - started) / 1000;
  process.stdout.write(`Listo: ${builds.reduce((n, b) => n + b.files.length, 0)} archivos escritos en ${formatNumber(secs, 1)} s.\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await runCli(main);
