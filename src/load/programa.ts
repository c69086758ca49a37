/**
 * Loads the programme's own records from data/programa/: the work plan
 * (plan-de-trabajo.yaml), the reporting periods (informes.yaml) and the minutes
 * (minutas/*.md: a YAML header between «---» lines, then the discussion, one «## punto» per
 * agenda item). Every YAML goes through the one reader (yaml.ts); every problem is a Spanish
 * Problem with file, line and column, all of them thrown together in one UserError.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { planSchema, reportsSchema, minuteHeaderSchema, type MinuteHeader, type Plan, type ReportsConfig } from '../schemas/programa.js';
import { UserError, type Problem } from '../util/errors.js';
import { listStates } from './state.js';
import { readText } from './text.js';
import { parseYaml, readYaml, readYamlText, spokenField, type YamlSource } from './yaml.js';

export const PROGRAMME_DIR = 'data/programa';
export const PLAN_FILE = `${PROGRAMME_DIR}/plan-de-trabajo.yaml`;
export const REPORTS_FILE = `${PROGRAMME_DIR}/informes.yaml`;
export const MINUTES_DIR = `${PROGRAMME_DIR}/minutas`;

export interface MinuteSection {
  /** The agenda item, as written in `orden_del_dia`. */
  item: string;
  /** Its discussion (Markdown paragraphs and lists), trimmed. */
  markdown: string;
  line: number;
}

export interface Minute {
  /** File name without .md: the minute's id and the name of its outputs. */
  id: string;
  /** Repository-relative path of the source file. */
  file: string;
  header: MinuteHeader;
  sections: MinuteSection[];
  /** The file's whole text (scanned by the privacy guard). */
  text: string;
  /** 1-based line of each agreement in the file, in order (for messages). */
  agreementLines: (number | undefined)[];
}

export interface ProgrammeData {
  root: string;
  plan: Plan;
  reports: ReportsConfig;
  /** Sorted by date, start time and id: index + 1 is the minute's annex number. */
  minutes: Minute[];
  /** Repository-relative paths and texts of the YAML sources (for the input privacy scan). */
  sources: { file: string; text: string }[];
}

const FENCE = /^---\s*$/;

/** Splits «---\nYAML\n---\nbody»; the header's first line is line 2 of the file. */
function splitFrontMatter(text: string, file: string): { yaml: string; body: string; bodyLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    throw new UserError(`La minuta ${file} no empieza con su encabezado`, [{ file, line: 1, column: 1, message: 'la primera línea debe ser «---», seguida del encabezado YAML (titulo, tipo, fecha…) y de otra línea «---»' }]);
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) throw new UserError(`La minuta ${file} no cierra su encabezado`, [{ file, line: 1, column: 1, message: 'falta la línea «---» que cierra el encabezado YAML' }]);
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** Shifts the problems of the header (parsed on its own) to the file's lines. */
function shift(problems: Problem[], by: number): Problem[] {
  return problems.map((p) => (p.line === undefined ? p : { ...p, line: p.line + by }));
}

function sectionsOf(body: string, bodyLine: number, header: MinuteHeader, file: string, problems: Problem[]): MinuteSection[] {
  const lines = body.split(/\r?\n/);
  const sections: MinuteSection[] = [];
  let current: { item: string; line: number; lines: string[] } | undefined;
  let fenced = false;
  lines.forEach((l, i) => {
    const line = bodyLine + i;
    if (/^(```|~~~)/.test(l)) fenced = !fenced;
    const h = fenced ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (h && h[1] === '##') {
      const item = h[2]!;
      if (!header.orden_del_dia.includes(item)) {
        problems.push({ file, line, column: 4, message: `«${item}» no es un punto del orden del día; cada «## …» del cuerpo debe copiar un punto de orden_del_dia tal cual (${header.orden_del_dia.map((x) => `«${x}»`).join(', ')})` });
      } else if (sections.some((s) => s.item === item)) {
        problems.push({ file, line, column: 1, message: `el punto «${item}» ya tiene su sección más arriba` });
      }
      if (current) sections.push({ item: current.item, line: current.line, markdown: current.lines.join('\n').trim() });
      current = { item, line, lines: [] };
      return;
    }
    if (h && (h[1] === '#' || h[1] === '####' || h[1]!.length > 4)) {
      problems.push({ file, line, column: 1, message: 'en el cuerpo de una minuta solo se usan «## punto del orden del día» y, dentro de él, «### subtítulo»' });
      return;
    }
    if (!current) {
      if (l.trim()) problems.push({ file, line, column: 1, message: 'el texto debe ir dentro de un punto del orden del día: empiece con «## <punto>»' });
      return;
    }
    current.lines.push(l);
  });
  if (current) sections.push({ item: current.item, line: current.line, markdown: current.lines.join('\n').trim() });
  for (const item of header.orden_del_dia) {
    if (!sections.some((s) => s.item === item)) problems.push({ file, line: bodyLine, message: `falta la sección «## ${item}» con el desarrollo de ese punto del orden del día` });
  }
  return sections.filter((s) => header.orden_del_dia.includes(s.item)).sort((a, b) => header.orden_del_dia.indexOf(a.item) - header.orden_del_dia.indexOf(b.item));
}

