/**
 * Small logic helpers for sentence grammar and guards in templates:
 * {{#if (igual a b)}}, (mayor a b), (todos a b), (alguno a b), (negar a), (longitud lista),
 * (opcional objeto "campo") — an optional field without Handlebars' strict error —,
 * (concat "a" b …) and (minusculas texto) / (mayuscula_inicial texto).
 */
import { Conteo } from '../conteo.js';
import { escapeMarkdown } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';
import { lowerFirst } from './etiqueta.js';
import { requireNumber } from './numero.js';
import { printable } from './md.js';

export function igual(...raw: unknown[]): boolean {
  const { params, options } = splitArgs(raw);
  if (params.some((p) => p instanceof Conteo)) fail('igual', options, 'no se comparan conteos de víctimas');
  return params[0] === params[1];
}

export function mayor(...raw: unknown[]): boolean {
  const { params, options } = splitArgs(raw);
  return requireNumber('mayor', params[0], options) > requireNumber('mayor', params[1], options);
}

export function todos(...raw: unknown[]): boolean {
  const { params } = splitArgs(raw);
  return params.every((p) => (Array.isArray(p) ? p.length > 0 : !!p));
}

export function alguno(...raw: unknown[]): boolean {
  const { params } = splitArgs(raw);
  return params.some((p) => (Array.isArray(p) ? p.length > 0 : !!p));
}

export function negar(...raw: unknown[]): boolean {
  const { params } = splitArgs(raw);
  const p = params[0];
  return Array.isArray(p) ? p.length === 0 : !p;
}

export function longitud(...raw: unknown[]): number {
  const { params, options } = splitArgs(raw);
  const p = params[0];
  if (!Array.isArray(p)) fail('longitud', options, `se esperaba una lista y se recibió ${describe(p)}`);
  return p.length;
}

export function opcional(...raw: unknown[]): unknown {
  const { params, options } = splitArgs(raw);
  const [obj, field] = params;
  if (typeof field !== 'string') fail('opcional', options, 'se esperaba el nombre del campo entre comillas');
  if (obj === null || typeof obj !== 'object') fail('opcional', options, `se esperaba un objeto y se recibió ${describe(obj)}`);
  return (obj as Record<string, unknown>)[field];
}

/** Concatenates printable values (unescaped: the result is a parameter for another helper). */
export function concat(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  return params.map((p) => printable('concat', p, options)).join('');
}

export function minusculas(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  return escapeMarkdown(lowerFirst(printable('minusculas', params[0], options)));
}

export function mayuscula_inicial(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const s = printable('mayuscula_inicial', params[0], options);
  return escapeMarkdown(s.charAt(0).toLocaleUpperCase('es-MX') + s.slice(1));
}

/** (filtrar lista "campo" valor): the items whose field equals the value. */
export function filtrar(...raw: unknown[]): unknown[] {
  const { params, options } = splitArgs(raw);
  const [items, field, value] = params;
  if (!Array.isArray(items)) fail('filtrar', options, `se esperaba una lista y se recibió ${describe(items)}`);
  if (typeof field !== 'string') fail('filtrar', options, 'se esperaba el nombre del campo entre comillas');
  if (value instanceof Conteo) fail('filtrar', options, 'no se filtra por conteos de víctimas');
  return items.filter((it) => it !== null && typeof it === 'object' && (it as Record<string, unknown>)[field] === value);
}

/** (sin_ceros lista): the rows of a frequency table whose count `n` is not zero. */
export function sin_ceros(...raw: unknown[]): unknown[] {
  const { params, options } = splitArgs(raw);
  const items = params[0];
  if (!Array.isArray(items)) fail('sin_ceros', options, `se esperaba una lista y se recibió ${describe(items)}`);
  return items.filter((it) => {
    const n = it !== null && typeof it === 'object' ? (it as Record<string, unknown>).n : undefined;
    if (typeof n !== 'number') fail('sin_ceros', options, 'los elementos de la lista no tienen un conteo «n»');
    return n !== 0;
  });
}

/** (si condición a b): a when the condition holds, otherwise b ('' when b is omitted). */
export function si(...raw: unknown[]): unknown {
  const { params } = splitArgs(raw);
  const [cond, a, b] = params;
  const ok = Array.isArray(cond) ? cond.length > 0 : !!cond;
  return ok ? a : (b ?? '');
}
