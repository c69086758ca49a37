/**
 * Detectors of direct identifiers that must never reach an output (BRIEF §6, WHO 2003):
 * CURP, RFC, e-mail, Mexican phone numbers, case-file numbers (carpetas de investigación,
 * averiguaciones previas, NUC, expedientes) and names from a private roster.
 *
 * A Finding never carries the full value: only a masked form ("GO**************09").
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type IdentifierKind =
  | 'CURP'
  | 'RFC'
  | 'correo electrónico'
  | 'teléfono'
  | 'número de expediente o carpeta'
  | 'nombre del padrón privado';

export const KINDS: readonly IdentifierKind[] = [
  'CURP', 'RFC', 'correo electrónico', 'teléfono', 'número de expediente o carpeta', 'nombre del padrón privado',
];

export interface Finding {
  kind: IdentifierKind;
  /** Masked value: first and last characters only. Never the full value. */
  masked: string;
  /** 0-based offset and length in the scanned text. */
  offset: number;
  length: number;
  /** 1-based line and column in the scanned text. */
  line: number;
  column: number;
}

export interface Roster {
  /** Where the names came from (for messages); undefined for in-memory rosters. */
  file?: string;
  names: string[];
}

export interface ScanOptions {
  roster?: Roster;
  /** Detectors to skip (e.g. phone and e-mail for a declared public contact). */
  skip?: readonly IdentifierKind[];
}

