/** Small helpers shared by the analyses: deterministic frequency tables and matrices. */
import { formatDate, formatNumber, formatPercent } from '../util/format-es.js';
import type { BoolMatrix, Category, CountMatrix, CountRow } from './types.js';

const collator = new Intl.Collator('es-MX', { sensitivity: 'variant', numeric: true });

/** es-MX comparison of labels, then a code-point tiebreak so the order is total. */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function pct(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

export function countRow(key: string, label: string, n: number, total: number): CountRow {
  return { key, label, n, nText: formatNumber(n), pct: pct(n, total), pctText: formatPercent(n, total) };
}

/** Counts of `keys` (one entry per occurrence). */
export function tally(keys: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/**
 * Nominal frequency table: count desc, then label asc, then key. Zero counts left out.
 * `total` (for percentages) defaults to the sum of counts.
 */
export function nominalRows(counts: Map<string, number>, labelOf: (k: string) => string, total?: number): CountRow[] {
  const sum = total ?? [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts.entries()]
    .filter(([, n]) => n > 0)
    .map(([k, n]) => countRow(k, labelOf(k), n, sum))
    .sort(byCountThenLabel);
}

/** Ordinal frequency table: vocabulary order, zeros included. */
export function ordinalRows(vocab: Record<string, string>, counts: Map<string, number>, total?: number): CountRow[] {
  const sum = total ?? [...counts.values()].reduce((a, b) => a + b, 0);
  return Object.entries(vocab).map(([k, label]) => countRow(k, label, counts.get(k) ?? 0, sum));
}

export function byCountThenLabel<T extends { n: number; label: string; key?: string }>(a: T, b: T): number {
  return b.n - a.n || compareLabels(a.label, b.label) || compareLabels(a.key ?? '', b.key ?? '');
}

export function vocabCategories(vocab: Record<string, string>): Category[] {
  return Object.entries(vocab).map(([key, label]) => ({ key, label }));
}

/** Builds a count matrix from (rowKey, colKey) pairs. */
export function countMatrix(rows: Category[], columns: Category[], pairs: Iterable<[string, string]>): CountMatrix {
  const ri = new Map(rows.map((r, i) => [r.key, i]));
  const ci = new Map(columns.map((c, j) => [c.key, j]));
  const grid = rows.map(() => columns.map(() => 0));
  for (const [r, c] of pairs) {
    const i = ri.get(r);
    const j = ci.get(c);
    if (i === undefined || j === undefined) continue;
    grid[i]![j]! += 1;
  }
  return matrixFromGrid(rows, columns, grid);
}

export function matrixFromGrid(rows: Category[], columns: Category[], grid: number[][]): CountMatrix {
  const total = grid.flat().reduce((a, b) => a + b, 0);
  const colTotals = columns.map((_, j) => grid.reduce((a, r) => a + (r[j] ?? 0), 0));
  return {
    columns,
    colTotals,
    total,
    rows: rows.map((r, i) => {
      const values = grid[i]!;
      const rowTotal = values.reduce((a, b) => a + b, 0);
      return {
        key: r.key,
        label: r.label,
        values,
        total: rowTotal,
        pctOfRow: values.map((v) => pct(v, rowTotal)),
        pctOfRowText: values.map((v) => formatPercent(v, rowTotal)),
        pctOfTotal: values.map((v) => pct(v, total)),
        pctOfTotalText: values.map((v) => formatPercent(v, total)),
      };
    }),
  };
}

export function boolMatrix<T>(items: T[], columns: Category[], keyOf: (t: T) => string, labelOf: (t: T) => string, has: (t: T, col: string) => boolean): BoolMatrix {
  const rows = items.map((t) => {
    const values = columns.map((c) => has(t, c.key));
    return { key: keyOf(t), label: labelOf(t), values, count: values.filter(Boolean).length };
  });
  return { columns, rows, colCounts: columns.map((_, j) => rows.filter((r) => r.values[j]).length) };
}

export function dateText(d: string | undefined): string | undefined {
  return d ? formatDate(d) : undefined;
}

export function labelOr<T extends Record<string, string>>(vocab: T, key: string): string {
  return (vocab as Record<string, string>)[key] ?? key;
}
