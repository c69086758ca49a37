/** Loads proyecto.yaml, the one declarative configuration of the project. */
import path from 'node:path';
import { z } from 'zod';
import { readYaml, type YamlResult } from '../load/yaml.js';
import { UserError } from '../util/errors.js';

const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, { error: 'se esperaba un color hexadecimal de 6 dígitos, sin "#"' });

export const projectConfigSchema = z.object({
  organizacion: z.object({
    nombre: z.string().min(1),
    nombre_corto: z.string().min(1),
    programa: z.string().min(1),
    contacto: z.string().min(1),
  }),
  idioma: z.literal('es-MX'),
  privacidad: z.object({
    umbral_supresion: z.number().int().min(2).max(20),
    /** Interviewees (src/privacy/interviewees.ts, docs/privacidad.md). */
    entrevistas: z.strictObject({
      umbral_conteo: z.number({ error: 'umbral_conteo debe ser un número entero' }).int({ error: 'umbral_conteo debe ser un número entero' })
        .min(2, { error: 'umbral_conteo debe ser al menos 2 (los conteos de 1 se ocultan siempre)' }).max(20, { error: 'umbral_conteo debe ser como máximo 20' }).default(3),
      umbral_sector: z.number({ error: 'umbral_sector debe ser un número entero' }).int({ error: 'umbral_sector debe ser un número entero' })
        .min(2, { error: 'umbral_sector debe ser al menos 2 (un sector con una sola entrevista señala a una persona)' }).max(50, { error: 'umbral_sector debe ser como máximo 50' }).default(3),
      numerar_citas: z.boolean({ error: 'numerar_citas debe ser sí o no (true o false)' }).default(false),
      instituciones_con_conteo: z.boolean({ error: 'instituciones_con_conteo debe ser sí o no (true o false)' }).default(false),
    }, { error: (iss) => (iss.code === 'unrecognized_keys' ? `ajuste desconocido en privacidad.entrevistas: ${iss.keys.join(', ')} (se admiten umbral_conteo, umbral_sector, numerar_citas e instituciones_con_conteo)` : undefined) })
      .default({ umbral_conteo: 3, umbral_sector: 3, numerar_citas: false, instituciones_con_conteo: false }),
  }),
  estilo: z.object({
    fuente: z.string(),
    fuente_alternativa: z.string(),
    colores: z.object({
      primario: hex, secundario: hex, verde: hex, rojo: hex, amarillo: hex, naranja: hex, gris: hex, tinte: hex, tinte_claro: hex,
    }),
    docx: z.object({
      tamano_pagina: z.enum(['carta', 'a4']),
      texto: z.enum(['justificado', 'izquierda']),
      /** Heading levels listed in the "Índice" (1–3). */
      niveles_indice: z.number().int().min(1).max(3).default(2),
    }),
    graficas: z.object({ ancho: z.number().int().positive(), alto: z.number().int().positive() }),
  }),
  /** Output paths per product; `{estado}` is replaced by the state's folder name. */
  salidas: z.object({
    informe: z.string(), gemelo: z.string(), presentacion: z.string(),
    flujogramas_docx: z.string(), flujogramas_dir: z.string(), flujogramas_presentacion: z.string(),
    // Rapid analysis of a new state (src/pipeline/products/{guia-entrevista,informe-entrevista,analisis-rapido}.ts).
    // Optional: the products fall back to reports/{estado}/<producto>-{estado}.<ext>.
    guia_entrevista: z.string().optional(), informe_entrevista: z.string().optional(),
    analisis_rapido: z.string().optional(), directorio_organizaciones: z.string().optional(),
    /** Folder of the programme's own documents (minutes, work plan, reports); default reports/programa. */
    programa: z.string().optional(),
    /** The states side by side (src/pipeline/products/comparacion.ts); default reports/comparacion/comparacion-rutas-estados.docx. */
    comparacion_rutas: z.string().optional(),
  }),
  diagnostico: z.object({ titulo: z.string(), capitulos: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1) }),
  presentacion: z.object({ plantilla: z.string() }),
});
export type ProjectConfig = z.output<typeof projectConfigSchema>;

/** Repository root: where proyecto.yaml lives. Overridable for tests (fixtures projects). */
export function projectRoot(): string {
  return process.env.DIAGNOSTICOS_ROOT ?? path.resolve(import.meta.dirname, '..', '..');
}

export function outputPath(pattern: string, stateSlug: string, root = projectRoot()): string {
  return path.join(root, pattern.replaceAll('{estado}', stateSlug));
}

/** proyecto.yaml parsed and validated; problems carry file, line and column. */
export function readProjectConfig(root = projectRoot()): YamlResult<ProjectConfig> {
  const r = readYaml(path.join(root, 'proyecto.yaml'), 'proyecto.yaml', projectConfigSchema);
  if (r.problems.length === 1 && r.problems[0]!.message === 'el archivo no existe') {
    return { problems: [{ file: 'proyecto.yaml', message: `no se encontró proyecto.yaml en ${root}` }] };
  }
  return r;
}

export function loadProjectConfig(root = projectRoot()): ProjectConfig {
  const r = readProjectConfig(root);
  if (!r.value) throw new UserError(`proyecto.yaml tiene ${r.problems.length === 1 ? '1 problema' : `${r.problems.length} problemas`}`, r.problems);
  return r.value;
}
