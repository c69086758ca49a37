/**
 * Detectors of direct identifiers that must never reach an output (BRIEF §6, WHO 2003):
 * CURP, RFC, e-mail, Mexican phone numbers, case-file numbers (carpetas de investigación,
 * averiguaciones previas, NUC, expedientes) and names from a private roster.
 *
 * A Finding never carries the full value: only a masked form ("GO**************09").
 *
 * Detectors run on a normalised copy of the text (src/privacy/normalise.ts: NFKC, invisible
 * characters removed, dashes and spaces unified) so that disguised forms are found; offsets,
 * lines and columns always refer to the original text. This module has no dependency on the
 * rest of the toolkit: src/util/errors.ts uses it to mask every message it formats.
 */
import { foldForNames, normaliseForScan, originalRange } from './normalise.js';

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
  const chars = [...value.replace(/[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, '')];
  const n = chars.length;
  const keep = n <= 4 ? 0 : n <= 8 ? 1 : 2;
  return chars.map((c, i) => (i < keep || i >= n - keep ? c : /\s/.test(c) ? c : '*')).join('');
}

// ---------------------------------------------------------------------------
// Patterns (matched on the normalised text: every dash is «-», every space « »)
// ---------------------------------------------------------------------------

const NB = '(?<![\\p{L}\\p{N}])'; // not preceded by a letter/digit (Unicode-aware \b)
const NA = '(?![\\p{L}\\p{N}])'; // not followed by a letter/digit

const ENT = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const YYMMDD = '\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
/** An optional separator between any two characters of a CURP («GOMJ 800101 HCSRRN 09», «G-O-M-J…»). */
const S = '[ .\\-]?';
const YYMMDD_S = `\\d${S}\\d${S}(?:0${S}[1-9]|1${S}[0-2])${S}(?:0${S}[1-9]|[12]${S}\\d|3${S}[01])`;
const ENT_S = ENT.split('|').map((e) => `${e[0]}${S}${e[1]}`).join('|');
const CONS = '[B-DF-HJ-NP-TV-Z]';
/** RENAPO: 4 letters, birth date, sex (H/M/X), state, 3 internal consonants, homoclave, check digit. */
const CURP_RE = new RegExp(
  `${NB}[A-Z]${S}[AEIOUX]${S}[A-Z]${S}[A-Z]${S}${YYMMDD_S}${S}[HMX]${S}(?:${ENT_S})${S}${CONS}${S}${CONS}${S}${CONS}${S}[A-Z\\d]${S}\\d${NA}`,
  'giu',
);
/**
 * SAT: persona física (4 letters) or moral (3 letters) + date + homoclave, any case, with an
 * optional separator between the three groups («gomj 800101 ab1»); física also without homoclave
 * (then written in one piece, so that a word followed by a date is not taken for an RFC).
 */
const RFC_RE = new RegExp(
  `${NB}(?:[A-ZÑ&]{3,4}[ .\\-]?${YYMMDD}[ .\\-]?[A-Z\\d]{2}[A\\d]|[A-ZÑ&]{4}${YYMMDD})${NA}`,
  'giu',
);

/**
 * «@» written as such (spaces on both sides or after it; not only before it, which is how
 * handles and template variables look: «en @OIMMexico», «sin_ceros @root.analisis»), bracketed
 * or spelled out («at», «arroba»).
 */
