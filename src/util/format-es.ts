/** Spanish (es-MX) conventions for every number, date and list that reaches an output. */

const integer = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('es-MX', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('es-MX', { month: 'long', year: 'numeric', timeZone: 'UTC' });
// Building an Intl formatter costs ~50 µs; reports format thousands of percentages, so keep one per precision.
const fixedDecimals = new Map<number, Intl.NumberFormat>();

function withDecimals(decimals: number): Intl.NumberFormat {
  let format = fixedDecimals.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('es-MX', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixedDecimals.set(decimals, format);
  }
  return format;
}

/** 1234.5 → "1,234.5"; integers without decimals. */
export function formatNumber(n: number, decimals?: number): string {
  if (decimals === undefined) return Number.isInteger(n) ? integer.format(n) : oneDecimal.format(n);
  return withDecimals(decimals).format(n);
}

/** part/whole → "12.5 %" (es-MX writes a space before %); "—" when whole is 0. */
export function formatPercent(part: number, whole: number, decimals = 1): string {
  if (whole === 0) return '—';
  return `${formatNumber((100 * part) / whole, decimals)} %`;
}

function toDate(d: string | Date): Date {
  if (d instanceof Date) return d;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (!m) throw new Error(`fecha no válida: ${d}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "2026-11-24" → "24 de noviembre de 2026". */
export function formatDate(d: string | Date): string {
  return longDate.format(toDate(d));
}

/** "2026-11-24" → "noviembre de 2026". */
export function formatMonthYear(d: string | Date): string {
  return monthYear.format(toDate(d));
}

const conjunctionList = new Intl.ListFormat('es-MX', { type: 'conjunction' });
const disjunctionList = new Intl.ListFormat('es-MX', { type: 'disjunction' });

/**
 * ["a","b","c"] → "a, b y c"; ["a","b"], "o" → "a o b"; ["a, b","c","d"] → "a, b; c; y d". `Intl.ListFormat('es-MX')` (ICU) writes
 * «e» before an /i/ sound and «u» before an /o/ sound: «Chiapas e Hidalgo», «agua y hielo»,
 * «siete u ocho», «u 11». ICU only recognises a plain i/hi/o/ho (and numbers read with /o/):
 * an accented first vowel (Ítaca, híbrido, óvalo, hórreo) gets its «e»/«u» from `accentedVowel`.
 */
export function formatList(items: readonly string[], conjunction: 'y' | 'o' = 'y'): string {
  // Items that hold commas themselves («El Colegio de la Frontera Norte, sede Ciudad Juárez»)
  // are separated by semicolons, the last one too, so that a reader counts them right.
  if (items.length >= 3 && items.some((item) => item.includes(','))) {
    const word = /^x (\S+) /.exec(formatList(['x', items[items.length - 1]!], conjunction))?.[1] ?? conjunction;
    return `${items.slice(0, -1).join('; ')}; ${word} ${items[items.length - 1]}`;
  }
  const parts = (conjunction === 'y' ? conjunctionList : disjunctionList).formatToParts(items);
  const fix = accentedVowel(items[items.length - 1] ?? '', conjunction);
  if (items.length > 1 && fix) {
    const literal = parts.findLast((p) => p.type === 'literal')!;
    literal.value = literal.value.replace(/\S+(\s*)$/, `${fix}$1`);
  }
  return parts.map((p) => p.value).join('');
}

/** «e» / «u» when `word` starts with an accented í / ó (after a silent h), which ICU misses. */
function accentedVowel(word: string, conjunction: 'y' | 'o'): string | undefined {
  if (conjunction === 'y' && /^h?í/i.test(word)) return 'e';
  if (conjunction === 'o' && /^h?ó/i.test(word)) return 'u';
  return undefined;
}

/** plural(1, "entrevista") → "1 entrevista"; plural(3, "institución", "instituciones") → "3 instituciones". */
export function plural(n: number, singular: string, pluralForm?: string): string {
  const word = n === 1 ? singular : (pluralForm ?? defaultPlural(singular));
  return `${formatNumber(n)} ${word}`;
}

function defaultPlural(word: string): string {
  if (/[aeiouáéó]$/i.test(word)) return `${word}s`;
  if (/ón$/.test(word)) return `${word.slice(0, -2)}ones`;
  if (/z$/.test(word)) return `${word.slice(0, -1)}ces`;
  return `${word}es`;
}

export const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;

/** Masculine nouns ending in -a that can head an institution's name. */
const MASCULINE_IN_A = new Set(['sistema', 'programa', 'organismo', 'día', 'mapa', 'esquema']);

/** Feminine when the first word ends in -ión, -dad, -tad, -tud or -a (Comisión, Secretaría, Mesa…), with the usual exceptions (Sistema, Programa…). */
export function isFeminine(name: string): boolean {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (MASCULINE_IN_A.has(first)) return false;
  return /(ión|dad|tad|tud|a)$/.test(first);
}

export type Preposition = 'a' | 'de' | 'por' | 'en' | 'con' | 'ante';

/** Words ending in -os/-as that are singular. */
const SINGULAR_IN_S = new Set(['atlas', 'caos', 'cosmos', 'campus']);

/** «los» / «las» when the name's first word is a plural in -os / -as (Lineamientos, Servicios, Reglas). */
function pluralArticle(name: string): 'los' | 'las' | undefined {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first.length < 4 || SINGULAR_IN_S.has(first)) return undefined;
  if (first.endsWith('os')) return 'los';
  if (first.endsWith('as')) return 'las';
  return undefined;
}

/** The article (with contraction) that goes before a name: "la", "al", "del", "ante la", "los"… */
export function articleFor(name: string, preposition?: Preposition): string {
  const plural = pluralArticle(name);
  if (plural) return preposition ? `${preposition} ${plural}` : plural;
  const fem = isFeminine(name);
  if (preposition === 'a') return fem ? 'a la' : 'al';
  if (preposition === 'de') return fem ? 'de la' : 'del';
  const art = fem ? 'la' : 'el';
  return preposition ? `${preposition} ${art}` : art;
}

/**
 * A name with its article and an optional preposition, with Spanish contractions:
 * ("Comisión X") → "la Comisión X"; ("Consejo X", "a") → "al Consejo X"; ("Consejo X", "de") → "del Consejo X".
 */
export function withArticle(name: string, preposition?: Preposition): string {
  return `${articleFor(name, preposition)} ${name.trim()}`;
}
