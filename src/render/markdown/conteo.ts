/**
 * Victim counts reach the templates only as `Conteo` objects: the engine replaces every
 * SuppressedCount of the context (src/privacy/suppress.ts) by one. A `Conteo` exposes
 * `texto` and `suprimido` (the templates' Spanish names, src/render/markdown/vista.ts) but not
 * the value, so with Handlebars' strict mode `{{x.valor}}` is an error and `{{x}}` is refused:
 * the only way to print it is `{{conteo x}}`.
 */
import type { SuppressedCount } from '../../privacy/suppress.js';

const hidden = new WeakMap<Conteo, number | null>();

export class Conteo {
  /** What to print: the es-MX number, or "<5" / "C" when suppressed. */
  readonly texto: string;
  readonly suprimido: boolean;
  constructor(c: { value: number | null; suppressed: boolean; text: string }) {
    this.texto = c.text;
    this.suprimido = c.suppressed;
    hidden.set(this, c.suppressed ? null : c.value);
    Object.freeze(this);
  }
}

/** The value of a count that is NOT suppressed (null when suppressed): for grammar only (singular/plural). */
export function visibleValue(c: Conteo): number | null {
  return hidden.get(c) ?? null;
}

export function isSuppressedCount(x: unknown): x is SuppressedCount | { value: number | null; suppressed: boolean; text: string } {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const o = x as Record<string, unknown>;
  return (
    'value' in o && 'suppressed' in o && 'text' in o &&
    (typeof o.value === 'number' || o.value === null) && typeof o.suppressed === 'boolean' && typeof o.text === 'string'
  );
}

/**
 * Deep copy of plain data with every SuppressedCount replaced by a `Conteo`. Objects are
 * frozen so a helper cannot alter what another chapter prints.
 */
export function maskCounts<T>(x: T, seen = new Map<object, unknown>()): T {
  if (x === null || typeof x !== 'object') return x;
  if (x instanceof Conteo) return x;
  if (seen.has(x)) return seen.get(x) as T;
  if (isSuppressedCount(x)) {
    const c = new Conteo(x);
    seen.set(x, c);
    return c as T;
  }
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    seen.set(x, out);
    for (const v of x) out.push(maskCounts(v, seen));
    return Object.freeze(out) as T;
  }
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return x; // Dates, class instances: as they are
  const out: Record<string, unknown> = {};
  seen.set(x, out);
  for (const [k, v] of Object.entries(x)) out[k] = maskCounts(v, seen);
  return Object.freeze(out) as T;
}
