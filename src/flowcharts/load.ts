/**
 * Reads flowchart YAML (keeping line numbers), checks it against the schemas and merges a
 * state variant onto its base. Every problem found is collected; nothing is thrown until the end.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../config/project.js';
import type { Problem } from '../util/errors.js';
import { UserError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { YamlSource, readYamlText } from '../load/yaml.js';
import { PROFILES } from '../schemas/vocabularies.js';
import { baseFlowchartSchema, variantFlowchartSchema, type BaseFlowchartFile, type VariantFlowchartFile } from './schema.js';
import { FLOW_STATUS_ORDER, type Flowchart, type FlowchartLayout, type Lane, type StatusChange, type Step, type Transition } from './types.js';
import { validateFlowchart } from './validate.js';
import { layoutFlowchartForSlides } from './layout/index.js';

/** Flowchart wording of schema issues (the file format is documented in docs/datos.md). */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `campo desconocido: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'falta este campo obligatorio';
  if (issue.code === 'invalid_type') return `tipo no válido (se esperaba ${issue.expected})`;
  return issue.message;
}

export type ParsedFile =
  | { kind: 'base'; src: YamlSource; data: BaseFlowchartFile }
  | { kind: 'variant'; src: YamlSource; data: VariantFlowchartFile };

/** Parses one flowchart file. Returns undefined (and fills `problems`) when it cannot be used. */
export function parseFlowchartFile(absFile: string, root: string, problems: Problem[]): ParsedFile | undefined {
  const rel = displayPath(root, absFile);
  let text: string;
  try {
    text = readYamlText(absFile, rel);
  } catch (e) {
    problems.push(...(e instanceof UserError ? e.problems : [{ file: rel, message: 'no se pudo leer el archivo' }]));
    return undefined;
  }
  const src = YamlSource.of(rel, text);
  const syntax = src.syntaxProblems();
  if (syntax.length) {
    problems.push(...syntax);
    return undefined;
  }
  const js = src.toJS();
  if (js.problems.length) {
    problems.push(...js.problems);
    return undefined;
  }
  const raw: unknown = js.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ file: rel, line: 1, message: 'se esperaba un mapa YAML con perfil (o base), titulo, carriles, pasos y transiciones' });
    return undefined;
  }
  const isVariant = 'base' in raw;
  const parsed = isVariant ? variantFlowchartSchema.safeParse(raw) : baseFlowchartSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...src.schemaProblems(parsed.error, describeIssue));
    return undefined;
  }
  const before = problems.length;
  checkDuplicates(src, parsed.data as { carriles: { id: string }[]; pasos: { id: string }[] }, problems);
  if (problems.length > before) return undefined;
  return isVariant
    ? { kind: 'variant', src, data: parsed.data as VariantFlowchartFile }
    : { kind: 'base', src, data: parsed.data as BaseFlowchartFile };
}

function checkDuplicates(src: YamlSource, data: { carriles: { id: string }[]; pasos: { id: string }[]; transiciones?: { de: string; a: string }[] }, problems: Problem[]): void {
  for (const key of ['carriles', 'pasos'] as const) {
    const seen = new Map<string, number>();
    data[key].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        problems.push(src.problem([key, i, 'id'], `id duplicado "${item.id}" (ya usado en la línea ${src.line([key, first, 'id'])})`));
      } else seen.set(item.id, i);
    });
  }
  const seenT = new Map<string, number>();
  (data.transiciones ?? []).forEach((t, i) => {
    const k = `${t.de}→${t.a}`;
    const first = seenT.get(k);
    if (first !== undefined) problems.push(src.problem(['transiciones', i], `transición duplicada de "${t.de}" a "${t.a}" (ya declarada en la línea ${src.line(['transiciones', first])})`));
    else seenT.set(k, i);
  });
}

function baseToFlowchart(f: { src: YamlSource; data: BaseFlowchartFile }, id: string, estado?: string): Flowchart {
  const { src, data } = f;
  return {
    id,
    perfil: data.perfil,
    titulo: data.titulo,
    estado,
    version: data.version,
    estatus: data.estatus,
    fecha: data.fecha,
    notas: data.notas,
    historial: [],
    carriles: data.carriles.map((l, i): Lane => ({ ...l, origin: src.origin(['carriles', i]) })),
    pasos: data.pasos.map((s, i): Step => ({ ...s, origin: src.origin(['pasos', i]) })),
    transiciones: data.transiciones.map((t, i): Transition => ({ ...t, origin: src.origin(['transiciones', i]) })),
    files: [src.file],
    origin: { file: src.file, line: 1 },
  };
}

/** Applies a state variant to its (already merged) base. Problems refer to the variant's lines. */
/**
 * A variant's status history: statuses only move forward (borrador → revisado_oim →
 * validado_cie → final), dates never go back, and a status past «borrador» says when it was
 * reached and which institution approved it (the last entry is the current status).
 */
function checkHistory(src: YamlSource, data: VariantFlowchartFile, problems: Problem[]): StatusChange[] {
  const h = data.historial;
  h.forEach((entry, i) => {
    if (i === 0) return;
    const prev = h[i - 1]!;
    if (FLOW_STATUS_ORDER.indexOf(entry.estatus) <= FLOW_STATUS_ORDER.indexOf(prev.estatus)) {
      problems.push(src.problem(['historial', i, 'estatus'], `el estatus solo avanza (borrador → revisado_oim → validado_cie → final): «${entry.estatus}» no puede venir después de «${prev.estatus}»`));
    }
    if (entry.fecha < prev.fecha) problems.push(src.problem(['historial', i, 'fecha'], `la fecha ${entry.fecha} es anterior a la del paso previo del historial (${prev.fecha})`));
  });
  const last = h.at(-1);
  if (data.estatus !== 'borrador' && last?.estatus !== data.estatus) {
    problems.push(src.problem(['estatus'], `el estatus «${data.estatus}» necesita su entrada en «historial» (estatus, fecha y la institución que lo aprobó en aprobado_por)${last ? `; la última entrada dice «${last.estatus}»` : ''}`));
  }
  if (last && data.estatus === 'borrador' && last.estatus !== 'borrador') {
    problems.push(src.problem(['estatus'], `el estatus no puede volver a «borrador» después de «${last.estatus}» (historial); una versión nueva en revisión conserva su estatus hasta que se apruebe`));
  }
  return h.map((e) => ({ ...e }));
}

export function mergeVariant(base: Flowchart, v: { src: YamlSource; data: VariantFlowchartFile }, id: string, estado: string | undefined, problems: Problem[]): Flowchart {
  const { src, data } = v;
  if (data.estado !== undefined && estado !== undefined && data.estado !== estado) {
    problems.push(src.problem(['estado'], `el archivo está en la carpeta de "${estado}" pero dice estado: ${data.estado}`));
  }
  const carriles = base.carriles.map((l) => ({ ...l }));
  data.carriles.forEach((l, i) => {
    const existing = carriles.find((c) => c.id === l.id);
    if (existing) Object.assign(existing, { nombre: l.nombre, origin: src.origin(['carriles', i]) });
    else carriles.push({ ...l, origin: src.origin(['carriles', i]) });
  });

  const removed = new Set<string>();
  data.quitar.forEach((sid, i) => {
    if (!base.pasos.some((s) => s.id === sid)) problems.push(src.problem(['quitar', i], `no se puede quitar el paso "${sid}": no existe en el flujograma base "${data.base}"`));
    else if (data.pasos.some((s) => s.id === sid)) problems.push(src.problem(['quitar', i], `el paso "${sid}" se quita y a la vez se modifica en "pasos"`));
    removed.add(sid);
  });

  const pasos: Step[] = base.pasos.filter((s) => !removed.has(s.id)).map((s) => ({ ...s }));
  data.pasos.forEach((s, i) => {
    const existing = pasos.find((p) => p.id === s.id);
    const origin = src.origin(['pasos', i]);
    if (existing) {
      for (const [k, val] of Object.entries(s)) if (val !== undefined) (existing as unknown as Record<string, unknown>)[k] = val;
      existing.origin = origin;
    } else {
      const missing = (['carril', 'texto'] as const).filter((k) => s[k] === undefined);
      if (missing.length) {
        problems.push(src.problem(['pasos', i], `el paso nuevo "${s.id}" no existe en la base "${data.base}" y le falta: ${missing.join(', ')}`));
        return;
      }
      pasos.push({ id: s.id, carril: s.carril!, texto: s.texto!, tipo: s.tipo ?? 'proceso', etapa: s.etapa, fundamento: s.fundamento, plazo: s.plazo, nota: s.nota, origin });
    }
  });

  let transiciones = base.transiciones.filter((t) => !removed.has(t.de) && !removed.has(t.a)).map((t) => ({ ...t }));
  data.quitar_transiciones.forEach((q, i) => {
    const before = transiciones.length;
    transiciones = transiciones.filter((t) => !(t.de === q.de && t.a === q.a));
    if (transiciones.length === before) problems.push(src.problem(['quitar_transiciones', i], `no se puede quitar la transición de "${q.de}" a "${q.a}": no existe en la base`));
  });
  data.transiciones.forEach((t, i) => {
    const origin = src.origin(['transiciones', i]);
    const existing = transiciones.find((x) => x.de === t.de && x.a === t.a);
    if (existing) Object.assign(existing, { condicion: t.condicion, origin });
    else transiciones.push({ ...t, origin });
  });

  return {
    ...base,
    id,
    estado,
    titulo: data.titulo ?? base.titulo,
    version: data.version,
    estatus: data.estatus,
    fecha: data.fecha,
    notas: data.notas ?? base.notas,
    historial: checkHistory(src, data, problems),
    carriles,
    pasos,
    transiciones,
    files: [...base.files, src.file],
    origin: { file: src.file, line: 1 },
  };
}

export interface LoadOptions {
  root?: string;
  /** Skip graph validation (used by the change log, which compares drafts as they are). */
  skipValidation?: boolean;
}

function baseFile(root: string, perfil: string): string {
  return path.join(root, 'data', 'comun', 'flujogramas', `${perfil}.yaml`);
}

/** Loads any flowchart file (a base, or a variant with its base) and validates the result. */
export function loadFlowchartFile(file: string, opts: LoadOptions = {}): Flowchart {
  const problems: Problem[] = [];
  const fc = loadInto(path.resolve(file), opts.root ?? projectRoot(), problems, !opts.skipValidation);
  if (problems.length || !fc) throw new UserError(`El flujograma ${displayPath(opts.root ?? projectRoot(), file)} tiene ${problems.length} problema(s)`, problems);
  return fc;
}

function loadInto(abs: string, root: string, problems: Problem[], validate: boolean): Flowchart | undefined {
  const parsed = parseFlowchartFile(abs, root, problems);
  if (!parsed) return undefined;
  const relDir = path.relative(path.join(root, 'data'), path.dirname(abs)).split(path.sep);
  const estado = relDir.length === 2 && relDir[1] === 'flujogramas' && relDir[0] !== 'comun' ? relDir[0] : undefined;
  const name = path.basename(abs, path.extname(abs));
  const id = `${estado ?? 'comun'}/${name}`;
  let fc: Flowchart | undefined;
  if (parsed.kind === 'base') fc = baseToFlowchart(parsed, id, estado);
  else {
    const bf = baseFile(root, parsed.data.base);
    if (!existsSync(bf)) {
      problems.push(parsed.src.problem(['base'], `no existe el flujograma base ${displayPath(root, bf)}`));
      return undefined;
    }
    const baseParsed = parseFlowchartFile(bf, root, problems);
    if (!baseParsed) return undefined;
    if (baseParsed.kind !== 'base') {
      problems.push(baseParsed.src.problem(['base'], 'un flujograma base no puede declarar a su vez "base"'));
      return undefined;
    }
    const before = problems.length;
    fc = mergeVariant(baseToFlowchart(baseParsed, `comun/${parsed.data.base}`), parsed, id, estado, problems);
    if (problems.length > before) return undefined;
  }
  if (validate) problems.push(...validateFlowchart(fc));
  return fc;
}

/** Every flowchart of a state (its files in data/<estado>/flujogramas/), merged and validated. */
export function loadStateFlowcharts(slug: string, opts: LoadOptions = {}): Flowchart[] {
  const root = opts.root ?? projectRoot();
  const dir = path.join(root, 'data', slug, 'flujogramas');
  const problems: Problem[] = [];
  if (!existsSync(path.join(root, 'data', slug))) throw new UserError(`No existe el estado "${slug}" (se esperaba la carpeta data/${slug}/)`);
  if (!existsSync(dir)) throw new UserError(`El estado "${slug}" no tiene flujogramas (se esperaba la carpeta data/${slug}/flujogramas/)`);
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new UserError(`La carpeta data/${slug}/flujogramas/ no tiene archivos .yaml`);
  const out: Flowchart[] = [];
  for (const f of files) {
    const fc = loadInto(path.join(dir, f), root, problems, !opts.skipValidation);
    if (fc) out.push(fc);
  }
  if (problems.length) throw new UserError(`Los flujogramas de "${slug}" tienen ${problems.length} problema(s)`, problems);
  return sortByProfile(out);
}

/** Base flowcharts in data/comun/flujogramas/. */
export function loadBaseFlowcharts(opts: LoadOptions = {}): Flowchart[] {
  const root = opts.root ?? projectRoot();
  const dir = path.join(root, 'data', 'comun', 'flujogramas');
  const problems: Problem[] = [];
  const out: Flowchart[] = [];
  for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => /\.ya?ml$/.test(x)).sort() : []) {
    const fc = loadInto(path.join(dir, f), root, problems, !opts.skipValidation);
    if (fc) out.push(fc);
  }
  if (problems.length) throw new UserError(`Los flujogramas base tienen ${problems.length} problema(s)`, problems);
  return sortByProfile(out);
}

function sortByProfile(list: Flowchart[]): Flowchart[] {
  const order = Object.keys(PROFILES);
  return list.sort((a, b) => order.indexOf(a.perfil) - order.indexOf(b.perfil) || a.id.localeCompare(b.id, 'es-MX'));
}

/**
 * The state's flowchart layouts for slides (lanes as rows, flow left → right), or [] when the
 * state has no data/<estado>/flujogramas/ folder. Used by the CIE deck.
 */
/** Whether a state has flowchart files (data/<estado>/flujogramas/*.yaml). */
export function hasStateFlowcharts(slug: string, root: string = projectRoot()): boolean {
  const dir = path.join(root, 'data', slug, 'flujogramas');
  return existsSync(dir) && readdirSync(dir).some((f) => /\.ya?ml$/.test(f));
}

export async function loadStateFlowchartLayouts(slug: string, opts: LoadOptions = {}): Promise<FlowchartLayout[]> {
  if (!hasStateFlowcharts(slug, opts.root)) return [];
  const out: FlowchartLayout[] = [];
  for (const fc of loadStateFlowcharts(slug, opts)) out.push(await layoutFlowchartForSlides(fc));
  return out;
}
