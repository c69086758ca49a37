/**
 * The diagnostic product of a state: load → validate → privacy → analyse → render, producing
 * the DOCX, its Markdown twin and the CIE deck in memory. The pipeline (../run.ts) scans and
 * commits them.
 */
import path from 'node:path';
import { loadProjectConfig, outputPath, projectRoot } from '../../config/project.js';
import { loadState, loadStateConfig } from '../../load/state.js';
import type { StateData } from '../../load/types.js';
import { analyse } from '../../analyse/index.js';
import type { Analysis } from '../../analyse/types.js';
import { renderReport as renderReportText } from '../../render/markdown/index.js';
import { renderChartPng } from '../../render/charts/index.js';
import { DocxMarkdownError, markdownToDocx, type DocxInfo, type ImageResolver } from '../../write/docx/index.js';
import { markdownToPaginatedDocx } from '../../write/docx/paginate.js';
import { startDeck } from '../../write/pptx/deck-thread.js';
import {
  documentTitle, flowchartImageResolver, flowchartSummaries, hasStateFlowcharts, layoutStateFlowcharts, loadStateFlowcharts,
} from '../../flowcharts/index.js';
import { pageGeometry } from '../../render/page/geometry.js';
import { guardInputs, guardOutputs, prescanOutputs } from '../privacy-gate.js';
import { assertFinalReady } from '../final-guard.js';
import { runProducts } from '../run.js';
import type { OutputFile, Product, ProductBuild, ProductRequest } from '../product.js';
import { chartParts } from '../../privacy/guard.js';
import { UserError } from '../../util/errors.js';
import { publicValues } from '../../privacy/guard.js';
import { displayPath } from '../../util/paths.js';

export interface BuildOptions {
  root?: string;
  /** Where outputs go (defaults to the root); tests build into a temporary folder. */
  outRoot?: string;
  /** Real SESNSP national file instead of the shipped synthetic sample. */
  sesnspFile?: string;
  /** Only compare the committed Markdown twin with a fresh render; write nothing. */
  check?: boolean;
  /** Page numbers in the indexes from a LibreOffice pagination, where LibreOffice is installed. */
  paginate?: boolean;
}

export interface BuildResult {
  state: string;
  files: { path: string; bytes: number }[];
  /** Set in check mode: whether the committed twin matches. */
  twinUpToDate?: boolean;
  ms: number;
}

export interface RenderedReport {
  data: StateData;
  analysis: Analysis;
  markdown: string;
  docx: Buffer;
  pptx: Buffer;
}

/** Output files of the diagnostic, from proyecto.yaml → salidas. */
function targets(req: ProductRequest, slug: string) {
  const s = req.project.salidas;
  return {
    markdown: outputPath(s.gemelo, slug, req.outRoot),
    docx: outputPath(s.informe, slug, req.outRoot),
    pptx: outputPath(s.presentacion, slug, req.outRoot),
  };
}

