/**
 * render/markdown: Analysis + StateData → the report's Markdown (the reviewable twin that the
 * DOCX writer compiles; conventions in docs/ARCHITECTURE.md).
 *
 * Each chapter listed in proyecto.yaml `diagnostico.capitulos` is rendered, in that order,
 * from templates/diagnostico/<capitulo>.md.hbs; partials live in templates/diagnostico/parciales/
 * (`{{> etapa}}` is parciales/etapa.md.hbs). A template sees a `ContextoPlantilla`
 * (src/render/markdown/vista.ts): the analysis through its Spanish view (`analisis`, victim
 * counts as `Conteo`: print them with {{conteo …}}), estado.yaml, proyecto.yaml, the chapter's
 * narrative, its stage block (`bloque`) and the flowcharts. Every field is listed, generated
 * from the view's types, in docs/plantillas-campos.md (`npm run docs:plantillas`).
 */
import { checkTemplate } from '../../privacy/sensitive.js';
import type { FlowchartSummary } from '../../flowcharts/docx.js';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Root } from 'mdast';
import type { Analysis } from '../../analyse/types.js';
import type { StateData } from '../../load/types.js';
import { CHAPTER_STAGES } from '../../schemas/vocabularies.js';
import { UserError, type Problem } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { compileTemplate, toRenderError, type CompiledTemplate } from './compile.js';
import { maskCounts } from './conteo.js';
import { TemplateRenderError } from './errors.js';
import { BLOCK_HELPERS, INTERNAL_HELPERS, MARKDOWN_HELPERS, VALUE_HELPERS } from './helpers/index.js';
import { closesFence, normaliseMarkdown, normaliseMarkdownWithMap, openingFence } from './normalise.js';
import { vistaAnalisis, vistaFlujogramas, type ContextoPlantilla } from './vista.js';
import { prepareNarrative, type NarrativeSource } from './narrative.js';
import { parseReportMarkdown } from './parse.js';
import { checkStructure, type ChapterSlot, type NarrativeSlot } from './structure.js';
import { escapeMarkdown } from './escape.js';
import { ACRONYMS_MARK, applyAcronyms } from './siglas.js';
import { readText } from '../../load/text.js';

export { escapeMarkdown, escapeTableCell } from './escape.js';
export { normaliseMarkdown } from './normalise.js';

export const TEMPLATE_EXT = '.md.hbs';
export const PARTIALS_DIR = 'parciales';

export interface RenderOptions {
  /** Folder of the chapter templates; default `<root>/templates/diagnostico`. */
  templatesDir?: string;
  /** The state's flowcharts for the annex (src/flowcharts/docx.ts `flowchartSummaries`); none if absent. */
  flujogramas?: FlowchartsContext;
  /** How messages name the Markdown being built (the twin that would be written). */
  twin?: string;
}

/** Flowcharts as the templates see them: plain text, escaped by `{{…}}` like any value. */
export interface FlowchartsContext {
  /** The standalone flowcharts document: its title and file name. */
  documento: { titulo: string; archivo: string };
  lista: FlowchartSummary[];
}

const NO_FLOWCHARTS: FlowchartsContext = { documento: { titulo: '', archivo: '' }, lista: [] };

/** A template's source, refused when it prints a sensitive field per record (src/privacy/sensitive.ts). */
function readTemplate(file: string, root: string): string {
  const source = readText(file, displayPath(root, file)).text;
  const problems = checkTemplate(source, displayPath(root, file));
  if (problems.length) throw new UserError('Se bloqueó la generación: una plantilla imprimiría datos sensibles por registro', problems);
  return source;
}

/**
 * A private Handlebars instance with the Spanish helpers and the folder's partials. The last
 * engine is reused while its folder and partials are unchanged, and each template while its
 * text is: Handlebars compiles a template on its first call, ~70 ms per build of a state's
 * report, which the live loop (`--vigilar`) would otherwise pay on every save.
 */
