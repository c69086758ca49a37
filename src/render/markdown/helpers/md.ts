/** {{md valor}}: a data value escaped for Markdown (what a plain {{valor}} does too). */
import type { HelperOptions } from 'handlebars';
import { escapeMarkdown } from '../escape.js';
import { Conteo } from '../conteo.js';
import { describe, fail, splitArgs } from '../errors.js';

/** The text of a printable scalar; refuses objects, lists, victim counts and missing values. */
export function printable(helper: string, v: unknown, options: HelperOptions, field?: string): string {
  const where = field ? ` (campo «${field}»)` : '';
  if (v instanceof Conteo) fail(helper, options, `${where ? `el campo «${field}» es` : 'recibió'} un conteo de víctimas con supresión; imprímalo con {{conteo …}}`);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'sí' : 'no';
  fail(helper, options, `no se puede imprimir ${describe(v)}${where}`);
}

export function md(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  return escapeMarkdown(printable('md', params[0], options));
}

/** Internal: what the engine substitutes for every escaped `{{path}}` (hash `campo` = the path). */
export function escapeValue(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const field = typeof options.hash.campo === 'string' ? options.hash.campo : undefined;
  return escapeMarkdown(printable(field ?? 'valor', params[0], options, field));
}
