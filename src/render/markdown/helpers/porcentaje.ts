/**
 * {{porcentaje parte total}} → "12.5 %" ("—" when the total is 0). Accepts numbers or
 * victim counts (Conteo); a suppressed count gives "—" so the percentage cannot reveal it.
 */
import { formatPercent } from '../../../util/format-es.js';
import { Conteo, visibleValue } from '../conteo.js';
import { fail, splitArgs } from '../errors.js';
import { requireNumber } from './numero.js';

export function porcentaje(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const [part, whole] = params;
  const decimals = options.hash.decimales ?? 1;
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 4) fail('porcentaje', options, 'decimales debe ser un entero entre 0 y 4');
  const value = (v: unknown, what: string): number | null => {
    if (v instanceof Conteo) return visibleValue(v);
    return requireNumber('porcentaje', v, options, what);
  };
  const p = value(part, 'la parte (un número)');
  const w = value(whole, 'el total (un número)');
  if (p === null || w === null) return '—';
  return formatPercent(p, w, decimals);
}
