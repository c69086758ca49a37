/**
 * Interval audit of published tables (disclosure control): for every hidden quantity, the range
 * of values it can still take given EVERYTHING that is published with it — visible cells, row and
 * column totals, the grand total, percentages (a percentage printed with d decimals is an
 * interval), chart data — and the public rules of suppression («<5» means 1 to 4, «C» means at
 * least 5, a printed 0 is exact).
 *
 * The attacker's knowledge is a system of linear constraints over the hidden quantities; the
 * feasible interval of each one is [min, max] of two linear programmes (javascript-lp-solver).
 * For the tables of this project (row/column sums of one table, or several tables sharing their
 * row totals) the constraint matrix is a network matrix, so the LP bounds are integers and exact;
 * with percentage constraints the bounds are rounded inwards (ceil/floor), which is exact for the
 * integer hull's bounds only when those are LP vertices — good enough for an audit, since the
 * suppression never publishes percentages of hidden cells (see docs/privacidad.md).
 *
 * This module knows nothing of tables: `src/privacy/suppress.ts` builds the model from what it
 * publishes, and the tests build it from what they parse back from the DOCX, the twin and the deck.
 */
import solver from 'javascript-lp-solver';
import { projectRoot } from '../config/project.js';
import { DiskCache } from '../util/disk-cache.js';

/** A hidden quantity and what the printed label alone says of it. */
export interface HiddenVar {
  id: string;
  lower: number;
  /** Infinity when the label gives no upper bound. */
  upper: number;
}

/** lower ≤ Σ coef·var + constant ≤ upper (either bound may be omitted). */
export interface LinearConstraint {
  terms: [string, number][];
  constant?: number;
  lower?: number;
  upper?: number;
}

export interface AuditModel {
  vars: HiddenVar[];
  constraints: LinearConstraint[];
}

export interface Interval {
  lo: number;
  /** Infinity when unbounded. */
  hi: number;
}

const EPS = 1e-6;

/**
 * On-disk cache of the LP bounds (src/util/disk-cache.ts, folder `auditoria`): `feasibleIntervals` is
 * a pure function of the attacker's model (what is published, never the true values) and the
 * solver's code, all in the key. A model whose values are inconsistent throws and stores nothing.
 */
const boundsCache = new DiskCache({
  folder: 'auditoria',
  code: ['privacy/audit.ts'],
  packages: ['javascript-lp-solver'],
  root: projectRoot,
});

/** Integer feasible interval of every hidden variable (of those in `only`, when given); throws when the published values are inconsistent. */
export function feasibleIntervals(model: AuditModel, only?: ReadonlySet<string>): Map<string, Interval> {
  if (!model.vars.length) return new Map();
  return boundsCache.jsonSync('intervalos', [model, only ? [...only].sort() : null], () => solveIntervals(model, only), {
    // JSON has no Infinity: an unbounded interval is stored with `hi: null`.
    encode: (m) => [...m].map(([id, iv]): [string, number, number | null] => [id, iv.lo, Number.isFinite(iv.hi) ? iv.hi : null]),
    decode: (rows) => new Map(rows.map(([id, lo, hi]) => [id, { lo, hi: hi ?? Infinity }])),
  });
}

