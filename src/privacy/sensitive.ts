/**
 * Datos sensibles (LGPDPPSO / LFPDPPP, DOF 20-03-2025: ethnic origin, health, sexual life…):
 * they may be aggregated, never printed per record. Fields are flagged `sensitive` in the
 * `fieldMeta` registry (src/schemas/fields.ts); names that obviously denote sensitive data are
 * treated as sensitive too, so a new column cannot slip through unflagged.
 */
import type { z } from 'zod';
import { fieldMeta, normaliseKey } from '../schemas/fields.js';
import { UserError, type Problem } from '../util/errors.js';

/** Column-name fragments that denote datos sensibles or direct identifiers of people. */
export const SENSITIVE_NAME_PATTERNS: readonly RegExp[] = [
  /etni/, /indigena/, /lengua_materna/, /pueblo_originario/, /afro/,
  /salud/, /discapacidad/, /enfermedad/, /vih/, /embarazo/, /diagnostico_medico/,
  /sexual/, /orientacion/, /identidad_de_genero/, /genero_identidad/,
  /religi/, /creencia/, /afiliacion_politica/, /sindical/,
  /migratori/, /nacionalidad/, /antecedentes_penales/,
  /^nombre_(?:victima|persona|entrevistad)/, /^nombre_completo$/, /apellido/, /^curp$/, /^rfc$/, /telefono/, /correo/, /domicilio/, /direccion/,
  /carpeta/, /expediente/, /averiguacion/, /^nuc$/,
];

type ObjectSchema = { shape: Record<string, z.ZodType> };

export function isSensitiveName(column: string): boolean {
  const k = normaliseKey(column);
  return SENSITIVE_NAME_PATTERNS.some((re) => re.test(k));
}

/** Fields flagged `sensitive` in fieldMeta, plus fields whose name denotes sensitive data (not public ones). */
export function sensitiveFields(schema: ObjectSchema): string[] {
  const out: string[] = [];
  for (const [k, s] of Object.entries(schema.shape)) {
    const meta = fieldMeta.get(s);
    if (meta?.sensitive || (!meta?.public && isSensitiveName(k))) out.push(k);
  }
  return out;
}

/**
 * Renderers call this with the columns of any per-record table (one row per interview,
 * segment, person…). Aggregated tables (counts by category) need not call it.
 * @param extra more sensitive field names (e.g. `sensitiveFields(schema)`)
 */
export function sensitiveColumns(columns: readonly string[], extra: readonly string[] = []): string[] {
  const extraKeys = new Set(extra.map(normaliseKey));
  return columns.filter((c) => extraKeys.has(normaliseKey(c)) || isSensitiveName(c));
}

export function assertNoSensitiveColumns(columns: readonly string[], opts: { where?: string; extra?: readonly string[] } = {}): void {
  const bad = sensitiveColumns(columns, opts.extra);
  if (bad.length === 0) return;
  throw new UserError(
    'Se bloqueó la generación: una tabla imprimiría datos sensibles por registro',
    bad.map((c) => ({
      file: opts.where ?? 'tabla',
      field: c,
      message: `la columna «${c}» contiene datos sensibles o identificables y no puede mostrarse por registro; muéstrela solo agregada (conteos con supresión de celdas pequeñas)`,
    })),
  );
}

/**
 * Handlebars templates: flags `{{campo}}` / `{{this.campo}}` inside `{{#each …}}` blocks when the
 * field is sensitive (per-record printing).
 */
export function checkTemplate(source: string, file: string, extra: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const extraKeys = new Set(extra.map(normaliseKey));
  const lines = source.split('\n');
  let depth = 0;
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/\{\{\{?\s*([#/]?)([^}\s]+)[^}]*\}?\}\}/g)) {
      const [, sigil, name] = m;
      if (sigil === '#' && name === 'each') depth++;
      else if (sigil === '/' && name === 'each') depth = Math.max(0, depth - 1);
      else if (!sigil && depth > 0) {
        const field = name!.replace(/^(?:this|\.\.\/)*\.?/, '').split('.').pop() ?? '';
        if (field && (extraKeys.has(normaliseKey(field)) || isSensitiveName(field))) {
          problems.push({
            file,
            line: i + 1,
            column: (m.index ?? 0) + 1,
            field,
            message: `la plantilla imprime «${field}» por registro dentro de {{#each}}; los datos sensibles solo pueden mostrarse agregados`,
          });
        }
      }
    }
  });
  return problems;
}
