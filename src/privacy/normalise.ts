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
  /** Original offset where the source of normalised unit i starts. */
  start: number[];
  /** Original offset where the source of normalised unit i ends. */
  end: number[];
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

/** A base code point followed by its combining marks (normalised together so é stays é). */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

function transform(text: string, fn: (cluster: string) => string): Normalised {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    // Variation selectors and the grapheme joiner are combining marks: removed wherever they are.
    const cluster = m[0].replace(INVISIBLE, '');
    if (!cluster) continue;
    const from = m.index;
    const to = m.index + m[0].length;
    const r = fn(cluster);
    for (let k = 0; k < r.length; k++) {
      start.push(from);
      end.push(to);
    }
    out += r;
  }
  return { text: out, start, end };
}

/**
 * For the pattern detectors: Unicode NFKC (full-width digits and letters, ligatures,
 * compatibility spaces), invisible characters removed, every dash a «-», every space a « ».
 */
export function normaliseForScan(text: string): Normalised {
  // Fast path: plain ASCII text needs no work.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(text)) return identity(text);
  return transform(text, (c) => c.normalize('NFKC').replace(DASH, '-').replace(SPACE, ' '));
}

function identity(text: string): Normalised {
  const start = new Array<number>(text.length);
  const end = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
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

function foldCluster(c: string): string {
  const hit = foldCache.get(c);
  if (hit !== undefined) return hit;
  let r = '';
  for (const ch of c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) {
    const s = CONFUSABLES.get(ch);
    // «m» → «rn» in the table: harmless (both sides are folded alike) but noisy; keep Latin letters.
    r += s !== undefined && !/^[a-z]$/.test(ch) ? s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : ch;
  }
  r = r.replace(DASH, '-').replace(SPACE, ' ');
  if (foldCache.size < 10_000) foldCache.set(c, r);
  return r;
}

/**
 * For names: invisible characters removed, accents and case folded, look-alike letters of
 * other scripts folded to Latin («Pérez», «PEREZ» and «Pеrez» with a Cyrillic е fold alike).
 */
export function foldForNames(text: string): Normalised {
  return transform(text, foldCluster);
}

/** Maps a [from, to) range of a normalised text back to the original text. */
export function originalRange(n: Normalised, from: number, to: number): { offset: number; length: number } {
  const offset = n.start[from] ?? n.end[n.end.length - 1] ?? 0;
  const stop = to > from ? n.end[to - 1]! : offset;
  return { offset, length: stop - offset };
}
