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
