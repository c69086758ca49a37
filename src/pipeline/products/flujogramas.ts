/**
 * The flowcharts product of a state: its flowcharts validated and laid out with elkjs, then
 * SVG/PNG per printed part, a DOCX (+ Markdown twin) and a standalone workshop deck.
 * Output paths come from proyecto.yaml → salidas.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import PptxGenJS from 'pptxgenjs';
import { loadProjectConfig, outputPath, type ProjectConfig } from '../../config/project.js';
import { loadStateConfig } from '../../load/state.js';
import { PROFILES } from '../../schemas/vocabularies.js';
import { buildDate, normaliseOoxml } from '../../util/deterministic-zip.js';
import { UserError } from '../../util/errors.js';
import { formatDate, plural } from '../../util/format-es.js';
import { changelogMarkdown } from '../../flowcharts/changelog.js';
import { buildFlowchartsDocx, cieOf, documentTitle, imageUrl, type StateInfo } from '../../flowcharts/docx.js';
import { loadReviews } from '../../flowcharts/feedback.js';
import { pendingCount } from '../../flowcharts/feedback-markdown.js';
import { layoutStateFlowcharts } from '../../flowcharts/state-layouts.js';
import { pageGeometry } from '../../render/page/geometry.js';
import { loadFlowchartFile, loadStateFlowcharts } from '../../flowcharts/load.js';
import { addFlowchartSlides } from '../../flowcharts/pptx.js';
import { renderPng, renderSvg } from '../../flowcharts/render.js';
import { FLOW_STATUS, VALIDATED_STATUS, withCie, type Flowchart, type FlowchartLayout } from '../../flowcharts/types.js';
import { displayPath } from '../../util/paths.js';
import type { OutputFile, Product, ProductBuild, ProductRequest } from '../product.js';
import { guardOutputs } from '../privacy-gate.js';

/** Name, CIE and sample-data flag of a state, from its validated estado.yaml. */
export function stateInfo(slug: string, root: string): StateInfo {
  const config = loadStateConfig(slug, root);
  return { slug, nombre: config.nombre, cie: config.cie.nombre, ...(config.cie.siglas ? { cieSiglas: config.cie.siglas } : {}), datosDeMuestra: config.datos_de_muestra };
}

function partSuffix(l: FlowchartLayout, i: number): string {
  return l.parts.length > 1 ? `-parte-${i}` : '';
}

export interface StateFlowchartsBuild extends ProductBuild {
  slug: string;
  files: OutputFile[];
  flowcharts: Flowchart[];
  /** Files in the flowchart folder that this build no longer produces. */
  stale: string[];
}

/** Builds every output of one state's flowcharts in memory (nothing is written, nothing scanned). */
export async function buildStateFlowcharts(slug: string, root: string, project: ProjectConfig, outRoot = root): Promise<StateFlowchartsBuild> {
  const state = stateInfo(slug, root);
  const flowcharts = loadStateFlowcharts(slug, { root });
  // Landscape pages, text printed at 7 pt or more (src/flowcharts/print.ts).
  const geometry = pageGeometry(project.estilo);
  const { print: docLayouts, slides: slideLayouts } = await layoutStateFlowcharts(flowcharts, geometry);
  const files: OutputFile[] = [];
  const dir = outputPath(project.salidas.flujogramas_dir, slug, outRoot);
  const pngs = new Map<string, Buffer>();
  // All parts encoded together, off the main thread (renderPng); written in order.
  const rendered = await Promise.all(docLayouts.flatMap((l) => l.parts.map((part) => renderPng(l, part, project.estilo, 2))));
  let next = 0;
  for (const l of docLayouts) {
    for (const part of l.parts) {
      const base = path.join(dir, `${l.perfil}${partSuffix(l, part.index)}`);
      const png = rendered[next++]!;
      pngs.set(imageUrl(l, part.index), png);
      files.push({ target: `${base}.svg`, bytes: renderSvg(l, part, project.estilo) });
      files.push({ target: `${base}.png`, bytes: png });
    }
  }
  const reviews = loadReviews(slug, root, flowcharts);
  const validation = { historial: Object.fromEntries(flowcharts.map((f) => [f.perfil, f.historial])), reviews };
  const { markdown, docx } = await buildFlowchartsDocx(docLayouts, state, project, pngs, validation);
  const docxPath = outputPath(project.salidas.flujogramas_docx, slug, outRoot);
  files.push({ target: docxPath.replace(/\.docx$/, '.md'), bytes: markdown, twin: true });
  files.push({ target: docxPath, bytes: docx });

  const pptx = await buildFlowchartDeck(slideLayouts, state, project);
  files.push({ target: outputPath(project.salidas.flujogramas_presentacion, slug, outRoot), bytes: pptx });

  const written = new Set(files.map((f) => path.resolve(f.target)));
  const stale = existsSync(dir)
    ? readdirSync(dir).filter((f) => /\.(svg|png)$/.test(f)).map((f) => path.resolve(dir, f)).filter((f) => !written.has(f))
    : [];
  const pending = pendingCount(reviews);
  const summary = `${state.nombre}: ${plural(flowcharts.length, 'flujograma')} (${flowcharts.map((f) => f.perfil).join(', ')})${pending ? `; ${plural(pending, 'comentario')} del CIE ${pending === 1 ? 'pendiente' : 'pendientes'}` : ''}`;
  return { slug, files, flowcharts, stale, summary, privacy: { slug } };
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
    ...(state.datosDeMuestra ? [{ text: `Flujogramas ilustrativos: fundamentos y plazos por verificar ${withCie(cieOf(state))}` }] : []),
  ], { x: 0.8, y: 4.2, w: 11.7, h: 1.8, fontFace: style.fuente, fontSize: 18, color: 'FFFFFF', valign: 'top', margin: 0 });
  for (const l of layouts) addFlowchartSlides(pptx, l, { title: `${PROFILES[l.perfil]} — ${state.nombre}`, style, footer, cie: cieOf(state) });
  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return normaliseOoxml(raw, buildDate(date), { title, subject: 'Flujogramas por perfil de víctima', keywords: `trata de personas, flujogramas, ${state.nombre}` });
}