export function createEngine(templatesDir: string, root: string): { hb: typeof Handlebars; template: (name: string) => CompiledTemplate } {
  const partialsDir = path.join(templatesDir, PARTIALS_DIR);
  const partials = existsSync(partialsDir)
    ? readdirSync(partialsDir).filter((n) => n.endsWith(TEMPLATE_EXT)).sort().map((f) => ({ f, file: path.join(partialsDir, f), source: readTemplate(path.join(partialsDir, f), root) }))
    : [];
  const key = JSON.stringify([templatesDir, root, partials.map((p) => [p.f, p.source])]);
  if (lastEngine?.key === key) return lastEngine.engine;

  const hb = Handlebars.create();
  // `each`, `if`, `unless`, `with`, `lookup` stay; `log` and `blockHelperMissing` are harmless.
  hb.registerHelper({ ...MARKDOWN_HELPERS, ...VALUE_HELPERS, ...BLOCK_HELPERS, ...INTERNAL_HELPERS });
  for (const p of partials) {
    hb.registerPartial(p.f.slice(0, -TEMPLATE_EXT.length), compileTemplate(hb, p.source, displayPath(root, p.file)) as unknown as Handlebars.Template);
  }
  const cache = new Map<string, { source: string; fn: CompiledTemplate }>();
  const engine = {
    hb,
    template(name: string) {
      const file = path.join(templatesDir, `${name}${TEMPLATE_EXT}`);
      const source = readTemplate(file, root);
      let t = cache.get(name);
      if (t?.source !== source) {
        t = { source, fn: compileTemplate(hb, source, displayPath(root, file)) };
        cache.set(name, t);
      }
      return t.fn;
    },
  };
  lastEngine = { key, engine };
  return engine;
}

let lastEngine: { key: string; engine: ReturnType<typeof createEngine> } | undefined;

/** Marks a narrative's slot in a chapter's output; replaced by the prepared narrative (letters and digits only: nothing to escape). */
const slotMark = (i: number) => `NARRATIVAx${i}x7f3a9c2e`;
export async function renderReportMarkdown(analysis: Analysis, data: StateData, opts: RenderOptions = {}): Promise<string> {
  return (await renderReport(analysis, data, opts)).markdown;
}

/** The report's Markdown and its parse, which the DOCX writer can take instead of parsing it again. */
export interface ReportMarkdown {
  markdown: string;
  /** `markdown` parsed as the DOCX writer parses it (remark-parse + remark-gfm). */
  tree: Root;
}

/**
 * The report's Markdown (`preamble` first, e.g. the twin's header comment), checked for
 * structure on its final text: the check's parse is the one the DOCX writer uses, so the
 * ~250 KB twin is parsed once per build instead of twice (micromark is the slowest step), and
 * in the live loop only the sections an edit changed are parsed again (parse.ts).
 */
export async function renderReport(analysis: Analysis, data: StateData, opts: RenderOptions & { preamble?: string } = {}): Promise<ReportMarkdown> {
  const assembled = assembleChapters(renderChapters(analysis, data, opts));
  const withAcronyms = applyAcronyms(assembled.text, { ...institutionAcronyms(data), ...(data.siglas ?? {}) }).markdown;
  const preamble = opts.preamble ?? '';
  const markdown = preamble + withAcronyms;
  const toFinal = finalLines(assembled.text, withAcronyms, preamble);
  const tree = parseReportMarkdown(markdown);
  checkStructure(markdown, {
    chapters: assembled.chapters.map((c) => ({ ...c, ...toFinal(c) })),
    narratives: assembled.narratives.map((n) => ({ ...n, ...toFinal(n) })),
    twin: opts.twin ?? 'el Markdown del informe (generado)',
  }, tree);
  return { markdown, tree };
}

/**
 * Maps a line range of the assembled text to the final one. The acronym pass edits lines in
 * place and replaces only its mark line with the «Siglas y acrónimos» section (or appends the
 * section at the end); the preamble comes before everything.
 */
function finalLines(assembled: string, withAcronyms: string, preamble: string) {
  const before = assembled.split('\n');
  const at = before.findIndex((l) => l.trim() === ACRONYMS_MARK);
  const delta = at < 0 ? 0 : withAcronyms.split('\n').length - before.length;
  const offset = preamble === '' ? 0 : preamble.split('\n').length - 1;
  const line = (n: number) => offset + (at >= 0 && n > at ? n + delta : n);
  return (r: { start: number; end: number }) => ({ start: line(r.start), end: line(r.end) });
}

/**
 * The acronyms and short forms the state's data declares for its institutions — the CIE
 * (estado.yaml → cie.siglas) and instituciones.csv → siglas — so that each is defined at its
 * first use and listed in «Siglas y acrónimos» like those of siglas.yaml (which take precedence).
 * A trailing qualifier in parentheses is not part of the name.
 */
