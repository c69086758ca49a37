/**
 * The workshop's facilitation deck, for a shared screen in a virtual session: nothing under
 * 14 pt. Cover, objectives, agenda; then, per profile, the route of the state's flowchart step by
 * step (the flowcharts' own slides, src/flowcharts/pptx.ts: overview and steps at 18 pt) and a
 * case exercise — scenario and questions on the slide, the expected route (each step with its
 * institution, time limit and legal basis, from the flowchart) in the speaker notes; last, the
 * exit questionnaire.
 */
import PptxGenJS from 'pptxgenjs';
import type { CaseView } from '../../analyse/taller.js';
import type { ProjectConfig } from '../../config/project.js';
import { addFlowchartSlides } from '../../flowcharts/pptx.js';
import type { FlowchartLayout } from '../../flowcharts/types.js';
import { WORKSHOP_MODALITIES, type Workshop } from '../../schemas/taller.js';
import { buildDate, normaliseOoxml } from '../../util/deterministic-zip.js';
import { formatDate } from '../../util/format-es.js';
import { UserError } from '../../util/errors.js';
import { fitText } from '../pptx/text-fit.js';

/** Smallest text of the deck (points): legible on a shared screen. */
export const WORKSHOP_MIN_PT = 14;
/** Characters of agenda topics (with their times) on one slide. */
const AGENDA_CHARS = 520;

export interface WorkshopDeckInput {
  workshop: Workshop;
  state: { nombre: string; cie: string; datosDeMuestra: boolean };
  cases: CaseView[];
  layouts: FlowchartLayout[];
  project: ProjectConfig;
}

type Slide = ReturnType<PptxGenJS['addSlide']>;
type Box = { x: number; y: number; w: number; h: number };

/** The expected route as the speaker notes say it: one step per line, with its institution. */
export function expectedRouteNotes(k: CaseView): string {
  return [
    `Ruta esperada (${k.perfilNombre}):`,
    ...k.ruta.map((s) => `${s.numero}. ${s.texto} — ${s.institucion}${s.plazo ? `; plazo: ${s.plazo}` : ''}${s.fundamento ? `; fundamento: ${s.fundamento}` : ''}.`),
    'Pida al grupo que nombre la institución de cada paso antes de mostrar el flujograma.',
  ].join('\n');
}

