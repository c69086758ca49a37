/**
 * {{titulo 2 "Barreras" etiqueta}} → "## Barreras …": a heading whose level is computed
 * (a partial used at different depths). Text parts are escaped and joined with a space;
 * `sin_numero=true` adds the writer's ` {-}` suffix (unnumbered heading).
 */
import { escapeMarkdown } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';
import { printable } from './md.js';

export function titulo(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const [level, ...parts] = params;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 6) fail('titulo', options, `el nivel debe ser un entero de 1 a 6 y es ${describe(level)}`);
  if (parts.length === 0) fail('titulo', options, 'falta el texto del título');
  const text = parts.map((p) => printable('titulo', p, options)).join(' ').trim();
  return `\n\n${'#'.repeat(level)} ${escapeMarkdown(text, { blockStart: false })}${options.hash.sin_numero === true ? ' {-}' : ''}\n\n`;
}