export function institutionAcronyms(data: Pick<StateData, 'config' | 'instituciones'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of data.instituciones?.rows ?? []) if (i.siglas) out[i.siglas] = i.nombre.replace(/\s*\([^()]*\)\s*$/, '');
  const cie = data.config?.cie;
  if (cie?.siglas) out[cie.siglas] = cie.nombre;
  return out;
}

/** Each chapter's template output, its narrative's slot marked (assembleReport puts the narrative in it). */
export function renderChapters(analysis: Analysis, data: StateData, opts: RenderOptions = {}): RenderedChapter[] {
  const root = data.root;
  const templatesDir = opts.templatesDir ?? path.join(root, 'templates', 'diagnostico');
  const chapters = data.project.diagnostico.capitulos;
  const configFile = displayPath(root, path.join(root, 'proyecto.yaml'));

  const available = existsSync(templatesDir)
    ? readdirSync(templatesDir).filter((n) => n.endsWith(TEMPLATE_EXT)).map((n) => n.slice(0, -TEMPLATE_EXT.length)).sort()
    : [];
  const problems: Problem[] = [];
  for (const c of chapters) {
    if (!available.includes(c)) {
      problems.push({
        file: configFile,
        field: 'diagnostico.capitulos',
        message: `el capítulo «${c}» no tiene plantilla: falta ${displayPath(root, path.join(templatesDir, c + TEMPLATE_EXT))}` +
          (available.length ? ` (plantillas disponibles: ${available.join(', ')})` : ''),
      });
    }
  }
  if (problems.length > 0) {
    throw new UserError(`No se puede generar el Markdown del diagnóstico (${configFile}): ${problems.length === 1 ? 'hay un problema' : `hay ${problems.length} problemas`}`, problems);
  }

  const engine = createEngine(templatesDir, root);
  const base = {
    analisis: maskCounts(vistaAnalisis(analysis)),
    estado: maskCounts(data.config) as unknown as Record<string, unknown>,
    proyecto: maskCounts(data.project) as unknown as Record<string, unknown>,
    slug: data.slug,
    flujogramas: maskCounts(vistaFlujogramas(opts.flujogramas ?? NO_FLOWCHARTS)),
  };
  const parts: string[] = [];
  const errors: Problem[] = [];
  const narratives = chapters.map((c) => data.narrativa[c]);
  chapters.forEach((capitulo, i) => {
    const source = narratives[i];
    const context: ContextoPlantilla = {
      ...base,
      capitulo,
      etapas: CHAPTER_STAGES[capitulo] ?? [],
      bloque: base.analisis.capitulos[capitulo] ?? null,
      // The narrative goes in its own slot, set apart by blank lines (see assembleReport).
      narrativa: source && source.markdown.trim() !== '' ? `\n\n${slotMark(i)}\n\n` : '',
      narrativa_con_secciones: source ? hasHeadings(source.markdown) : false,
    };
    try {
      parts.push(engine.template(capitulo)(context));
    } catch (e) {
      // A privacy block (sensitive field in a template) keeps its own message and problems.
      if (e instanceof UserError) throw e;
      const err = e instanceof TemplateRenderError ? e : toRenderError(e, displayPath(root, path.join(templatesDir, capitulo + TEMPLATE_EXT)));
      errors.push({ file: err.file, line: err.line, column: err.column, message: err.message });
    }
  });
  if (errors.length > 0) {
    throw new UserError(`Las plantillas del diagnóstico tienen ${errors.length === 1 ? 'un error' : `${errors.length} errores`}`, errors);
  }
  return chapters.map((chapter, i) => ({
    chapter,
    template: displayPath(root, path.join(templatesDir, chapter + TEMPLATE_EXT)),
    output: parts[i]!,
    narrative: narratives[i],
  }));
}

/** Whether Markdown has a heading line outside code fences (ATX `#`; narratives do not use setext headings). */
export function hasHeadings(markdown: string): boolean {
  let fence: ReturnType<typeof openingFence>;
  for (const line of markdown.split(/\r?\n/)) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = openingFence(line);
    if (!fence && /^ {0,3}#{1,6}[ \t]/.test(line)) return true;
  }
  return false;
}

/** A chapter's template output (narrative slot marked) and its narrative. */
export interface RenderedChapter {
  chapter: string;
  template: string;
  output: string;
  narrative?: NarrativeSource;
}

/**
 * Puts each prepared narrative (narrative.ts) in its slot, normalises the layout and checks
 * the result's structure (structure.ts). Narrative problems are one Spanish UserError.
 */
