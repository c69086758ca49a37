/**
 * The CIE deck: Analysis → PPTX, slide by slide as templates/presentacion/cie.yaml says.
 *
 *   buildDeck(analysis, data, flowcharts) → deterministic bytes
 *
 * 1. the template is read and validated (Spanish errors with file and path);
 * 2. each entry is planned into zero or more slides (an entry without data — no statistics,
 *    no flowcharts, no recommendations — produces none), and the agenda is derived from the plan;
 * 3. slides are drawn through the layout primitives (text fitted, shapes kept on the slide);
 * 4. the package is normalised (fixed dates, no author, no suppressed value left in charts).
 */
import PptxGenJS from 'pptxgenjs';
import type { Analysis } from '../../analyse/types.js';
import type { StateData } from '../../load/types.js';
import { buildDate } from '../../util/deterministic-zip.js';
import { formatNumber, withArticle } from '../../util/format-es.js';
import { deckStyle, SAMPLE_DATA_NOTICE, type DeckContext, type FlowchartRenderer, type SlideRecord } from './context.js';
import { defineMasters } from './master.js';
import { finishPackage } from './package.js';
import { articlePlaceholderValues, fillPlaceholders, loadDeckTemplate, parseDeckTemplate, type DeckTemplate, type PlaceholderName, type SlideEntry } from './template.js';
import { planAgenda, planClosing, planCover, planNextSteps } from './slides/simple.js';
import { planMechanism, planMethodology, planStatistics } from './slides/figures.js';
import { planStatisticsTable } from './slides/statistics-table.js';
import { planCoverage, planRecommendations, planStage } from './slides/findings.js';
import { planFlowcharts } from './slides/flowcharts.js';
import type { PlannedSlide } from './slides/plan.js';
import { addFlowchartSlides, type FlowchartSlideOptions } from '../../flowcharts/pptx.js';
import type { FlowchartLayout } from '../../flowcharts/types.js';

export { parseDeckTemplate, loadDeckTemplate };
export type { DeckTemplate, SlideRecord };

export interface DeckOptions {
  /** Use this template instead of the one proyecto.yaml names (tests, previews). */
  template?: DeckTemplate;
  /** Name of the template file in error messages. */
  templateFile?: string;
  /** Flowchart drawer; by default src/flowcharts/pptx.ts `addFlowchartSlides`; null = no flowchart slides. */
  flowchartRenderer?: FlowchartRenderer | null;
  /** Receives the record of every slide drawn (titles, notes, shapes) — for checks and tests. */
  onSlides?: (slides: SlideRecord[]) => void;
}

/** Default agenda wording of each kind (an entry's `agenda` overrides it). */
const AGENDA_DEFAULT: Partial<Record<SlideEntry['tipo'], string>> = {
  mecanismo: 'El mecanismo de atención a víctimas',
  metodologia: 'Metodología',
  estadisticas: 'Contexto estadístico',
  'estadisticas-tabla': 'Contexto estadístico',
  etapa: 'Hallazgos por etapa del mecanismo',
  cobertura: 'Marco normativo y herramientas oficiales',
  recomendaciones: 'Recomendaciones',
  flujogramas: 'Flujogramas por perfil de víctima',
  'proximos-pasos': 'Próximos pasos',
};

function plan(entry: SlideEntry, ctx: DeckContext, index: number): PlannedSlide[] {
  switch (entry.tipo) {
    case 'portada': return planCover(entry, ctx, index);
    case 'agenda': return planAgenda(entry, ctx, index);
    case 'mecanismo': return planMechanism(entry, ctx, index);
    case 'metodologia': return planMethodology(entry, ctx, index);
    case 'estadisticas': return planStatistics(entry, ctx, index);
    case 'estadisticas-tabla': return planStatisticsTable(entry, ctx, index);
    case 'etapa': return planStage(entry, ctx, index);
    case 'cobertura': return planCoverage(entry, ctx, index);
    case 'recomendaciones': return planRecommendations(entry, ctx, index);
    case 'flujogramas': return planFlowcharts(entry, ctx, index);
    case 'proximos-pasos': return planNextSteps(entry, ctx, index);
    case 'cierre': return planClosing(entry, ctx, index);
  }
}