const AT = '(?:@\\s*|\\s+@\\s+|\\s*[\\[(]\\s*(?:at|arroba)\\s*[\\])]\\s*|\\s+(?:at|arroba)\\s+)';
/** «.» in the domain, bracketed or spelled out («punto», «dot»). */
const DOT = '(?:\\.|\\s*[\\[(]\\s*(?:dot|punto)\\s*[\\])]\\s*|\\s+(?:dot|punto)\\s+)';
const LABEL = '[\\p{L}\\p{N}-]+';
const EMAIL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+${AT}${LABEL}(?:${DOT}${LABEL})*?${DOT}\\p{L}{2,}(?![\\p{L}\\p{N}])`,
  'giu',
);

const SIX_DIGITS = /\d{6}/;
const SIX_DIGITS_S = /\d(?:[ .\-]?\d){5}/;
/** Where an «@» may be: the sign itself or the words. */
const AT_HINT = /@|(?<![\p{L}\p{N}])(?:at|arroba)(?![\p{L}\p{N}])/giu;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const EMAIL_AT = new RegExp(EMAIL_RE.source, 'iuy');

/**
 * E-mails, found from each «@» (or «at», «arroba») backwards to the start of the local part and
 * then matched from there: the full pattern never runs from every word of a long text.
 */
function* emailMatches(t: string): Generator<{ from: number; to: number }> {
  let after = 0;
  for (const hint of t.matchAll(AT_HINT)) {
    let s = hint.index;
    while (s > 0 && /[\s[(]/u.test(t[s - 1]!)) s--;
    while (s > 0 && LOCAL_CHAR.test(t[s - 1]!)) s--;
    if (s < after) continue;
    EMAIL_AT.lastIndex = s;
    const m = EMAIL_AT.exec(t);
    if (m) {
      after = s + m[0].length;
      yield { from: s, to: after };
    }
  }
}

/**
 * Phone candidates: an optional +52 / 0052 / «52 1» / 01 / 044 prefix, then a 10-digit number in
 * one of the groupings people write (with separators), or in one piece. A number in one piece
 * counts only with a prefix or a phone word nearby (see isPhone): a ten-digit budget is not a phone.
 */
const SEP = '[ .\\-]';
const PHONE_RE = new RegExp(
  '(?<![\\p{L}\\p{N}$/+.,\\-])' +
    `(?:(?:\\+|00)${SEP}?52${SEP}?(?:1${SEP}?)?|52${SEP}(?:1${SEP})?|01${SEP}?|04[45]${SEP}?)?` +
    '(?:' +
    [
      `\\(\\d{2,3}\\)${SEP}?\\d{3,4}${SEP}?\\d{2}${SEP}?\\d{2}`, // (55) 1234 5678, (961) 123-45-67
      `\\(\\d{2,3}\\)${SEP}?\\d{7,8}`, // (961) 1234567
      `\\d{2}${SEP}\\d{4}${SEP}\\d{4}`, // 55 1234 5678
      `\\d{3}${SEP}\\d{3}${SEP}\\d{4}`, // 961 123 4567
      `\\d{3}${SEP}\\d{3}${SEP}\\d{2}${SEP}\\d{2}`, // 961 123 45 67
      `\\d{3}${SEP}\\d{2}${SEP}\\d{3}${SEP}\\d{2}`, // 961 12 345 67
      `\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{2}`, // 55 12 34 56 78
      `\\d{3}${SEP}\\d{7}`, // 961 1234567
      `\\d{2}${SEP}\\d{8}`, // 55 12345678
      '\\d{10}', // 9611234567 (contextual)
    ].join('|') +
    ')' +
    '(?![\\p{L}\\p{N}/]|[.,]\\d|-\\d)',
  'gu',
);
/** Words that make a number nearby a phone number. */
const PHONE_WORD =
  '(?<![\\p{L}])(?:tel(?:[ée]f(?:ono)?s?)?|cel(?:ular(?:es)?)?|m[óo]vil(?:es)?|whats?\\s?app|wa|llam(?:ar|e|en|a|an|ó|aron|ando)|marc(?:ar|a|an|ó|aron|ando|ue)|contactos?|fax|lada)(?![\\p{L}])';
const PHONE_WORD_BEFORE = new RegExp(`${PHONE_WORD}[^\\n\\d]{0,30}$`, 'iu');
const PHONE_WORD_AFTER = new RegExp(`^[^\\n\\d]{0,15}${PHONE_WORD}`, 'iu');
/** Local numbers (7–8 digits) only when introduced by a phone word. */
const PHONE_CONTEXT_RE = new RegExp(
  `${PHONE_WORD}\\.?(?:\\s+(?:al|el|a))?\\s*:?\\s*((?:\\+?\\d[\\d .\\-()]{5,16}\\d))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Case files: keyword + identifier, or self-contained "CI-…/…", "AP/…/…". */
