/**
 * The declarative slide list of the CIE deck (templates/presentacion/cie.yaml, pointed to by
 * proyecto.yaml `presentacion.plantilla`). An analyst reorders, drops or retitles slides there
 * without touching code. Errors are Spanish, with the file and the YAML path.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultIssueMessage, parseYaml, readYamlText, spokenField, type YamlSource } from '../../load/yaml.js';
import { STAGES, type Stage } from '../../schemas/vocabularies.js';
import { UserError, type Problem } from '../../util/errors.js';
import { articleFor, type Preposition } from '../../util/format-es.js';

const STAGE_KEYS = Object.keys(STAGES) as [Stage, ...Stage[]];

/**
 * The CIE with its article, written in the masculine form and corrected from the CIE's full
 * name: {{ante_el_cie}} → "ante la Comisión…" / "ante el Consejo…"; {{al_cie}} → "a la Comisión…" /
 * "al Consejo…"; {{del_cie_siglas}} → "de la CICTP" / "del Consejo Estatal" (the siglas take the
 * gender of the full name). Articles and contractions: src/util/format-es.ts `articleFor`.
 */
export const ARTICLE_PLACEHOLDERS = {
  el: { preposition: undefined, shown: 'el/la' },
  al: { preposition: 'a', shown: 'al/a la' },
  del: { preposition: 'de', shown: 'del/de la' },
  por_el: { preposition: 'por', shown: 'por el/por la' },
  en_el: { preposition: 'en', shown: 'en el/en la' },
  con_el: { preposition: 'con', shown: 'con el/con la' },
  ante_el: { preposition: 'ante', shown: 'ante el/ante la' },
} as const satisfies Record<string, { preposition: Preposition | undefined; shown: string }>;
type ArticleKey = keyof typeof ARTICLE_PLACEHOLDERS;
export type ArticlePlaceholder = `${ArticleKey}_cie` | `${ArticleKey}_cie_siglas`;
const ARTICLE_KEYS = Object.keys(ARTICLE_PLACEHOLDERS) as ArticleKey[];

function articlePlaceholders(): Record<ArticlePlaceholder, string> {
  const out = {} as Record<ArticlePlaceholder, string>;
  for (const k of ARTICLE_KEYS) {
    const { shown } = ARTICLE_PLACEHOLDERS[k];
    out[`${k}_cie`] = `«${shown}» y el nombre del CIE (el artículo sigue al nombre)`;
    out[`${k}_cie_siglas`] = `«${shown}» y las siglas del CIE (el artículo sigue al nombre completo)`;
  }
  return out;
}

/** Values of the article placeholders of a CIE: the article follows the full name. */
export function articlePlaceholderValues(cieName: string, shortName: string): Record<ArticlePlaceholder, string> {
  const out = {} as Record<ArticlePlaceholder, string>;
  for (const k of ARTICLE_KEYS) {
    const art = articleFor(cieName, ARTICLE_PLACEHOLDERS[k].preposition);
    out[`${k}_cie`] = `${art} ${cieName.trim()}`;
    out[`${k}_cie_siglas`] = `${art} ${shortName.trim()}`;
  }
  return out;
}

/** Placeholders every title/text may use; `etapa` only inside an `etapa` slide. */
export const PLACEHOLDERS = {
  estado: 'nombre del estado',
  cie: 'nombre del CIE',
  cie_siglas: 'siglas del CIE (o su nombre si no tiene)',
  ...articlePlaceholders(),
  fecha: 'fecha del documento ("24 de noviembre de 2026")',
  version: 'versión del documento',
  organizacion: 'nombre corto de la organización',
  entrevistas: 'número de entrevistas',
  instituciones: 'número de instituciones entrevistadas',
  recomendaciones: 'número de recomendaciones',
  periodo_estadisticas: 'periodo de las estadísticas ("2015–2025")',
  corte_estadisticas: 'fecha de corte de las estadísticas',
  etapa: 'nombre de la etapa (solo en diapositivas de tipo etapa)',
};
export type PlaceholderName = keyof typeof PLACEHOLDERS;

const text = z.string({ error: 'se esperaba un texto' }).trim().min(1, { error: 'el texto no puede estar vacío' });
const optionalText = text.optional();
const bulletList = z.array(text, { error: 'se esperaba una lista de textos' }).min(1, { error: 'la lista no puede estar vacía' });

/** Fields every slide accepts. */
const common = {
  /** Slide title (placeholders allowed). Each kind has a default. */
  titulo: optionalText,
  /** Entry in the agenda for this slide; `no` keeps it out of the agenda. */
  agenda: z.union([text, z.literal(false)]).optional(),
  /** Extra speaker notes appended to the generated ones. */
  notas: optionalText,
};

const stageKey = z.enum(STAGE_KEYS, { error: `se esperaba una etapa del mecanismo: ${STAGE_KEYS.join(', ')}` });