function solveIntervals(model: AuditModel, only?: ReadonlySet<string>): Map<string, Interval> {
  const out = new Map<string, Interval>();
  if (!model.vars.length) return out;
  // Variables and constraints get neutral names (v0, c0…) so that no id can clash with the solver's keys.
  const index = new Map(model.vars.map((v, k) => [v.id, k]));
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const columns: Record<string, Record<string, number>> = {};
  model.vars.forEach((v, k) => {
    const col: Record<string, number> = {};
    if (v.lower > 0) { constraints[`lb${k}`] = { min: v.lower }; col[`lb${k}`] = 1; }
    if (Number.isFinite(v.upper)) { constraints[`ub${k}`] = { max: v.upper }; col[`ub${k}`] = 1; }
    columns[`v${k}`] = col;
  });
  model.constraints.forEach((c, n) => {
    const shift = c.constant ?? 0;
    const bound: { min?: number; max?: number; equal?: number } = {};
    if (c.lower !== undefined && c.upper !== undefined && c.lower === c.upper) bound.equal = c.lower - shift;
    else {
      if (c.lower !== undefined) bound.min = c.lower - shift;
      if (c.upper !== undefined) bound.max = c.upper - shift;
    }
    if (!c.terms.length) {
      const ok = (bound.equal === undefined || Math.abs(bound.equal) < EPS) && (bound.min === undefined || bound.min <= EPS) && (bound.max === undefined || bound.max >= -EPS);
      if (!ok) throw new Error(`auditoría de supresión: los valores publicados no son coherentes (restricción ${n + 1})`);
      return;
    }
    constraints[`c${n}`] = bound;
    for (const [id, coef] of c.terms) {
      const k = index.get(id);
      if (k === undefined) throw new Error(`auditoría de supresión: variable desconocida «${id}»`);
      const col = columns[`v${k}`]!;
      col[`c${n}`] = (col[`c${n}`] ?? 0) + coef;
    }
  });
  const solve = (k: number, opType: 'min' | 'max') => {
    const variables: Record<string, Record<string, number>> = {};
    for (const [name, col] of Object.entries(columns)) variables[name] = { ...col, obj: name === `v${k}` ? 1 : 0 };
    return solver.Solve({ optimize: 'obj', opType, constraints, variables } as Parameters<typeof solver.Solve>[0]) as unknown as { feasible: boolean; bounded?: boolean; result: number };
  };
  model.vars.forEach((v, k) => {
    if (only && !only.has(v.id)) return;
    const lo = solve(k, 'min');
    if (!lo.feasible) throw new Error('auditoría de supresión: los valores publicados no son coherentes (sistema sin solución)');
    const hi = solve(k, 'max');
    const upper = hi.bounded === false || !Number.isFinite(hi.result) ? Infinity : Math.floor(hi.result + EPS);
    out.set(v.id, { lo: Math.ceil(lo.result - EPS), hi: upper });
  });
  return out;
}

/**
 * One published count, as a reader sees it: a number, or a suppression label. `key` identifies the
 * quantity across tables (a year's total printed in two tables is one quantity).
 */
export type PublishedValue =
  | { key: string; kind: 'shown'; value: number }
  | { key: string; kind: 'primary' }
  | { key: string; kind: 'secondary' };

/** A published table: its augmented grid (last row = column totals, last column = row totals). */
export interface PublishedTable {
  grid: PublishedValue[][];
}

/** A percentage printed with `decimals` decimals: 100·part/whole ∈ [p − ½·10^−d, p + ½·10^−d]. */
export interface PublishedPercentage {
  part: PublishedValue;
  whole: PublishedValue;
  percent: number;
  decimals: number;
}

/** What the rules of suppression say of a label (threshold T): «<T» ∈ [1, T−1], «C» ∈ [T, ∞). */
export function labelBounds(kind: 'primary' | 'secondary', threshold: number): { lower: number; upper: number } {
  return kind === 'primary' ? { lower: 1, upper: threshold - 1 } : { lower: threshold, upper: Infinity };
}

/** The attacker's model of published tables (and percentages) under the suppression rules. */
export function modelOf(tables: PublishedTable[], threshold: number, percentages: PublishedPercentage[] = []): AuditModel {
  const vars = new Map<string, HiddenVar>();
  const known = new Map<string, number>();
  const note = (p: PublishedValue) => {
    if (p.kind === 'shown') {
      const prev = known.get(p.key);
      if (prev !== undefined && prev !== p.value) throw new Error(`auditoría de supresión: «${p.key}» se publica con dos valores (${prev} y ${p.value})`);
      known.set(p.key, p.value);
    } else if (!vars.has(p.key)) {
      vars.set(p.key, { id: p.key, ...labelBounds(p.kind, threshold) });
    }
  };
  for (const t of tables) for (const row of t.grid) for (const p of row) note(p);
  for (const pc of percentages) { note(pc.part); note(pc.whole); }
  // A quantity shown anywhere is known everywhere.
  for (const k of known.keys()) vars.delete(k);
  const constraints: LinearConstraint[] = [];
  /** Σ coef·value as unknown terms plus the constant of the values already known. */
  const linear = (items: [PublishedValue, number][]) => {
    const terms: [string, number][] = [];
    let constant = 0;
    for (const [p, coef] of items) {
      const v = known.get(p.key);
      if (v !== undefined) constant += coef * v;
      else terms.push([p.key, coef]);
    }
    return { terms, constant };
  };
  /** Σ cells − total = 0 over one line. */
  const line = (cells: PublishedValue[], total: PublishedValue) => {
    constraints.push({ ...linear([...cells.map((c): [PublishedValue, number] => [c, 1]), [total, -1]]), lower: 0, upper: 0 });
  };
  for (const { grid } of tables) {
    const R = grid.length - 1;
    const C = grid[0]!.length - 1;
    for (let i = 0; i <= R; i++) line(grid[i]!.slice(0, C), grid[i]![C]!);
    for (let j = 0; j <= C; j++) line(grid.slice(0, R).map((r) => r[j]!), grid[R]![j]!);
  }
  for (const pc of percentages) {
    const half = 0.5 * 10 ** -pc.decimals;
    // 100·part − (p ± half)·whole ≷ 0
    for (const [bound, factor] of [['lower', pc.percent - half], ['upper', pc.percent + half]] as const) {
      constraints.push({ ...linear([[pc.part, 100], [pc.whole, -factor]]), [bound]: 0 });
    }
  }
  return { vars: [...vars.values()], constraints };
}