/** Masks a value: "GOMJ800101HCSRRN09" → "GO**************09". Spaces are kept. */
export function mask(value: string): string {
  const chars = [...value];
  const n = chars.length;
  const keep = n <= 4 ? 0 : n <= 8 ? 1 : 2;
  return chars.map((c, i) => (i < keep || i >= n - keep ? c : /\s/.test(c) ? c : '*')).join('');
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

const NB = '(?<![\\p{L}\\p{N}])'; // not preceded by a letter/digit (Unicode-aware \b)
const NA = '(?![\\p{L}\\p{N}])'; // not followed by a letter/digit

const ENT = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const YYMMDD = '\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
/** RENAPO: 4 letters, birth date, sex (H/M/X), state, 3 internal consonants, homoclave, check digit. */
const CURP_RE = new RegExp(`${NB}[A-Z][AEIOUX][A-Z]{2}${YYMMDD}[HMX](?:${ENT})[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d${NA}`, 'giu');
/** SAT: persona física (4 letters) or moral (3 letters) + date + homoclave; física also without homoclave. */
const RFC_RE = new RegExp(
  `${NB}(?:[A-ZÑ&]{4}${YYMMDD}(?:[A-Z\\d]{2}[A\\d])?|[A-ZÑ&]{3}${YYMMDD}[A-Z\\d]{2}[A\\d])${NA}`,
  'giu',
);
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@|\s?\[(?:at|arroba)\]\s?|\s?\((?:at|arroba)\)\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/giu;

/** Phone candidates: optional +52 / 0052 / 01 prefix, then the usual 10-digit groupings. */
const SEP = '[ .\\-]';
const PHONE_RE = new RegExp(
  '(?<![\\p{L}\\p{N}$/+.,\\-])' +
    `(?:(?:\\+|00)52${SEP}?(?:1${SEP}?)?|01${SEP}?)?` +
    '(?:' +
    [
      `\\(\\d{2,3}\\)${SEP}?\\d{3,4}${SEP}?\\d{2}${SEP}?\\d{2}`, // (55) 1234 5678, (961) 123-45-67
      `\\d{2}${SEP}\\d{4}${SEP}\\d{4}`, // 55 1234 5678
      `\\d{3}${SEP}\\d{3}${SEP}\\d{4}`, // 961 123 4567
      `\\d{3}${SEP}\\d{3}${SEP}\\d{2}${SEP}\\d{2}`, // 961 123 45 67
      `\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{2}`, // 55 12 34 56 78
      '\\d{10}', // 9611234567
    ].join('|') +
    ')' +
    '(?![\\p{L}\\p{N}/]|[.,]\\d|-\\d)',
  'gu',
);
/** Local numbers (7–8 digits) only when introduced by a phone word. */
const PHONE_CONTEXT_RE = /(?<![\p{L}\p{N}])(?:tel(?:[ée]fonos?)?|cel(?:ular)?|m[óo]vil|whats(?:app)?|fax)\.?\s*:?\s*((?:\+?\d[\d .\-()]{5,16}\d))(?![\p{L}\p{N}])/giu;

/** Case files: keyword + identifier, or self-contained "CI-…/…", "AP/…/…". */
const CASE_KEYWORD_RE =
  /(?<![\p{L}\p{N}])(?:carpetas?\s+de\s+investigaci[oó]n|carpetas?\s+administrativas?|averiguaci[oó]n(?:es)?\s+previas?|expedientes?|exp\.|causas?\s+penal(?:es)?|NUC|C\.\s?I\.|A\.\s?P\.|CI|AP)(?:\s+(?:n[uú]m(?:ero)?\.?|no\.|n[°º]\.?|#))?\s*[:#]?\s*([A-Z0-9][A-Z0-9./_\-]*[A-Z0-9])/giu;
const CASE_SELF_RE = /(?<![\p{L}\p{N}])(?:CI|AP|NUC|C\.I\.|A\.P\.)[\-/][A-Z0-9]+(?:[\-/.][A-Z0-9]+)+(?![\p{L}\p{N}])/gu;

// ---------------------------------------------------------------------------
// False-positive guards
// ---------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DMY_DATE = /^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$/;
const YEAR = /^(?:19|20)\d{2}$/;

function validCaseId(id: string): boolean {
  if (!/\d/.test(id)) return false;
  if (ISO_DATE.test(id) || DMY_DATE.test(id) || YEAR.test(id)) return false;
  if (/^(?:19|20)\d{2}[\-/](?:19|20)\d{2}$/.test(id)) return false; // "2019-2024"
  const digits = id.replace(/\D/g, '').length;
  return /[/\-]/.test(id) ? digits >= 2 && id.length >= 4 : digits >= 5;
}

/** Words just before a number that make it a code, not a phone (INEGI keys, postal codes, ISBN…). */
const NOT_PHONE_BEFORE = /(?:clave|cve(?:geo)?|inegi|geoestad[ií]stica|c\.\s?p\.|c[óo]digo\s+postal|cp|isbn|issn|folio|ageb|localidad|municipio|art[ií]culos?|art\.|fracci[óo]n|\$|mxn|usd)\s*[:#]?\s*$/i;
const NOT_PHONE_AFTER = /^\s*(?:pesos|mxn|usd|d[óo]lares|mdp|millones)/i;

function phoneDigits(raw: string): string | undefined {
  let d = raw.replace(/\D/g, '');
  if (/^(?:\+|00)/.test(raw.trim())) {
    d = d.replace(/^(?:00)?52/, '');
    if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
  } else if (d.length === 12 && d.startsWith('01')) d = d.slice(2);
  return d.length === 10 ? d : undefined;
}

function isPhone(raw: string, before: string, after: string): boolean {
  const d = phoneDigits(raw);
  if (!d) return false;
  if (!/^[2-9]/.test(d)) return false; // Mexican area codes never start with 0 or 1
  if (/^(\d)\1{9}$/.test(d)) return false; // 0000000000-like placeholders
  if (NOT_PHONE_BEFORE.test(before.slice(-40))) return false;
  if (NOT_PHONE_AFTER.test(after.slice(0, 20))) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Names from the private roster
// ---------------------------------------------------------------------------

/** Folds accents and case, keeping a map from folded index to original index. */
export function fold(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      map.push(i);
    }
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

function foldString(s: string): string {
  return fold(s).folded;
}

const rosterCache = new WeakMap<Roster, RegExp | null>();
function rosterRegex(roster: Roster): RegExp | null {
  if (rosterCache.has(roster)) return rosterCache.get(roster)!;
  const names = roster.names
    .map((n) => foldString(n).trim().replace(/\s+/g, ' '))
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
  const re = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => n.split(' ').map(escapeRe).join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  rosterCache.set(roster, re);
  return re;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses a roster file: one name per line; blank lines and "#" comments ignored. */
export function parseRoster(text: string, file?: string): Roster {
  const names = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return { file, names: [...new Set(names)] };
}

/** Reads data/<estado>/privado/nombres.txt (git-ignored) when present; an empty roster otherwise. */
export function loadRoster(slug: string, root: string): Roster {
  const rel = `data/${slug}/privado/nombres.txt`;
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return { file: rel, names: [] };
  return parseRoster(readFileSync(abs, 'utf8'), rel);
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

interface Raw { kind: IdentifierKind; offset: number; length: number }

const PRIORITY: Record<IdentifierKind, number> = {
  CURP: 0,
  RFC: 1,
  'número de expediente o carpeta': 2,
  'correo electrónico': 3,
  teléfono: 4,
  'nombre del padrón privado': 5,
};

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line/column of an offset. */
export function positionOf(text: string, offset: number, starts = lineStarts(text)): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Every identifier in `text`, sorted by offset; overlapping findings keep the most specific kind. */
export function scanText(text: string, opts: ScanOptions = {}): Finding[] {
  const skip = new Set(opts.skip ?? []);
  const raws: Raw[] = [];
  const add = (kind: IdentifierKind, offset: number, length: number) => {
    if (!skip.has(kind)) raws.push({ kind, offset, length });
  };

  for (const m of text.matchAll(CURP_RE)) add('CURP', m.index, m[0].length);
  for (const m of text.matchAll(RFC_RE)) add('RFC', m.index, m[0].length);
  for (const m of text.matchAll(EMAIL_RE)) add('correo electrónico', m.index, m[0].length);
  for (const m of text.matchAll(CASE_SELF_RE)) add('número de expediente o carpeta', m.index, m[0].length);
  for (const m of text.matchAll(CASE_KEYWORD_RE)) {
    const id = m[1]!;
    if (!validCaseId(id)) continue;
    add('número de expediente o carpeta', m.index, m[0].length);
  }
  for (const m of text.matchAll(PHONE_RE)) {
    if (isPhone(m[0], text.slice(0, m.index), text.slice(m.index + m[0].length))) add('teléfono', m.index, m[0].length);
  }
  for (const m of text.matchAll(PHONE_CONTEXT_RE)) {
    const num = m[1]!;
    const digits = num.replace(/\D/g, '').length;
    if (digits < 7 || digits > 13) continue;
    if (ISO_DATE.test(num.trim()) || DMY_DATE.test(num.trim())) continue;
    const start = m.index + m[0].lastIndexOf(num);
    add('teléfono', start, num.length);
  }
  if (opts.roster) {
    const re = rosterRegex(opts.roster);
    if (re) {
      const { folded, map } = fold(text);
      for (const m of folded.matchAll(re)) {
        const start = map[m.index]!;
        const end = map[m.index + m[0].length]!;
        add('nombre del padrón privado', start, end - start);
      }
    }
  }

  // overlaps: most specific kind first, then longest
  raws.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.length - a.length || a.offset - b.offset);
  const kept: Raw[] = [];
  for (const r of raws) {
    if (kept.some((k) => r.offset < k.offset + k.length && k.offset < r.offset + r.length)) continue;
    kept.push(r);
  }
  kept.sort((a, b) => a.offset - b.offset);
  const starts = lineStarts(text);
  return kept.map((r) => ({
    kind: r.kind,
    masked: mask(text.slice(r.offset, r.offset + r.length)),
    offset: r.offset,
    length: r.length,
    ...positionOf(text, r.offset, starts),
  }));
}

/** Replaces every finding with «[dato suprimido]» (for previews; outputs must be fixed at the source). */
export function redactText(text: string, opts: ScanOptions = {}): string {
  let out = text;
  for (const f of scanText(text, opts).reverse()) out = `${out.slice(0, f.offset)}[dato suprimido]${out.slice(f.offset + f.length)}`;
  return out;
}
