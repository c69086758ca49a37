/** {{fecha "2026-11-24"}} → "24 de noviembre de 2026"; {{mes_anio "2026-11-24"}} → "noviembre de 2026". */
import type { HelperOptions } from 'handlebars';
import { formatDate, formatMonthYear } from '../../../util/format-es.js';
import { describe, fail, splitArgs } from '../errors.js';

function isoDate(helper: string, v: unknown, options: HelperOptions): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) fail(helper, options, `se esperaba una fecha AAAA-MM-DD y se recibió ${describe(v)}`);
  return v;
}

export function fecha(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  return formatDate(isoDate('fecha', params[0], options));
}

export function mes_anio(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  return formatMonthYear(isoDate('mes_anio', params[0], options));
}