/** One minute file; problems are collected, not thrown. */
export function parseMinute(abs: string, file: string, problems: Problem[]): Minute | undefined {
  let text: string;
  try {
    text = readText(abs, file).text;
  } catch (e) {
    if (e instanceof UserError) {
      problems.push(...e.problems);
      return undefined;
    }
    throw e;
  }
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(text, file);
  } catch (e) {
    if (e instanceof UserError) {
      problems.push(...e.problems);
      return undefined;
    }
    throw e;
  }
  const r = parseYaml(split.yaml, file, minuteHeaderSchema, { label: spokenField });
  if (!r.value) {
    problems.push(...shift(r.problems, 1));
    return undefined;
  }
  const sections = sectionsOf(split.body, split.bodyLine, r.value, file, problems);
  const agreementLines = r.value.acuerdos.map((_, i) => {
    const l = r.source?.line(['acuerdos', i]);
    return l === undefined ? undefined : l + 1;
  });
  return { id: path.basename(file, '.md'), file, header: r.value, sections, text, agreementLines };
}

function at(source: YamlSource | undefined, p: (string | number)[], message: string, shiftBy = 0): Problem {
  const pr = source!.problem(p, message);
  return pr.line === undefined ? pr : { ...pr, line: pr.line + shiftBy };
}

/** Cross-file checks of the plan: unique ids, known activities and dependencies, ordered dates. */
function checkPlan(plan: Plan, src: YamlSource, problems: Problem[]): void {
  const acts = new Set<string>();
  plan.actividades.forEach((a, i) => {
    if (acts.has(a.id)) problems.push(at(src, ['actividades', i, 'id'], `la actividad ${a.id} está repetida`));
    acts.add(a.id);
    if (a.fin < a.inicio) problems.push(at(src, ['actividades', i, 'fin'], `la actividad termina (${a.fin}) antes de empezar (${a.inicio})`));
  });
  const prods = new Set(plan.productos.map((p) => p.id));
  const seen = new Set<string>();
  let share = 0;
  plan.productos.forEach((p, i) => {
    if (seen.has(p.id)) problems.push(at(src, ['productos', i, 'id'], `el producto ${p.id} está repetido`));
    seen.add(p.id);
    share += p.pago;
    if (!acts.has(p.actividad)) problems.push(at(src, ['productos', i, 'actividad'], `la actividad «${p.actividad}» no existe en actividades (${[...acts].join(', ')})`));
    p.depende_de.forEach((d, j) => {
      if (!prods.has(d)) problems.push(at(src, ['productos', i, 'depende_de', j], `el producto «${d}» no existe`));
      if (d === p.id) problems.push(at(src, ['productos', i, 'depende_de', j], 'un producto no puede depender de sí mismo'));
    });
  });
  if (Math.abs(share - 100) > 1e-9) problems.push(at(src, ['productos'], `los porcentajes de pago suman ${share} %, no 100 %`));
}

