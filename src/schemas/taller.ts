/**
 * The workshop of a state (taller de aplicación de los flujogramas, issue #17 item 2):
 * - data/<estado>/taller/taller.yaml — date, modality, platform, duration, objectives and the
 *   agenda (times, facilitating role — a role or an institution, never a person's name);
 * - data/comun/taller/casos.yaml (a state may replace a profile's case in
 *   data/<estado>/taller/casos.yaml) — one fictional case per profile, its questions and the
 *   expected route as step ids of the state's flowchart of that profile;
 * - data/comun/taller/cuestionario.yaml (or the state's) — the pre/post questionnaire;
 * - data/<estado>/taller/respuestas.csv — recorded answers: momento, institucion, pregunta,
 *   respuesta (no personal data).
 */
import { z } from 'zod';
import { PROFILES } from './vocabularies.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'hora no válida; se esperaba HH:MM (p. ej. 09:30)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'fecha no válida; se esperaba AAAA-MM-DD');
const text = z.string().trim().min(1, 'no puede estar vacío');

export const WORKSHOP_MODALITIES = { virtual: 'Virtual', presencial: 'Presencial', mixta: 'Mixta' } as const;

export const agendaItemSchema = z.object({
  inicio: time,
  fin: time,
  tema: text,
  /** Who facilitates: a role or an institution, never a person's name. */
  facilita: text,
  descripcion: text.optional(),
}).strict();

export const workshopSchema = z.object({
  titulo: text,
  fecha: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  modalidad: z.enum(Object.keys(WORKSHOP_MODALITIES) as [keyof typeof WORKSHOP_MODALITIES]),
  plataforma: text,
  /** Minutes from the first item's start to the last item's end (checked against the agenda). */
  duracion_minutos: z.number().int().positive(),
  dirigido_a: text,
  objetivos: z.array(text).min(1),
  agenda: z.array(agendaItemSchema).min(1),
  version: z.string().default('1.0'),
}).strict();
export type Workshop = z.output<typeof workshopSchema>;

const profileId = z.enum(Object.keys(PROFILES) as [keyof typeof PROFILES]);
const stepId = z.string().regex(/^[a-z0-9_]+$/, 'id de paso no válido (minúsculas, números y _)');

export const caseSchema = z.object({
  perfil: profileId,
  titulo: text,
  /** Short fictional scenario (no real case, no names). */
  escenario: text.max(280, 'el escenario debe caber en una diapositiva: 280 caracteres como máximo'),
  preguntas: z.array(text.max(70, 'cada pregunta, 70 caracteres como máximo (se lee en pantalla)')).min(1).max(3),
  /** Step ids of the state's flowchart of this profile, in the order the route follows them. */
  ruta_esperada: z.array(stepId).min(2),
}).strict();
export type WorkshopCase = z.output<typeof caseSchema>;
export const casesFileSchema = z.object({ casos: z.array(caseSchema).min(1) }).strict();

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, 'id no válido (minúsculas, números y _)'),
  texto: text,
  tipo: z.literal('opcion_unica'),
  opciones: z.record(z.string().regex(/^[a-f]$/, 'clave de opción no válida (a–f)'), text),
  correcta: z.string(),
}).strict();
export type Question = z.output<typeof questionSchema>;
export const questionnaireSchema = z.object({
  titulo: text,
  instrucciones: z.array(text).min(1),
  preguntas: z.array(questionSchema).min(1),
}).strict();
export type Questionnaire = z.output<typeof questionnaireSchema>;

/** Columns of respuestas.csv, in this order; no other column is accepted. */
export const ANSWER_COLUMNS = ['momento', 'institucion', 'pregunta', 'respuesta'] as const;
export const MOMENTS = { pre: 'Antes del taller', post: 'Después del taller' } as const;
export type Moment = keyof typeof MOMENTS;

export interface Answer {
  momento: Moment;
  institucion: string;
  pregunta: string;
  /** Option key, or '' when the question was left unanswered. */
  respuesta: string;
  line: number;
}
