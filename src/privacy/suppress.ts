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
import { attainableIntervals, auditTables, feasibleIntervals, judge, modelOf, type CellAudit, type Interval, type PublishedTable, type PublishedValue } from './audit.js';

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

/** A cell of the augmented (R+1)×(C+1) grid: [i, j] with i = R the column-totals row, j = C the row-totals column. */
export type GridCell = readonly [number, number];

export interface SuppressTableOptions {
  /**
   * Cells (augmented coordinates) that must be suppressed whatever their value, e.g. a row total
   * hidden in a linked table. Forced cells are protected by secondary suppression like any other.
   * A forced zero is ignored (zeros are never suppressed).
   */
  forced?: Iterable<GridCell>;
}

/** Augmented value grid: values, row totals in column C, column totals in row R, grand total at [R][C]. */
function augment(values: number[][], R: number, C: number, who: string): number[][] {
  if (values.length !== R || values.some((r) => r.length !== C)) {
    throw new Error(`${who}: se esperaban ${R}×${C} valores`);
  }
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
  return v;
}

/** Indices of the augmented (R+1)×(C+1) grid; row R = column totals, column C = row totals. */
export function suppressTable(rows: string[], cols: string[], values: number[][], threshold: number, options: SuppressTableOptions = {}): SuppressedTable {
  const R = rows.length;
  const C = cols.length;
  const v = augment(values, R, C, 'suppressTable');
  const sup = suppressGrid(v, R, C, threshold, options.forced ?? []);
  return tableFromGrid(rows, cols, v, sup, threshold);
}

/** Suppression pattern (true = suppressed) of the augmented grid `v`. */
function suppressGrid(v: number[][], R: number, C: number, threshold: number, forced: Iterable<GridCell>): boolean[][] {
  const sup: boolean[][] = v.map((r) => r.map((x) => isPrimarySmall(x, threshold)));
  for (const [i, j] of forced) {
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || i > R || j < 0 || j > C) {
      throw new Error(`suppressTable: celda forzada fuera de la tabla: [${i}, ${j}]`);
    }
    if (v[i]![j]! !== 0) sup[i]![j] = true;
  }

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
  return sup;
}