export function assembleReport(chapters: RenderedChapter[], opts: { twin: string }): string {
  const { text, chapters: chapterSlots, narratives } = assembleChapters(chapters);
  checkStructure(text, { chapters: chapterSlots, narratives, twin: opts.twin });
  return text;
}

/** assembleReport without the structure check: the text and where each chapter and narrative landed. */
function assembleChapters(chapters: RenderedChapter[]): { text: string; chapters: ChapterSlot[]; narratives: NarrativeSlot[] } {
  // Footnote labels the templates use; the narratives' own are renamed if they collide.
  const used = new Set<string>();
  for (const c of chapters) for (const m of c.output.matchAll(/^[ \t]*\[\^([^\]\s]+)\]:/gm)) used.add(m[1]!.toLowerCase());
  const problems: Problem[] = [];
  const prepared = chapters.map((c) => {
    if (!c.narrative || c.narrative.markdown.trim() === '') return undefined;
    const r = prepareNarrative(c.narrative, { footnotePrefix: c.chapter, usedFootnotes: used });
    problems.push(...r.problems);
    return r.narrative;
  });
  if (problems.length > 0) {
    const files = [...new Set(problems.map((p) => p.file))];
    throw new UserError(`${files.length === 1 ? `La narrativa ${files[0]} no se puede insertar` : 'Hay narrativas que no se pueden insertar'} en el informe: ${problems.length === 1 ? 'hay un problema' : `hay ${problems.length} problemas`}`, problems);
  }

  const lines: string[] = [];
  const chapterRanges: { start: number; end: number }[] = [];
  const narrativeRanges: { index: number; start: number; end: number }[] = [];
  chapters.forEach((c, i) => {
    if (i > 0) lines.push('');
    const start = lines.length;
    const mark = slotMark(i);
    for (const line of c.output.replace(/\r\n?/g, '\n').split('\n')) {
      if (line.trim() === mark) {
        const text = prepared[i]?.markdown ?? '';
        lines.push('');
        const at = lines.length;
        if (text !== '') lines.push(...text.split('\n'));
        narrativeRanges.push({ index: i, start: at, end: lines.length });
        lines.push('');
      } else if (line.includes(mark)) {
        // The narrative printed as data ({{narrativa}}): its text, escaped, as before.
        lines.push(line.split(mark).join(escapeMarkdown(c.narrative?.markdown ?? '', { blockStart: false })));
      } else {
        lines.push(line);
      }
    }
    chapterRanges.push({ start, end: lines.length });
  });

  const { text, lineMap } = normaliseMarkdownWithMap(lines.join('\n'));
  const toFinal = (range: { start: number; end: number }) => {
    let start = -1;
    let end = -1;
    lineMap.forEach((from, out) => {
      if (from >= range.start && from < range.end) {
        if (start < 0) start = out;
        end = out + 1;
      }
    });
    return start < 0 ? undefined : { start, end };
  };
  const slots: NarrativeSlot[] = [];
  for (const r of narrativeRanges) {
    const n = prepared[r.index];
    const at = toFinal(r);
    if (!n || !at) continue;
    const sourceLines: number[] = [];
    for (let out = at.start; out < at.end; out++) {
      const from = lineMap[out]!;
      sourceLines.push(from >= 0 ? (n.sourceLines[from - r.start] ?? 1) : (sourceLines[sourceLines.length - 1] ?? 1));
    }
    slots.push({ file: n.file, start: at.start, end: at.end, sourceLines, counts: n.counts });
  }
  const chapterSlots: ChapterSlot[] = chapters.flatMap((c, i) => {
    const at = toFinal(chapterRanges[i]!);
    return at ? [{ chapter: c.chapter, template: c.template, ...at }] : [];
  });
  return { text, chapters: chapterSlots, narratives: slots };
}

/**
 * Renders one template string with the same helpers, strictness and count masking as the
 * report (no partials). For tests and for checking a template snippet.
 */
export function renderTemplate(source: string, context: Record<string, unknown>, file = 'plantilla.md.hbs'): string {
  const { hb } = createEngine(path.join(path.sep, 'nonexistent-templates'), path.sep);
  try {
    return normaliseMarkdown(compileTemplate(hb, source, file)(maskCounts(context)));
  } catch (e) {
    const err = toRenderError(e, file, source);
    throw new UserError(`La plantilla ${err.file} tiene un error`, [{ file: err.file, line: err.line, column: err.column, message: err.message }]);
  }
}