export const slideSchema = z.discriminatedUnion('tipo', [
  z.strictObject({ tipo: z.literal('portada'), ...common, subtitulo: optionalText }),
  z.strictObject({ tipo: z.literal('agenda'), ...common, puntos: bulletList.optional() }),
  z.strictObject({ tipo: z.literal('mecanismo'), ...common }),
  z.strictObject({ tipo: z.literal('metodologia'), ...common, grafica: optionalText }),
  z.strictObject({
    tipo: z.literal('estadisticas'),
    ...common,
    graficas: z.array(text).min(1, { error: 'indique al menos una gráfica' }).max(2, { error: 'como máximo 2 gráficas por diapositiva' }).optional(),
  }),
  z.strictObject({
    tipo: z.literal('estadisticas-tabla'),
    ...common,
    /** Columns of the year table: by sex plus the total (default), or the total only. */
    desglose: z.enum(['sexo', 'total'], { error: 'se esperaba "sexo" o "total"' }).optional(),
  }),
  z.strictObject({
    tipo: z.literal('etapa'),
    ...common,
    /** One stage, a list, or `todas` (every stage with findings, vocabulary order). */
    etapa: z.union([z.literal('todas'), stageKey, z.array(stageKey).min(1)], { error: `se esperaba "todas", una etapa o una lista de etapas (${STAGE_KEYS.join(', ')})` }),
    /** Findings per group at most (what works, mixed evidence, what does not). */
    hallazgos: z.number({ error: 'se esperaba un número' }).int().min(1).max(6).optional(),
    /** Show a consented quotation when there is one. */
    cita: z.boolean({ error: 'se esperaba sí/no (true/false)' }).optional(),
  }),
  z.strictObject({ tipo: z.literal('cobertura'), ...common, vista: z.enum(['tabla', 'grafica'], { error: 'se esperaba "tabla" o "grafica"' }).optional() }),
  z.strictObject({
    tipo: z.literal('recomendaciones'),
    ...common,
    /** Recommendations per slide; more than 3 are shown 3 a slide (each summarised at 18 pt). */
    filas_por_diapositiva: z.number({ error: 'se esperaba un número' }).int().min(2).max(12).optional(),
    etapas: z.array(stageKey).min(1).optional(),
  }),
  z.strictObject({ tipo: z.literal('flujogramas'), ...common }),
  z.strictObject({ tipo: z.literal('proximos-pasos'), ...common, puntos: bulletList }),
  z.strictObject({ tipo: z.literal('cierre'), ...common, mensaje: optionalText }),
], {
  error: (iss) => {
    if (iss.code !== 'invalid_union') return undefined;
    const tipo = (iss.input as { tipo?: unknown } | undefined)?.tipo;
    const found = typeof tipo === 'string' ? `«${tipo}»` : 'sin «tipo»';
    return `tipo de diapositiva desconocido (${found}): se esperaba portada, agenda, mecanismo, metodologia, estadisticas, estadisticas-tabla, etapa, cobertura, recomendaciones, flujogramas, proximos-pasos o cierre`;
  },
});

export const deckTemplateSchema = z.strictObject({
  /** Deck title (placeholders allowed); default: proyecto.yaml diagnostico.titulo. */
  titulo: optionalText,
  diapositivas: z.array(slideSchema, { error: 'se esperaba la lista "diapositivas"' }).min(1, { error: 'la presentación necesita al menos una diapositiva' }),
});

export type SlideEntry = z.output<typeof slideSchema>;
export type SlideKind = SlideEntry['tipo'];
export type DeckTemplate = z.output<typeof deckTemplateSchema>;

const PLACEHOLDER_RE = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** Validates a parsed template; `file` is the path printed in errors. */
export function parseDeckTemplate(source: string, file: string): DeckTemplate {
  const r = parseYaml(source, file, deckTemplateSchema, { label: spokenField, describe: (issue) => defaultIssueMessage(issue) });
  if (!r.value) {
    const syntax = !r.source;
    throw new UserError(syntax ? 'la plantilla de la presentación no es YAML válido' : 'la plantilla de la presentación tiene errores', r.problems);
  }
  const problems = checkPlaceholders(r.value, r.source!);
  if (problems.length) throw new UserError('la plantilla de la presentación tiene errores', problems);
  return r.value;
}

function checkPlaceholders(t: DeckTemplate, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const check = (value: string | undefined, p: (string | number)[], allowStage: boolean) => {
    if (!value) return;
    for (const m of value.matchAll(PLACEHOLDER_RE)) {
      const name = m[1]!;
      if (!(name in PLACEHOLDERS)) {
        problems.push(source.problem(p, `marcador desconocido {{${name}}}; disponibles: ${Object.keys(PLACEHOLDERS).map((k) => `{{${k}}}`).join(', ')}`));
      } else if (name === 'etapa' && !allowStage) {
        problems.push(source.problem(p, 'el marcador {{etapa}} solo puede usarse en diapositivas de tipo "etapa"'));
      }
    }
  };
  check(t.titulo, ['titulo'], false);
  t.diapositivas.forEach((s, i) => {
    const base = ['diapositivas', i];
    const stage = s.tipo === 'etapa';
    check(s.titulo, [...base, 'titulo'], stage);
    if (typeof s.agenda === 'string') check(s.agenda, [...base, 'agenda'], false);
    check(s.notas, [...base, 'notas'], stage);
    if (s.tipo === 'portada') check(s.subtitulo, [...base, 'subtitulo'], false);
    if (s.tipo === 'cierre') check(s.mensaje, [...base, 'mensaje'], false);
    if (s.tipo === 'proximos-pasos' || s.tipo === 'agenda') (s.puntos ?? []).forEach((pt, j) => check(pt, [...base, 'puntos', j], false));
  });
  return problems;
}

/** Reads the template named by proyecto.yaml `presentacion.plantilla` (relative to the root). */
export function loadDeckTemplate(root: string, relPath: string): DeckTemplate {
  const file = path.resolve(root, relPath);
  const shown = relPath.split(path.sep).join('/');
  if (!existsSync(file)) {
    throw new UserError('no se encontró la plantilla de la presentación', [{ file: shown, field: 'presentacion.plantilla', message: 'el archivo no existe (revise proyecto.yaml → presentacion.plantilla)' }]);
  }
  return parseDeckTemplate(readYamlText(file, shown), shown);
}

/** Fills {{placeholders}}; unknown ones were rejected when the template was read. */
export function fillPlaceholders(value: string, values: Partial<Record<PlaceholderName, string>>): string {
  return value.replace(PLACEHOLDER_RE, (whole, name: string) => values[name as PlaceholderName] ?? whole);
}
