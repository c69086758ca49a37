/**
 * Loads a state's rapid analysis (the programme's new state) following the same data cascade
 * as the diagnostics: the interview record (entrevistas.csv + segmentos.csv, with the
 * codebook), the desk-review catalogues (marco-normativo.csv, herramientas.csv,
 * instituciones.csv: data/comun rows, then the state's), plus what only this product has: the
 * question bank (guia-entrevista.yaml), the interview's notes (entrevista-notas.yaml) and the
 * mapping of organisations (mapeo-organizaciones.csv). Every problem is collected and thrown
 * as one UserError, each with file, line and column.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readProjectConfig } from '../config/project.js';
import { questionBankSchema, interviewNotesSchema, mappingSchema, type InterviewNotes, type MappingRow, type QuestionBank } from '../schemas/rapid.js';
import type { Recommendation } from '../schemas/datasets.js';
import { UserError, type Problem } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { readCsv } from './csv.js';
import { validateTable } from './rows.js';
import { crossReferenceProblems, loadFieldworkAndDeskReview, loadStateConfig, toleranceOf } from './state.js';
import type { Dataset, StateData } from './types.js';
import { readYaml } from './yaml.js';

export const RAPID_FILES = {
  guia: 'guia-entrevista.yaml',
  notas: 'entrevista-notas.yaml',
  mapeo: 'mapeo-organizaciones.csv',
} as const;

export interface RapidData {
  /**
   * The state's data in the diagnostics' shape, so the same analyses and guards apply: the
   * interview record, the catalogues and the mapping (as `organizaciones`); no statistics,
   * recommendations or narratives.
   */
  state: StateData;
  /** The mapping's own rows (the diagnostics' columns plus population, capacity, requirements). */
  mapping: Dataset<MappingRow>;
  notes: InterviewNotes;
  /** Where each note was read (line of the notes file per `contexto`/`puntos_por_verificar` item is not needed). */
  notesFile: string;
}

function stateFile(root: string, slug: string, name: string): { abs: string; file: string } {
  const abs = path.join(root, 'data', slug, name);
  return { abs, file: displayPath(root, abs) };
}

function fail(slug: string, problems: Problem[]): never {
  throw new UserError(problems.length === 1 ? `Se encontró 1 problema en los datos de ${slug}` : `Se encontraron ${problems.length} problemas en los datos de ${slug}`, problems);
}

/** The question bank alone (the guide depends on nothing else). */
export function loadQuestionBank(slug: string, root: string): { bank: QuestionBank; file: string } {
  const { abs, file } = stateFile(root, slug, RAPID_FILES.guia);
  if (!existsSync(abs)) fail(slug, [{ file, message: `falta el banco de preguntas de la guía de entrevista (${RAPID_FILES.guia})` }]);
  const r = readYaml(abs, file, questionBankSchema);
  const problems = [...r.problems];
  if (r.value) {
    const seen = new Map<string, string>();
    r.value.secciones.forEach((s, i) => {
      if (seen.has(s.id)) problems.push(r.source!.problem(['secciones', i, 'id'], `la sección «${s.id}» está repetida`));
      seen.set(s.id, 'sección');
      s.preguntas.forEach((q, j) => {
        const key = `p:${q.id}`;
        if (seen.has(key)) problems.push(r.source!.problem(['secciones', i, 'preguntas', j, 'id'], `la pregunta «${q.id}» está repetida; cada pregunta necesita un id único`));
        seen.set(key, 'pregunta');
      });
    });
  }
  if (problems.length > 0 || !r.value) fail(slug, problems);
  return { bank: r.value, file };
}

/** The mapping of organisations, validated row by row (ids unique). */
export function loadMapping(slug: string, root: string, problems: Problem[]): Dataset<MappingRow> {
  const { abs, file } = stateFile(root, slug, RAPID_FILES.mapeo);
  const ds: Dataset<MappingRow> = { name: 'mapeo_organizaciones', files: [], rows: [], locations: [], columns: {} };
  if (!existsSync(abs)) {
    problems.push({ file, message: `falta el mapeo de organizaciones del estado (${RAPID_FILES.mapeo})` });
    return ds;
  }
  try {
    const v = validateTable(readCsv(abs, file), mappingSchema, { unique: ['id'] });
    problems.push(...v.problems);
    ds.files.push(file);
    ds.columns![file] = v.columns;
    ds.rows = v.rows;
    ds.locations = v.locations;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
  }
  return ds;
}

const EMPTY_RECOMMENDATIONS: Dataset<Recommendation> = { name: 'recomendaciones', files: [], rows: [], locations: [] };

export function loadRapidState(slug: string, root: string): RapidData {
  const problems: Problem[] = [];
  const config = loadStateConfig(slug, root);
  const project = readProjectConfig(root);
  problems.push(...project.problems);

  const fieldwork = loadFieldworkAndDeskReview(slug, root, problems);
  const { entrevistas, segmentos, codigos, instituciones, marco_normativo, herramientas } = fieldwork;
  problems.push(...crossReferenceProblems(fieldwork, EMPTY_RECOMMENDATIONS));
  const mapping = loadMapping(slug, root, problems);

  const notesAt = stateFile(root, slug, RAPID_FILES.notas);
  let notes: InterviewNotes | undefined;
  if (!existsSync(notesAt.abs)) problems.push({ file: notesAt.file, message: `falta el registro de la entrevista (${RAPID_FILES.notas})` });
  else {
    const r = readYaml(notesAt.abs, notesAt.file, interviewNotesSchema);
    problems.push(...r.problems);
    notes = r.value;
    if (notes && !entrevistas.rows.some((e) => e.id === notes!.entrevista_id) && !toleranceOf(entrevistas)?.all) {
      problems.push(r.source!.problem(['entrevista_id'], `la entrevista «${notes.entrevista_id}» no está en entrevistas.csv del estado`));
    }
  }

  if (problems.length > 0 || !project.value || !notes) fail(slug, problems);
  const state: StateData = {
    slug, dir: `data/${slug}`, root, project: project.value, config,
    entrevistas, segmentos, codigos, instituciones, marco_normativo, herramientas,
    organizaciones: mapping,
    recomendaciones: EMPTY_RECOMMENDATIONS,
    estadisticas: { file: config.estadisticas.archivo, source: config.estadisticas.fuente, cutDate: config.cortes.estadisticas, rows: [] },
    narrativa: {},
  };
  return { state, mapping, notes, notesFile: notesAt.file };
}
