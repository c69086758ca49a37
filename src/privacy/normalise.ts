/**
 * Text normalisation for the identifier scanner, with a map back to the original text.
 *
 * Identifiers are disguised with characters a reader does not see or does not notice: a
 * zero-width space or a soft hyphen inside a CURP, a non-breaking space or an en dash inside a
 * phone number, full-width digits, a Cyrillic «о» inside a name. The scanner matches on a
 * normalised copy of the text and reports offsets in the ORIGINAL text (so line/column and
 * masking point at what the analyst wrote): every UTF-16 unit of the normalised copy records
 * the [start, end) range of the original text it came from.
 */
import { createRequire } from 'node:module';

export interface Normalised {
  text: string;
  /** Original offset where the source of normalised unit i starts; null when the text was unchanged. */
  start: Int32Array | null;
  /** Original offset where the source of normalised unit i ends; null when the text was unchanged. */
  end: Int32Array | null;
}

/**
 * Characters with no visible glyph that can be slipped inside an identifier: soft hyphen,
 * combining grapheme joiner, zero-width space/joiners, directional marks and embeddings,
 * word joiner and invisible operators, Hangul fillers, variation selectors, BOM, tag characters.
 */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E0FFF}]/gu;

/** Hyphens, dashes and minus signs NFKC leaves alone. */
const DASH = /[\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
/** Any space separator (NBSP, thin, figure, ideographic…) becomes a plain space. */
const SPACE = /\p{Zs}/gu;
const MARK = /^\p{M}$/u;
/** Anything normaliseForScan would change besides NFKC. */
const NEEDS_WORK = new RegExp(`${INVISIBLE.source}|${DASH.source}|[^\\S \\t\\n\\r\\f\\v]`, 'u');

function isMark(unit: number): boolean {
  return unit >= 0x300 && MARK.test(String.fromCharCode(unit));
}

/**
 * Applies `fn` to each cluster (a code point and the combining marks after it, so that «e» +
 * U+0301 is normalised as «é»), keeping for every output unit the original range it came from.
 * Results are cached per cluster: text repeats the same few hundred clusters.
 */
function transform(text: string, fn: (cluster: string) => string, cache: Map<string, string>, table: (string | undefined)[]): Normalised {
  const n = text.length;
  let start = new Int32Array(n + 16);
  let end = new Int32Array(n + 16);
  let o = 0; // output units so far
  let out = '';
  let kept = 0; // original offset where the current run of unchanged characters starts
  const emit = (from: number, to: number, r: string) => {
    out += text.slice(kept, from) + r;
    kept = to;
    if (o + r.length > start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(Math.max(a.length * 2, o + r.length + 16));
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
    }
    for (let k = 0; k < r.length; k++, o++) {
      start[o] = from;
      end[o] = to;
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    // Common case: a BMP character not followed by a combining mark, looked up by code unit.
    if (c < 0xd800 && next < 0x300) {
      let r = table[c];
      if (r === undefined) {
        const visible = String.fromCharCode(c).replace(INVISIBLE, '');
        r = table[c] = visible ? fn(visible) : '';
      }
      if (r.length === 1 && r.charCodeAt(0) === c) {
        // unchanged: stays in the current run
        if (o >= start.length) emit(i, i, ''); // (grows the maps)
        start[o] = i;
        end[o] = i + 1;
        o++;
      } else emit(i, i + 1, r);
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isMark(text.charCodeAt(j))) j++;
    const cluster = text.slice(i, j);
    let r = cache.get(cluster);
    if (r === undefined) {
      // Variation selectors and the grapheme joiner are combining marks: removed wherever they are.
      const visible = cluster.replace(INVISIBLE, '');
      r = visible ? fn(visible) : '';
      if (cache.size < 20_000) cache.set(cluster, r);
    }
    emit(i, j, r);
    i = j;
  }
  out += text.slice(kept);
  return { text: out, start: start.subarray(0, o), end: end.subarray(0, o) };
}

const scanCache = new Map<string, string>();
const scanTable: (string | undefined)[] = [];

/**
 * For the pattern detectors: Unicode NFKC (full-width digits and letters, ligatures,
 * compatibility spaces), invisible characters removed, every dash a «-», every space a « ».
 */
export function normaliseForScan(text: string): Normalised {
  // Fast path: text NFKC leaves alone with nothing to remove or unify (most Spanish text) is kept as is.
  if (!NEEDS_WORK.test(text) && text.normalize('NFKC') === text) return { text, start: null, end: null };
  return transform(text, (c) => c.normalize('NFKC').replace(DASH, '-').replace(SPACE, ' '), scanCache, scanTable);
}

// ---------------------------------------------------------------------------
// Names: accents, case and confusables folded
// ---------------------------------------------------------------------------

/**
 * Unicode's confusables table (UTS #39 skeleton data, via the `unhomoglyph` package): maps a
 * Cyrillic «о», a Greek «ο», a mathematical «𝐨»… to the Latin letter it imitates.
 */
const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  Object.entries(createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>),
);

const foldCache = new Map<string, string>();
const foldTable: (string | undefined)[] = [];

function foldCluster(c: string): string {
  let r = '';
  for (const ch of c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) {
    const s = CONFUSABLES.get(ch);
    // «m» → «rn» in the table: harmless (both sides are folded alike) but noisy; keep Latin letters.
    r += s !== undefined && !/^[a-z]$/.test(ch) ? s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : ch;
  }
  return r.replace(DASH, '-').replace(SPACE, ' ');
}

/**
 * For names: invisible characters removed, accents and case folded, look-alike letters of
 * other scripts folded to Latin («Pérez», «PEREZ» and «Pеrez» with a Cyrillic е fold alike).
 */
export function foldForNames(text: string): Normalised {
  return transform(text, foldCluster, foldCache, foldTable);
}

/** Maps a [from, to) range of a normalised text back to the original text. */
export function originalRange(n: Normalised, from: number, to: number): { offset: number; length: number } {
  if (!n.start || !n.end) return { offset: from, length: to - from };
  const offset = n.start[from] ?? n.end[n.end.length - 1] ?? 0;
  const stop = to > from ? n.end[to - 1]! : offset;
  return { offset, length: stop - offset };
}
