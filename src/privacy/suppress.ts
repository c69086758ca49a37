/**
 * Small-cell suppression (BRIEF §6): counts 0 < n < threshold are never printed nor plotted.
 *
 * Primary suppression: 0 < n < threshold → text "<threshold" (e.g. "<5").
 * Secondary suppression: so that no suppressed value can be recovered by subtracting from a
 * total, other non-zero cells are also suppressed; they are shown as «C» (confidencial), not as
 * "<5", because their value is ≥ threshold and "<5" would be false.
 *
 * Tables: the table is augmented with its row totals, column totals and grand total (every one
 * of these is a cell that can be suppressed). Every row line and column line (totals line and
 * totals column included) is an equation "sum of cells = total". A suppressed cell can be
 * computed exactly iff it belongs to no cycle of the bipartite graph rows×columns whose edges are
 * the suppressed cells (a "bridge"). The procedure iterates until stable:
 *   1. any line with exactly one suppressed cell → also suppress the smallest non-zero visible cell
 *      of that line (interior cells before totals on ties);
 *   2. any suppressed cell that is still a bridge → suppress the smallest non-zero visible cell that
 *      closes a cycle through it.
 * Zero cells are never suppressed (a true zero is not disclosive and "<5"/«C» would misstate it).
 *
 * Series: if exactly one value is suppressed and the total would be shown, the next-smallest
 * non-zero value is suppressed too (the total — usually the headline figure — stays visible).
 * Only when no other non-zero value exists is the total suppressed instead.
 */
import { formatNumber } from '../util/format-es.js';

export interface SuppressedCount {
  value: number;
  suppressed: boolean;
  /** "<5" (primary), «C» (secondary) or the es-MX number. `value` MUST NOT be printed when suppressed. */
  text: string;
}

/** Text shown for cells suppressed only to protect another cell (value ≥ threshold). */
export const SECONDARY_TEXT = 'C';
export const DEFAULT_THRESHOLD = 5;

export function primaryText(threshold: number): string {
  return `<${threshold}`;
}

export function isPrimarySmall(n: number, threshold: number): boolean {
  return n > 0 && n < threshold;
}

/** 0 < n < threshold → suppressed ("<5"); 0 is shown as "0". */
export function suppressCount(n: number, threshold: number): SuppressedCount {
  if (isPrimarySmall(n, threshold)) return { value: n, suppressed: true, text: primaryText(threshold) };
  return { value: n, suppressed: false, text: formatNumber(n) };
}

function secondary(n: number): SuppressedCount {
  return { value: n, suppressed: true, text: SECONDARY_TEXT };
}

/** True when the cell was suppressed only to protect another one (shown as «C»). */
export function isSecondary(c: SuppressedCount): boolean {
  return c.suppressed && c.text === SECONDARY_TEXT;
}

/** Value for charts: null when suppressed (suppressed values are not plotted). */
export function chartValue(c: SuppressedCount): number | null {
  return c.suppressed ? null : c.value;
}

/** Spanish note to place under every table/figure that has suppressed cells. */
export function SUPPRESSION_NOTE(threshold: number = DEFAULT_THRESHOLD): string {
  const range = threshold - 1 <= 1 ? 'los valores iguales a 1' : `los valores entre 1 y ${threshold - 1}`;
  return `Por confidencialidad, ${range} se muestran como «<${threshold}» y no se grafican; se suprimieron además otras celdas (se muestran como «${SECONDARY_TEXT}») para que no puedan deducirse de los totales.`;
}

export function suppressSeries(
  labels: string[],
  values: number[],
  threshold: number,
): { labels: string[]; cells: SuppressedCount[]; total: SuppressedCount } {
  if (labels.length !== values.length) throw new Error(`suppressSeries: ${labels.length} etiquetas y ${values.length} valores`);
  const cells = values.map((v) => suppressCount(v, threshold));
  const sum = values.reduce((a, b) => a + b, 0);
  let total = suppressCount(sum, threshold);
  const count = () => cells.filter((c) => c.suppressed).length;
  if (!total.suppressed && count() === 1) {
    let best = -1;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      if (c.suppressed || c.value === 0) continue;
      if (best < 0 || c.value < cells[best]!.value) best = i;
    }
    if (best >= 0) cells[best] = secondary(cells[best]!.value);
    else total = secondary(sum);
  }
  return { labels: [...labels], cells, total };
}

export interface SuppressedTable {
  rows: string[];
  cols: string[];
  cells: SuppressedCount[][];
  rowTotals: SuppressedCount[];
  colTotals: SuppressedCount[];
  total: SuppressedCount;
}

