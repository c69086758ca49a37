/**
 * Loads one state following the data cascade (data/comun → data/<estado>), validates every
 * dataset and cross-file reference, and throws one UserError listing every problem found.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Heading, Node as MdastNode, Parent } from 'mdast';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { projectRoot, readProjectConfig, type ProjectConfig } from '../config/project.js';
import { DATASETS, type DatasetName } from '../schemas/datasets.js';
import { stateConfigSchema, type StateConfig } from '../schemas/state.js';
import { siglasSchema } from '../schemas/siglas.js';
import { UserError, type Problem } from '../util/errors.js';
import { liveLoopCache } from '../util/live-loop.js';
import { displayPath } from '../util/paths.js';
import { importSesnsp } from '../import/sesnsp.js';
import { validateTable } from './rows.js';
import { checkReferences, type Tolerance } from './references.js';
import { readCsv } from './csv.js';
import { readYaml } from './yaml.js';
import { fsReason, readText } from './text.js';
import type { Dataset, Narrative, StateData, StatisticsData } from './types.js';

export const COMMON_DIR = 'comun';

export interface LoadOptions {
  /** Project root (folder with proyecto.yaml and data/); defaults to projectRoot(). */
  root?: string;
  /** A SESNSP file to use instead of estado.yaml `estadisticas.archivo` (e.g. the national file). */
  sesnspFile?: string;
}

/** States are the folders of data/ with an estado.yaml (data/comun is not a state). */
export function listStates(root: string = projectRoot()): string[] {
  const dataDir = path.join(root, 'data');
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== COMMON_DIR && existsSync(path.join(dataDir, d.name, 'estado.yaml')))
    .map((d) => d.name)
    .sort();
}

/** States whose estado.yaml lists `product` in `productos`. */
export function statesWithProduct(product: string, root: string = projectRoot()): string[] {
  return listStates(root).filter((s) => (loadStateConfig(s, root).productos as string[]).includes(product));
}

function summary(problems: Problem[], slug: string): string {
  return problems.length === 1 ? `Se encontró 1 problema en los datos de ${slug}` : `Se encontraron ${problems.length} problemas en los datos de ${slug}`;
}

function assertStateExists(slug: string, root: string): void {
  if (existsSync(path.join(root, 'data', slug, 'estado.yaml'))) return;
  const states = listStates(root);
  const file = `data/${slug}/estado.yaml`;
  throw new UserError(`No existe el estado "${slug}"`, [{
    file,
    message: `no se encontró ${file}. Estados disponibles: ${states.length > 0 ? states.join(', ') : '(ninguno)'}. Un estado nuevo es una carpeta data/<estado>/ con su estado.yaml.`,
  }]);
}

function readStateConfig(slug: string, root: string, problems: Problem[]): StateConfig | undefined {
  const abs = path.join(root, 'data', slug, 'estado.yaml');
  const r = readYaml(abs, displayPath(root, abs), stateConfigSchema);
  problems.push(...r.problems);
  return r.value;
}

/** The report's acronyms: data/comun/siglas.yaml, then data/<estado>/siglas.yaml (a state's entry replaces the common one). */
export function readAcronyms(slug: string, root: string, problems: Problem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of [COMMON_DIR, slug]) {
    const abs = path.join(root, 'data', dir, 'siglas.yaml');
    if (!existsSync(abs)) continue;
    const r = readYaml(abs, displayPath(root, abs), siglasSchema);
    problems.push(...r.problems);
    Object.assign(out, r.value ?? {});
  }
  return out;
}

/** estado.yaml only: for states whose products are only flowcharts (no datasets needed). */
export function loadStateConfig(slug: string, root: string = projectRoot()): StateConfig {
  assertStateExists(slug, root);
  const problems: Problem[] = [];
  const config = readStateConfig(slug, root, problems);
  if (!config) throw new UserError(summary(problems, slug), problems);
  return config;
}

function readProjectConfigInto(root: string, problems: Problem[]): ProjectConfig | undefined {
  const r = readProjectConfig(root);
  problems.push(...r.problems);
  return r.value;
}

type Row<N extends DatasetName> = z.output<(typeof DATASETS)[N]['schema']>;

/** Columns that must be unique within one file (segments: one code per segment once). */
export function uniqueColumns(name: DatasetName): string[] {
  const key = DATASETS[name].key;
  return key ? [key] : name === 'segmentos' ? ['segmento_id', 'codigo'] : [];
}

const tolerances = new WeakMap<object, Tolerance>();

/** Ids of a dataset's rejected rows (and whether a file was unreadable), for checkReferences. */
export function toleranceOf(ds: Dataset<unknown>): Tolerance | undefined {
  return tolerances.get(ds);
}

/**
 * One dataset of a state with the cascade applied: per-state datasets come from
 * data/<estado>/ only; catalogues are data/comun rows, then the state's, a state row
 * replacing the common row with the same key in place. Problems are appended to `problems`.
 */
