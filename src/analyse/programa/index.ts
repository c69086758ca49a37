/**
 * Every figure of the programme's own documents, computed from data/programa/ and the
 * repository: the agreements register at a date, the products' status (delivered, late…), the
 * timetable as Gantt data, the activities of a period and the performance indicators.
 * Nothing here renders or writes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Minute, ProgrammeData } from '../../load/programa.js';
import type { Agreement, Period, PlanActivity, PlanProduct } from '../../schemas/programa.js';
import { formatDate } from '../../util/format-es.js';
import { sourceDate } from '../../util/source-date.js';

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/**
 * The date statuses are computed at: `--fecha` when given, otherwise SOURCE_DATE_EPOCH (as a
 * UTC day) when set, otherwise the plan's `fecha_corte`. Never the clock: same data, same twins.
 */
export function statusDate(data: ProgrammeData, fecha?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (fecha) return fecha;
  return sourceDate(env)?.toISOString().slice(0, 10) ?? data.plan.fecha_corte;
}

const DAY = 86_400_000;
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

// ---------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------

export type AgreementState = 'abierto' | 'cumplido' | 'vencido' | 'cancelado';
export const AGREEMENT_STATES: Record<AgreementState, string> = { abierto: 'Abierto', cumplido: 'Cumplido', vencido: 'Vencido', cancelado: 'Cancelado' };

export interface RegisterRow {
  /** «3.2»: the minute's number (its annex number) and the agreement's order in it. */
  number: string;
  minute: Minute;
  minuteNumber: number;
  agreement: Agreement;
  state: AgreementState;
}

/**
 * An agreement's state at `date`: cancelled stays cancelled; done from its fecha_cumplimiento
 * on; otherwise overdue once its fecha_limite has passed, open until then.
 */
export function agreementState(a: Agreement, date: string): AgreementState {
  if (a.estatus === 'cancelado') return 'cancelado';
  if (a.estatus === 'cumplido' && a.fecha_cumplimiento && a.fecha_cumplimiento <= date) return 'cumplido';
  return a.fecha_limite < date ? 'vencido' : 'abierto';
}

/** Every agreement of the minutes held on or before `date`, with its state at that date. */
export function agreementRegister(minutes: Minute[], date: string): RegisterRow[] {
  const rows: RegisterRow[] = [];
  minutes.forEach((m, i) => {
    if (m.header.fecha > date) return;
    m.header.acuerdos.forEach((a, j) => rows.push({ number: `${i + 1}.${j + 1}`, minute: m, minuteNumber: i + 1, agreement: a, state: agreementState(a, date) }));
  });
  return rows;
}

export function countStates(rows: RegisterRow[]): Record<AgreementState, number> {
  const out: Record<AgreementState, number> = { abierto: 0, cumplido: 0, vencido: 0, cancelado: 0 };
  for (const r of rows) out[r.state] += 1;
  return out;
}

// ---------------------------------------------------------------------------
// Products of the plan
// ---------------------------------------------------------------------------

export type ProductState = 'entregado' | 'entregado_con_retraso' | 'incompleto' | 'atrasado' | 'en_ventana' | 'programado';
export const PRODUCT_STATES: Record<ProductState, string> = {
  entregado: 'Entregado',
  entregado_con_retraso: 'Entregado con retraso',
  incompleto: 'Registrado como entregado, faltan salidas',
  atrasado: 'Atrasado',
  en_ventana: 'En periodo de entrega',
  programado: 'Programado',
};

export interface ProductStatus {
  product: PlanProduct;
  state: ProductState;
  /** Outputs (repository paths) and whether each exists. */
  outputs: { path: string; exists: boolean }[];
  /** Delivery date when delivered by the status date. */
  delivered?: string;
  /** Days after the window's end (delivered late, or late so far); 0 otherwise. */
  delayDays: number;
}

/**
 * A product is delivered when its record says so (entregado ≤ date) AND every output exists in
 * the repository; late when its window has passed without that.
 */
export function productStatus(p: PlanProduct, date: string, root: string): ProductStatus {
  const outputs = p.salidas.map((s) => ({ path: s, exists: existsSync(path.join(root, s)) }));
  const complete = outputs.every((o) => o.exists);
  const recorded = p.entregado !== undefined && p.entregado <= date;
  if (recorded && complete) {
    const late = p.entregado! > p.entrega.hasta;
    return { product: p, state: late ? 'entregado_con_retraso' : 'entregado', outputs, delivered: p.entregado, delayDays: late ? daysBetween(p.entrega.hasta, p.entregado!) : 0 };
  }
  if (recorded) return { product: p, state: 'incompleto', outputs, delayDays: date > p.entrega.hasta ? daysBetween(p.entrega.hasta, date) : 0 };
  if (date > p.entrega.hasta) return { product: p, state: 'atrasado', outputs, delayDays: daysBetween(p.entrega.hasta, date) };
  return { product: p, state: date >= p.entrega.desde ? 'en_ventana' : 'programado', outputs, delayDays: 0 };
}

