/**
 * Schemas of the programme's own records (data/programa/): the YAML header of each minute
 * (minutas/*.md), the work plan (plan-de-trabajo.yaml) and the reporting periods
 * (informes.yaml). Spanish field names, like every dataset; Spanish labels for the vocabularies.
 */
import { z } from 'zod';
import { isRealIsoDate } from './state.js';

/** YAML reads an unquoted 2026-08-05 as a date: accept both and keep AAAA-MM-DD. */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'se esperaba una fecha AAAA-MM-DD' })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'se esperaba una fecha AAAA-MM-DD' }).refine(isRealIsoDate, { error: 'no es una fecha que exista (revise el día y el mes)' }));

const time = z
  .string({ error: 'se esperaba una hora HH:MM entre comillas, p. ej. "10:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'se esperaba una hora HH:MM de 24 horas, p. ej. "09:30" o "16:00"' });

const text = z.string({ error: 'se esperaba un texto' }).trim().min(1, { error: 'el texto está vacío' });
const slug = z.string().regex(/^[a-z0-9-]+$/, { error: 'se esperaba el nombre de la carpeta del estado (p. ej. "baja-california")' });
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: 'se esperaba un identificador corto sin espacios (p. ej. A3 o P2)' });

/** Kinds of meeting, with the Spanish label printed in the documents. */
export const MEETING_KINDS = {
  inicio: 'Reunión de inicio',
  coordinacion: 'Reunión de coordinación',
  mesa_de_trabajo: 'Mesa de trabajo',
  presentacion_cie: 'Presentación ante el CIE',
  taller: 'Taller',
  seguimiento: 'Reunión de seguimiento',
} as const;
export type MeetingKind = keyof typeof MEETING_KINDS;

export const MODALITIES = { presencial: 'Presencial', virtual: 'Virtual', hibrida: 'Híbrida' } as const;

/** Status of an agreement as recorded in its minute (the register adds «vencido» from the dates). */
export const AGREEMENT_RECORDED = ['pendiente', 'cumplido', 'cancelado'] as const;

const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const attendeeSchema = z.strictObject({
  /** An official or team member acting in their public role; never a victim or an interviewee. */
  nombre: text,
  cargo: text,
  institucion: text,
});

export const agreementSchema = z
  .strictObject({
    texto: text,
    responsable: text,
    fecha_limite: isoDate,
    estatus: z.enum(AGREEMENT_RECORDED, { error: 'estatus desconocido; se esperaba pendiente, cumplido o cancelado' }),
    /** Required when cumplido: the register counts it done only from this date on. */
    fecha_cumplimiento: isoDate.optional(),
    nota: text.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.estatus === 'cumplido' && !a.fecha_cumplimiento) {
      ctx.addIssue({ code: 'custom', path: ['fecha_cumplimiento'], message: 'un acuerdo cumplido necesita su fecha_cumplimiento (AAAA-MM-DD)' });
    }
    if (a.estatus !== 'cumplido' && a.fecha_cumplimiento) {
      ctx.addIssue({ code: 'custom', path: ['fecha_cumplimiento'], message: `fecha_cumplimiento solo va en un acuerdo cumplido (este está ${a.estatus})` });
    }
  });

