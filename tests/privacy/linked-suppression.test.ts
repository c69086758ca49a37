/**
 * Linked suppression (src/privacy/suppress.ts `suppressLinkedTables`): tables that share their rows
 * and row totals (year × sex and year × age band in src/analyse/statistics.ts) are published
 * together, so an attacker may combine the equations of all of them. These tests check, with an
 * exact rank test over the union of the published equations, that no suppressed cell can be
 * recovered, and that every year total is hidden in all the tables or in none.
 */
import { describe, expect, it } from 'vitest';
import {
  SECONDARY_TEXT, suppressLinkedTables, suppressTable, type SuppressedCount, type SuppressedTable,
} from '../../src/privacy/suppress.js';
import { formatNumber } from '../../src/util/format-es.js';
import { rng } from '../support/rng.js';


/** Rank over the rationals (fraction-free integer elimination with BigInt: exact). */
function rank(m: number[][]): number {
  const a = m.map((r) => r.map((x) => BigInt(x)));
  const cols = a[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < cols && r < a.length; c++) {
    let p = -1;
    for (let i = r; i < a.length; i++) if (a[i]![c] !== 0n) { p = i; break; }
    if (p < 0) continue;
    [a[r], a[p]] = [a[p]!, a[r]!];
    const piv = a[r]![c]!;
    for (let i = 0; i < a.length; i++) {
      if (i === r || a[i]![c] === 0n) continue;
      const f = a[i]![c]!;
      const row = a[i]!.map((x, k) => x * piv - f * a[r]![k]!);
      // keep numbers small: divide by the gcd of the row
      let g = 0n;
      for (const x of row) { let y = x < 0n ? -x : x; let z = g; while (y) [z, y] = [y, z % y]; g = z; }
      a[i] = g > 1n ? row.map((x) => x / g) : row;
    }
    r++;
  }
  return r;
}

/** Augmented grid of a table: rows + column-totals row, cols + row-totals column. */
function grid(t: SuppressedTable): SuppressedCount[][] {
  const g = t.cells.map((r, i) => [...r, t.rowTotals[i]!]);
  g.push([...t.colTotals, t.total]);
  return g;
}

/**
 * Suppressed cells that can be computed exactly from everything published by the tables together.
 * Unknowns: every suppressed cell; a row total / grand total is ONE unknown shared by all tables
 * ("T<i>"), known (fixed) as soon as any table shows it. Equations: every row line and column line
 * of every table. A cell is recoverable iff its unit vector lies in the row space of the equations.
 * Returns "t<k>:<i>,<j>" (table k, augmented coordinates) or "T<i>" for shared totals.
 */
function jointRecoverable(tables: SuppressedTable[]): string[] {
  const R = tables[0]!.rows.length;
  const ids = new Map<string, number>();
  const id = (k: number, i: number, j: number, C: number) => {
    const key = j === C ? `T${i}` : `t${k}:${i},${j}`;
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  };
  const eqs: Map<number, number>[] = [];
  const known = new Set<number>();
  const hidden = new Set<string>();
  tables.forEach((t, k) => {
    const C = t.cols.length;
    const g = grid(t);
    for (let i = 0; i <= R; i++) {
      for (let j = 0; j <= C; j++) if (g[i]![j]!.suppressed) { id(k, i, j, C); hidden.add(j === C ? `T${i}` : `t${k}:${i},${j}`); }
    }
    for (let i = 0; i <= R; i++) if (!g[i]![C]!.suppressed) known.add(id(k, i, C, C));
    // row line i: Σ_j<C x(i,j) − x(i,C) = 0 ; column line j: Σ_i<R x(i,j) − x(R,j) = 0 (known terms dropped)
    for (let i = 0; i <= R; i++) {
      const e = new Map<number, number>();
      for (let j = 0; j <= C; j++) if (g[i]![j]!.suppressed) e.set(id(k, i, j, C), j === C ? -1 : 1);
      eqs.push(e);
    }
    for (let j = 0; j <= C; j++) {
      const e = new Map<number, number>();
      for (let i = 0; i <= R; i++) if (g[i]![j]!.suppressed) e.set(id(k, i, j, C), i === R ? -1 : 1);
      eqs.push(e);
    }
  });
  const n = ids.size;
  const dense = (e: Map<number, number>) => Array.from({ length: n }, (_, q) => e.get(q) ?? 0);
  const m = [...eqs.map(dense), ...[...known].map((q) => dense(new Map([[q, 1]])))];
  const base = rank(m);
  const out: string[] = [];
  for (const [key, q] of ids) {
    if (!hidden.has(key)) continue;
    if (rank([...m, dense(new Map([[q, 1]]))]) === base) out.push(key);
  }
  return out.sort();
}