/** Indices of the augmented (R+1)×(C+1) grid; row R = column totals, column C = row totals. */
export function suppressTable(rows: string[], cols: string[], values: number[][], threshold: number): SuppressedTable {
  const R = rows.length;
  const C = cols.length;
  if (values.length !== R || values.some((r) => r.length !== C)) {
    throw new Error(`suppressTable: se esperaban ${R}×${C} valores`);
  }
  // augmented value grid
  const v: number[][] = [];
  for (let i = 0; i <= R; i++) v.push(new Array<number>(C + 1).fill(0));
  for (let i = 0; i < R; i++) {
    for (let j = 0; j < C; j++) {
      const x = values[i]![j]!;
      v[i]![j] = x;
      v[i]![C] = v[i]![C]! + x;
      v[R]![j] = v[R]![j]! + x;
      v[R]![C] = v[R]![C]! + x;
    }
  }
  const sup: boolean[][] = v.map((r) => r.map((x) => isPrimarySmall(x, threshold)));
  const primary: boolean[][] = sup.map((r) => [...r]);

  const isTotal = (i: number, j: number) => i === R || j === C;
  /** smallest non-zero visible candidate; interior before totals on ties; then by position */
  const pick = (cands: [number, number][]): [number, number] | undefined => {
    let best: [number, number] | undefined;
    for (const [i, j] of cands) {
      if (sup[i]![j] || v[i]![j] === 0) continue;
      if (!best) { best = [i, j]; continue; }
      const [bi, bj] = best;
      const a = v[i]![j]!, b = v[bi]![bj]!;
      if (a < b || (a === b && !isTotal(i, j) && isTotal(bi, bj))) best = [i, j];
    }
    return best;
  };
  const lineCells = (kind: 'r' | 'c', k: number): [number, number][] =>
    kind === 'r' ? Array.from({ length: C + 1 }, (_, j) => [k, j] as [number, number]) : Array.from({ length: R + 1 }, (_, i) => [i, k] as [number, number]);

  /** Nodes reachable from row node `start` (rows 0..R → ids 0..R, cols → R+1+j) using suppressed edges, skipping one edge. */
  const component = (skip: [number, number]): Set<number> => {
    const seen = new Set<number>([skip[0]]);
    const stack = [skip[0]];
    while (stack.length) {
      const node = stack.pop()!;
      if (node <= R) {
        for (let j = 0; j <= C; j++) {
          if (!sup[node]![j] || (node === skip[0] && j === skip[1])) continue;
          const id = R + 1 + j;
          if (!seen.has(id)) { seen.add(id); stack.push(id); }
        }
      } else {
        const j = node - R - 1;
        for (let i = 0; i <= R; i++) {
          if (!sup[i]![j] || (i === skip[0] && j === skip[1])) continue;
          if (!seen.has(i)) { seen.add(i); stack.push(i); }
        }
      }
    }
    return seen;
  };

  const unfixable = new Set<string>();
  for (let guard = 0; guard < (R + 1) * (C + 1) + 2; guard++) {
    let changed = false;
    // 1. lines with exactly one suppressed cell
    for (const kind of ['r', 'c'] as const) {
      const n = kind === 'r' ? R : C;
      for (let k = 0; k <= n; k++) {
        const line = lineCells(kind, k);
        if (line.filter(([i, j]) => sup[i]![j]).length !== 1) continue;
        const p = pick(line);
        if (p) { sup[p[0]]![p[1]] = true; changed = true; }
      }
    }
    if (changed) continue;
    // 2. bridges
    for (let i = 0; i <= R && !changed; i++) {
      for (let j = 0; j <= C && !changed; j++) {
        if (!sup[i]![j] || unfixable.has(`${i},${j}`)) continue;
        const comp = component([i, j]);
        if (comp.has(R + 1 + j)) continue; // on a cycle: protected
        const cands: [number, number][] = [];
        for (let a = 0; a <= R; a++) {
          for (let b = 0; b <= C; b++) {
            if (comp.has(a) !== comp.has(R + 1 + b)) cands.push([a, b]);
          }
        }
        const p = pick(cands);
        if (p) { sup[p[0]]![p[1]] = true; changed = true; }
        else unfixable.add(`${i},${j}`);
      }
    }
    if (!changed) break;
  }

  const cell = (i: number, j: number): SuppressedCount => {
    const x = v[i]![j]!;
    if (primary[i]![j]) return { value: x, suppressed: true, text: primaryText(threshold) };
    if (sup[i]![j]) return secondary(x);
    return { value: x, suppressed: false, text: formatNumber(x) };
  };
  return {
    rows: [...rows],
    cols: [...cols],
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => cell(i, j))),
    rowTotals: Array.from({ length: R }, (_, i) => cell(i, C)),
    colTotals: Array.from({ length: C }, (_, j) => cell(R, j)),
    total: cell(R, C),
  };
}

/** Number of suppressed cells (primary + secondary) in a table, totals included. */
export function countSuppressed(t: SuppressedTable): { primary: number; secondary: number } {
  const all = [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.total];
  const secondaryN = all.filter(isSecondary).length;
  return { primary: all.filter((c) => c.suppressed).length - secondaryN, secondary: secondaryN };
}
