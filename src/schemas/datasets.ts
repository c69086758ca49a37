/**
 * One schema per dataset. Column names are the CSV headers analysts see (Spanish);
 * the row types are inferred from the schemas. docs/datos.md documents each with an example row.
 */
import { z } from 'zod';
import {
  COST, DURATION, HORIZONS, INSTRUMENT_STATUS, INSTRUMENT_TYPES, LEVELS, MODALITIES, ORGANISATION_TYPES,
  PRIORITIES, PROFILES, REACH, SECTORS, SERVICES, STAGES, TOOL_USE, VALENCES,
} from './vocabularies.js';
import { date, fieldMeta, freeList, id, listOf, oneOf, optionalDate, optionalId, optionalOneOf, optionalShortText, optionalText, text, yesNo } from './fields.js';

function freeText<T extends z.ZodType>(s: T): T {
  fieldMeta.add(s, { freeText: true });
  return s;
}
/** A column an older file may lack (its cells count as empty); see FieldMeta.optionalColumn. */
function optionalColumn<T extends z.ZodType>(s: T): T {
  fieldMeta.add(s, { ...(fieldMeta.get(s) ?? {}), optionalColumn: true });
  return s;
}
function publicField<T extends z.ZodType>(s: T): T {
  fieldMeta.add(s, { public: true, freeText: true });
  return s;
}

export const interviewSchema = z.object({
  id: id(),
  fecha: date(),
  modalidad: oneOf(MODALITIES, 'una modalidad'),
  institucion_id: id(),
  sector: oneOf(SECTORS, 'un sector'),
  cargo: freeText(text()),
  municipio: text(),
  consentimiento_grabacion: yesNo(),
  consentimiento_cita: yesNo(),
});
export type Interview = z.output<typeof interviewSchema>;

export const segmentSchema = z.object({
  segmento_id: id(),
  entrevista_id: id(),
  codigo: id(),
  etapa: oneOf(STAGES, 'una etapa del mecanismo'),
  valencia: oneOf(VALENCES, 'una valencia'),
  perfil: optionalOneOf(PROFILES, 'un perfil de víctima'),
  extracto: freeText(text()),
  codificador: text(),
});
export type Segment = z.output<typeof segmentSchema>;

export const codeSchema = z.object({
  codigo: id(),
  padre: optionalId(),
  etapa: optionalOneOf(STAGES, 'una etapa del mecanismo'),
  etiqueta: text(),
  descripcion: freeText(text()),
});
export type Code = z.output<typeof codeSchema>;

export const institutionSchema = z.object({
  id: id(),
  nombre: text(),
  siglas: optionalText(),
  nivel: oneOf(LEVELS, 'un nivel de gobierno'),
  sector: oneOf(SECTORS, 'un sector'),
  etapas: listOf(STAGES, 'etapas'),
  funcion: freeText(text()),
});
export type Institution = z.output<typeof institutionSchema>;

export const instrumentSchema = z.object({
  id: id(),
  instrumento: text(),
  nivel: oneOf(LEVELS, 'un nivel'),
  tipo: oneOf(INSTRUMENT_TYPES, 'un tipo de instrumento'),
  fecha_publicacion: date(),
  emisor: text(),
  etapas: listOf(STAGES, 'etapas', { min: 1 }),
  perfiles: listOf(PROFILES, 'perfiles'),
  articulos: optionalText(),
  estatus: oneOf(INSTRUMENT_STATUS, 'un estatus'),
});
export type Instrument = z.output<typeof instrumentSchema>;

export const toolSchema = z.object({
  id: id(),
  herramienta: text(),
  institucion_id: id(),
  etapas: listOf(STAGES, 'etapas', { min: 1 }),
  perfiles: listOf(PROFILES, 'perfiles'),
  publicada: yesNo(),
  en_uso: oneOf(TOOL_USE, 'un valor de uso (si, parcial, no)'),
  fecha: optionalDate(),
});
export type Tool = z.output<typeof toolSchema>;

export const organisationSchema = z.object({
  id: id(),
  nombre: text(),
  tipo: oneOf(ORGANISATION_TYPES, 'un tipo de organización'),
  servicios: listOf(SERVICES, 'servicios', { min: 1 }),
  alcance: oneOf(REACH, 'un alcance'),
  municipios: freeList(),
  duracion: oneOf(DURATION, 'una duración'),
  costo: oneOf(COST, 'un costo'),
  poblacion_objetivo: listOf(PROFILES, 'perfiles', { min: 1 }),
  contacto_institucional: publicField(optionalText()),
});
export type Organisation = z.output<typeof organisationSchema>;

/** Longest short title of a recommendation (what its slide shows at 18–20 pt on two lines). */
export const RECOMMENDATION_TITLE_MAX = 60;

export const recommendationSchema = z.object({
  id: id(),
  etapa: oneOf(STAGES, 'una etapa del mecanismo'),
  texto: freeText(text()),
  institucion_id: id(),
  prioridad: oneOf(PRIORITIES, 'una prioridad'),
  plazo: oneOf(HORIZONS, 'un plazo'),
  // Optional column: the title the deck shows (the full text goes to the speaker notes); without
  // it the deck shortens `texto` itself (src/write/pptx/slides/findings.ts, recommendationGist).
  titulo_corto: optionalColumn(freeText(optionalShortText(RECOMMENDATION_TITLE_MAX, 'el título corto').optional())),
});
export type Recommendation = z.output<typeof recommendationSchema>;

/** Tidy monthly statistics produced by the SESNSP importer (src/import/sesnsp.ts). */
export const statisticSchema = z.object({
  anio: z.number().int(),
  mes: z.number().int().min(1).max(12),
  clave_ent: z.number().int(),
  sexo: z.enum(['Mujer', 'Hombre', 'No identificado']),
  rango_edad: z.enum(['Menores de edad (0-17)', 'Adultos (18 y más)', 'No especificado', 'No identificado']),
  victimas: z.number().int().min(0),
});
export type Statistic = z.output<typeof statisticSchema>;

/** Every CSV dataset: file name (relative to data/comun or data/<estado>), schema, key column. */
export const DATASETS = {
  entrevistas: { file: 'entrevistas.csv', schema: interviewSchema, key: 'id', perState: true },
  segmentos: { file: 'segmentos.csv', schema: segmentSchema, key: null, perState: true },
  codigos: { file: 'libro-codigos.csv', schema: codeSchema, key: 'codigo', perState: false },
  instituciones: { file: 'instituciones.csv', schema: institutionSchema, key: 'id', perState: false },
  marco_normativo: { file: 'marco-normativo.csv', schema: instrumentSchema, key: 'id', perState: false },
  herramientas: { file: 'herramientas.csv', schema: toolSchema, key: 'id', perState: false },
  organizaciones: { file: 'organizaciones.csv', schema: organisationSchema, key: 'id', perState: true },
  recomendaciones: { file: 'recomendaciones.csv', schema: recommendationSchema, key: 'id', perState: true },
} as const;
export type DatasetName = keyof typeof DATASETS;