const CASE_KEYWORD_RE =
  /(?<![\p{L}\p{N}])(?:carpetas?\s+de\s+investigaci[oó]n|carpetas?\s+administrativas?|averiguaci[oó]n(?:es)?\s+previas?|expedientes?|exp\.|causas?\s+penal(?:es)?|NUC|C\.\s?I\.|A\.\s?P\.|CI|AP)(?:\s+(?:n[uú]m(?:ero)?\.?|no\.|n[°º]\.?|#))?\s*[:#]?\s*([A-Z0-9][A-Z0-9./_\-]*[A-Z0-9])/giu;
const CASE_SELF_RE = /(?<![\p{L}\p{N}])(?:CI|AP|NUC|C\.I\.|A\.P\.)[\-/][A-Z0-9]+(?:[\-/.][A-Z0-9]+)+(?![\p{L}\p{N}])/gu;
/** Federal (FGR) carpetas: FED/<unidad>/<…>/<número>/<año>, any case. */
const CASE_FED_RE = /(?<![\p{L}\p{N}/])FED(?:\/[\p{L}\p{N}\-]+){2,}\/(?:19|20)\d{2}(?![\p{L}\p{N}/])/giu;
/** State prosecutors' shapes: FGE/CHIH/JRZ/1234/2025, PGR/SIEDO/UEITMIO/123/2010 (checked by validSlashCase). */
const CASE_SLASH_RE = /(?<![\p{L}\p{N}/])[A-Z][A-Z0-9\-]*(?:\/[A-Z0-9\-]+){2,}(?![\p{L}\p{N}/])/gu;
/** NUC shape without its keyword: district-year-number («07-2024-001234»). */
const CASE_NUC_RE = /(?<![\p{L}\p{N}\-/.])\d{2,3}-(?:19|20)\d{2}-\d{5,}(?![\p{L}\p{N}\-/])/gu;

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

/** A slash-separated code is a case file when it ends in a year and carries a number of 3+ digits and a unit in letters. */
function validSlashCase(code: string): boolean {
  const parts = code.split('/');
  if (parts.length < 3) return false;
  if (!/^(?:\d{1,2}-)?(?:19|20)\d{2}$/.test(parts[parts.length - 1]!)) return false;
  const rest = parts.slice(0, -1);
  return rest.some((p) => /^\d{3,}$/.test(p)) && rest.some((p) => /^[A-Z]{2,}/.test(p));
}

/** Words just before a number that make it a code, not a phone (INEGI keys, postal codes, ISBN…). */
const NOT_PHONE_BEFORE = /(?:clave|cve(?:geo)?|inegi|geoestad[ií]stica|c\.\s?p\.|c[óo]digo\s+postal|cp|isbn|issn|folio|ageb|localidad|municipio|art[ií]culos?|art\.|fracci[óo]n|presupuest(?:o|os|al|ado)(?:\s+(?:de|del|por|anual|total))?|monto(?:\s+de)?|\$|mxn|usd)\s*[:#]?\s*$/i;
const NOT_PHONE_AFTER = /^\s*(?:pesos|mxn|usd|d[óo]lares|mdp|millones)/i;

function phoneDigits(raw: string): string | undefined {
  let d = raw.replace(/\D/g, '');
  const t = raw.trim();
  if (/^(?:\+|00)/.test(t)) {
    d = d.replace(/^(?:00)?52/, '');
    if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
  } else if (d.length === 12 && /^(?:01|52)/.test(d)) d = d.slice(2);
  else if (d.length === 13 && /^(?:521|044|045)/.test(d)) d = d.slice(3);
  return d.length === 10 ? d : undefined;
}

function isPhone(raw: string, before: string, after: string): boolean {
  const d = phoneDigits(raw);
  if (!d) return false;
  if (!/^[2-9]/.test(d)) return false; // Mexican area codes never start with 0 or 1
  if (/^(\d)\1{9}$/.test(d)) return false; // 0000000000-like placeholders
  if (NOT_PHONE_BEFORE.test(before.slice(-40))) return false;
  if (NOT_PHONE_AFTER.test(after.slice(0, 20))) return false;
  // A number in one piece with no prefix is a phone only next to a phone word.
  if (/^\d+$/.test(raw) && raw.length === 10) return PHONE_WORD_BEFORE.test(before.slice(-50)) || PHONE_WORD_AFTER.test(after.slice(0, 40));
  return true;
}

// ---------------------------------------------------------------------------
// Names from the private roster
// ---------------------------------------------------------------------------

interface CompiledRoster {
  /** Each name as its folded words. */
  names: string[][];
  /** Folded word → indexes of the names that contain it. */
  byWord: Map<string, number[]>;
}

const WORD = /\p{L}+/gu;
/** What may stand between two words of one name: spaces, a comma (surname first), a period, a hyphen. */
const NAME_GAP = /^\s*[,.\-]?\s*$/;

const rosterCache = new WeakMap<Roster, CompiledRoster | null>();
/** Precompiled once per roster: the folded words of each name, indexed by word. */
function compileRoster(roster: Roster): CompiledRoster | null {
  if (rosterCache.has(roster)) return rosterCache.get(roster)!;
  const names: string[][] = [];
  const seen = new Set<string>();
  for (const raw of roster.names) {
    const words = [...foldForNames(raw).text.matchAll(WORD)].map((m) => m[0]);
    if (words.join('').length < 2) continue;
    const key = [...words].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(words);
  }
  const byWord = new Map<string, number[]>();
  names.forEach((words, i) => {
    for (const w of new Set(words)) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  const compiled = names.length ? { names, byWord } : null;
  rosterCache.set(roster, compiled);
  return compiled;
}

/**
 * Roster names in `folded` text: the name's words in any order («PÉREZ GUTIÉRREZ, JOSÉ» =
 * «José Pérez Gutiérrez»), separated by spaces, a comma, a period or a hyphen, with up to two
 * initials in between («José L. Pérez Gutiérrez»). Returns [from, to) ranges of the folded text.
 */
function matchRoster(folded: string, roster: CompiledRoster): [number, number][] {
  const words = [...folded.matchAll(WORD)].map((m) => ({ w: m[0], s: m.index, e: m.index + m[0].length }));
  const out: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = roster.byWord.get(words[i]!.w);
    if (!candidates) continue;
    for (const c of candidates) {
      const need = new Map<string, number>();
      for (const w of roster.names[c]!) need.set(w, (need.get(w) ?? 0) + 1);
      let left = roster.names[c]!.length;
      let last = i;
      let initials = 0;
      for (let j = i; j < words.length && left > 0; j++) {
        if (j > i && !NAME_GAP.test(folded.slice(words[j - 1]!.e, words[j]!.s))) break;
        const w = words[j]!.w;
        const k = need.get(w) ?? 0;
        if (k > 0) {
          need.set(w, k - 1);
          left--;
          last = j;
        } else if (j > i && w.length === 1 && initials < 2) initials++;
        else break;
      }
      if (left === 0) out.push([words[i]!.s, words[last]!.e]);
    }
  }
  return out;
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
  // A rebuild of the live loop scans again what did not change (most inputs, most parts of the
  // outputs): there the answer for the same text, roster and skipped kinds is remembered. Two
  // generations of entries, the older dropped once the newer holds SCAN_MEMO_CHARS of text.
  if (!remember) return scanUncached(text, opts);
  const key = `${opts.roster ? rosterKey(opts.roster) : ''}\u0000${(opts.skip ?? []).join('|')}\u0000${text}`;
  const known = scanMemo.get(key) ?? olderScanMemo.get(key);
  const findings = known ?? scanUncached(text, opts);
  if (!scanMemo.has(key)) {
    if (scanMemoChars + key.length > SCAN_MEMO_CHARS) {
      olderScanMemo = scanMemo;
      scanMemo = new Map();
      scanMemoChars = 0;
    }
    scanMemo.set(key, findings);
    scanMemoChars += key.length;
  }
  return findings.map((f) => ({ ...f }));
}

/** Whether answers are remembered (the live loop turns it on: src/pipeline/live-loop.ts). */
let remember = false;
export function rememberScans(on: boolean): void {
  remember = on;
  if (!on) {
    scanMemo = new Map();
    olderScanMemo = new Map();
    scanMemoChars = 0;
  }
}

const SCAN_MEMO_CHARS = 16_000_000;
let scanMemo = new Map<string, Finding[]>();
let olderScanMemo = new Map<string, Finding[]>();
let scanMemoChars = 0;
const rosterKeys = new WeakMap<Roster, string>();
function rosterKey(roster: Roster): string {
  let k = rosterKeys.get(roster);
  if (k === undefined) {
    k = JSON.stringify(roster.names);
    rosterKeys.set(roster, k);
  }
  return k;
}

function scanUncached(text: string, opts: ScanOptions): Finding[] {
  const skip = new Set(opts.skip ?? []);
  const raws: Raw[] = [];
  const norm = normaliseForScan(text);
  const t = norm.text;
  /** Records a finding given as a [from, to) range of the normalised text. */
  const add = (kind: IdentifierKind, from: number, to: number) => {
    if (skip.has(kind)) return;
    const { offset, length } = originalRange(norm, from, to);
    raws.push({ kind, offset, length });
  };
  const CASE = 'número de expediente o carpeta';

  // Cheap pre-checks keep long texts fast: no six digits in a row, no RFC; no «@»/«at»/«arroba», no e-mail.
  if (SIX_DIGITS_S.test(t)) for (const m of t.matchAll(CURP_RE)) add('CURP', m.index, m.index + m[0].length);
  if (SIX_DIGITS.test(t)) for (const m of t.matchAll(RFC_RE)) add('RFC', m.index, m.index + m[0].length);
  for (const m of emailMatches(t)) add('correo electrónico', m.from, m.to);
  for (const m of t.matchAll(CASE_SELF_RE)) add(CASE, m.index, m.index + m[0].length);
  for (const m of t.matchAll(CASE_FED_RE)) add(CASE, m.index, m.index + m[0].length);
  for (const m of t.matchAll(CASE_NUC_RE)) add(CASE, m.index, m.index + m[0].length);
  for (const m of t.matchAll(CASE_SLASH_RE)) if (validSlashCase(m[0])) add(CASE, m.index, m.index + m[0].length);
  for (const m of t.matchAll(CASE_KEYWORD_RE)) {
    if (!validCaseId(m[1]!)) continue;
    add(CASE, m.index, m.index + m[0].length);
  }
  for (const m of t.matchAll(PHONE_RE)) {
    if (isPhone(m[0], t.slice(Math.max(0, m.index - 60), m.index), t.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      add('teléfono', m.index, m.index + m[0].length);
    }
  }
  for (const m of t.matchAll(PHONE_CONTEXT_RE)) {
    const num = m[1]!;
    const digits = num.replace(/\D/g, '').length;
    if (digits < 7 || digits > 13) continue;
    if (ISO_DATE.test(num.trim()) || DMY_DATE.test(num.trim()) || /^(?:19|20)\d{2}[ \-](?:19|20)\d{2}$/.test(num.trim())) continue;
    const start = m.index + m[0].lastIndexOf(num);
    add('teléfono', start, start + num.length);
  }
  if (opts.roster) {
    const compiled = compileRoster(opts.roster);
    if (compiled) {
      const folded = foldForNames(text);
      for (const [from, to] of matchRoster(folded.text, compiled)) {
        if (skip.has('nombre del padrón privado')) break;
        const { offset, length } = originalRange(folded, from, to);
        raws.push({ kind: 'nombre del padrón privado', offset, length });
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

/** Masks every identifier quoted in a message (the roster is not consulted: messages carry no names list). */
export function maskIdentifiers(text: string): string {
  if (!text || !/[\p{N}@]|arroba|\bat\b/iu.test(text)) return text;
  let out = text;
  for (const f of scanText(text).reverse()) out = `${out.slice(0, f.offset)}${f.masked}${out.slice(f.offset + f.length)}`;
  return out;
}

/** Replaces every finding with «[dato suprimido]» (for previews; outputs must be fixed at the source). */
export function redactText(text: string, opts: ScanOptions = {}): string {
  let out = text;
  for (const f of scanText(text, opts).reverse()) out = `${out.slice(0, f.offset)}[dato suprimido]${out.slice(f.offset + f.length)}`;
  return out;
}
