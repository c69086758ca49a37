/**
 * Spanish grammar for generated sentences:
 * {{separador @index (longitud lista)}} → ", " between items, " y " before the last one, "" after it;
 * {{con_articulo nombre "a"}} → "a la Comisión …" / "al Consejo …" (article chosen by the first word);
 * {{variante n "Texto A" "Texto B" …}} → one of the texts, by n (e.orden, @index): a sentence that
 * every stage or item needs is said in different ways, so the document repeats no stock sentence.
 */
import { escapeMarkdown } from '../escape.js';
import { articleFor } from '../../../util/format-es.js';
import { describe, fail, splitArgs } from '../errors.js';
import { printable } from './md.js';

export function separador(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const [i, n, conj] = params;
  if (typeof i !== 'number' || typeof n !== 'number') fail('separador', options, `se esperaba {{separador @index (longitud lista)}} y se recibió ${describe(i)}, ${describe(n)}`);
  if (i >= n - 1) return '';
  return i === n - 2 ? ` ${typeof conj === 'string' ? conj : 'y'} ` : ', ';
}

/** {{oracion texto}} → the text ending in exactly one period (data often brings its own). */
export function oracion(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const text = printable('oracion', params[0], options).trim().replace(/[.\s]+$/, '');
  return `${escapeMarkdown(text, { blockStart: false })}.`;
}

export function con_articulo(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const name = printable('con_articulo', params[0], options).trim();
  const prep = params[1];
  if (prep !== undefined && prep !== 'a' && prep !== 'de' && prep !== 'por' && prep !== 'en' && prep !== 'con') {
    fail('con_articulo', options, 'la preposición debe ser "a", "de", "por", "en" o "con"');
  }
  return `${articleFor(name, prep)} ${escapeMarkdown(name, { blockStart: false })}`;
}

export function variante(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const [n, ...texts] = params;
  if (typeof n !== 'number' || !Number.isInteger(n)) fail('variante', options, `se esperaba un número entero (p. ej., e.orden o @index) y se recibió ${describe(n)}`);
  if (texts.length < 2 || texts.some((t) => typeof t !== 'string')) fail('variante', options, 'se esperaban al menos dos textos entre comillas (o con concat)');
  const k = texts.length;
  return escapeMarkdown(texts[((n % k) + k) % k] as string, { blockStart: false });
}