async function renderDiagnostic(req: ProductRequest): Promise<RenderedReport & { files: OutputFile[]; extra: ReturnType<typeof chartParts> }> {
  const slug = req.slug!;
  const root = req.root;
  const config = loadStateConfig(slug, root);
  if (!config.productos.includes('diagnostico')) {
    throw new UserError(`El estado «${slug}» no tiene el producto «diagnostico» en data/${slug}/estado.yaml (productos: ${config.productos.join(', ')}).`);
  }
  assertFinalReady(slug, config, req.project, root, { sesnspFile: req.options.sesnspFile });
  const data = await loadState(slug, { root, sesnspFile: req.options.sesnspFile });
  guardInputs(data);

  const analysis = analyse(data);
  // The annex shows the state's flowcharts on landscape pages, laid out like the standalone
  // flowcharts DOCX (text printed at 7 pt or more); the deck keeps the slide layouts.
  const geometry = pageGeometry(data.project.estilo);
  const { slides: flowcharts, print: printLayouts } = await layoutStateFlowcharts(hasStateFlowcharts(slug, root) ? loadStateFlowcharts(slug, { root }) : [], geometry);
  const flujogramas = {
    documento: {
      titulo: documentTitle({ slug, nombre: data.config.nombre, datosDeMuestra: data.config.datos_de_muestra }),
      archivo: path.basename(outputPath(data.project.salidas.flujogramas_docx, slug, root)),
    },
    lista: flowchartSummaries(printLayouts, data.config.nombre, 'flujograma-', data.config.cie),
  };
  // In the live loop the deck is built in a worker thread meanwhile (src/write/pptx/deck-thread.ts).
  const deck = startDeck(analysis, data, flowcharts);
  const { markdown, tree } = await renderReportText(analysis, data, { flujogramas, preamble: twinHeader(data) });

  const charts = new Map(analysis.charts.map((c) => [c.id, c]));
  const flowchartImages = flowchartImageResolver(printLayouts, data.project.estilo);
  const images: ImageResolver = async (url) => {
    // `flujograma:<perfil>-<parte>`: the PNG of that part; alt text from the Markdown (its steps).
    if (url.startsWith('flujograma:')) return flowchartImages(url);
    const id = /^grafica:(.+)$/.exec(url)?.[1];
    const spec = id ? charts.get(id) : undefined;
    if (!spec) return undefined;
    const { ancho, alto } = data.project.estilo.graficas;
    return { data: await renderChartPng(spec, data.project.estilo), width: ancho, height: alto, alt: spec.alt };
  };
  // `paginar`: page numbers in the indexes from a LibreOffice pagination (the report command).
  const build = req.options.paginar === true ? async () => (await markdownToPaginatedDocx(markdown, docxInfo(data), images, tree)).docx : () => markdownToDocx(markdown, docxInfo(data), images, tree);
  const docx = await build().catch((e: unknown) => {
    if (!(e instanceof DocxMarkdownError)) throw e;
    // Line numbers refer to the Markdown just rendered (the twin that would have been written).
    const twin = `${displayPath(root, outputPath(data.project.salidas.gemelo, slug, root))} (generado, no escrito)`;
    throw new UserError(
      'El Markdown generado no se puede convertir a DOCX; revise las plantillas o la narrativa indicadas',
      e.problems.map((p) => ({ file: twin, line: p.line, column: p.column, message: p.message })),
    );
  });
  const t = targets(req, slug);
  const early: OutputFile[] = [
    { target: t.docx, bytes: docx },
    { target: t.markdown, bytes: markdown, twin: true },
  ];
  // In the live loop the deck comes from its worker thread after the DOCX is done: this thread
  // scans the DOCX and the twin meanwhile, and the guard of the whole build remembers it.
  await prescanOutputs(root, req.outRoot, req.project, { files: early, privacy: { slug: data.slug, authors: data.config.autores } });
  const pptx = await deck();
  const files: OutputFile[] = [...early, { target: t.pptx, bytes: pptx }];
  return { data, analysis, markdown, docx, pptx, files, extra: chartParts(analysis.charts, displayPath(req.outRoot, t.pptx)) };
}

function buildOf(d: Awaited<ReturnType<typeof renderDiagnostic>>): ProductBuild {
  return { files: d.files, privacy: { slug: d.data.slug, allow: publicValues(d.data), extraParts: d.extra, authors: d.data.config.autores } };
}

export const diagnostico: Product = {
  id: 'diagnostico',
  nombre: 'diagnóstico',
  scope: 'estado',
  render: async (req) => buildOf(await renderDiagnostic(req)),
};

function request(slug: string, opts: BuildOptions): ProductRequest {
  const root = opts.root ?? projectRoot();
  return { root, outRoot: opts.check ? root : (opts.outRoot ?? root), project: loadProjectConfig(root), slug, options: { sesnspFile: opts.sesnspFile, paginar: opts.paginate === true && !opts.check } };
}

/** Runs every stage in memory, the output privacy scan included; nothing is written. */
export async function renderReport(slug: string, opts: BuildOptions = {}): Promise<RenderedReport> {
  const req = request(slug, opts);
  const d = await renderDiagnostic(req);
  await guardOutputs(req.root, req.outRoot, req.project, buildOf(d));
  return d;
}

/** An HTML comment (dropped by the DOCX writer) telling reviewers what this file is. */
function twinHeader(data: StateData): string {
  const sample = data.config.datos_de_muestra ? ' Datos ilustrativos: muestra sintética, no describe casos reales.' : '';
  return `<!-- Gemelo de revisión del informe de ${data.config.nombre}, generado con «npm run report ${data.slug}». No lo edite a mano: edite data/ y templates/ y vuelva a generarlo.${sample} -->\n\n`;
}

export function docxInfo(data: StateData): DocxInfo {
  const { project, config } = data;
  return {
    title: `${project.diagnostico.titulo} en el estado de ${config.nombre}`,
    shortTitle: config.titulo_corto ?? `Diagnóstico sobre trata de personas — ${config.nombre}`,
    stateName: config.nombre,
    organisation: project.organizacion.nombre,
    programme: project.organizacion.programa,
    date: config.fecha_documento,
    version: config.version,
    status: config.estado_documento,
    sampleData: config.datos_de_muestra,
    subject: `Diagnóstico de los mecanismos de detección, valoración, canalización y atención de víctimas de trata de personas — ${config.nombre}`,
    keywords: ['trata de personas', 'diagnóstico', config.nombre, config.cie.nombre],
    style: project.estilo,
    indexes: true,
  };
}

export async function buildReport(slug: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const [r] = await runProducts([{ product: diagnostico, request: request(slug, opts) }], { check: opts.check });
  return {
    state: slug,
    files: r!.files,
    ...(opts.check ? { twinUpToDate: r!.staleTwins.length === 0 } : {}),
    ms: r!.ms,
  };
}
