/**
 * {{lista items}} → "a, b y c" (each item escaped); {{lista items "o"}} → "a, b o c".
 * `campo="label"` takes that field of each object; `etiqueta="etapa"` maps vocabulary keys
 * to labels; `minusculas=true` lowers the first letter of each item; `comillas=true` puts each
 * item in «» (names that hold «y» or commas themselves: «detección comunitaria y por organizaciones»).
 */
import type { HelperOptions } from 'handlebars';
import { formatList } from '../../../util/format-es.js';
import { escapeMarkdown } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';
import { label, lowerFirst } from './etiqueta.js';
import { printable } from './md.js';

export function listItems(helper: string, items: unknown, options: HelperOptions): string[] {
  if (!Array.isArray(items)) fail(helper, options, `se esperaba una lista y se recibió ${describe(items)}`);
  const field = options.hash.campo;
  const vocab = options.hash.etiqueta;
  const lower = options.hash.minusculas === true;
  return items.map((it: unknown) => {
    let v = it;
    if (typeof field === 'string') {
      if (v === null || typeof v !== 'object' || !(field in v)) fail(helper, options, `un elemento de la lista no tiene el campo «${field}»`);
      v = (v as Record<string, unknown>)[field];
    }
    let s = vocab !== undefined ? label(helper, vocab, v, options) : printable(helper, v, options);
    if (lower) s = lowerFirst(s);
    return escapeMarkdown(s);
  });
}

export function lista(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const conj = params[1] ?? 'y';
  if (conj !== 'y' && conj !== 'o') fail('lista', options, 'la conjunción debe ser "y" u "o"');
  const items = listItems('lista', params[0], options);
  if (items.length === 0) {
    const empty = options.hash.vacio;
    if (typeof empty !== 'string') fail('lista', options, 'la lista está vacía; use {{#if …}} o indique vacio="…"');
    return escapeMarkdown(empty);
  }
  if (options.hash.comillas !== true) return formatList(items, conj);
  // «e»/«u» before the last item depend on its first word, not on the opening guillemet.
  const last = items.length - 1;
  if (last === 0) return `«${items[0]}»`;
  const word = /^x (\S+) /.exec(formatList(['x', items[last]!], conj))?.[1] ?? conj;
  return `${items.slice(0, last).map((s) => `«${s}»`).join(', ')} ${word} «${items[last]}»`;
}