/**
 * `--todos --final`: the final set may only hold flowcharts the CIE has validated. Refuses,
 * naming each flowchart still in draft or only reviewed by the organisation.
 */
export function checkFinalSet(slugs: string[], root: string): void {
  const open = slugs.flatMap((slug) => loadStateFlowcharts(slug, { root }).filter((f) => !VALIDATED_STATUS.includes(f.estatus)).map((f) => ({ slug, f })));
  if (open.length === 0) return;
  throw new UserError(
    `La versión final no se genera: ${open.length === 1 ? 'un flujograma no está validado' : `${open.length} flujogramas no están validados`} con su CIE`,
    open.map(({ f }) => ({ file: f.origin.file, line: f.origin.line, message: `${PROFILES[f.perfil]}: versión ${f.version} en «${FLOW_STATUS[f.estatus]}»; se necesita «${FLOW_STATUS.validado_cie}» o «${FLOW_STATUS.final}» (con su entrada en historial)` })),
  );
}

export const flujogramas: Product = {
  id: 'flujogramas',
  nombre: 'flujogramas',
  scope: 'estado',
  render: (req: ProductRequest) => buildStateFlowcharts(req.slug!, req.root, req.project, req.outRoot),
};

/** The state a flowchart file belongs to (data/<estado>/flujogramas/…), for its private roster. */
function stateOfFile(root: string, abs: string): string | undefined {
  const m = /^data\/([^/]+)\/flujogramas\//.exec(displayPath(root, abs));
  return m && m[1] !== 'comun' ? m[1] : undefined;
}

/**
 * Change log between two versions of one flowchart, as Markdown. `target` (optional) is where
 * it will be written: the text goes through the same output privacy scan as every product.
 */
export async function renderChangelog(root: string, fileA: string, fileB: string, target?: string): Promise<OutputFile> {
  const [a, b] = [fileA, fileB].map((f) => {
    const abs = path.resolve(root, f);
    if (!existsSync(abs)) throw new UserError(`No existe el archivo ${f} (las rutas relativas se leen desde la carpeta del proyecto, ${root}, no desde la carpeta en que usted está)`);
    return loadFlowchartFile(abs, { root, skipValidation: true });
  });
  if (a!.perfil !== b!.perfil) throw new UserError(`Los dos archivos son de perfiles distintos (${a!.perfil} y ${b!.perfil}); el registro de cambios compara versiones del mismo flujograma`);
  const file: OutputFile = { target: path.resolve(root, target ?? 'cambios.md'), bytes: changelogMarkdown(a!, b!) };
  const slug = stateOfFile(root, path.resolve(root, fileB)) ?? stateOfFile(root, path.resolve(root, fileA));
  await guardOutputs(root, root, loadProjectConfig(root), { files: [file], privacy: { slug } });
  return file;
}
