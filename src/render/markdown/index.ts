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
import type { Analysis } from '../../analyse/types.js';
import type { StateData } from '../../load/types.js';
import { CHAPTER_STAGES } from '../../schemas/vocabularies.js';
import { UserError, type Problem } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { compileTemplate, toRenderError, type CompiledTemplate } from './compile.js';
import { maskCounts } from './conteo.js';
import { TemplateRenderError } from './errors.js';
import { BLOCK_HELPERS, INTERNAL_HELPERS, MARKDOWN_HELPERS, VALUE_HELPERS } from './helpers/index.js';
import { normaliseMarkdown } from './normalise.js';
import { vistaAnalisis, vistaFlujogramas, type ContextoPlantilla } from './vista.js';
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

/** A private Handlebars instance with the Spanish helpers and the folder's partials. */
export function createEngine(templatesDir: string, root: string): { hb: typeof Handlebars; template: (name: string) => CompiledTemplate } {
  const hb = Handlebars.create();
  // `each`, `if`, `unless`, `with`, `lookup` stay; `log` and `blockHelperMissing` are harmless.
  hb.registerHelper({ ...MARKDOWN_HELPERS, ...VALUE_HELPERS, ...BLOCK_HELPERS, ...INTERNAL_HELPERS });
  const partialsDir = path.join(templatesDir, PARTIALS_DIR);
  if (existsSync(partialsDir)) {
    for (const f of readdirSync(partialsDir).filter((n) => n.endsWith(TEMPLATE_EXT)).sort()) {
      const file = path.join(partialsDir, f);
      const fn = compileTemplate(hb, readTemplate(file, root), displayPath(root, file));
      hb.registerPartial(f.slice(0, -TEMPLATE_EXT.length), fn as unknown as Handlebars.Template);
    }
  }
  const cache = new Map<string, CompiledTemplate>();
  return {
    hb,
    template(name: string) {
      let t = cache.get(name);
      if (!t) {
        const file = path.join(templatesDir, `${name}${TEMPLATE_EXT}`);
        t = compileTemplate(hb, readTemplate(file, root), displayPath(root, file));
        cache.set(name, t);
      }
      return t;
    },
  };
}

/** A narrative has paragraphs and `###` sub-sections only: `#`/`##` belong to the templates. */
function checkNarrative(file: string, markdown: string): Problem[] {
  const problems: Problem[] = [];
  let fence = false;
  markdown.split(/\r?\n/).forEach((line, i) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (!fence && /^\s{0,3}#{1,2}(\s|$)/.test(line)) {
      problems.push({ file, line: i + 1, message: 'la narrativa solo puede tener párrafos y subtítulos «###»; los títulos «#» y «##» los ponen las plantillas del capítulo' });
    }
  });
  return problems;
}

export async function renderReportMarkdown(analysis: Analysis, data: StateData, opts: RenderOptions = {}): Promise<string> {
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
  for (const n of Object.values(data.narrativa)) problems.push(...checkNarrative(n.file, n.markdown));
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
  for (const capitulo of chapters) {
    const context: ContextoPlantilla = {
      ...base,
      capitulo,
      etapas: CHAPTER_STAGES[capitulo] ?? [],
      bloque: base.analisis.capitulos[capitulo] ?? null,
      narrativa: (data.narrativa[capitulo]?.markdown ?? '').trim(),
    };
    try {
      parts.push(engine.template(capitulo)(context));
    } catch (e) {
      // A privacy block (sensitive field in a template) keeps its own message and problems.
      if (e instanceof UserError) throw e;
      const err = e instanceof TemplateRenderError ? e : toRenderError(e, displayPath(root, path.join(templatesDir, capitulo + TEMPLATE_EXT)));
      errors.push({ file: err.file, line: err.line, column: err.column, message: err.message });
    }
  }
  if (errors.length > 0) {
    throw new UserError(`Las plantillas del diagnóstico tienen ${errors.length === 1 ? 'un error' : `${errors.length} errores`}`, errors);
  }
  return normaliseMarkdown(parts.join('\n\n'));
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