function tableFromGrid(rows: string[], cols: string[], v: number[][], sup: boolean[][], threshold: number): SuppressedTable {
  const R = rows.length;
  const C = cols.length;
  const cell = (i: number, j: number): SuppressedCount => {
    const x = v[i]![j]!;
    if (isPrimarySmall(x, threshold)) return { value: x, suppressed: true, text: primaryText(threshold) };
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

export interface LinkedTableInput {
  rows: string[];
  cols: string[];
  values: number[][];
}

/** Union-find over 0..n-1. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; }
    return x;
  };
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  return { find, union };
}

/**
 * Components of the suppressed cells of one table WITHOUT the row-totals column: nodes are the row
 * lines 0..R (R = column-totals row) → ids 0..R and the column lines 0..C-1 → ids R+1+j.
 */
function componentsWithoutTotals(sup: boolean[][], R: number, C: number) {
  const uf = unionFind(R + 1 + C);
  for (let i = 0; i <= R; i++) for (let j = 0; j < C; j++) if (sup[i]![j]) uf.union(i, R + 1 + j);
  return uf;
}

/**
 * Cheapest set of cells (row-totals column excluded) joining the component `from` to any node of
 * `to` (ids as in componentsWithoutTotals): suppressed cells cost 0, visible non-zero cells their
 * value (+½ for a margin cell, so interior cells win ties), zero cells cannot be used.
 */
function cheapestLink(v: number[][], sup: boolean[][], R: number, C: number, from: Set<number>, to: Set<number>): GridCell[] | undefined {
  const n = R + 1 + C;
  const dist = new Array<number>(n).fill(Infinity);
  const prev = new Array<GridCell | undefined>(n).fill(undefined);
  const done = new Array<boolean>(n).fill(false);
  for (const s of from) dist[s] = 0;
  for (;;) {
    let u = -1;
    for (let k = 0; k < n; k++) if (!done[k] && dist[k]! < Infinity && (u < 0 || dist[k]! < dist[u]!)) u = k;
    if (u < 0) return undefined;
    if (to.has(u)) {
      const path: GridCell[] = [];
      for (let k = u; !from.has(k);) {
        const e = prev[k]!;
        path.push(e);
        k = k <= R ? R + 1 + e[1] : e[0];
      }
      return path;
    }
    done[u] = true;
    const edges: [number, GridCell][] = u <= R
      ? Array.from({ length: C }, (_, j) => [R + 1 + j, [u, j] as const])
      : Array.from({ length: R + 1 }, (_, i) => [i, [i, u - R - 1] as const]);
    for (const [w, [i, j]] of edges) {
      const x = v[i]![j]!;
      if (done[w] || x === 0) continue;
      const cost = sup[i]![j] ? 0 : x + (i === R ? 0.5 : 0);
      if (dist[u]! + cost < dist[w]!) { dist[w] = dist[u]! + cost; prev[w] = [i, j]; }
    }
  }
}

/**
 * Suppression of several tables that share their rows (e.g. years) and therefore their row totals
 * and grand total (year × sex and year × age band: victims per year). Published together, a
 * total hidden in one table but shown in another would give it away, and the equations of all the
 * tables together could pin down a cell that each table alone protects. Procedure, until stable:
 *   1. each table is suppressed with `suppressTable` (primary + secondary), with its forced cells;
 *   2. a row total (or the grand total) suppressed in any table is forced in every table;
 *   3. linking: in each table, the suppressed totals are grouped by the components of the graph of
 *      suppressed cells without the row-totals column; when two totals are grouped together in some
 *      table but not in another, the latter gets the cheapest chain of cells that joins them forced.
 * When every table hides the same totals grouped the same way, the combinations of hidden totals
 * that each table allows are the same, so any change of hidden values that keeps one table's
 * equations can be matched in the others: the union of the published equations recovers no
 * suppressed cell that each table alone does not reveal (and `suppressTable` reveals none).
 */
export function suppressLinkedTables(tables: LinkedTableInput[], threshold: number, initialForced: GridCell[][] = []): SuppressedTable[] {
  if (!tables.length) return [];
  const grids = linkedGrids(tables);
  const sups = linkedPattern(tables, grids, threshold, initialForced);
  return tables.map((t, k) => tableFromGrid(t.rows, t.cols, grids[k]!, sups[k]!, threshold));
}

/** Augmented grids of linked tables, after checking that they share rows and row totals. */
function linkedGrids(tables: LinkedTableInput[]): number[][][] {
  const R = tables[0]!.rows.length;
  const grids = tables.map((t, k) => {
    if (t.rows.length !== R || t.rows.some((r, i) => r !== tables[0]!.rows[i])) {
      throw new Error(`suppressLinkedTables: la tabla ${k + 1} no tiene las mismas filas que la primera`);
    }
    return augment(t.values, R, t.cols.length, 'suppressLinkedTables');
  });
  for (let k = 1; k < grids.length; k++) {
    const C0 = tables[0]!.cols.length, Ck = tables[k]!.cols.length;
    for (let i = 0; i <= R; i++) {
      if (grids[k]![i]![Ck] !== grids[0]![i]![C0]) {
        throw new Error(`suppressLinkedTables: el total de ${i < R ? `la fila «${tables[0]!.rows[i]}»` : 'la tabla'} difiere entre la tabla 1 y la tabla ${k + 1}`);
      }
    }
  }
  return grids;
}

/** Suppression pattern of linked tables (steps 1–3 of suppressLinkedTables). */
function linkedPattern(tables: LinkedTableInput[], grids: number[][][], threshold: number, initialForced: GridCell[][]): boolean[][][] {
  const R = tables[0]!.rows.length;
  const forced = tables.map(() => new Map<string, GridCell>());
  const force = (k: number, c: GridCell): boolean => {
    const key = `${c[0]},${c[1]}`;
    if (forced[k]!.has(key)) return false;
    forced[k]!.set(key, c);
    return true;
  };
  initialForced.forEach((cells, k) => { for (const c of cells) force(k, c); });
  const maxIter = 2 + grids.reduce((a, g) => a + g.length * g[0]!.length, 0);
  let sups: boolean[][][] = [];
  for (let iter = 0; ; iter++) {
    if (iter > maxIter) throw new Error('suppressLinkedTables: la supresión no converge');
    sups = tables.map((t, k) => suppressGrid(grids[k]!, R, t.cols.length, threshold, forced[k]!.values()));
    // 2. shared totals (row lines 0..R-1, grand total on line R)
    const hidden: number[] = [];
    for (let i = 0; i <= R; i++) if (sups.some((s, k) => s[i]![tables[k]!.cols.length])) hidden.push(i);
    let changed = false;
    tables.forEach((t, k) => {
      for (const i of hidden) if (!sups[k]![i]![t.cols.length] && force(k, [i, t.cols.length])) changed = true;
    });
    if (changed) continue;
    // 3. same grouping of the hidden totals in every table
    const comps = tables.map((t, k) => componentsWithoutTotals(sups[k]!, R, t.cols.length));
    const joint = unionFind(R + 1);
    for (const uf of comps) {
      for (const a of hidden) for (const b of hidden) if (a < b && uf.find(a) === uf.find(b)) joint.union(a, b);
    }
    for (let k = 0; k < tables.length && !changed; k++) {
      const C = tables[k]!.cols.length;
      const uf = comps[k]!;
      for (const a of hidden) {
        const split = hidden.filter((b) => joint.find(b) === joint.find(a) && uf.find(b) !== uf.find(a));
        if (!split.length) continue;
        const nodes = (pred: (root: number) => boolean) => new Set(Array.from({ length: R + 1 + C }, (_, q) => q).filter((q) => pred(uf.find(q))));
        const from = nodes((r) => r === uf.find(a));
        const roots = new Set(split.map((b) => uf.find(b)));
        const to = nodes((r) => roots.has(r));
        const path = cheapestLink(grids[k]!, sups[k]!, R, C, from, to);
        if (!path) throw new Error('suppressLinkedTables: no hay celdas distintas de cero que unan los totales suprimidos');
        for (const c of path) if (force(k, c)) changed = true;
        if (changed) break;
      }
    }
    if (!changed) break;
  }
  return sups;
}

/** Number of suppressed cells (primary + secondary) in a table, totals included. */
export function countSuppressed(t: SuppressedTable): { primary: number; secondary: number } {
  const all = [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.total];
  const secondaryN = all.filter(isSecondary).length;
  return { primary: all.filter((c) => c.suppressed).length - secondaryN, secondary: secondaryN };
}

/** Key of a quantity of linked tables: row totals and the grand total are shared ("T<i>"). */
function linkedKey(k: number, i: number, j: number, C: number): string {
  return j === C ? `T${i}` : `t${k}:${i},${j}`;
}

/** What linked tables publish, as the audit sees it, and the true values of every quantity. */
function published(grids: number[][][], sups: boolean[][][], threshold: number): { tables: PublishedTable[]; values: Map<string, number> } {
  const values = new Map<string, number>();
  const tables = grids.map((g, k): PublishedTable => {
    const C = g[0]!.length - 1;
    return {
      grid: g.map((row, i) => row.map((x, j): PublishedValue => {
        const key = linkedKey(k, i, j, C);
        values.set(key, x);
        if (!sups[k]![i]![j]) return { key, kind: 'shown', value: x };
        return { key, kind: isPrimarySmall(x, threshold) ? 'primary' : 'secondary' };
      })),
    };
  });
  return { tables, values };
}

export interface ProtectedTables {
  tables: SuppressedTable[];
  /** The interval audit of the final publication (every hidden quantity, all safe). */
  audit: CellAudit[];
  /** Cells hidden because the audit found a narrowed or exactly recoverable cell (forced, beyond the pattern rules). */
  auditForced: number;
  /** The audit of the publication the pattern rules alone would give (for the privacy report and the tests). */
  before: CellAudit[];
}

/**
 * Suppression that cannot be undone: `suppressLinkedTables` (primary + secondary by pattern), then
 * the interval audit of everything the tables publish together (src/privacy/audit.ts). While some
 * hidden quantity is recoverable exactly, or a «<T» cell is narrowed beyond what the labels alone
 * imply, one more cell is hidden (see nextToHide) and the pattern rules and the audit run again.
 * It ends: with every non-zero quantity hidden the audit passes by definition.
 */
export function protectLinkedTables(tables: LinkedTableInput[], threshold: number): ProtectedTables {
  if (!tables.length) return { tables: [], audit: [], auditForced: 0, before: [] };
  const grids = linkedGrids(tables);
  const extra: GridCell[][] = tables.map(() => []);
  let sups = linkedPattern(tables, grids, threshold, extra);
  let pub = published(grids, sups, threshold);
  const widest = attainableIntervals(pub.tables, pub.values, threshold);
  let audit = auditTables(pub.tables, pub.values, threshold, [], widest);
  const before = audit;
  let auditForced = 0;
  const limit = grids.reduce((a, g) => a + g.length * g[0]!.length, 0);
  for (let round = 0; audit.some((a) => !a.safe); round++) {
    if (round > limit) throw new Error('protectLinkedTables: la auditoría de supresión no converge');
    const pick = nextToHide(tables, grids, sups, extra, threshold, audit.filter((a) => !a.safe), widest);
    if (!pick) throw new Error('protectLinkedTables: no queda ninguna celda que ocultar');
    addForced(grids, extra, pick);
    auditForced++;
    sups = linkedPattern(tables, grids, threshold, extra);
    pub = published(grids, sups, threshold);
    audit = auditTables(pub.tables, pub.values, threshold, [], widest);
  }
  return { tables: tables.map((t, k) => tableFromGrid(t.rows, t.cols, grids[k]!, sups[k]!, threshold)), audit, auditForced, before };
}

/** Forces one more cell; a shared total is forced in every table (the pattern rules would do it anyway). */
function addForced(grids: number[][][], extra: GridCell[][], [k, i, j]: [number, number, number]): void {
  const C = grids[k]![0]!.length - 1;
  if (j === C) grids.forEach((g, q) => extra[q]!.push([i, g[0]!.length - 1]));
  else extra[k]!.push([i, j]);
}

/**
 * The cell to hide next. For each failing quantity in turn, the visible non-zero cells of its row
 * and column (for a shared year total: its row in every table and the totals column) are tried
 * from the smallest: the first whose hiding (with the pattern rules re-applied) makes that quantity
 * safe is chosen. When no single cell fixes any failing quantity, the cell that widens the first
 * one's interval most (then the smallest); only when its lines hold no visible cell, the smallest
 * visible cell of any line that holds a hidden one, then of the whole table.
 */
function nextToHide(
  tables: LinkedTableInput[], grids: number[][][], sups: boolean[][][], extra: GridCell[][], threshold: number,
  failing: CellAudit[], widest: Map<string, Interval>,
): [number, number, number] | undefined {
  const R = grids[0]!.length - 1;
  const lastCol = (k: number) => grids[k]![0]!.length - 1;
  const isTotal = (k: number, i: number, j: number) => i === R || j === lastCol(k);
  const visible = (list: [number, number, number][]) => {
    const seen = new Set<string>();
    return list
      .filter(([k, i, j]) => grids[k]![i]![j]! !== 0 && !sups[k]![i]![j])
      .filter(([k, i, j]) => { const key = linkedKey(k, i, j, lastCol(k)); if (seen.has(key)) return false; seen.add(key); return true; })
      .sort((a, b) => grids[a[0]]![a[1]]![a[2]]! - grids[b[0]]![b[1]]![b[2]]! || Number(isTotal(...a)) - Number(isTotal(...b)));
  };
  const line = (k: number, kind: 'r' | 'c', n: number): [number, number, number][] =>
    kind === 'r' ? Array.from({ length: lastCol(k) + 1 }, (_, j) => [k, n, j]) : Array.from({ length: R + 1 }, (_, i) => [k, i, n]);
  const nearOf = (key: string) => {
    const near: [number, number, number][] = [];
    const total = /^T(\d+)$/.exec(key);
    if (total) grids.forEach((_, k) => near.push(...line(k, 'r', Number(total[1])), ...line(k, 'c', lastCol(k))));
    else {
      const m = /^t(\d+):(\d+),(\d+)$/.exec(key)!;
      near.push(...line(Number(m[1]), 'r', Number(m[2])), ...line(Number(m[1]), 'c', Number(m[3])));
    }
    return visible(near);
  };
  const tryHide = (cell: [number, number, number], key: string): Interval | undefined => {
    const trial = extra.map((e) => [...e]);
    addForced(grids, trial, cell);
    let trialSups: boolean[][][];
    try { trialSups = linkedPattern(tables, grids, threshold, trial); } catch { return undefined; }
    const pub = published(grids, trialSups, threshold);
    return feasibleIntervals(modelOf(pub.tables, threshold), new Set([key])).get(key);
  };
  const width = (iv: Interval) => (Number.isFinite(iv.hi) ? iv.hi - iv.lo : Number.MAX_SAFE_INTEGER);
  let best: { cell: [number, number, number]; width: number } | undefined;
  for (const [n, f] of failing.entries()) {
    for (const cell of nearOf(f.key)) {
      const iv = tryHide(cell, f.key);
      if (!iv) continue;
      if (judge(f.kind, iv, widest.get(f.key) ?? f.attainable)) return cell;
      if (n === 0 && (!best || width(iv) > best.width)) best = { cell, width: width(iv) };
    }
  }
  if (best) return best.cell;
  const touched: [number, number, number][] = [];
  grids.forEach((g, k) => {
    for (let i = 0; i <= R; i++) for (let j = 0; j <= lastCol(k); j++) {
      if (sups[k]![i]!.some(Boolean) || sups[k]!.some((r) => r[j])) touched.push([k, i, j]);
    }
  });
  const all: [number, number, number][] = [];
  grids.forEach((_, k) => { for (let i = 0; i <= R; i++) for (let j = 0; j <= lastCol(k); j++) all.push([k, i, j]); });
  return visible(touched)[0] ?? visible(all)[0];
}

/** protectLinkedTables for one table. */
export function protectTable(rows: string[], cols: string[], values: number[][], threshold: number): ProtectedTables {
  return protectLinkedTables([{ rows, cols, values }], threshold);
}