export interface CellAudit {
  key: string;
  kind: 'primary' | 'secondary';
  interval: Interval;
  /** The widest interval possible given the labels alone (everything non-zero hidden). */
  attainable: Interval;
  safe: boolean;
}

/**
 * The rule (docs/privacidad.md):
 * - no hidden quantity may be determined exactly (lo = hi), and
 * - a primary cell («<T») must keep every value from 1 to T−1 possible: what is published may not
 *   narrow it beyond what the labels themselves already imply (`attainable`, e.g. two «<5» under a
 *   total «<5» are at most 3 each whatever else is printed).
 * `attainable` comes from the same tables with every non-zero quantity hidden under its label.
 */
export function judge(kind: 'primary' | 'secondary', interval: Interval, attainable: Interval): boolean {
  if (kind === 'primary') return interval.lo <= attainable.lo && interval.hi >= attainable.hi;
  return interval.hi > interval.lo || attainable.hi === attainable.lo;
}

/** Every non-zero quantity hidden under its label: the least a reader can know. */
function fullyHidden(tables: PublishedTable[], values: Map<string, number>, threshold: number): PublishedTable[] {
  return tables.map((t) => ({
    grid: t.grid.map((row) => row.map((p): PublishedValue => {
      const v = p.kind === 'shown' ? p.value : values.get(p.key);
      if (v === undefined) throw new Error(`auditoría de supresión: falta el valor de «${p.key}»`);
      if (v === 0) return { key: p.key, kind: 'shown', value: 0 };
      return { key: p.key, kind: v < threshold ? 'primary' : 'secondary' };
    })),
  }));
}

/** Intervals with every non-zero quantity hidden: the widest any publication can leave. */
export function attainableIntervals(tables: PublishedTable[], values: Map<string, number>, threshold: number): Map<string, Interval> {
  return feasibleIntervals(modelOf(fullyHidden(tables, values, threshold), threshold));
}

/**
 * Audits published tables. `values` gives the true value of every hidden key (needed only to work
 * out the attainable intervals; never printed).
 */
export function auditTables(
  tables: PublishedTable[], values: Map<string, number>, threshold: number, percentages: PublishedPercentage[] = [],
  widest: Map<string, Interval> = attainableIntervals(tables, values, threshold),
): CellAudit[] {
  const model = modelOf(tables, threshold, percentages);
  if (!model.vars.length) return [];
  const intervals = feasibleIntervals(model);
  const kinds = new Map<string, 'primary' | 'secondary'>();
  for (const t of tables) for (const row of t.grid) for (const p of row) if (p.kind !== 'shown') kinds.set(p.key, p.kind);
  for (const pc of percentages) for (const p of [pc.part, pc.whole]) if (p.kind !== 'shown') kinds.set(p.key, p.kind);
  return model.vars.map((v) => {
    const interval = intervals.get(v.id)!;
    const attainable = widest.get(v.id) ?? { lo: v.lower, hi: v.upper };
    const kind = kinds.get(v.id)!;
    return { key: v.id, kind, interval, attainable, safe: judge(kind, interval, attainable) };
  });
}

/** "[4, 4]", "[1, 4]", "[5, ∞)" — for reports and test messages. */
export function formatInterval(i: Interval): string {
  return Number.isFinite(i.hi) ? `[${i.lo}, ${i.hi}]` : `[${i.lo}, ∞)`;
}
