/**
 * {{conteo x}}: the ONLY way a template prints a count of victims. It takes a count after
 * small-cell suppression (SuppressedCount from src/privacy/suppress.ts, exposed to templates
 * as a `Conteo`) and prints its text ("1,234", "<5", "C"). A raw number is refused.
 */
import { Conteo } from '../conteo.js';
import { escapeMarkdown } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';

export function conteo(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const c = params[0];
  if (typeof c === 'number') {
    fail('conteo', options, 'recibió un número sin supresión; los conteos de víctimas deben venir del análisis como conteos con supresión (SuppressedCount)');
  }
  if (!(c instanceof Conteo)) fail('conteo', options, `se esperaba un conteo con supresión (SuppressedCount) y se recibió ${describe(c)}`);
  return escapeMarkdown(c.texto);
}
