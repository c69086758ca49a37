/**
 * The flowcharts' DOCX: Markdown following docs/ARCHITECTURE.md's conventions (figures with
 * `flujograma:<id>` images, captions, step tables), compiled by src/write/docx.
 */
import type { ProjectConfig } from '../config/project.js';
import { PROFILES } from '../schemas/vocabularies.js';
import { markdownToDocx, type DocxInfo } from '../write/docx/index.js';
import { formatDate, plural, withArticle } from '../util/format-es.js';
import type { ReviewOutcome } from './feedback.js';
import { historyText, validationChapter } from './feedback-markdown.js';
import { renderPng } from './render.js';
import { flowStatus, withCie, type CieName, type FlowchartLayout, type StatusChange } from './types.js';

export interface StateInfo {
  slug: string;
  nombre: string;
  /** The CIE's official name and acronym (estado.yaml → cie): statuses name it as the report does. */
  cie?: string;
  cieSiglas?: string;
  datosDeMuestra: boolean;
}

/** The state's CIE for flowStatus, when known. */
export const cieOf = (state: StateInfo): CieName | undefined => (state.cie ? { nombre: state.cie, ...(state.cieSiglas ? { siglas: state.cieSiglas } : {}) } : undefined);

/** Escapes text for a Markdown paragraph or a GFM table cell. */
export function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

export function figureId(layout: FlowchartLayout, part: number): string {
  return `${layout.perfil.replace(/_/g, '-')}-${part}`;
}

/** Image URL of one part (`flujograma:<perfil con guiones>-<parte>`), resolved by `flowchartImageResolver`. */
export function imageUrl(layout: FlowchartLayout, part: number): string {
  return `flujograma:${figureId(layout, part)}`;
}

