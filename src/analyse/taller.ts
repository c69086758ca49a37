/**
 * The workshop's figures: the case exercises with their expected route drawn from the state's
 * flowcharts (each step with its institution), and the questionnaire's results — per question
 * the share of correct answers before and after the workshop, with small counts suppressed as in
 * the diagnostics — and the attendance by institution.
 */
import type { ChartSpec } from './types.js';
import type { FlowchartLayout, Flowchart } from '../flowcharts/types.js';
import type { LoadedCase } from '../load/taller.js';
import { MOMENTS, type Answer, type Moment, type Questionnaire } from '../schemas/taller.js';
import { PROFILES } from '../schemas/vocabularies.js';
import { isPrimarySmall, primaryText, SECONDARY_TEXT } from '../privacy/suppress.js';
import { UserError, type Problem } from '../util/errors.js';
import { formatNumber, formatPercent } from '../util/format-es.js';

export interface RouteStep {
  /** The step's number in the flowchart (as on its slides and in its document). */
  numero: string;
  id: string;
  texto: string;
  /** The lane: the institution that acts. */
  institucion: string;
  plazo?: string;
  fundamento?: string;
}

export interface CaseView {
  perfil: string;
  perfilNombre: string;
  titulo: string;
  escenario: string;
  preguntas: string[];
  ruta: RouteStep[];
}

/**
 * One case per profile the state has a flowchart of; every id of the expected route is a step of
 * that flowchart, and every step after the first follows (by a transition) a step named before it.
 */
export function workshopCases(cases: LoadedCase[], flowcharts: Flowchart[], layouts: FlowchartLayout[], slug: string): CaseView[] {
  const problems: Problem[] = [];
  const byProfile = new Map(cases.map((c) => [c.caso.perfil as string, c]));
  const out: CaseView[] = [];
  for (const fc of flowcharts) {
    const lc = byProfile.get(fc.perfil);
    if (!lc) {
      problems.push({ file: 'data/comun/taller/casos.yaml', message: `falta el caso de práctica del perfil «${fc.perfil}» (${PROFILES[fc.perfil]}), que tiene flujograma en ${slug}; agréguelo aquí o en data/${slug}/taller/casos.yaml` });
      continue;
    }
    const layout = layouts.find((l) => l.perfil === fc.perfil)!;
    const steps = new Map(layout.steps.map((s) => [s.id, s]));
    const ruta: RouteStep[] = [];
    let unknown = false;
    lc.caso.ruta_esperada.forEach((id, j) => {
      const at = { file: lc.file, line: lc.routeLines[j], field: `ruta_esperada[${j}]` };
      const s = steps.get(id);
      if (!s) {
        problems.push({ ...at, message: `el paso «${id}» no existe en el flujograma ${fc.perfil} de ${slug} (${fc.files.join(' + ')}); pasos: ${layout.steps.map((x) => x.id).join(', ')}` });
        unknown = true;
        return;
      }
      const before = lc.caso.ruta_esperada.slice(0, j);
      if (j > 0 && !unknown && !fc.transiciones.some((t) => t.a === id && before.includes(t.de))) {
        problems.push({ ...at, message: `ningún paso anterior de la ruta lleva a «${id}» en el flujograma ${fc.perfil} de ${slug}; revise el orden o los pasos de la ruta` });
      }
      ruta.push({ numero: s.number, id, texto: s.text, institucion: s.lane, ...(s.plazo ? { plazo: s.plazo } : {}), ...(s.fundamento ? { fundamento: s.fundamento } : {}) });
    });
    out.push({ perfil: fc.perfil, perfilNombre: PROFILES[fc.perfil], titulo: lc.caso.titulo, escenario: lc.caso.escenario, preguntas: lc.caso.preguntas, ruta });
  }
  if (problems.length) throw new UserError(`Los casos de práctica del taller de «${slug}» no concuerdan con sus flujogramas`, problems);
  return out;
}

/** One question at one moment. */
export interface ResultCell {
  /** Answers given (blank answers excluded). */
  respuestas: number;
  correctas: number;
  /** What is printed: the count, «<5», or «C» when shown it would reveal a small count of wrong answers. */
  correctasTexto: string;
  /** Percentage printed, or «—» when suppressed. */
  porcentajeTexto: string;
  /** Plotted value (null when suppressed). */
  porcentaje: number | null;
  suprimida: boolean;
}

export interface QuestionResult {
  id: string;
  numero: number;
  texto: string;
  correcta: string;
  pre: ResultCell;
  post: ResultCell;
}