export function loadDataset<N extends DatasetName>(name: N, slug: string, root: string, problems: Problem[]): Dataset<Row<N>> {
  const spec = DATASETS[name];
  const dirs = spec.perState ? [slug] : [COMMON_DIR, slug];
  const found = dirs.map((d) => path.join(root, 'data', d, spec.file)).filter((f) => existsSync(f));
  const ds: Dataset<Row<N>> = { name, files: [], rows: [], locations: [], columns: {} };
  if (found.length === 0) {
    tolerances.set(ds, { keys: new Set(), all: true });
    problems.push({
      file: `data/${slug}/${spec.file}`,
      message: spec.perState
        ? `falta el archivo ${spec.file} del estado (debe estar en data/${slug}/)`
        : `falta el catálogo ${spec.file}: debe estar en data/${COMMON_DIR}/ o en data/${slug}/`,
    });
    return ds;
  }
  const key = spec.key;
  const index = new Map<string, number>();
  const tolerance = { keys: new Set<string>(), all: false };
  tolerances.set(ds, tolerance);
  for (const abs of found) {
    const file = displayPath(root, abs);
    let table;
    try {
      table = readCsv(abs, file);
    } catch (e) {
      if (e instanceof UserError) {
        problems.push(...e.problems);
        tolerance.all = true;
        continue;
      }
      throw e;
    }
    const v = validateTable(table, spec.schema, { unique: uniqueColumns(name) });
    problems.push(...v.problems);
    for (const k of v.rejectedKeys) tolerance.keys.add(k);
    // Without its key column no row of the file can be told apart: do not chase references.
    if (key && v.columns[key] === undefined) tolerance.all = true;
    ds.files.push(file);
    ds.columns![file] = v.columns;
    v.rows.forEach((row, i) => {
      const k = key ? String((row as Record<string, unknown>)[key]) : undefined;
      const at = k !== undefined ? index.get(k) : undefined;
      if (at !== undefined) {
        ds.rows[at] = row as Row<N>;
        ds.locations[at] = v.locations[i]!;
      } else {
        if (k !== undefined) index.set(k, ds.rows.length);
        ds.rows.push(row as Row<N>);
        ds.locations.push(v.locations[i]!);
      }
    });
  }
  return ds;
}

/** data/<estado>/narrativa/<capitulo>.md for each chapter; a missing file is an empty narrative. */
function loadNarratives(slug: string, root: string, chapters: readonly string[], problems: Problem[]): Record<string, Narrative> {
  const dir = path.join(root, 'data', slug, 'narrativa');
  const out: Record<string, Narrative> = {};
  for (const ch of chapters) {
    const abs = path.join(dir, `${ch}.md`);
    const file = displayPath(root, abs);
    let markdown = '';
    if (existsSync(abs)) {
      try {
        markdown = readText(abs, file).text;
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        problems.push(...e.problems);
      }
    }
    out[ch] = { file, markdown };
    checkNarrativeHeadings(file, markdown, problems);
  }
  if (existsSync(dir)) {
    const known = new Set(chapters);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problems.push({ file: displayPath(root, dir), message: `${fsReason(e)}; narrativa/ debe ser una carpeta con un archivo <capítulo>.md por capítulo` });
      names = [];
    }
    for (const name of names) {
      if (name.startsWith('.') || !isFile(path.join(dir, name))) continue;
      const ch = name.replace(/\.md$/, '');
      if (name.endsWith('.md') && known.has(ch)) continue;
      problems.push({
        file: displayPath(root, path.join(dir, name)),
        message: name.endsWith('.md')
          ? `"${ch}" no es un capítulo de proyecto.yaml (diagnostico.capitulos: ${chapters.join(', ')}); si el nombre del capítulo está mal escrito en proyecto.yaml, corríjalo allí; si no, renombre este archivo`
          : 'en narrativa/ solo se esperan archivos .md con el nombre de un capítulo',
      });
    }
  }
  return out;
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false; // a dangling link: not a narrative
  }
}

/**
 * Chapter and section headings (# and ##) come from the templates; narratives start at ###.
 * Parsed with remark, so underlined (setext) and indented headings count too, and code does not.
 */
function checkNarrativeHeadings(file: string, markdown: string, problems: Problem[]): void {
  for (const at of shallowHeadings(markdown, () => findShallowHeadings(markdown))) {
    problems.push({ file, line: at?.line, column: at?.column, message: `la narrativa no puede usar títulos de nivel 1 o 2 («#», «##» o texto subrayado con «===» o «---»), que pone la plantilla del capítulo; use «###» para subsecciones` });
  }
}

// The live loop parses only the narratives that changed (~25 ms for a state's ten).
type Point = NonNullable<MdastNode['position']>['start'];
const shallowHeadings = liveLoopCache<(Point | undefined)[]>();