export function productStatuses(data: ProgrammeData, date: string): ProductStatus[] {
  return data.plan.productos.map((p) => productStatus(p, date, data.root));
}

export const isDelivered = (s: ProductStatus) => s.state === 'entregado' || s.state === 'entregado_con_retraso';

// ---------------------------------------------------------------------------
// Timetable (Gantt)
// ---------------------------------------------------------------------------

export interface GanttBar {
  id: string;
  /** Label on the category axis: «A1 · Reunión de inicio…». */
  label: string;
  kind: 'actividad' | 'producto';
  /** Inclusive dates AAAA-MM-DD. */
  start: string;
  end: string;
  /** For products: their state at the status date. */
  state?: ProductState;
}

export interface GanttSpec {
  id: string;
  caption: string;
  alt: string;
  source: string;
  bars: GanttBar[];
  /** First and last day shown (month starts around the bars). */
  from: string;
  to: string;
  /** A vertical line: the status date. */
  marker?: { date: string; label: string };
}

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}
function nextMonthStart(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The plan's activities, each followed by the products it delivers, as floating bars. */
export function ganttSpec(data: ProgrammeData, date: string): GanttSpec {
  const statuses = new Map(productStatuses(data, date).map((s) => [s.product.id, s.state]));
  const bars: GanttBar[] = [];
  for (const a of data.plan.actividades) {
    bars.push({ id: a.id, label: `${a.id} · ${a.titulo}`, kind: 'actividad', start: a.inicio, end: a.fin });
    for (const p of data.plan.productos.filter((x) => x.actividad === a.id)) {
      bars.push({ id: p.id, label: `${p.id} · ${p.titulo} (${p.pago} %)`, kind: 'producto', start: p.entrega.desde, end: p.entrega.hasta, state: statuses.get(p.id) });
    }
  }
  const starts = bars.map((b) => b.start).sort();
  const ends = bars.map((b) => b.end).sort();
  const from = monthStart(starts[0]!);
  const to = nextMonthStart(ends.at(-1)!);
  const describe = (b: GanttBar) => `${b.label}: del ${formatDate(b.start)} al ${formatDate(b.end)}`;
  return {
    id: 'cronograma',
    caption: `Cronograma de actividades y ventanas de entrega de productos, ${formatDate(from)} a ${formatDate(ends.at(-1)!)}`,
    alt: `Diagrama de Gantt. ${bars.map(describe).join('. ')}.`,
    source: `Fuente: elaboración propia con base en el plan de trabajo (${formatDate(data.plan.fecha_documento)}).`,
    bars,
    from,
    to,
    marker: date >= from && date <= to ? { date, label: `Corte: ${formatDate(date)}` } : undefined,
  };
}

// ---------------------------------------------------------------------------
// Periods and activities
// ---------------------------------------------------------------------------

export function findPeriod(data: ProgrammeData, n: number): Period | undefined {
  return data.reports.periodos.find((p) => p.numero === n);
}

/** Activities of the plan that overlap [from, to], with the minutes held in it for each. */
export function activitiesIn(data: ProgrammeData, from: string, to: string): { activity: PlanActivity; minutes: { minute: Minute; number: number }[] }[] {
  return data.plan.actividades
    .filter((a) => a.inicio <= to && a.fin >= from)
    .map((activity) => ({
      activity,
      minutes: data.minutes
        .map((minute, i) => ({ minute, number: i + 1 }))
        .filter(({ minute }) => minute.header.actividad === activity.id && minute.header.fecha >= from && minute.header.fecha <= to),
    }));
}

export function minutesIn(data: ProgrammeData, from: string, to: string): { minute: Minute; number: number }[] {
  return data.minutes.map((minute, i) => ({ minute, number: i + 1 })).filter(({ minute }) => minute.header.fecha >= from && minute.header.fecha <= to);
}

/** Hours of a meeting (from its start and end times). */
export function meetingHours(m: Minute): number {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (toMin(m.header.hora_fin) - toMin(m.header.hora_inicio)) / 60;
}

// ---------------------------------------------------------------------------
// Performance indicators
// ---------------------------------------------------------------------------

export interface Indicator {
  /** Criterion: eficacia, eficiencia, pertinencia, coherencia, impacto, cumplimiento del cronograma. */
  criterion: string;
  name: string;
  /** The value as printed (es-MX), or «—» when the data does not allow it. */
  value: string;
  /** How it was computed, in one Spanish sentence. */
  basis: string;
}