export interface WorkshopResults {
  preguntas: QuestionResult[];
  asistencia: { institucion: string; participantes: number }[];
  participantes: number;
  /** Participants who answered each moment (the largest count of answers to one question). */
  porMomento: Record<Moment, number>;
  umbral: number;
  haySupresion: boolean;
  grafica: ChartSpec;
}

/**
 * A cell is suppressed when its answers, its correct answers or its wrong answers are a small
 * count (0 < n < threshold): a shown percentage and base would give the small count away.
 */
function cell(answers: Answer[], correct: string, threshold: number): ResultCell {
  const respuestas = answers.filter((a) => a.respuesta !== '').length;
  const correctas = answers.filter((a) => a.respuesta === correct).length;
  const wrong = respuestas - correctas;
  const small = isPrimarySmall(respuestas, threshold) || isPrimarySmall(correctas, threshold) || isPrimarySmall(wrong, threshold);
  if (!small) return { respuestas, correctas, correctasTexto: formatNumber(correctas), porcentajeTexto: formatPercent(correctas, respuestas), porcentaje: respuestas ? Math.round((1000 * correctas) / respuestas) / 10 : null, suprimida: false };
  const correctasTexto = isPrimarySmall(correctas, threshold) || isPrimarySmall(respuestas, threshold) ? primaryText(threshold) : SECONDARY_TEXT;
  return { respuestas, correctas, correctasTexto, porcentajeTexto: '—', porcentaje: null, suprimida: true };
}

const shown = (c: ResultCell) => (c.suprimida ? 'no publicado' : c.porcentajeTexto);

export function workshopResults(answers: Answer[], q: Questionnaire, threshold: number): WorkshopResults {
  const preguntas = q.preguntas.map((p, i) => {
    const of = (m: Moment) => answers.filter((a) => a.pregunta === p.id && a.momento === m);
    return { id: p.id, numero: i + 1, texto: p.texto, correcta: p.correcta, pre: cell(of('pre'), p.correcta, threshold), post: cell(of('post'), p.correcta, threshold) };
  });
  // Nobody is named: a participant is one answer to one question at one moment, so the
  // attendance of an institution is its largest number of answers to a single question.
  const attendance = new Map<string, number>();
  const perKey = new Map<string, number>();
  for (const a of answers) {
    const k = `${a.institucion}\u0000${a.momento}\u0000${a.pregunta}`;
    const n = (perKey.get(k) ?? 0) + 1;
    perKey.set(k, n);
    attendance.set(a.institucion, Math.max(attendance.get(a.institucion) ?? 0, n));
  }
  const porMomento = Object.fromEntries((Object.keys(MOMENTS) as Moment[]).map((m) => [m, Math.max(0, ...q.preguntas.map((p) => answers.filter((a) => a.momento === m && a.pregunta === p.id).length))])) as Record<Moment, number>;
  const asistencia = [...attendance].map(([institucion, participantes]) => ({ institucion, participantes }))
    .sort((a, b) => b.participantes - a.participantes || a.institucion.localeCompare(b.institucion, 'es-MX'));
  const haySupresion = preguntas.some((p) => p.pre.suprimida || p.post.suprimida);
  const grafica: ChartSpec = {
    id: 'taller-respuestas-correctas',
    kind: 'bar',
    title: 'Respuestas correctas antes y después del taller',
    caption: 'Porcentaje de respuestas correctas por pregunta, antes y después del taller',
    alt: `Barras por pregunta con el porcentaje de respuestas correctas antes y después del taller: ${preguntas.map((p) => `pregunta ${p.numero}, ${shown(p.pre)} antes y ${shown(p.post)} después`).join('; ')}.`,
    source: 'Fuente: elaboración propia con base en el cuestionario de entrada y salida del taller.',
    labels: preguntas.map((p) => `Pregunta ${p.numero}`),
    series: [
      { name: MOMENTS.pre, values: preguntas.map((p) => p.pre.porcentaje), color: 'gris' },
      { name: MOMENTS.post, values: preguntas.map((p) => p.post.porcentaje), color: 'primario' },
    ],
    yAxisTitle: 'Respuestas correctas (%)',
    showValues: true,
    ...(haySupresion ? { note: `Las preguntas con menos de ${threshold} respuestas correctas o incorrectas en un momento no se grafican en ese momento.` } : {}),
  };
  return { preguntas, asistencia, participantes: [...attendance.values()].reduce((a, b) => a + b, 0), porMomento, umbral: threshold, haySupresion, grafica };
}
