/**
 * {{etiqueta "etapa" clave}} → "Detección": a vocabulary key as its Spanish label
 * (src/schemas/vocabularies.ts). A list of keys gives "a, b y c". `minusculas=true` lowers
 * the first letter for use inside a sentence ("la etapa de detección"), keeping acronyms.
 */
import type { HelperOptions } from 'handlebars';
import {
  COST, DOCUMENT_STATUS, DURATION, HORIZONS, INSTRUMENT_STATUS, INSTRUMENT_TYPES, LEVELS, MODALITIES, ORGANISATION_TYPES,
  PRIORITIES, PROFILES, REACH, SECTORS, SERVICES, STAGES, TOOL_USE, VALENCES,
} from '../../../schemas/vocabularies.js';
import { formatList } from '../../../util/format-es.js';
import { escapeMarkdown } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';

export const VOCABULARIES: Record<string, Record<string, string>> = {
  etapa: STAGES,
  valencia: VALENCES,
  perfil: PROFILES,
  sector: SECTORS,
  nivel: LEVELS,
  modalidad: MODALITIES,
  tipo_instrumento: INSTRUMENT_TYPES,
  estatus: INSTRUMENT_STATUS,
  uso: TOOL_USE,
  tipo_organizacion: ORGANISATION_TYPES,
  servicio: SERVICES,
  alcance: REACH,
  duracion: DURATION,
  costo: COST,
  prioridad: PRIORITIES,
  plazo: HORIZONS,
  estado_documento: DOCUMENT_STATUS,
};

/** "Detección" → "detección"; "NNA migrantes…" stays (the first word is an acronym). */
export function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return s;
  return s.charAt(0).toLocaleLowerCase('es-MX') + s.slice(1);
}

export function label(helper: string, vocab: unknown, key: unknown, options: HelperOptions): string {
  if (typeof vocab !== 'string' || !(vocab in VOCABULARIES)) {
    fail(helper, options, `vocabulario desconocido ${describe(vocab)}; vocabularios: ${Object.keys(VOCABULARIES).join(', ')}`);
  }
  const v = VOCABULARIES[vocab]!;
  if (typeof key !== 'string' || !(key in v)) {
    fail(helper, options, `${describe(key)} no es una clave del vocabulario «${vocab}»; claves válidas: ${Object.keys(v).join(', ')}`);
  }
  return v[key]!;
}

export function etiqueta(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const [vocab, key] = params;
  const lower = options.hash.minusculas === true;
  const one = (k: unknown) => {
    const l = label('etiqueta', vocab, k, options);
    return escapeMarkdown(lower ? lowerFirst(l) : l);
  };
  if (Array.isArray(key)) return formatList(key.map(one), options.hash.conjuncion === 'o' ? 'o' : 'y');
  return one(key);
}
