/** Zod schemas of the flowchart YAML files (base and state variant). Keys are Spanish, as typed by analysts. */
import { z } from 'zod';
import { PROFILES, STAGES } from '../schemas/vocabularies.js';
import { FLOW_STATUS, STEP_TYPES } from './types.js';

const id = z.string().regex(/^[a-z0-9_]+$/, { error: 'se esperaba un identificador en minúsculas, dígitos y "_" (p. ej. "entrevista_inicial")' });
const text = z.string().trim().min(1, { error: 'no puede estar vacío' });
/**
 * Text drawn inside a box of the flowchart (a step, a lane's name, a condition): a longer one
 * would make a box taller than a page (and its layout and images huge); the detail goes to
 * `nota`, `fundamento` or the report.
 */
const boxText = (max: number, what: string) =>
  text.pipe(z.string().max(max, { error: (issue) => `${what} tiene ${String(issue.input).length} caracteres; el máximo es ${max} para que quepa en su recuadro del flujograma (resúmalo; el detalle puede ir en «nota»)` }));
export const MAX_STEP_TEXT = 300;
export const MAX_LANE_NAME = 200;
export const MAX_CONDITION = 120;
const stepText = boxText(MAX_STEP_TEXT, 'el texto del paso');
const isoDate = z.union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'se esperaba una fecha AAAA-MM-DD' }));
const version = z.union([z.string(), z.number()]).transform((v) => String(v)).pipe(z.string().min(1));
const profile = z.enum(Object.keys(PROFILES) as [keyof typeof PROFILES, ...(keyof typeof PROFILES)[]], {
  error: `perfil desconocido; perfiles válidos: ${Object.keys(PROFILES).join(', ')}`,
});
const status = z.enum(Object.keys(FLOW_STATUS) as [keyof typeof FLOW_STATUS, ...(keyof typeof FLOW_STATUS)[]], {
  error: 'estatus desconocido; se esperaba borrador, revisado_oim, validado_cie o final',
});
const institution = text.pipe(z.string().max(200, { error: 'el nombre de la institución es demasiado largo (máximo 200 caracteres)' }));
/** A status reached, its date and the institution that approved it (an institution, never a person). */
export const statusChangeSchema = z.strictObject({ estatus: status, fecha: isoDate, aprobado_por: institution });
const stepType = z.enum(STEP_TYPES, { error: `tipo desconocido; se esperaba ${STEP_TYPES.join(', ')}` });
/** The mechanism stage a step belongs to (the diagnostics' stages): the comparison between states groups steps by it. */
const stage = z.enum(Object.keys(STAGES) as [keyof typeof STAGES, ...(keyof typeof STAGES)[]], {
  error: `etapa desconocida; etapas válidas: ${Object.keys(STAGES).join(', ')}`,
});

export const laneSchema = z.strictObject({ id, nombre: boxText(MAX_LANE_NAME, 'el nombre del carril') });

export const stepSchema = z.strictObject({
  id,
  carril: id,
  texto: stepText,
  tipo: stepType.default('proceso'),
  etapa: stage.optional(),
  fundamento: text.optional(),
  plazo: text.optional(),
  nota: text.optional(),
});

/** In a variant, a step whose id exists in the base may give only the fields it changes. */
export const stepOverrideSchema = z.strictObject({
  id,
  carril: id.optional(),
  texto: stepText.optional(),
  tipo: stepType.optional(),
  etapa: stage.optional(),
  fundamento: text.optional(),
  plazo: text.optional(),
  nota: text.optional(),
});

export const transitionSchema = z.strictObject({ de: id, a: id, condicion: boxText(MAX_CONDITION, 'la condición').optional() });

const common = {
  titulo: text,
  version,
  estatus: status,
  fecha: isoDate,
  notas: text.optional(),
};

export const baseFlowchartSchema = z.strictObject({
  perfil: profile,
  ...common,
  carriles: z.array(laneSchema).min(1, { error: 'se necesita al menos un carril' }),
  pasos: z.array(stepSchema).min(1, { error: 'se necesita al menos un paso' }),
  transiciones: z.array(transitionSchema).default([]),
});
export type BaseFlowchartFile = z.output<typeof baseFlowchartSchema>;

export const variantFlowchartSchema = z.strictObject({
  base: profile,
  estado: z.string().regex(/^[a-z0-9-]+$/, { error: 'se esperaba el nombre de la carpeta del estado (p. ej. "baja-california")' }).optional(),
  titulo: text.optional(),
  version: common.version,
  estatus: common.estatus,
  fecha: common.fecha,
  notas: common.notas,
  carriles: z.array(laneSchema).default([]),
  pasos: z.array(stepOverrideSchema).default([]),
  transiciones: z.array(transitionSchema).default([]),
  /** Status history, oldest first: statuses only move forward (checked in load.ts). */
  historial: z.array(statusChangeSchema).default([]),
  quitar: z.array(id).default([]),
  quitar_transiciones: z.array(z.strictObject({ de: id, a: id })).default([]),
});
export type VariantFlowchartFile = z.output<typeof variantFlowchartSchema>;

/** A comment of the CIE on a reviewed version, with its decision. */
export const commentSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'se esperaba un identificador corto (p. ej. "C3")' }),
  /** The step or lane the comment is about (absent: the whole flowchart). */
  paso: id.optional(),
  carril: id.optional(),
  /** Who raised it: an institution, not a person. */
  institucion: institution,
  comentario: text,
  decision: z.enum(['aceptado', 'rechazado', 'pendiente'], { error: 'decisión desconocida; se esperaba aceptado, rechazado o pendiente' }),
  motivo: text.optional(),
}).superRefine((c, ctx) => {
  if (c.decision === 'rechazado' && !c.motivo) ctx.addIssue({ code: 'custom', path: ['motivo'], message: 'un comentario rechazado necesita su motivo' });
});

/** One review of a version in a working session with the CIE. */
export const reviewSchema = z.strictObject({
  version_revisada: version,
  /** The reviewed version as it was, kept beside the current one (relative to the state's flowchart folder). */
  archivo: z.string().regex(/^versiones\/[a-z0-9_.-]+\.ya?ml$/, { error: 'se esperaba un archivo de la carpeta versiones/ (p. ej. "versiones/nna-0.1.yaml")' }),
  sesion: text,
  fecha: isoDate,
  comentarios: z.array(commentSchema).min(1, { error: 'una revisión necesita al menos un comentario' }),
});

/** `data/<estado>/flujogramas/comentarios/<perfil>.yaml`: the reviews of one flowchart, oldest first. */
export const feedbackFileSchema = z.strictObject({
  perfil: profile,
  revisiones: z.array(reviewSchema).min(1, { error: 'se necesita al menos una revisión' }),
});
export type FeedbackFile = z.output<typeof feedbackFileSchema>;
