/**
 * Loads a state's workshop data (schemas in src/schemas/taller.ts) with Spanish problems at
 * file, line and column. The expected routes are checked against the state's flowcharts by
 * src/analyse/taller.ts (the loader does not know the flowcharts); the answers' privacy checks
 * (src/privacy/workshop.ts) run on the raw table before `parseAnswers`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { casesFileSchema, questionnaireSchema, workshopSchema, ANSWER_COLUMNS, MOMENTS, type Answer, type Moment, type Questionnaire, type Workshop, type WorkshopCase } from '../schemas/taller.js';
import { normaliseKey } from '../schemas/fields.js';
import { UserError, type Problem } from '../util/errors.js';
import { readCsv, type CsvTable } from './csv.js';
import { readYaml, type YamlSource } from './yaml.js';

export interface LoadedCase {
  caso: WorkshopCase;
  file: string;
  line?: number;
  /** Line of each id of `ruta_esperada`. */
  routeLines: (number | undefined)[];
}

export interface WorkshopData {
  workshop: Workshop;
  workshopFile: string;
  cases: LoadedCase[];
  questionnaire: Questionnaire;
  questionnaireFile: string;
  /** respuestas.csv, when the workshop took place (absent before it). */
  answersFile?: string;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function checkAgenda(w: Workshop, src: YamlSource, problems: Problem[]): void {
  let previousEnd = -1;
  w.agenda.forEach((item, i) => {
    const [start, end] = [minutes(item.inicio), minutes(item.fin)];
    if (end <= start) problems.push(src.problem(['agenda', i, 'fin'], `la hora de término (${item.fin}) debe ser posterior a la de inicio (${item.inicio})`));
    if (start < previousEnd) problems.push(src.problem(['agenda', i, 'inicio'], `el bloque empieza (${item.inicio}) antes de que termine el anterior (${w.agenda[i - 1]!.fin})`));
    previousEnd = Math.max(previousEnd, end);
  });
  const span = minutes(w.agenda.at(-1)!.fin) - minutes(w.agenda[0]!.inicio);
  if (problems.length === 0 && span !== w.duracion_minutos) {
    problems.push(src.problem(['duracion_minutos'], `la duración declarada (${w.duracion_minutos} min) no coincide con la agenda (de ${w.agenda[0]!.inicio} a ${w.agenda.at(-1)!.fin}: ${span} min)`));
  }
}

function checkQuestionnaire(q: Questionnaire, src: YamlSource, problems: Problem[]): void {
  const seen = new Set<string>();
  q.preguntas.forEach((p, i) => {
    if (seen.has(p.id)) problems.push(src.problem(['preguntas', i, 'id'], `id repetido: «${p.id}»`));
    seen.add(p.id);
    const keys = Object.keys(p.opciones);
    if (keys.length < 2) problems.push(src.problem(['preguntas', i, 'opciones'], 'una pregunta de opción única necesita al menos dos opciones'));
    if (!keys.includes(p.correcta)) problems.push(src.problem(['preguntas', i, 'correcta'], `la opción correcta «${p.correcta}» no es una de las opciones (${keys.join(', ')})`));
  });
}

/** The state's file if it exists, else the common one. */
function cascade(root: string, slug: string, name: string): string {
  const own = path.join('data', slug, 'taller', name);
  return existsSync(path.join(root, own)) ? own : path.join('data', 'comun', 'taller', name);
}

export function loadWorkshop(slug: string, root: string): WorkshopData {
  const problems: Problem[] = [];
  const workshopFile = `data/${slug}/taller/taller.yaml`;
  if (!existsSync(path.join(root, workshopFile))) {
    throw new UserError(`El estado «${slug}» no tiene datos del taller`, [{ file: workshopFile, message: 'el archivo no existe; cree la agenda del taller (fecha, modalidad, plataforma, duración, objetivos y agenda)' }]);
  }
  const w = readYaml(path.join(root, workshopFile), workshopFile, workshopSchema);
  problems.push(...w.problems);
  if (w.value && w.source) checkAgenda(w.value, w.source, problems);

  // Cases: the common ones, each replaced by the state's case of the same profile.
  const cases = new Map<string, LoadedCase>();
  for (const file of [path.join('data', 'comun', 'taller', 'casos.yaml'), path.join('data', slug, 'taller', 'casos.yaml')].map((f) => f.split(path.sep).join('/'))) {
    if (!existsSync(path.join(root, file))) continue;
    const r = readYaml(path.join(root, file), file, casesFileSchema);
    problems.push(...r.problems);
    const seen = new Set<string>();
    r.value?.casos.forEach((caso, i) => {
      if (seen.has(caso.perfil)) problems.push(r.source!.problem(['casos', i, 'perfil'], `hay dos casos del perfil «${caso.perfil}» en el mismo archivo`));
      seen.add(caso.perfil);
      cases.set(caso.perfil, { caso, file, line: r.source!.line(['casos', i]), routeLines: caso.ruta_esperada.map((_, j) => r.source!.line(['casos', i, 'ruta_esperada', j])) });
    });
  }

  const questionnaireFile = cascade(root, slug, 'cuestionario.yaml').split(path.sep).join('/');
  const q = readYaml(path.join(root, questionnaireFile), questionnaireFile, questionnaireSchema);
  problems.push(...q.problems);
  if (q.value && q.source) checkQuestionnaire(q.value, q.source, problems);

  if (problems.length) throw new UserError(`Los datos del taller de «${slug}» tienen ${problems.length === 1 ? 'un problema' : `${problems.length} problemas`}`, problems);
  const answersFile = `data/${slug}/taller/respuestas.csv`;
  return {
    workshop: w.value!, workshopFile, cases: [...cases.values()], questionnaire: q.value!, questionnaireFile,
    ...(existsSync(path.join(root, answersFile)) ? { answersFile } : {}),
  };
}

export function readAnswersTable(root: string, file: string): CsvTable {
  return readCsv(path.join(root, file), file);
}

/**
 * The answers, validated: exactly the columns momento, institucion, pregunta, respuesta;
 * momento pre/post; a question of the questionnaire; an option of that question (or empty).
 */
export function parseAnswers(table: CsvTable, q: Questionnaire): Answer[] {
  const problems: Problem[] = [];
  const header = table.header.map(normaliseKey);
  const missing = ANSWER_COLUMNS.filter((c) => !header.includes(c));
  const extra = table.header.filter((h) => !(ANSWER_COLUMNS as readonly string[]).includes(normaliseKey(h)));
  if (missing.length) problems.push({ file: table.file, line: 1, message: `faltan columnas: ${missing.join(', ')} (se esperan: ${ANSWER_COLUMNS.join(', ')})` });
  for (const h of extra) problems.push({ file: table.file, line: 1, column: table.header.indexOf(h) + 1, field: h, message: `columna no prevista «${h}»; las respuestas solo llevan ${ANSWER_COLUMNS.join(', ')}` });
  if (problems.length) throw new UserError('Las respuestas del cuestionario no tienen las columnas previstas', problems);
  const col = Object.fromEntries(ANSWER_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof ANSWER_COLUMNS)[number], number>;
  const byId = new Map(q.preguntas.map((p) => [p.id, p]));
  const out: Answer[] = [];
  for (const r of table.records) {
    const v = (c: (typeof ANSWER_COLUMNS)[number]) => (r.values[col[c]] ?? '').trim();
    const at = (c: (typeof ANSWER_COLUMNS)[number], message: string) => problems.push({ file: table.file, line: r.line, column: col[c] + 1, field: c, message });
    const momento = v('momento').toLowerCase();
    if (!(momento in MOMENTS)) at('momento', `valor no válido «${v('momento')}»; se esperaba pre o post`);
    const institucion = v('institucion');
    if (!institucion) at('institucion', 'falta la institución');
    const pregunta = v('pregunta');
    const question = byId.get(pregunta);
    if (!question) at('pregunta', `la pregunta «${pregunta}» no está en el cuestionario (${[...byId.keys()].join(', ')})`);
    const respuesta = v('respuesta').toLowerCase();
    if (question && respuesta && !(respuesta in question.opciones)) at('respuesta', `«${v('respuesta')}» no es una opción de la pregunta ${pregunta} (${Object.keys(question.opciones).join(', ')}, o vacío si no respondió)`);
    out.push({ momento: momento as Moment, institucion, pregunta, respuesta, line: r.line });
  }
  if (problems.length) throw new UserError(`Las respuestas del cuestionario tienen ${problems.length === 1 ? 'un problema' : `${problems.length} problemas`}`, problems);
  return out;
}