export async function buildWorkshopDeck(input: WorkshopDeckInput): Promise<Buffer> {
  const { workshop: w, state, cases, layouts, project } = input;
  const style = project.estilo;
  const font = style.fuente;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const title = `${w.titulo} — ${state.nombre}`;
  pptx.title = title;
  pptx.company = project.organizacion.nombre_corto;
  const footer = [state.nombre, 'Taller de flujogramas', ...(state.datosDeMuestra ? ['Datos ilustrativos'] : [])].join(' · ');

  const put = (slide: Slide, text: string, box: Box, o: { min?: number; max: number; bold?: boolean; color?: string; name: string; valign?: 'top' | 'middle' }) => {
    const fitted = fitText(text, box, { min: Math.max(WORKSHOP_MIN_PT, o.min ?? WORKSHOP_MIN_PT), max: o.max, bold: o.bold });
    // Never a shortened text on a slide: data that does not fit is shortened at its source.
    if (fitted.truncated) throw new UserError(`Un texto del taller no cabe en su diapositiva ni a ${Math.max(WORKSHOP_MIN_PT, o.min ?? WORKSHOP_MIN_PT)} pt; acórtelo en los datos del taller: «${text.slice(0, 80)}…»`);
    slide.addText(fitted.text, { ...box, fontFace: font, fontSize: fitted.fontSize, bold: o.bold ?? false, color: o.color ?? '333333', valign: o.valign ?? 'top', margin: 6, fit: 'none', wrap: true, objectName: o.name });
  };
  const content = (heading: string) => {
    const slide = pptx.addSlide();
    put(slide, heading, { x: 0.4, y: 0.25, w: 12.53, h: 0.8 }, { min: 20, max: 28, bold: true, color: style.colores.primario, name: 'Título', valign: 'middle' });
    put(slide, footer, { x: 0.4, y: 6.95, w: 12.53, h: 0.4 }, { max: 14, color: style.colores.gris, name: 'Nota · pie', valign: 'middle' });
    return slide;
  };

  // Cover.
  const cover = pptx.addSlide();
  cover.background = { color: style.colores.primario };
  put(cover, title, { x: 0.8, y: 1.8, w: 11.7, h: 1.9 }, { min: 24, max: 36, bold: true, color: 'FFFFFF', name: 'Título' });
  put(cover, [
    state.cie,
    `${formatDate(w.fecha)} · ${w.agenda[0]!.inicio} a ${w.agenda.at(-1)!.fin} · ${WORKSHOP_MODALITIES[w.modalidad]} (${w.plataforma})`,
    project.organizacion.nombre,
    ...(state.datosDeMuestra ? ['Datos ilustrativos: no describen casos reales'] : []),
  ].join('\n'), { x: 0.8, y: 3.9, w: 11.7, h: 3.1 }, { min: 18, max: 20, color: 'FFFFFF', name: 'Subtítulo' });

  // Objectives and agenda.
  put(content('Objetivos del taller'), w.objetivos.map((o) => `• ${o}`).join('\n'), { x: 0.6, y: 1.3, w: 12.1, h: 5.4 }, { min: 18, max: 24, name: 'Objetivos' });
  // The agenda: times and topics on the slide (split to keep each slide readable), who facilitates in the notes.
  const perSlide = Math.ceil(w.agenda.length / Math.ceil(w.agenda.reduce((n, a) => n + a.tema.length + 12, 0) / AGENDA_CHARS));
  for (let from = 0, page = 1, pages = Math.ceil(w.agenda.length / perSlide); from < w.agenda.length; from += perSlide, page++) {
    const items = w.agenda.slice(from, from + perSlide);
    const slide = content(pages > 1 ? `Agenda (${page} de ${pages})` : 'Agenda');
    slide.addTable(items.map((a) => [{ text: `${a.inicio}–${a.fin}`, options: { bold: true } }, { text: a.tema }]), {
      x: 0.6, y: 1.3, w: 12.1, colW: [2.2, 9.9], fontFace: font, fontSize: 18, color: '333333', border: { type: 'solid', pt: 0.5, color: 'CCCCCC' }, valign: 'middle', margin: 4, autoPage: false,
    });
    slide.addNotes(['Facilitación:', ...items.map((a) => `${a.inicio}–${a.fin} ${a.tema}: ${a.facilita}.`)].join('\n'));
  }

  // Each profile: its route step by step, then its case.
  cases.forEach((k, i) => {
    const layout = layouts.find((l) => l.perfil === k.perfil)!;
    addFlowchartSlides(pptx, layout, { title: `Ruta: ${k.perfilNombre}`, style });
    const slide = content(`Caso ${i + 1}: ${k.perfilNombre}`);
    put(slide, k.titulo, { x: 0.6, y: 1.2, w: 12.1, h: 0.6 }, { min: 18, max: 22, bold: true, color: style.colores.secundario, name: 'Caso' });
    put(slide, k.escenario, { x: 0.6, y: 1.85, w: 12.1, h: 2.55 }, { min: 18, max: 22, name: 'Escenario' });
    put(slide, k.preguntas.map((p, j) => `${j + 1}. ${p}`).join('\n'), { x: 0.6, y: 4.45, w: 12.1, h: 2.4 }, { min: 18, max: 20, bold: true, color: style.colores.secundario, name: 'Preguntas' });
    slide.addNotes(expectedRouteNotes(k));
  });

  const close = content('Cuestionario de salida');
  put(close, 'Responda de nuevo el cuestionario del inicio (una opción por pregunta). Sus respuestas se registran solo por institución, sin nombres, y se comparan con las del inicio en el informe del taller.', { x: 0.6, y: 1.4, w: 12.1, h: 2.5 }, { min: 18, max: 24, name: 'Instrucciones' });

  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return normaliseOoxml(raw, buildDate(w.fecha), { title, subject: 'Taller de aplicación de los flujogramas', keywords: `trata de personas, taller, flujogramas, ${state.nombre}` });
}