function placeholderValues(a: Analysis, data: StateData): Partial<Record<PlaceholderName, string>> {
  return {
    estado: a.meta.state,
    cie: a.meta.cie.nombre,
    cie_siglas: a.meta.cie.shortName,
    ...articlePlaceholderValues(a.meta.cie.nombre, a.meta.cie.shortName),
    fecha: a.meta.documentDateText,
    version: a.meta.version,
    organizacion: data.project.organizacion.nombre_corto,
    entrevistas: formatNumber(a.interviews.total),
    instituciones: formatNumber(a.interviews.institutions),
    recomendaciones: formatNumber(a.recommendations.total),
    periodo_estadisticas: a.statistics.periodText,
    corte_estadisticas: a.statistics.cutDateText,
  };
}

/** Flowcharts as native shapes, one or more slides each (src/flowcharts/pptx.ts). */
const defaultFlowchartRenderer: FlowchartRenderer = (pptx, layout, opts) =>
  addFlowchartSlides(pptx, layout as FlowchartLayout, opts as unknown as FlowchartSlideOptions);

export async function buildDeck(analysis: Analysis, data: StateData, flowcharts: readonly FlowchartLayout[] = [], opts: DeckOptions = {}): Promise<Buffer> {
  const templateFile = opts.templateFile ?? data.project.presentacion.plantilla;
  const template = opts.template ?? loadDeckTemplate(data.root, data.project.presentacion.plantilla);
  const style = deckStyle(data);
  const footer = [analysis.meta.state, analysis.meta.documentDateText, ...(analysis.meta.sampleData ? [SAMPLE_DATA_NOTICE] : [])].join(' · ');

  const pptx = new PptxGenJS();
  const placeholders = placeholderValues(analysis, data);
  const title = fillPlaceholders(template.titulo ?? data.project.diagnostico.titulo, placeholders);
  pptx.title = title;
  pptx.subject = `Presentación ${withArticle(analysis.meta.cie.nombre, 'ante')}`;
  pptx.author = data.project.organizacion.nombre_corto;
  pptx.company = '';
  defineMasters(pptx, style, footer);

  const ctx: DeckContext = {
    pptx,
    analysis,
    data,
    style,
    placeholders,
    title,
    footer,
    slides: [],
    agenda: [],
    flowcharts: [...flowcharts],
    templateFile,
  };
  const renderer = opts.flowchartRenderer === null ? undefined : (opts.flowchartRenderer ?? defaultFlowchartRenderer);
  if (renderer) ctx.flowchartRenderer = renderer;

  const planned = template.diapositivas.map((entry, i) => ({ entry, slides: plan(entry, ctx, i) }));
  for (const { entry, slides } of planned) {
    if (!slides.length || entry.tipo === 'portada' || entry.tipo === 'agenda' || entry.tipo === 'cierre') continue;
    if (entry.agenda === false || entry.agenda === 'no') continue;
    const text = entry.agenda ?? AGENDA_DEFAULT[entry.tipo];
    if (text && !ctx.agenda.includes(fillPlaceholders(text, placeholders))) ctx.agenda.push(fillPlaceholders(text, placeholders));
  }
  for (const { slides } of planned) for (const s of slides) s.render(ctx);
  opts.onSlides?.(ctx.slides);

  const raw = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return finishPackage(raw, buildDate(data.config.fecha_documento), {
    title,
    subject: `Presentación ${withArticle(analysis.meta.cie.nombre, 'ante')}`,
    keywords: `trata de personas; ${analysis.meta.state}; CIE; diagnóstico`,
  });
}
