/**
 * Validation without building: what `npm run validate` runs (the data, and the same input
 * privacy guard and retention check as a build). States that only have
 * flowcharts are checked for their estado.yaml only.
 */
import { loadState, loadStateConfig, type LoadOptions } from '../load/state.js';
import { projectRoot } from '../config/project.js';
import { DATASETS, type DatasetName } from '../schemas/datasets.js';
import { formatNumber, plural } from '../util/format-es.js';
import { guardInputs } from './privacy-gate.js';
import { loadQuestionBank, loadRapidState } from '../load/rapid.js';
import { guardRapidInputs } from './products/rapid-common.js';
import { prepareWorkshop } from './products/taller.js';
import { analyse } from '../analyse/index.js';
import { renderReportMarkdown } from '../render/markdown/index.js';
import { loadStateFlowcharts } from '../flowcharts/load.js';
import type { Profile } from '../schemas/vocabularies.js';
import { formatProblem, type Problem } from '../util/errors.js';
import { narrativeContradictions, producedIds } from './narrative-check.js';

export interface ValidationSummary {
  slug: string;
  /** 'completo': every dataset was loaded; 'rapido': the rapid analysis' data; 'configuracion': estado.yaml only. */
  scope: 'completo' | 'rapido' | 'configuracion';
  /** Rapid analysis: questions of the guide, coded segments, organisations mapped. */
  rapid?: { questions?: number; segments?: number; organisations?: number };
  rows: Partial<Record<DatasetName, number>>;
  statistics?: { file: string; rows: number; cutDate: string };
  narratives?: { written: number; chapters: number };
  /** The workshop (product `taller`): case exercises and recorded answers. */
  workshop?: { cases: number; answers: number };
  /** Narrative statements the data contradicts (warnings; validation still succeeds). */
  warnings?: Problem[];
}

/** Throws the loader's UserError (every problem) when the state's data is not valid. */
export async function validateState(slug: string, opts: LoadOptions = {}): Promise<ValidationSummary> {
  const config = loadStateConfig(slug, opts.root);
  if (!config.productos.includes('diagnostico')) {
    const listed = config.productos as string[];
    const root = opts.root ?? projectRoot();
    const rapid: NonNullable<ValidationSummary['rapid']> = {};
    if (listed.includes('guia_entrevista')) rapid.questions = loadQuestionBank(slug, root).bank.secciones.reduce((n, sec) => n + sec.preguntas.length, 0);
    if (listed.includes('informe_entrevista') || listed.includes('analisis_rapido')) {
      const r = loadRapidState(slug, root);
      guardRapidInputs(r);
      rapid.segments = r.state.segmentos.rows.length;
      rapid.organisations = r.mapping.rows.length;
    }
    return Object.keys(rapid).length ? { slug, scope: 'rapido', rows: {}, rapid } : { slug, scope: 'configuracion', rows: {} };
  }
  const data = await loadState(slug, opts);
  // The same input guard as a build: «datos correctos» is never said of data holding identifiers.
  guardInputs(data);
  const rows: Partial<Record<DatasetName, number>> = {};
  for (const name of Object.keys(DATASETS) as DatasetName[]) rows[name] = data[name].rows.length;
  const narratives = Object.values(data.narrativa);
  const workshop = config.productos.includes('taller') ? await prepareWorkshop(slug, opts.root ?? projectRoot()) : undefined;
  const root = opts.root ?? projectRoot();
  let flowchartProfiles = new Set<Profile>();
  try {
    flowchartProfiles = new Set(loadStateFlowcharts(slug, { root, skipValidation: true }).map((f) => f.perfil));
  } catch {
    // No flowcharts folder: the state has none (their own problems are reported by validateStateFlowcharts).
  }
  const markdown = await renderReportMarkdown(analyse(data), data);
  const warnings = narrativeContradictions(data, { flowchartProfiles, producedIds: producedIds(markdown) });
  return {
    ...(workshop ? { workshop: { cases: workshop.cases.length, answers: workshop.answers?.length ?? 0 } } : {}),
    warnings,
    slug,
    scope: 'completo',
    rows,
    statistics: { file: data.estadisticas.file, rows: data.estadisticas.rows.length, cutDate: data.estadisticas.cutDate },
    narratives: { written: narratives.filter((n) => n.markdown.trim() !== '').length, chapters: narratives.length },
  };
}

export function formatSummary(s: ValidationSummary): string {
  if (s.scope === 'rapido') {
    const r = s.rapid ?? {};
    return [
      `✔ ${s.slug}: datos del análisis rápido correctos`,
      ...(r.questions !== undefined ? [`   ${'guía de entrevista'.padEnd(22)} ${plural(r.questions, 'pregunta')}`] : []),
      ...(r.segments !== undefined ? [`   ${'entrevista'.padEnd(22)} ${plural(r.segments, 'fragmento codificado', 'fragmentos codificados')}`] : []),
      ...(r.organisations !== undefined ? [`   ${'mapeo'.padEnd(22)} ${plural(r.organisations, 'organización', 'organizaciones')}`] : []),
    ].join('\n');
  }
  if (s.scope === 'configuracion') return `✔ ${s.slug}: estado.yaml correcto (el estado no tiene diagnóstico; no se revisan sus conjuntos de datos)`;
  const lines = [`✔ ${s.slug}: datos correctos`];
  for (const [name, n] of Object.entries(s.rows)) lines.push(`   ${DATASETS[name as DatasetName].file.padEnd(22)} ${plural(n, 'fila')}`);
  if (s.statistics) lines.push(`   ${'estadísticas'.padEnd(22)} ${plural(s.statistics.rows, 'fila')} mensuales de ${s.statistics.file} (corte ${s.statistics.cutDate})`);
  if (s.workshop) lines.push(`   ${'taller'.padEnd(22)} ${plural(s.workshop.cases, 'caso')} de práctica, ${plural(s.workshop.answers, 'respuesta')} del cuestionario`);
  if (s.narratives) lines.push(`   ${'narrativa'.padEnd(22)} ${formatNumber(s.narratives.written)} de ${formatNumber(s.narratives.chapters)} capítulos con texto propio`);
  if (s.warnings?.length) {
    lines.push(`⚠ ${s.slug}: ${plural(s.warnings.length, 'aviso')} — la narrativa contradice los datos:`);
    for (const w of s.warnings) lines.push(`   aviso: ${formatProblem(w)}`);
  }
  return lines.join('\n');
}
