/**
 * Renders the rapid analysis' documents (interview guide, interview report, rapid analysis)
 * from their Handlebars templates with the diagnostics' engine: the same Spanish helpers,
 * strict field lookup, Markdown escaping and partials (`<folder>/parciales/`). The context is
 * the Spanish view built in src/analyse/rapid.ts.
 */
import path from 'node:path';
import { createEngine } from '../markdown/index.js';
import { toRenderError } from '../markdown/compile.js';
import { maskCounts } from '../markdown/conteo.js';
import { normaliseMarkdown } from '../markdown/normalise.js';
import { filas, grafica, matrizConteo, perfiles } from '../markdown/vista.js';
import type { DeskReviewView, InterviewView, MappingView } from '../../analyse/rapid.js';
import { UserError } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';

/** templates/<folder>/<name>.md.hbs with `context`; a template error is a UserError at its line. */
export function renderDocumentMarkdown(root: string, folder: string, name: string, context: Record<string, unknown>): string {
  const templatesDir = path.join(root, 'templates', folder);
  const file = displayPath(root, path.join(templatesDir, `${name}.md.hbs`));
  try {
    const engine = createEngine(templatesDir, root);
    return normaliseMarkdown(engine.template(name)(maskCounts(context)));
  } catch (e) {
    if (e instanceof UserError) throw e;
    const err = toRenderError(e, file);
    throw new UserError(`La plantilla ${err.file} tiene un error`, [{ file: err.file, line: err.line, column: err.column, message: err.message }]);
  }
}

/**
 * The parts of the rapid analysis that come from the diagnostics' analyses (count tables,
 * matrices, charts, the profile coverage) in the templates' Spanish view (vista.ts), so the
 * same helpers print them the same way.
 */
export function interviewContext(v: InterviewView) {
  return { ...v, matriz: matrizConteo(v.matriz) };
}

export function mappingContext(m: MappingView) {
  return {
    ...m,
    por_tipo: filas(m.por_tipo), por_servicio: filas(m.por_servicio), por_poblacion: filas(m.por_poblacion),
    por_alcance: filas(m.por_alcance), por_costo: filas(m.por_costo), por_duracion: filas(m.por_duracion),
    grafica: grafica(m.grafica),
  };
}

export function deskContext(d: DeskReviewView) {
  return { ...d, perfiles: perfiles(d.perfiles) };
}

export const chartContext = grafica;