function findShallowHeadings(markdown: string): (Point | undefined)[] {
  const found: (Point | undefined)[] = [];
  const visit = (node: MdastNode): void => {
    if (node.type === 'heading' && (node as Heading).depth <= 2) found.push(node.position?.start);
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(unified().use(remarkParse).parse(markdown));
  return found;
}

async function loadStatistics(slug: string, config: StateConfig, root: string, sesnspFile: string | undefined, problems: Problem[]): Promise<StatisticsData> {
  const abs = sesnspFile ? path.resolve(sesnspFile) : path.resolve(root, config.estadisticas.archivo);
  const file = displayPath(root, abs);
  // A file given on the command line replaces the state's configured (possibly synthetic) source.
  const source = sesnspFile
    ? 'SESNSP, Víctimas reportadas en carpetas de investigación del fuero común (archivo nacional)'
    : config.estadisticas.fuente;
  const data: StatisticsData = { file, source, cutDate: config.cortes.estadisticas, rows: [] };
  const where = { file: sesnspFile ? file : `data/${slug}/estado.yaml`, field: sesnspFile ? undefined : 'estadisticas.archivo' };
  const relative = sesnspFile ? ' (--sesnsp: las rutas relativas se leen desde la raíz del repositorio)' : ' (la ruta es relativa a la raíz del repositorio)';
  if (!existsSync(abs)) {
    problems.push({ ...where, message: `no se encontró el archivo de estadísticas ${file}${relative}` });
    return data;
  }
  if (!isFile(abs)) {
    problems.push({ ...where, message: `${file} es una carpeta, no el archivo de estadísticas del SESNSP; indique el archivo .csv${relative}` });
    return data;
  }
  try {
    data.rows = await importSesnsp(abs, { claveEnt: config.clave_inegi, display: file });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
    return data;
  }
  // The SESNSP file has rows for every state and year (zeros included): none for this state
  // means the wrong file or the wrong clave_inegi, never "no victims were recorded".
  if (data.rows.length === 0) {
    problems.push({
      file,
      message: `el archivo de estadísticas no tiene ninguna fila de «Trata de personas» de ${config.nombre} (Clave_Ent = ${config.clave_inegi}); ` +
        `el archivo del SESNSP trae filas de cada entidad y año, aun con cero víctimas: revise que sea el archivo correcto y que clave_inegi en data/${slug}/estado.yaml sea la clave INEGI del estado`,
    });
  }
  return data;
}

/**
 * The datasets every state product reads: the fieldwork (interviews, coded segments, codebook,
 * institutions) and the desk review (normative framework, official tools). Problems are added
 * to `problems`; `crossReferenceProblems` then checks them against each other.
 */
export function loadFieldworkAndDeskReview(slug: string, root: string, problems: Problem[]) {
  return {
    entrevistas: loadDataset('entrevistas', slug, root, problems),
    segmentos: loadDataset('segmentos', slug, root, problems),
    codigos: loadDataset('codigos', slug, root, problems),
    instituciones: loadDataset('instituciones', slug, root, problems),
    marco_normativo: loadDataset('marco_normativo', slug, root, problems),
    herramientas: loadDataset('herramientas', slug, root, problems),
  };
}

/** References between the datasets (segments → interviews and codes, tools and recommendations → institutions…). */
export function crossReferenceProblems(d: ReturnType<typeof loadFieldworkAndDeskReview>, recomendaciones: Dataset<Row<'recomendaciones'>>): Problem[] {
  const { entrevistas, segmentos, codigos, instituciones, herramientas } = d;
  return checkReferences(
    { entrevistas, segmentos, codigos, instituciones, herramientas, recomendaciones },
    { entrevistas: toleranceOf(entrevistas), codigos: toleranceOf(codigos), instituciones: toleranceOf(instituciones) },
  );
}

/** Every dataset of a state, validated; throws one UserError with every problem found. */
export async function loadState(slug: string, opts: LoadOptions = {}): Promise<StateData> {
  const root = path.resolve(opts.root ?? projectRoot());
  assertStateExists(slug, root);
  const problems: Problem[] = [];
  const project = readProjectConfigInto(root, problems);
  const config = readStateConfig(slug, root, problems);

  const fieldwork = loadFieldworkAndDeskReview(slug, root, problems);
  const { entrevistas, segmentos, codigos, instituciones, marco_normativo, herramientas } = fieldwork;
  const organizaciones = loadDataset('organizaciones', slug, root, problems);
  const recomendaciones = loadDataset('recomendaciones', slug, root, problems);
  problems.push(...crossReferenceProblems(fieldwork, recomendaciones));

  const siglas = readAcronyms(slug, root, problems);
  const narrativa = project ? loadNarratives(slug, root, project.diagnostico.capitulos, problems) : {};
  const estadisticas = config
    ? await loadStatistics(slug, config, root, opts.sesnspFile, problems)
    : { file: '', source: '', cutDate: '', rows: [] };

  if (problems.length > 0 || !project || !config) throw new UserError(summary(problems, slug), problems);
  return {
    slug, dir: `data/${slug}`, root, project, config,
    entrevistas, segmentos, codigos, instituciones, marco_normativo, herramientas, organizaciones, recomendaciones,
    estadisticas, narrativa, siglas,
  };
}
