/**
 * Greedy word wrap, the one used everywhere text is wrapped (deck boxes and tables, flowchart
 * boxes, lane headers and condition labels, chart category labels); each caller passes the
 * width function of its medium (`measure.ts`).
 *
 * Words are joined with single spaces while the line fits; a word wider than a whole line is
 * hard-broken where it stops fitting (only then, so that nothing is drawn outside its box).
 * Time is proportional to the text's length, whatever the text: an over-long token (a URL, a
 * 100,000-character "word") is cut piece by piece with a galloping search over its prefixes,
 * each measured string being at most about twice a line long. Never a whole token at once,
 * never the rest of a token once per piece.
 */

/** Width of a single line of text, in the caller's units. */
export type WidthOf = (text: string) => number;

export interface WrapOptions {
  /**
   * Mark a break inside a word with a hyphen ("Represen-" / "tación"): only in a plain word
   * (letters, with punctuation at its ends: "¿Indicadores", "autorreferencia)") and only between
   * two letters. URLs, e-mails, numbers and codes are cut without one, which would read as part
   * of the token. Default: no hyphens anywhere.
   */
  hyphenate?: boolean;
  /**
   * Keep a word whole on its own line, even wider than the line, when it is at most this wide
   * (chart labels: a long word is better a little wide than cut); wider ones are still cut at
   * the line's width. Default: the line's width (every word wider than the line is cut).
   */
  keepWordsUpTo?: number;
}

export interface Wrapped {
  lines: string[];
  /** Some word was wider than the line and had to be cut. */
  broken: boolean;
}

const LETTER = /\p{L}/u;
/** Letters (and combining marks), with punctuation only at the ends. */
const PLAIN_WORD = /^\p{P}*[\p{L}\p{M}]+\p{P}*$/u;

/**
 * Wraps words (non-empty, without whitespace) into lines no wider than `maxWidth`. A line
 * holding a single character may still be wider (nothing narrower exists). No words → no lines.
 */
export function wrapWords(words: readonly string[], maxWidth: number, width: WidthOf, opts: WrapOptions = {}): Wrapped {
  const lines: string[] = [];
  let broken = false;
  let line = '';
  for (const word of words) {
    if (line) {
      const candidate = `${line} ${word}`;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      lines.push(line);
    }
    const keep = opts.keepWordsUpTo !== undefined && firstTooWide(word, opts.keepWordsUpTo, width) === undefined;
    const pieces = keep ? [word] : breakWord(word, maxWidth, width, opts.hyphenate === true);
    if (pieces.length > 1) broken = true;
    for (let i = 0; i < pieces.length - 1; i++) lines.push(pieces[i]!);
    line = pieces[pieces.length - 1]!;
  }
  if (line) lines.push(line);
  return { lines, broken };
}

/** The words of a text: runs of non-whitespace. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Paragraphs (split at "\n") wrapped one after the other; an empty paragraph is an empty line.
 * This is how a text box of a slide lays out its text.
 */
export function wrapParagraphs(text: string, maxWidth: number, width: WidthOf, opts: WrapOptions = {}): Wrapped {
  const lines: string[] = [];
  let broken = false;
  for (const paragraph of text.split('\n')) {
    const w = wrapWords(words(paragraph), maxWidth, width, opts);
    if (w.broken) broken = true;
    if (w.lines.length) lines.push(...w.lines);
    else lines.push('');
  }
  return { lines, broken };
}

/** The text with its whitespace collapsed, wrapped as a single paragraph. */
export function wrapCollapsed(text: string, maxWidth: number, width: WidthOf, opts: WrapOptions = {}): Wrapped {
  return wrapWords(words(text), maxWidth, width, opts);
}

/**
 * A word cut into pieces that each fit `maxWidth` (the last one is the rest, which fits). Each
 * cut is the longest prefix that still fits (with its hyphen, when there is one), at least one
 * character, never between the two halves of a surrogate pair.
 */
export function breakWord(word: string, maxWidth: number, width: WidthOf, hyphenate = false): string[] {
  const pieces: string[] = [];
  const hyphens = hyphenate && PLAIN_WORD.test(word);
  let rest = word;
  for (;;) {
    const tooWide = firstTooWide(rest, maxWidth, width);
    if (tooWide === undefined || rest.length <= 1) break;
    const piece = (n: number) => rest.slice(0, n) + (hyphens && LETTER.test(rest[n - 1]!) && LETTER.test(rest[n]!) ? '-' : '');
    // Binary search of the longest fitting cut below the first prefix found too wide.
    let lo = 1; // fits, or nothing does (then one character)
    let hi = Math.min(tooWide, rest.length); // too wide (or the whole rest, which is)
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (width(piece(mid)) <= maxWidth) lo = mid;
      else hi = mid;
    }
    let cut = lo;
    if (isLowSurrogate(rest.charCodeAt(cut))) cut += cut > 1 ? -1 : 1;
    if (cut >= rest.length) break;
    pieces.push(piece(cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Length of a prefix of `text` that is wider than `maxWidth` (undefined when the whole text
 * fits), found by doubling: the prefixes measured are at most twice the longest one that fits.
 */
function firstTooWide(text: string, maxWidth: number, width: WidthOf): number | undefined {
  for (let n = 1; ; n *= 2) {
    if (n >= text.length) return width(text) > maxWidth ? text.length : undefined;
    if (width(text.slice(0, n)) > maxWidth) return n;
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
