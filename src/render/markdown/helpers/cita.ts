/**
 * {{cita extracto}}: a consented quotation (analysis `Excerpt`, only from interviews with
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
  if (e === null || typeof e !== 'object' || typeof e.text !== 'string' || typeof e.sectorLabel !== 'string') {
    fail('cita', options, `se esperaba un extracto con consentimiento (Excerpt del análisis) y se recibió ${describe(e)}`);
  }
  const text = e.text.trim().replace(/^["“«]+|["”»]+$/g, '').trim();
  if (text === '') fail('cita', options, 'el extracto está vacío');
  const attribution = typeof e.attribution === 'string' && e.attribution.trim() !== ''
    ? e.attribution.trim()
    : `Persona entrevistada, ${e.sectorLabel}`;
  return `\n\n> “${escapeMarkdown(text)}”\n>\n> — ${escapeMarkdown(attribution)}\n\n`;
}