/** "Validado con la CICTP" → "validado con la CICTP" (only the first letter). */
function statusInText(layout: FlowchartLayout, cie?: CieName): string {
  const s = flowStatus(layout.estatus, cie);
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** One figure (part) of a flowchart, as plain text (the Markdown writer escapes it). */
export interface FlowchartFigure {
  /** `flujograma:<id>` image URL. */
  url: string;
  /** Figure id, without `fig:`. */
  id: string;
  alt: string;
  caption: string;
  source: string;
}

/** What a document needs to show a flowchart as numbered figures (plain text, unescaped). */
export interface FlowchartSummary {
  perfil: string;
  /** Profile label ("Niñas, niños y adolescentes"). */
  perfilNombre: string;
  titulo: string;
  version: string;
  estatus: string;
  fecha: string;
  pasos: number;
  partes: number;
  figuras: FlowchartFigure[];
}

/** Figures of every part of every flowchart; `idPrefix` keeps the figure ids unique in a larger document. */
export function flowchartSummaries(layouts: FlowchartLayout[], stateName: string, idPrefix = '', cie?: CieName): FlowchartSummary[] {
  return layouts.map((l) => ({
    perfil: l.perfil,
    perfilNombre: PROFILES[l.perfil],
    titulo: l.title,
    version: l.version,
    estatus: flowStatus(l.estatus, cie),
    fecha: formatDate(l.fecha),
    pasos: l.steps.length,
    partes: l.parts.length,
    figuras: l.parts.map((part) => {
      const partText = part.count > 1 ? ` (parte ${part.index} de ${part.count})` : '';
      const steps = l.steps.filter((s) => part.nodes.some((n) => n.stepId === s.id && n.kind !== 'conector'));
      return {
        url: imageUrl(l, part.index),
        id: `${idPrefix}${figureId(l, part.index)}`,
        alt: `${/^flujograma\b/i.test(l.title) ? l.title : `Flujograma ${l.title}`}${partText}: ${steps.map((s) => `${s.number}. ${s.text} (${s.lane})`).join('; ')}`,
        caption: `${PROFILES[l.perfil]} — ${stateName}${partText}`,
        source: `elaboración propia; versión ${l.version} (${statusInText(l, cie)}), ${formatDate(l.fecha)}.`,
      };
    }),
  }));
}

/** Markdown of a flowchart's figures, in one landscape block (`<!-- horizontal -->`). */
export function figuresMarkdown(figures: FlowchartFigure[]): string[] {
  const md = ['<!-- horizontal -->', ''];
  for (const f of figures) {
    md.push(`![${mdEscape(f.alt)}](${f.url})`, '');
    md.push(`Figura: ${mdEscape(f.caption)} {#fig:${f.id}}`, '');
    md.push(`Fuente: ${mdEscape(f.source)}`, '');
  }
  md.push('<!-- /horizontal -->', '');
  return md;
}

export function documentTitle(state: StateInfo): string {
  return `Flujogramas de detección, canalización y protección por perfil — ${state.nombre}`;
}

/** The validation cycle of a state's flowcharts: status histories by profile and the reviews with the CIE. */
export interface ValidationRecord {
  historial: Partial<Record<string, StatusChange[]>>;
  reviews: ReviewOutcome[];
}

export function flowchartsMarkdown(layouts: FlowchartLayout[], state: StateInfo, validation: ValidationRecord = { historial: {}, reviews: [] }): string {
  const md: string[] = [];
  md.push('# Presentación', '');
  md.push(mdEscape(`Este documento reúne ${plural(layouts.length, 'flujograma')} de detección, canalización y protección de víctimas de trata de personas en ${state.nombre}, uno por perfil de víctima. Cada flujograma muestra, por carril, la institución responsable de cada paso; la tabla que lo acompaña indica el fundamento legal y el plazo máximo de cada paso.`), '');
  if (state.cie) md.push(mdEscape(`Las versiones se validan en sesiones de trabajo ${withArticle(state.cie, 'con')}. Un flujograma en borrador todavía no ha sido validado.`), '');
  if (state.datosDeMuestra) md.push(mdEscape(`Los flujogramas de esta versión son ilustrativos: fueron escritos como datos de muestra y sus fundamentos y plazos deben verificarse ${withCie(cieOf(state))}.`), '');
  md.push('Tabla: Flujogramas incluidos y su estado de validación {#tbl:flujogramas}', '');
  md.push('| Perfil | Versión | Estatus | Fecha |', '|---|---|---|---|');
  for (const l of layouts) md.push(`| ${mdEscape(PROFILES[l.perfil])} | ${mdEscape(l.version)} | ${flowStatus(l.estatus, cieOf(state))} | ${formatDate(l.fecha)} |`);
  md.push('');
  md.push('Simbología: los óvalos marcan el inicio y el fin de la ruta; los rectángulos, actividades; los rombos, decisiones (cada salida lleva su condición); las formas con borde ondulado, documentos (actas, carpetas, resoluciones); los círculos con letra enlazan las partes de un flujograma largo.', '');

  const summaries = flowchartSummaries(layouts, state.nombre, '', cieOf(state));
  layouts.forEach((l, i) => {
    const summary = summaries[i]!;
    const tableId = `pasos-${l.perfil.replace(/_/g, '-')}`;
    const figs = summary.figuras;
    const where = figs.length === 1
      ? `en páginas horizontales, en la @fig:${figs[0]!.id}`
      : `en páginas horizontales, en ${plural(figs.length, 'parte')} unidas por conectores con letra (de la @fig:${figs[0]!.id} a la @fig:${figs.at(-1)!.id})`;
    md.push(`# ${mdEscape(PROFILES[l.perfil])}`, '');
    md.push(mdEscape(l.title), '');
    md.push(mdEscape(`Versión ${l.version} · ${flowStatus(l.estatus, cieOf(state))} · ${formatDate(l.fecha)} · ${plural(l.steps.length, 'paso')}`), '');
    const history = historyText(validation.historial[l.perfil] ?? [], cieOf(state));
    if (history) md.push(mdEscape(history), '');
    md.push(`La @tbl:${tableId} lista los pasos con su fundamento legal y su plazo. El flujograma se presenta ${where}.`, '');
    md.push(`Tabla: ${mdEscape(`Pasos del flujograma — ${PROFILES[l.perfil]}`)} {#tbl:${tableId}}`, '');
    md.push('| N.º | Responsable | Paso | Fundamento legal | Plazo |', '|--:|---|---|---|---|');
    for (const s of l.steps) md.push(`| ${s.number} | ${mdEscape(s.lane)} | ${mdEscape(s.text)} | ${mdEscape(s.fundamento ?? '—')} | ${mdEscape(s.plazo ?? '—')} |`);
    md.push('');
    md.push(...figuresMarkdown(figs));
  });
  md.push(...validationChapter(validation.reviews, cieOf(state)));
  return `${md.join('\n')}\n`;
}

/** Resolves `flujograma:<perfil>-<parte>` to the PNG of that part (2× pixels, 1× display size). */
export function flowchartImageResolver(layouts: FlowchartLayout[], style: ProjectConfig['estilo'], cache = new Map<string, Buffer>()) {
  return async (url: string) => {
    const m = /^flujograma:([a-z0-9-]+)-(\d+)$/.exec(url);
    if (!m) return undefined;
    const layout = layouts.find((l) => l.perfil.replace(/_/g, '-') === m[1]);
    const part = layout?.parts[Number(m[2]) - 1];
    if (!layout || !part) return undefined;
    const png = cache.get(url) ?? (await renderPng(layout, part, style, 2));
    cache.set(url, png);
    return { data: png, width: part.width, height: part.height, alt: layout.title };
  };
}

export async function buildFlowchartsDocx(
  layouts: FlowchartLayout[], state: StateInfo, project: ProjectConfig, pngCache?: Map<string, Buffer>, validation?: ValidationRecord,
): Promise<{ markdown: string; docx: Buffer }> {
  const markdown = flowchartsMarkdown(layouts, state, validation);
  const date = layouts.map((l) => l.fecha).sort().at(-1) ?? '2026-01-01';
  const allFinal = layouts.every((l) => l.estatus === 'final');
  const info: DocxInfo = {
    title: documentTitle(state),
    shortTitle: `Flujogramas por perfil — ${state.nombre}`,
    subtitle: state.cie,
    stateName: state.nombre,
    organisation: project.organizacion.nombre,
    programme: project.organizacion.programa,
    date,
    version: layouts.map((l) => l.version).sort().at(-1) ?? '0.1',
    status: allFinal ? 'final' : 'borrador',
    sampleData: state.datosDeMuestra,
    subject: 'Flujogramas de detección, canalización y protección de víctimas de trata de personas',
    keywords: ['trata de personas', 'flujogramas', state.nombre],
    style: project.estilo,
  };
  const docx = await markdownToDocx(markdown, info, flowchartImageResolver(layouts, project.estilo, pngCache));
  return { markdown, docx };
}
