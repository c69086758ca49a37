/**
 * The validation cycle in the flowcharts document: each flowchart's status history (who approved
 * what, when) and, per review with the CIE, the changes of the new version with the comment
 * behind each one, the comments not incorporated and the pending ones.
 */
import { PROFILES } from '../schemas/vocabularies.js';
import { formatDate, formatList, plural, withArticle } from '../util/format-es.js';
import { mdEscape } from './docx.js';
import type { ReviewOutcome } from './feedback.js';
import { flowStatus, withCie, type CieName, type FlowStatus, type StatusChange } from './types.js';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** A status as the report names it: «validado con la CICTP» when the state's CIE is known. */
const statusText = (s: FlowStatus, cie?: CieName) => lower(flowStatus(s, cie));
const cell = (v: string | undefined) => (v === undefined || v === '' ? '—' : mdEscape(v));

/** «Revisado por la organización el 22 de abril de 2026 (OIM México…); validado con la CICTP el …». */
export function historyText(historial: StatusChange[], cie?: CieName): string | undefined {
  if (historial.length === 0) return undefined;
  const steps = historial.map((h) => `${statusText(h.estatus, cie)} el ${formatDate(h.fecha)} (${h.aprobado_por})`);
  return `Historial: ${steps.join('; ')}.`;
}

const DECISION = { aceptado: 'Aceptado', rechazado: 'Rechazado', pendiente: 'Pendiente' } as const;

function reviewSection(r: ReviewOutcome, n: number, cie?: CieName): string[] {
  const id = `${r.perfil.replace(/_/g, '-')}-${n}`;
  const count = (d: keyof typeof DECISION) => r.comentarios.filter((c) => c.decision === d).length;
  const md: string[] = [`## ${mdEscape(`${PROFILES[r.perfil]}: revisión de la versión ${r.revisada.version}`)}`, ''];
  md.push(mdEscape(`En la sesión «${r.sesion}» del ${formatDate(r.fecha)} se revisó la versión ${r.revisada.version} (${statusText(r.revisada.estatus, cie)}) y se recibieron ${plural(r.comentarios.length, 'comentario')}: ${plural(count('aceptado'), 'aceptado')}, ${plural(count('rechazado'), 'rechazado')} y ${plural(count('pendiente'), 'pendiente')}. La versión ${r.nueva.version} (${statusText(r.nueva.estatus, cie)}) incorpora los cambios de la @tbl:cambios-${id}.`), '');
  md.push(`Tabla: ${mdEscape(`Cambios de la versión ${r.nueva.version} y comentario que los motivó — ${PROFILES[r.perfil]}`)} {#tbl:cambios-${id}}`, '');
  md.push('| Cambio | Sobre | Antes | Después | Comentario |', '|---|---|---|---|---|');
  for (const c of r.cambios) md.push(`| ${cell(c.cambio)} | ${cell(c.sobre)} | ${cell(c.antes)} | ${cell(c.despues)} | ${c.comentarios.length ? c.comentarios.map(mdEscape).join(', ') : 'sin comentario (ajuste del equipo)'} |`);
  if (r.cambios.length === 0) md.push('| Sin cambios | — | — | — | — |');
  md.push('', 'Fuente: comentarios registrados en la sesión y versiones del flujograma.', '');
  md.push(`Tabla: ${mdEscape(`Comentarios a la versión ${r.revisada.version} y su decisión — ${PROFILES[r.perfil]}`)} {#tbl:comentarios-${id}}`, '');
  md.push('| Comentario | Institución | Observación | Decisión |', '|---|---|---|---|');
  for (const c of r.comentarios) {
    const decision = c.decision === 'rechazado' ? `Rechazado: ${c.motivo}` : DECISION[c.decision];
    md.push(`| ${cell(c.id)} | ${cell(c.institucion)} | ${cell(c.comentario)} | ${cell(decision)} |`);
  }
  md.push('', 'Fuente: comentarios registrados en la sesión.', '');
  const open = [...r.pendientes.map((c) => ({ c, why: 'pendiente de decisión' })), ...r.aceptadosSinAplicar.map((c) => ({ c, why: `aceptado; falta aplicarlo en la versión ${r.nueva.version}` }))];
  if (open.length === 0) md.push(mdEscape('No quedan comentarios pendientes de esta revisión.'), '');
  else {
    md.push(mdEscape(open.length === 1 ? 'Queda un comentario pendiente:' : `Quedan ${plural(open.length, 'comentario')} pendientes:`), '');
    for (const { c, why } of open) md.push(`- ${mdEscape(`${c.id} (${c.institucion}, ${why}): ${c.comentario}`)}`);
    md.push('');
  }
  return md;
}

/** The chapter «Validación con la CICTP» (the state's CIE by its acronym; empty when the state has no recorded review). */
export function validationChapter(reviews: ReviewOutcome[], cie: CieName | undefined): string[] {
  if (reviews.length === 0) return [];
  const profiles = [...new Set(reviews.map((r) => PROFILES[r.perfil]))];
  // The chapter title uses the acronym, defined at first use in the text below it.
  const md = [`# ${mdEscape(`Validación ${withCie(cie)}`)}`, ''];
  md.push(mdEscape(`Los flujogramas se revisan en sesiones de trabajo${cie ? ` ${withArticle(cie.nombre, 'con')}${cie.siglas ? ` (${cie.siglas})` : ''}` : ''}. Cada comentario se registra con la institución que lo hizo y su decisión; los aceptados se aplican en una versión nueva. Este capítulo muestra, para ${formatList(profiles)}, qué cambió en cada versión y qué comentario lo motivó, los comentarios no incorporados con su motivo y los que siguen pendientes.`), '');
  const seen = new Map<string, number>();
  for (const r of reviews) {
    const n = (seen.get(r.perfil) ?? 0) + 1;
    seen.set(r.perfil, n);
    md.push(...reviewSection(r, n, cie));
  }
  return md;
}

/** Pending comments (undecided, or accepted and not applied) across reviews. */
export function pendingCount(reviews: ReviewOutcome[]): number {
  return reviews.reduce((n, r) => n + r.pendientes.length + r.aceptadosSinAplicar.length, 0);
}
