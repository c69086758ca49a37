/**
 * {{plural n "institución" "instituciones"}} → "14 instituciones" ("1 institución").
 * With a victim count (Conteo) it prints the count's text ("<5 víctimas"), plural when suppressed.
 * `solo_palabra=true` prints only the word.
 */
import { plural as pluralEs, formatNumber } from '../../../util/format-es.js';
import { Conteo, visibleValue } from '../conteo.js';
import { escapeMarkdown } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';
import { requireNumber } from './numero.js';

export function plural(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const [n, singular, pluralForm] = params;
  if (typeof singular !== 'string' || singular === '') fail('plural', options, `se esperaba la palabra en singular y se recibió ${describe(singular)}`);
  if (pluralForm !== undefined && typeof pluralForm !== 'string') fail('plural', options, `se esperaba la palabra en plural y se recibió ${describe(pluralForm)}`);
  const onlyWord = options.hash.solo_palabra === true;
  if (n instanceof Conteo) {
    const v = visibleValue(n);
    const word = pluralEs(v === 1 ? 1 : 2, singular, pluralForm).replace(/^\S+ /, '');
    return escapeMarkdown(onlyWord ? word : `${n.texto} ${word}`);
  }
  const count = requireNumber('plural', n, options);
  const text = pluralEs(count, singular, pluralForm);
  const word = text.slice(formatNumber(count).length + 1);
  return escapeMarkdown(onlyWord ? word : text);
}