export const minuteHeaderSchema = z
  .strictObject({
    titulo: text,
    tipo: z.enum(keysOf(MEETING_KINDS), { error: `tipo de reunión desconocido; se esperaba ${Object.keys(MEETING_KINDS).join(', ')}` }),
    fecha: isoDate,
    hora_inicio: time,
    hora_fin: time,
    modalidad: z.enum(keysOf(MODALITIES), { error: 'modalidad desconocida; se esperaba presencial, virtual o hibrida' }),
    /** Place (presencial) or platform (virtual). */
    lugar: text,
    /** The state's folder in data/, when the meeting is about one state. */
    estado: slug.optional(),
    /** Activity of the work plan this meeting belongs to (plan-de-trabajo.yaml → actividades). */
    actividad: id.optional(),
    datos_de_muestra: z.boolean(),
    asistentes: z.array(attendeeSchema).min(1, { error: 'una minuta necesita al menos una persona asistente' }),
    orden_del_dia: z.array(text).min(1, { error: 'el orden del día necesita al menos un punto' }),
    acuerdos: z.array(agreementSchema).default([]),
    /** Who drafted and who approves the minute (roles; printed on the signature line). */
    elaboro: text,
    aprobo: text,
  })
  .superRefine((m, ctx) => {
    if (m.hora_fin <= m.hora_inicio) ctx.addIssue({ code: 'custom', path: ['hora_fin'], message: `la hora de término (${m.hora_fin}) debe ser posterior a la de inicio (${m.hora_inicio})` });
  });
export type MinuteHeader = z.output<typeof minuteHeaderSchema>;
export type Agreement = z.output<typeof agreementSchema>;
export type Attendee = z.output<typeof attendeeSchema>;

const window = z.strictObject({ desde: isoDate, hasta: isoDate }).superRefine((w, ctx) => {
  if (w.hasta < w.desde) ctx.addIssue({ code: 'custom', path: ['hasta'], message: `la ventana termina (${w.hasta}) antes de empezar (${w.desde})` });
});

export const activitySchema = z.strictObject({
  id,
  titulo: text,
  inicio: isoDate,
  fin: isoDate,
  descripcion: text.optional(),
  /** States it covers (folders of data/); empty = the whole programme. */
  estados: z.array(slug).default([]),
});

export const productSchema = z.strictObject({
  id,
  titulo: text,
  actividad: id,
  entrega: window,
  /** Share of the contract paid on delivery, in percent. */
  pago: z.number().positive().max(100),
  depende_de: z.array(id).default([]),
  /**
   * Repository paths of what the product delivers (committed twins, data files). Delivered
   * means: every one exists and `entregado` records the date.
   */
  salidas: z.array(text).min(1, { error: 'un producto necesita al menos una salida' }),
  /** Record of the delivery: date it was delivered to the organisation. */
  entregado: isoDate.optional(),
});

export const planSchema = z.strictObject({
  titulo: text,
  consultoria: text,
  version: z.union([z.string(), z.number()]).transform(String),
  fecha_documento: isoDate,
  /** The data's cut date: the default date for statuses (unless SOURCE_DATE_EPOCH is set). */
  fecha_corte: isoDate,
  estado_documento: z.enum(['borrador', 'final']),
  datos_de_muestra: z.boolean(),
  objetivos: z.strictObject({ general: text, especificos: z.array(text).min(1) }),
  /** Paragraphs of the methodology. */
  metodologia: z.array(text).min(1),
  actividades: z.array(activitySchema).min(1),
  productos: z.array(productSchema).min(1),
});
export type Plan = z.output<typeof planSchema>;
export type PlanActivity = z.output<typeof activitySchema>;
export type PlanProduct = z.output<typeof productSchema>;

export const periodSchema = z.strictObject({
  numero: z.number().int().min(1),
  desde: isoDate,
  hasta: isoDate,
  /** The payment product this report accompanies. */
  producto: id.optional(),
  dificultades: z.array(text).default([]),
  proximos_pasos: z.array(text).default([]),
});

export const reportsSchema = z.strictObject({
  datos_de_muestra: z.boolean(),
  periodos: z.array(periodSchema).min(1),
  final: z.strictObject({
    fecha_documento: isoDate,
    version: z.union([z.string(), z.number()]).transform(String),
    estado_documento: z.enum(['borrador', 'final']),
    /** Evidence for the indicators the data cannot compute (relevance, impact), as text. */
    pertinencia: z.array(text).default([]),
    impacto: z.array(text).default([]),
    conclusiones: z.array(text).default([]),
  }),
});
export type ReportsConfig = z.output<typeof reportsSchema>;
export type Period = z.output<typeof periodSchema>;