/** Suppression state of the row totals (and grand total, last) of each table. */
const totalsState = (t: SuppressedTable) => [...t.rowTotals.map((c) => c.suppressed), t.total.suppressed];

const labels = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);

/** Random table with R rows and C columns; small counts are frequent. */
function randomValues(rand: () => number, R: number, C: number): number[][] {
  return Array.from({ length: R }, () => Array.from({ length: C }, () => {
    const x = rand();
    return x < 0.25 ? 0 : x < 0.55 ? 1 + Math.floor(rand() * 4) : 5 + Math.floor(rand() * 60);
  }));
}

/** Splits each row total of `base` into C random non-negative parts (a second table with the same row totals). */
function resplit(rand: () => number, base: number[][], C: number): number[][] {
  return base.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    const parts = new Array<number>(C).fill(0);
    for (let u = 0; u < total; u++) {
      // skewed split so that small parts are common
      const j = C === 1 || rand() < 0.7 ? 0 : 1 + Math.floor(rand() * (C - 1));
      parts[j]! += 1;
    }
    return parts;
  });
}

const YEARS = ['2021', '2022'];
const SEX = ['Mujer', 'Hombre'];
const AGE = ['Menores', 'Adultos', 'No especificado'];
// Same victims per year (37, 39) and grand total (76) in both tables.
const BY_SEX = [[37, 0], [3, 36]];
const BY_AGE = [[22, 6, 9], [23, 9, 7]];
const texts = (t: SuppressedTable) => grid(t).map((r) => r.map((c) => c.text));