function checkReports(reports: ReportsConfig, plan: Plan | undefined, src: YamlSource, problems: Problem[]): void {
  const nums = new Set<number>();
  reports.periodos.forEach((p, i) => {
    if (nums.has(p.numero)) problems.push(at(src, ['periodos', i, 'numero'], `el periodo ${p.numero} está repetido`));
    nums.add(p.numero);
    if (p.hasta < p.desde) problems.push(at(src, ['periodos', i, 'hasta'], `el periodo termina (${p.hasta}) antes de empezar (${p.desde})`));
    if (plan && p.producto && !plan.productos.some((x) => x.id === p.producto)) problems.push(at(src, ['periodos', i, 'producto'], `el producto «${p.producto}» no existe en el plan de trabajo`));
  });
}

/** The plan, the periods and every minute of data/programa/, validated together. */
export function loadProgramme(root: string): ProgrammeData {
  const problems: Problem[] = [];
  const sources: { file: string; text: string }[] = [];
  if (!existsSync(path.join(root, PROGRAMME_DIR))) {
    throw new UserError('No hay datos del programa', [{ file: PROGRAMME_DIR, message: `no existe la carpeta ${PROGRAMME_DIR}/ (plan-de-trabajo.yaml, informes.yaml y minutas/)` }]);
  }
  const planR = readYaml(path.join(root, PLAN_FILE), PLAN_FILE, planSchema, { label: spokenField });
  problems.push(...planR.problems);
  if (planR.value && planR.source) checkPlan(planR.value, planR.source, problems);
  const repR = readYaml(path.join(root, REPORTS_FILE), REPORTS_FILE, reportsSchema, { label: spokenField });
  problems.push(...repR.problems);
  if (repR.value && repR.source) checkReports(repR.value, planR.value, repR.source, problems);
  for (const file of [PLAN_FILE, REPORTS_FILE]) {
    if (existsSync(path.join(root, file)) && !problems.some((p) => p.file === file && p.line === undefined)) sources.push({ file, text: readYamlText(path.join(root, file), file) });
  }

  const dir = path.join(root, MINUTES_DIR);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
  const minutes: Minute[] = [];
  const states = listStates(root);
  for (const f of files) {
    const file = `${MINUTES_DIR}/${f}`;
    if (!/^[a-z0-9][a-z0-9-]*\.md$/.test(f)) {
      problems.push({ file, message: 'el nombre de una minuta solo lleva minúsculas sin acentos, números y guiones (p. ej. 2026-08-05-inicio.md): es el nombre de su DOCX' });
      continue;
    }
    const m = parseMinute(path.join(dir, f), file, problems);
    if (!m) continue;
    const h = m.header;
    if (h.estado && !states.includes(h.estado)) problems.push({ file, field: 'estado', message: `el estado «${h.estado}» no existe en data/ (estados: ${states.join(', ')})` });
    if (h.actividad && planR.value && !planR.value.actividades.some((a) => a.id === h.actividad)) {
      problems.push({ file, field: 'actividad', message: `la actividad «${h.actividad}» no existe en ${PLAN_FILE}` });
    }
    minutes.push(m);
  }
  if (problems.length) throw new UserError(problems.length === 1 ? 'Se encontró 1 problema en los datos del programa' : `Se encontraron ${problems.length} problemas en los datos del programa`, problems);
  minutes.sort((a, b) => `${a.header.fecha} ${a.header.hora_inicio} ${a.id}`.localeCompare(`${b.header.fecha} ${b.header.hora_inicio} ${b.id}`));
  return { root, plan: planR.value!, reports: repR.value!, minutes, sources };
}

/** One minute by its path (as given on the command line), with the rest of the programme. */
export function findMinute(data: ProgrammeData, arg: string): Minute {
  const norm = arg.replace(/\\/g, '/').replace(/^\.\//, '');
  const m = data.minutes.find((x) => x.file === norm || x.id === norm || `${x.id}.md` === norm || x.file.endsWith(`/${norm}`));
  if (!m) {
    throw new UserError(`No existe la minuta «${arg}»`, [{ file: MINUTES_DIR, message: `minutas disponibles: ${data.minutes.map((x) => x.id).join(', ') || '(ninguna)'}` }]);
  }
  return m;
}
