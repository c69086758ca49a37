/** Schema of data/<estado>/estado.yaml: the state's configuration and dataset governance. */
import { z } from 'zod';

/** A calendar date AAAA-MM-DD that exists (2028-02-30 is refused, not rolled over to March). */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

const isoDate = z
  .string({ error: 'se esperaba una fecha AAAA-MM-DD (escríbala sin comillas o entre comillas, p. ej. 2026-03-31)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'se esperaba una fecha AAAA-MM-DD' })
  .refine(isRealIsoDate, { error: 'no es una fecha que exista (revise el día y el mes; febrero tiene 28 o 29 días)' });

/** IOM data-protection principles: every dataset declares purpose, owner and retention. */
export const datasetGovernanceSchema = z.object({
  proposito: z.string().min(1),
  responsable: z.string().min(1),
  base_consentimiento: z.string().min(1).optional(),
  conservar_hasta: isoDate,
});

export const stateConfigSchema = z.object({
  nombre: z.string().min(1),
  clave_inegi: z.number().int().min(1).max(32),
  cie: z.object({ nombre: z.string().min(1), siglas: z.string().optional() }),
  periodo_campo: z.object({ inicio: isoDate, fin: isoDate }),
  autores: z.array(z.string().min(1)).min(1),
  estado_documento: z.enum(['borrador', 'final']),
  version: z.string().min(1),
  fecha_documento: isoDate,
  datos_de_muestra: z.boolean(),
  titulo_corto: z.string().optional(),
  /** Cut date of each source, printed next to its figures. */
  cortes: z.object({
    entrevistas: isoDate,
    estadisticas: isoDate,
    marco_normativo: isoDate,
    herramientas: isoDate.optional(),
    organizaciones: isoDate.optional(),
  }),
  estadisticas: z.object({
    /** SESNSP "Víctimas del fuero común" file; relative to the repository root. */
    archivo: z.string().min(1),
    fuente: z.string().min(1),
    anio_inicio: z.number().int().optional(),
  }),
  /** Governance of each dataset, keyed by dataset name (entrevistas, segmentos, …). */
  conjuntos: z.record(z.string(), datasetGovernanceSchema),
  /** Which outputs this state has (a new state may only have flowcharts). */
  productos: z.array(z.enum(['diagnostico', 'presentacion', 'flujogramas', 'analisis_rapido', 'guia_entrevista', 'informe_entrevista', 'taller'])).default(['diagnostico', 'presentacion', 'flujogramas']),
});
export type StateConfig = z.output<typeof stateConfigSchema>;
