/**
 * Official statistics (SESNSP, víctimas del fuero común). Every count of victims goes through
 * src/privacy/suppress.ts. The two tables (year × sex, year × age band) share their row totals
 * (victims per year) and grand total, so they are suppressed together and audited together
 * (`protectLinkedTables`): a year hidden in one is hidden in the other, and the interval audit of
 * everything the two tables publish leaves every hidden cell a range no narrower than its label says
 * (docs/privacidad.md). Both full tables are audited even though the report prints only the
 * age-band totals: a template may print the whole table. The one-dimensional series (by year, sex, age band) and the total are the margins
 * of those tables, so a figure never shows a value that a table hides.
 */
import type { StateData } from '../load/types.js';
import type { Statistic } from '../schemas/datasets.js';
import { protectLinkedTables, SUPPRESSION_NOTE, type SuppressedCount as RawCount } from '../privacy/suppress.js';
import { formatDate } from '../util/format-es.js';
import { liveLoopCache } from '../util/live-loop.js';
import type { Category, StatisticsAnalysis, SuppressedCount, SuppressedRow, SuppressedTable, SuppressionAuditSummary } from './types.js';

export const SEX_LABELS: Record<Statistic['sexo'], string> = { Mujer: 'Mujeres', Hombre: 'Hombres', 'No identificado': 'No identificado' };
export const AGE_LABELS: Record<Statistic['rango_edad'], string> = {
  'Menores de edad (0-17)': 'Menores de edad (0 a 17 años)',
  'Adultos (18 y más)': 'Personas adultas (18 años y más)',
  'No especificado': 'No especificado',
  'No identificado': 'No identificado',
};
/** Categories always shown even when zero. */
const ALWAYS = new Set(['Mujer', 'Hombre', 'Menores de edad (0-17)', 'Adultos (18 y más)']);

/** Converts the privacy module's cell: a suppressed value is never carried into the Analysis. */
export function safeCount(c: RawCount): SuppressedCount {
  return c.suppressed ? { value: null, suppressed: true, text: c.text } : { value: c.value, suppressed: false, text: c.text };
}

export function chartNote(threshold: number): string {
  return `Los valores menores que ${threshold} se omiten por confidencialidad; también se omiten los valores que permitirían deducirlos.`;
}

interface TableInput {
  rows: Category[];
  columns: Category[];
  grid: number[][];
}

// The suppression search on the official statistics (~25 ms) depends on their counts only: an
// edit elsewhere in the live loop finds it done. Callers only read what it returns.
const rememberedProtection = liveLoopCache<ReturnType<typeof protectLinkedTables>>(20);

/** Suppresses tables that share their rows (and row totals) together and audits them; see protectLinkedTables. */
function linkedTables(inputs: TableInput[], threshold: number): { tables: SuppressedTable[]; audit: SuppressionAuditSummary } {
  const tables = inputs.map((t) => ({ rows: t.rows.map((r) => r.label), cols: t.columns.map((c) => c.label), values: t.grid }));
  const p = rememberedProtection(JSON.stringify([tables, threshold]), () => protectLinkedTables(tables, threshold));
  const audit: SuppressionAuditSummary = {
    unsafeBefore: p.before.filter((a) => !a.safe).length,
    extraHidden: p.auditForced,
    hidden: p.audit.length,
    unsafeAfter: p.audit.filter((a) => !a.safe).length,
  };
  return { audit, tables: p.tables.map((t, k) => ({
    rows: inputs[k]!.rows,
    columns: inputs[k]!.columns,
    cells: t.cells.map((r) => r.map(safeCount)),
    rowTotals: t.rowTotals.map(safeCount),
    colTotals: t.colTotals.map(safeCount),
    total: safeCount(t.total),
  })) };
}

function relevantColumns<K extends string>(keys: readonly K[], labels: Record<K, string>, rows: Statistic[], get: (r: Statistic) => K): Category[] {
  const sums = new Map<K, number>();
  for (const r of rows) sums.set(get(r), (sums.get(get(r)) ?? 0) + r.victimas);
  return keys.filter((k) => ALWAYS.has(k) || (sums.get(k) ?? 0) > 0).map((k) => ({ key: k, label: labels[k] }));
}

function grid(years: number[], cols: Category[], rows: Statistic[], get: (r: Statistic) => string): number[][] {
  const g = years.map(() => cols.map(() => 0));
  for (const r of rows) {
    const i = years.indexOf(r.anio);
    const j = cols.findIndex((c) => c.key === get(r));
    if (i >= 0 && j >= 0) g[i]![j]! += r.victimas;
  }
  return g;
}

const marginRows = (cats: Category[], counts: SuppressedCount[]): SuppressedRow[] => cats.map((c, i) => ({ key: c.key, label: c.label, count: counts[i]! }));

export function analyseStatistics(data: StateData): StatisticsAnalysis {
  const threshold = data.project.privacidad.umbral_supresion;
  const start = data.config.estadisticas.anio_inicio;
  const rows = data.estadisticas.rows.filter((r) => r.clave_ent === data.config.clave_inegi && (start === undefined || r.anio >= start));
  const present = [...new Set(rows.map((r) => r.anio))].sort((a, b) => a - b);
  const years: number[] = [];
  if (present.length) for (let y = present[0]!; y <= present[present.length - 1]!; y++) years.push(y);
  const yearCats: Category[] = years.map((y) => ({ key: String(y), label: String(y) }));

  const sexCols = relevantColumns(['Mujer', 'Hombre', 'No identificado'] as const, SEX_LABELS, rows, (r) => r.sexo);
  const ageCols = relevantColumns(['Menores de edad (0-17)', 'Adultos (18 y más)', 'No especificado', 'No identificado'] as const, AGE_LABELS, rows, (r) => r.rango_edad);
  const linked = linkedTables([
    { rows: yearCats, columns: sexCols, grid: grid(years, sexCols, rows, (r) => r.sexo) },
    { rows: yearCats, columns: ageCols, grid: grid(years, ageCols, rows, (r) => r.rango_edad) },
  ], threshold);
  const [yearBySex, yearByAgeBand] = linked.tables as [SuppressedTable, SuppressedTable];

  const all = [yearBySex, yearByAgeBand].flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.total]);
  const first = years[0];
  const last = years[years.length - 1];
  const cut = data.estadisticas.cutDate || data.config.cortes.estadisticas;
  return {
    hasData: rows.length > 0,
    source: data.estadisticas.source || data.config.estadisticas.fuente,
    file: data.estadisticas.file,
    cutDate: cut,
    cutDateText: formatDate(cut),
    threshold,
    years,
    ...(first !== undefined ? { firstYear: first, lastYear: last! } : {}),
    periodText: first === undefined ? '' : first === last ? String(first) : `${first}–${last}`,
    total: yearBySex.total,
    byYear: marginRows(yearCats, yearBySex.rowTotals),
    bySex: marginRows(sexCols, yearBySex.colTotals),
    byAgeBand: marginRows(ageCols, yearByAgeBand.colTotals),
    yearBySex,
    yearByAgeBand,
    anySuppressed: all.some((c) => c.suppressed),
    note: SUPPRESSION_NOTE(threshold),
    chartNote: chartNote(threshold),
    audit: linked.audit,
  };
}
