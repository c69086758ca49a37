/** {{numero n}} → "1,234.5"; {{numero n 2}} fixes the decimals. Refuses victim counts (use {{conteo}}). */
import type { HelperOptions } from 'handlebars';
import { formatNumber } from '../../../util/format-es.js';
import { Conteo } from '../conteo.js';
import { describe, fail, splitArgs } from '../errors.js';

export function requireNumber(helper: string, v: unknown, options: HelperOptions, what = 'un número'): number {
  if (v instanceof Conteo) fail(helper, options, 'recibió un conteo de víctimas con supresión; esos conteos solo se imprimen con {{conteo …}}');
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(helper, options, `se esperaba ${what} y se recibió ${describe(v)}`);
  return v;
}

export function numero(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const n = requireNumber('numero', params[0], options);
  const d = params[1];
  if (d !== undefined && (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 4)) fail('numero', options, 'los decimales deben ser un entero entre 0 y 4');
  return formatNumber(n, d as number | undefined);
}
