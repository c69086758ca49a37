/**
 * Schemas of the datasets of a state's rapid analysis (the programme's new state):
 *
 * - `guia-entrevista.yaml`: the question bank of the semi-structured interview with the CIE's
 *   Technical Secretariat, with its version and approval fields;
 * - `entrevista-notas.yaml`: what the interview record adds to entrevistas.csv/segmentos.csv
 *   (context of the session and the points left to verify);
 * - `mapeo-organizaciones.csv`: the mapping of organisations, the diagnostics' organisations
 *   dataset extended with population details, capacity and referral requirements.
 *
 * Keys are what analysts type; Spanish labels are in the vocabularies.
 */
import { z } from 'zod';
import { isRealIsoDate } from './state.js';
import { organisationSchema } from './datasets.js';
import { count, fieldMeta, freeList, listOf, oneOf, optionalText, text } from './fields.js';
import { STAGES, keysOf } from './vocabularies.js';

const isoDate = z
  .string({ error: 'se esperaba una fecha AAAA-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'se esperaba una fecha AAAA-MM-DD' })
  .refine(isRealIsoDate, { error: 'no es una fecha que exista (revise el día y el mes)' });
const line = z.string({ error: 'se esperaba un texto' }).trim().min(1, { error: 'el texto está vacío' });
const slugId = z.string({ error: 'se esperaba un identificador' }).regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'un identificador solo puede tener minúsculas sin acento, números, "-" y "_"' });

/** The mechanism stage a question informs, or a cross-cutting topic (coordination, tools…). */
export const QUESTION_TOPICS = {
  ...STAGES,
  coordinacion: 'Coordinación interinstitucional',
  herramientas: 'Herramientas oficiales',
  transversal: 'Transversal',
} as const;
export type QuestionTopic = keyof typeof QUESTION_TOPICS;

export const questionSchema = z.strictObject({
  id: slugId,
  texto: line,
  proposito: line,
  etapa: z.enum(keysOf(QUESTION_TOPICS), { error: `se esperaba una etapa del mecanismo o un tema: ${Object.keys(QUESTION_TOPICS).join(', ')}` }),
  sondeos: z.array(line).optional(),
});
export type Question = z.output<typeof questionSchema>;

export const guideSectionSchema = z.strictObject({
  id: slugId,
  titulo: line,
  introduccion: line.optional(),
  preguntas: z.array(questionSchema).min(1, { error: 'una sección necesita al menos una pregunta' }),
});

export const guideVersionSchema = z.strictObject({
  version: line,
  fecha: isoDate,
  estado: z.enum(['borrador', 'en_revision', 'aprobada'], { error: 'se esperaba borrador, en_revision o aprobada' }),
  /** The reviewing body or post (institutional: no personal names). */
  revisado_y_aprobado_por: line.optional(),
  cambios: line,
});

export const questionBankSchema = z.strictObject({
  titulo: line,
  subtitulo: line.optional(),
  /** Who is interviewed (a body or post, never a person). */
  dirigida_a: line,
  modalidad: z.enum(['virtual', 'presencial']),
  duracion_minutos: z.number().int().min(10).max(240),
  proposito: z.array(line).min(1),
  consentimiento: z.strictObject({
    lectura: z.array(line).min(1),
    grabacion: line,
    cita: line,
    cierre: line,
  }),
  cierre: line,
  versiones: z.array(guideVersionSchema).min(1),
  secciones: z.array(guideSectionSchema).min(1),
});
export type QuestionBank = z.output<typeof questionBankSchema>;

export const interviewNotesSchema = z.strictObject({
  /** The interview of entrevistas.csv this record completes. */
  entrevista_id: z.string().min(1),
  duracion_minutos: z.number().int().min(1).max(600),
  /** Who took part, by role only. */
  participantes: z.array(line).min(1),
  guia_version: line,
  contexto: z.array(line).min(1),
  puntos_por_verificar: z.array(z.strictObject({
    etapa: z.enum(keysOf(QUESTION_TOPICS)),
    texto: line,
    fuente: line,
  })),
  proximos_pasos: z.array(line).min(1),
});
export type InterviewNotes = z.output<typeof interviewNotesSchema>;

// ---------------------------------------------------------------------------
// Mapping of organisations
// ---------------------------------------------------------------------------

export const SEX_SERVED = { mujeres: 'Mujeres', hombres: 'Hombres', todas: 'Todas las personas' } as const;
export const AGE_GROUPS = { ninez: 'Niñez (0-11)', adolescencia: 'Adolescencia (12-17)', adultas: 'Personas adultas (18-59)', mayores: 'Personas mayores (60 y más)' } as const;
export const NATIONALITY = { mexicana: 'Mexicana', extranjera: 'Extranjera', cualquiera: 'Cualquier nacionalidad' } as const;

/** A capacity cell: places or people at a time, or empty when not known. */
const optionalCount = () => z.union([z.string().regex(/^\s*$/).transform(() => undefined), count()]);

function publicField<T extends z.ZodType>(s: T): T {
  fieldMeta.add(s, { freeText: true });
  return s;
}

/**
 * The diagnostics' organisation row plus what the mapping adds. The contact is NOT declared
 * public here: only a channel that passes the institutional-contact rule
 * (src/privacy/institutional-contact.ts) reaches an output.
 */
export const mappingSchema = organisationSchema.extend({
  sexo: oneOf(SEX_SERVED, 'una población por sexo'),
  grupos_edad: listOf(AGE_GROUPS, 'grupos de edad', { min: 1 }),
  nacionalidad: oneOf(NATIONALITY, 'una nacionalidad'),
  capacidad: optionalCount(),
  requisitos_canalizacion: publicField(text()),
  contacto_institucional: publicField(optionalText()),
  municipios: freeList(),
});
export type MappingRow = z.output<typeof mappingSchema>;
