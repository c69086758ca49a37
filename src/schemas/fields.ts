/**
 * Field builders for CSV columns. Every CSV value arrives as a string; these schemas
 * normalise what spreadsheets produce (sí/no, ";"-separated lists, DD/MM/YYYY dates,
 * thousands separators) and say in Spanish what was expected when they cannot.
 */
import { z } from 'zod';

/** Field-level metadata read by the privacy guard. */
export interface FieldMeta {
  /** Datos sensibles (LGPDPPSO): may be aggregated, never printed per record. */
  sensitive?: boolean;
  /** Declared public (e.g. an organisation's office phone): exempt from identifier scanning. */
  public?: boolean;
  /** Free text that may reach an output and must be scanned for identifiers. */
  freeText?: boolean;
  /** The column may be absent from the header (a later addition): its cells count as empty. */
  optionalColumn?: boolean;
}

export const fieldMeta = z.registry<FieldMeta>();

const trimmed = z.string().transform((s) => s.trim());

export const text = () => trimmed.pipe(z.string().min(1, { error: 'se esperaba un texto y la celda está vacía' }));
export const optionalText = () => trimmed.transform((s) => (s === '' ? undefined : s));
/** Optional text of at most `max` characters (`what` names it in the message: «el título corto»). */
export const optionalShortText = (max: number, what: string) =>
  optionalText().refine((s) => s === undefined || [...s].length <= max, {
    error: (issue) => `${what} tiene ${[...String(issue.input)].length} caracteres y el máximo es ${max}; acórtelo`,
  });

export const id = () =>
  trimmed.pipe(
    z
      .string()
      .min(1, { error: 'se esperaba un identificador y la celda está vacía' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'un identificador solo puede tener letras sin acento, números, "-", "_" y "."' }),
  );

export const optionalId = () => trimmed.transform((s) => (s === '' ? undefined : s)).pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/).optional());

const YES = new Set(['si', 'sí', 's', 'yes', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);
export const yesNo = () =>
  trimmed.transform((s, ctx) => {
    const v = s.toLowerCase();
    if (YES.has(v)) return true;
    if (NO.has(v)) return false;
    ctx.issues.push({ code: 'custom', input: s, message: `se esperaba "sí" o "no" y se encontró "${s}"` });
    return z.NEVER;
  });

/** One value of a vocabulary; accepts the key or, forgivingly, its label in any case. */
export function oneOf<T extends Record<string, string>>(vocab: T, what: string) {
  const byLabel = new Map<string, keyof T & string>();
  for (const [k, label] of Object.entries(vocab)) {
    byLabel.set(normaliseKey(k), k);
    byLabel.set(normaliseKey(label), k);
  }
  const keys = Object.keys(vocab).join(', ');
  // "una modalidad válida" / "un sector válido"
  const valid = what.startsWith('una ') ? 'válida' : 'válido';
  return trimmed.transform((s, ctx) => {
    const k = byLabel.get(normaliseKey(s));
    if (k) return k;
    ctx.issues.push({
      code: 'custom',
      input: s,
      message: s === '' ? `falta ${what}; valores válidos: ${keys}` : `"${s}" no es ${what} ${valid}; valores válidos: ${keys}`,
    });
    return z.NEVER;
  });
}

export function optionalOneOf<T extends Record<string, string>>(vocab: T, what: string) {
  return z.union([z.literal('').transform(() => undefined), oneOf(vocab, what)]).or(z.string().regex(/^\s*$/).transform(() => undefined));
}

/** A ";"-separated list of vocabulary values (Excel users also type "," or "|"). */
export function listOf<T extends Record<string, string>>(vocab: T, what: string, { min = 0 } = {}) {
  const one = oneOf(vocab, what);
  return trimmed.transform((s, ctx) => {
    const parts = s.split(/[;|]/).map((p) => p.trim()).filter(Boolean);
    const out: (keyof T & string)[] = [];
    for (const p of parts) {
      const r = one.safeParse(p);
      if (r.success) out.push(r.data);
      else ctx.issues.push({ code: 'custom', input: p, message: `"${p}" no es un valor válido en la lista de ${what}; valores válidos: ${Object.keys(vocab).join(', ')}` });
    }
    if (out.length < min) ctx.issues.push({ code: 'custom', input: s, message: `se esperaba al menos ${min} ${what} separados por ";"` });
    return [...new Set(out)];
  });
}

/** A ";"-separated list of free values (ids, municipalities). */
export const freeList = () =>
  trimmed.transform((s) => s.split(';').map((p) => p.trim()).filter(Boolean));

/** ISO date (AAAA-MM-DD) or Excel's es-MX DD/MM/AAAA; normalised to AAAA-MM-DD. */
export const date = () =>
  trimmed.transform((s, ctx) => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
    if (y && m && d) {
      const dt = new Date(Date.UTC(+y, +m - 1, +d));
      if (dt.getUTCFullYear() === +y && dt.getUTCMonth() === +m - 1 && dt.getUTCDate() === +d) {
        return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
      }
    }
    const message = s === ''
      ? 'falta la fecha (AAAA-MM-DD o DD/MM/AAAA)'
      : y && m && d
        ? `"${s}" no es una fecha que exista (revise el día y el mes)`
        : `"${s}" no es una fecha válida; se esperaba AAAA-MM-DD o DD/MM/AAAA`;
    ctx.issues.push({ code: 'custom', input: s, message });
    return z.NEVER;
  });

export const optionalDate = () => z.union([z.string().regex(/^\s*$/).transform(() => undefined), date()]);

/**
 * A whole non-negative number as spreadsheets write it: digits ("1234") or digits grouped by
 * thousands with commas, the es-MX separator Excel uses ("1,234", "12,345,678"). Anything else
 * ("1,5", "12,34", "1.234", "-3") is undefined: a comma in the wrong place is not guessed at.
 */
export function parseWholeNumber(s: string): number | undefined {
  const t = s.trim();
  const digits = /^\d+$/.test(t) ? t : /^\d{1,3}(,\d{3})+$/.test(t) ? t.replaceAll(',', '') : undefined;
  if (digits === undefined) return undefined;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** What `parseWholeNumber` accepts, for messages. */
export const WHOLE_NUMBER_HINT = 'escriba solo dígitos, con o sin coma como separador de miles (1234 o 1,234)';

/** Whole non-negative number; accepts Excel's thousands separators ("1,234"). */
export const count = () =>
  trimmed.transform((s, ctx) => {
    const n = parseWholeNumber(s);
    if (n !== undefined) return n;
    ctx.issues.push({ code: 'custom', input: s, message: s === '' ? 'falta un número entero' : `"${s}" no es un número entero no negativo; ${WHOLE_NUMBER_HINT}` });
    return z.NEVER;
  });

export function normaliseKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
}
