/**
 * Markdown escaping (not HTML escaping) for data values interpolated into the report's
 * Markdown twin. The goal is that a value prints EXACTLY as typed once the Markdown is
 * parsed (remark-parse + remark-gfm) and compiled to DOCX: an organisation named
 * `Refugio "Alas" & Casa | *Luz* <A.C.>` must not become emphasis, a table column, raw
 * HTML or an entity.
 *
 * Only characters that could be interpreted are backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation), so the twin stays readable for reviewers.
 * Newlines inside a value are folded into spaces: a value never opens a new block.
 */

/** Always interpreted somewhere inline: escape everywhere. */
const ALWAYS = /[\\`*_[\]|~]/g;

// Templates escape the same data values over and over (names, labels, counts: a state's report
// escapes ~20,000 values, ~15 ms of regular expressions per build): answers are kept, all
// dropped past a bound.
const escapedBlock = new Map<string, string>();
const escapedInline = new Map<string, string>();
const KEPT = 50_000;

export function escapeMarkdown(value: string, { blockStart = true } = {}): string {
  const kept = blockStart ? escapedBlock : escapedInline;
  let s = kept.get(value);
  if (s === undefined) {
    if (kept.size >= KEPT) kept.clear();
    kept.set(value, (s = escapeUncached(value, blockStart)));
  }
  return s;
}

function escapeUncached(value: string, blockStart: boolean): string {
  let s = value.replace(/\s*[\r\n]+\s*/g, ' ');
  s = s.replace(ALWAYS, (c) => `\\${c}`);
  // `<` opens raw HTML or an autolink only before a letter, "/", "!" or "?".
  s = s.replace(/<(?=[A-Za-z/!?])/g, '\\<');
  // `&name;` / `&#123;` would be decoded as a character reference.
  s = s.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // `#` opens a heading at the start of a line and closes one after a space (`## Título #`).
  s = s.replace(/(^|\s)#/g, '$1\\#');
  // The twin's own syntax is data too: `@tbl:id`/`@fig:id` (cross-references) and a trailing
  // `{#tbl:id}`/`{-}` (attributes) resolve only when a template writes them unescaped (the
  // DOCX writer reads the source: ./source.ts).
  s = s.replace(/@(?=(?:tbl|fig):)/g, '\\@');
  s = s.replace(/\{(?=\s*[-.#])/g, '\\{');
  // A bare URL is read raw by GFM's autolink syntax (escapes inside its path would print as
  // backslashes): break the syntax; GFM's text pass may still link it, with its text.
  s = s.replace(/([A-Za-z])(:\/\/)/g, '$1\\$2');
  s = s.replace(/(^|[^\w.])(www)\./gi, '$1$2\\.');
  if (!blockStart) return s;
  // Leading spaces would make an indented code block (four) or nothing (fewer): drop them.
  s = s.replace(/^[ \t]+/, '');
  // At the start of the value (which may be the start of a line): block markers
  // (quote, list item, setext underline, thematic break, ordered list item).
  s = s.replace(/^>/, '\\>');
  s = s.replace(/^([-+])(?=\s|$|-)/, '\\$1');
  s = s.replace(/^=/, '\\=');
  s = s.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  // A paragraph opening with `Tabla:`, `Figura:`, `Fuente:` or `Nota:` is a caption or a source line.
  s = s.replace(/^(\s*(?:Tabla|Figura|Fuentes?|Notas?)):/, '$1\\:');
  return s;
}

/** A GFM table cell: escaped like inline text; pipes are already escaped, empty → "—". */
export function escapeTableCell(value: string): string {
  const s = escapeMarkdown(value, { blockStart: false }).trim();
  return s === '' ? '—' : s;
}

/** Identifiers used in `{#tbl:id}`, `{#fig:id}`, `@tbl:id` and `grafica:id`. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