describe('suppressLinkedTables', () => {
  it('ejemplo: suprimidas por separado, la tabla por edad revela los totales por año que oculta la tabla por sexo', () => {
    const sex = suppressTable(YEARS, SEX, BY_SEX, 5);
    const age = suppressTable(YEARS, AGE, BY_AGE, 5);
    // each table alone is safe…
    expect(jointRecoverable([sex])).toEqual([]);
    expect(jointRecoverable([age])).toEqual([]);
    // …but 2021 and 2022 are «C» by sex and printed by age: 37 and 39, and then Mujeres 2021 = 37
    expect(texts(sex)).toEqual([['C', '0', 'C'], ['<5', 'C', 'C'], ['C', 'C', '76']]);
    expect(texts(age)).toEqual([['22', '6', '9', '37'], ['23', '9', '7', '39'], ['45', '15', '16', '76']]);
    expect(jointRecoverable([sex, age])).toEqual(['T0', 'T1', 't0:0,0']);
  });

  it('ejemplo: suprimidas juntas, los totales ocultos en una tabla se ocultan en la otra y nada se deduce', () => {
    const [sex, age] = suppressLinkedTables([{ rows: YEARS, cols: SEX, values: BY_SEX }, { rows: YEARS, cols: AGE, values: BY_AGE }], 5) as [SuppressedTable, SuppressedTable];
    expect(texts(sex)).toEqual([['C', '0', 'C'], ['<5', 'C', 'C'], ['C', 'C', '76']]);
    expect(texts(age)).toEqual([['22', 'C', 'C', 'C'], ['23', 'C', 'C', 'C'], ['45', '15', '16', '76']]);
    expect(totalsState(sex)).toEqual(totalsState(age));
    expect(jointRecoverable([sex, age])).toEqual([]);
    // the values are kept (never printed) and the text of every visible cell is the es-MX number
    expect(age.rowTotals.map((c) => c.value)).toEqual([37, 39]);
  });

  it('sin supresión en ninguna tabla no cambia nada respecto de suppressTable', () => {
    const a = [[10, 20], [30, 40]], b = [[15, 15], [35, 35]];
    const [la, lb] = suppressLinkedTables([{ rows: YEARS, cols: SEX, values: a }, { rows: YEARS, cols: ['x', 'y'], values: b }], 5);
    expect(la).toEqual(suppressTable(YEARS, SEX, a, 5));
    expect(lb).toEqual(suppressTable(YEARS, ['x', 'y'], b, 5));
  });

  it('rechaza tablas con filas o totales por fila distintos', () => {
    expect(() => suppressLinkedTables([{ rows: YEARS, cols: SEX, values: BY_SEX }, { rows: ['2021', '2023'], cols: AGE, values: BY_AGE }], 5)).toThrow(/mismas filas/);
    expect(() => suppressLinkedTables([{ rows: YEARS, cols: SEX, values: BY_SEX }, { rows: YEARS, cols: AGE, values: [[22, 6, 9], [23, 9, 8]] }], 5)).toThrow(/total de la fila «2022» difiere/);
  });

  it('suppressTable con celdas forzadas: la celda forzada se oculta («C») y queda protegida', () => {
    const t = suppressTable(YEARS, SEX, [[10, 20], [30, 40]], 5, { forced: [[0, 2]] });
    expect(t.rowTotals[0]).toMatchObject({ suppressed: true, text: SECONDARY_TEXT });
    expect(jointRecoverable([t])).toEqual([]);
    // a forced zero is not suppressed (a true zero is not disclosive)
    expect(suppressTable(YEARS, SEX, [[10, 0], [30, 40]], 5, { forced: [[0, 1]] }).cells[0]![1]!.text).toBe('0');
    expect(() => suppressTable(YEARS, SEX, [[10, 20], [30, 40]], 5, { forced: [[3, 0]] })).toThrow(/fuera de la tabla/);
  });

  it('fuerza bruta: mismos totales ocultos en todas las tablas y ninguna celda deducible de la unión de ecuaciones', () => {
    const rand = rng(20250611);
    let pairs = 0, leakedAlone = 0, suppressedCells = 0;
    for (let n = 0; n < 300; n++) {
      const R = 1 + Math.floor(rand() * 7);
      const Ca = 1 + Math.floor(rand() * 3), Cb = 1 + Math.floor(rand() * 4);
      const a = randomValues(rand, R, Ca);
      const b = resplit(rand, a, Cb);
      const inputs = [{ rows: labels('y', R), cols: labels('s', Ca), values: a }, { rows: labels('y', R), cols: labels('e', Cb), values: b }];
      // sometimes a third linked table (e.g. another breakdown of the same years)
      if (n % 3 === 0) inputs.push({ rows: labels('y', R), cols: labels('m', 2), values: resplit(rand, a, 2) });
      const linked = suppressLinkedTables(inputs, 5);
      const alone = inputs.map((t) => suppressTable(t.rows, t.cols, t.values, 5));
      if (jointRecoverable(alone).length) leakedAlone++;
      pairs++;
      const ctx = `caso ${n}: ${JSON.stringify(inputs.map((t) => t.values))}`;
      for (const t of linked) {
        expect(totalsState(t), ctx).toEqual(totalsState(linked[0]!));
        for (const row of grid(t)) {
          for (const c of row) {
            if (c.value === 0) expect(c.text, ctx).toBe('0');
            if (c.value > 0 && c.value < 5) expect(c.text, ctx).toBe('<5');
            if (!c.suppressed) expect(c.text, ctx).toBe(formatNumber(c.value));
            if (c.suppressed && c.value >= 5) expect(c.text, ctx).toBe(SECONDARY_TEXT);
            if (c.suppressed) suppressedCells++;
          }
        }
        // each table on its own is still safe (forced cells are protected like any other)
        expect(jointRecoverable([t]), ctx).toEqual([]);
      }
      expect(jointRecoverable(linked), ctx).toEqual([]);
    }
    expect(pairs).toBe(300);
    // the generator does produce cases where separate suppression leaks
    expect(leakedAlone).toBeGreaterThanOrEqual(10);
    expect(suppressedCells).toBeGreaterThan(1000);
  });
});
