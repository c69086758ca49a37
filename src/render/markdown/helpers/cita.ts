/**
 * {{cita c}}: a consented quotation (the view's `Cita`, src/render/markdown/vista.ts; only from interviews with
 * consentimiento_cita = sí) as a blockquote, in quotation marks, attributed to the sector of
 * the institution — never a name nor a position:
 *
 *     > “…”
 *     >
 *     > — Persona entrevistada, Gobierno estatal (entrevista 3)
 */
import { escapeMarkdown } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';

export function cita(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const e = params[0] as Record<string, unknown> | null | undefined;
  if (e === null || typeof e !== 'object' || typeof e.texto !== 'string' || typeof e.sector_nombre !== 'string') {
    fail('cita', options, `se esperaba una cita con consentimiento (una de las «citas» del análisis) y se recibió ${describe(e)}`);
  }
  const text = e.texto.trim().replace(/^["“«]+|["”»]+$/g, '').trim();
  if (text === '') fail('cita', options, 'el extracto está vacío');
  const attribution = typeof e.atribucion === 'string' && e.atribucion.trim() !== ''
    ? e.atribucion.trim()
    : `Persona entrevistada, ${e.sector_nombre}`;
  return `\n\n> “${escapeMarkdown(text)}”\n>\n> — ${escapeMarkdown(attribution)}\n\n`;
}
