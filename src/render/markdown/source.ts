/**
 * What the Markdown source says at a node (used by the DOCX writer and by narrative.ts), for
 * syntax that the mdast tree cannot tell from data: `\@tbl:x` (escaped by the Markdown escaper, src/render/markdown/escape.ts) and `@tbl:x`
 * are the same text node, but only the second is a cross-reference; likewise `\{#tbl:x}`,
 * `Tabla\:`. Data is data: only what a template (or a narrative) wrote unescaped is syntax.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** The source text of a node (its position's offsets in the file), or undefined. */
export function sourceOf(file: VFile | undefined, node: Node | undefined): string | undefined {
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  if (file === undefined || start === undefined || end === undefined || typeof file.value !== 'string') return undefined;
  return file.value.slice(start, end);
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/**
 * For each occurrence of `char` in a text node's value, in order: whether the source wrote it
 * literally (true) or as a backslash escape or a character reference (false). Undefined when
 * the source is unknown (then every occurrence counts as literal, as before).
 */
export function literalOccurrences(source: string | undefined, char: string): boolean[] | undefined {
  if (source === undefined) return undefined;
  const out: boolean[] = [];
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && ASCII_PUNCTUATION.test(source[i + 1]!)) {
      if (source[i + 1] === char) out.push(false);
      i += 2;
      continue;
    }
    if (c === '&') {
      const m = CHARACTER_REFERENCE.exec(source.slice(i, i + 40));
      if (m) {
        const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
        const named = m[3] === 'commat' ? '@' : m[3] === 'lbrace' || m[3] === 'lcub' ? '{' : m[3] === 'colon' ? ':' : undefined;
        if ((code !== undefined && String.fromCodePoint(code) === char) || named === char) out.push(false);
        i += m[0].length;
        continue;
      }
    }
    if (c === char) out.push(true);
    i++;
  }
  return out;
}
