/**
 * Checks of what is not a state's data but breaks its build all the same: the chapter templates
 * listed in proyecto.yaml, the deck's slide list, and each state's flowcharts — so
 * `npm run validate` catches them without building anything.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadProjectConfig } from '../config/project.js';
import { createEngine } from '../render/markdown/index.js';
import { toRenderError } from '../render/markdown/compile.js';
import { loadDeckTemplate } from '../write/pptx/index.js';
import { loadReviews } from '../flowcharts/feedback.js';
import { hasStateFlowcharts, loadStateFlowcharts } from '../flowcharts/index.js';
import { UserError, type Problem } from '../util/errors.js';

function problemsOf(run: () => unknown, fallbackFile: string): Problem[] {
  try {
    run();
    return [];
  } catch (e) {
    if (e instanceof UserError) return e.problems.length ? e.problems : [{ file: fallbackFile, message: e.message }];
    // Handlebars syntax and helper errors carry the template's line.
    const err = toRenderError(e, fallbackFile);
    return [{ file: err.file, line: err.line, column: err.column, message: err.message }];
  }
}

/** Every chapter of proyecto.yaml has a template that compiles; the deck template is valid. */
export function validateTemplates(root: string): Problem[] {
  const project = loadProjectConfig(root);
  const templatesDir = path.join(root, 'templates', 'diagnostico');
  const problems = problemsOf(() => createEngine(templatesDir, root), 'templates/diagnostico/parciales');
  if (problems.length === 0) {
    const engine = createEngine(templatesDir, root);
    project.diagnostico.capitulos.forEach((chapter, i) => {
      const file = `templates/diagnostico/${chapter}.md.hbs`;
      if (!existsSync(path.join(root, file))) {
        problems.push({ file: 'proyecto.yaml', field: `diagnostico.capitulos (n.º ${i + 1})`, message: `el capítulo «${chapter}» no tiene plantilla (se esperaba ${file}); revise cómo está escrito` });
      } else {
        problems.push(...problemsOf(() => engine.template(chapter), file));
      }
    });
  }
  problems.push(...problemsOf(() => loadDeckTemplate(root, project.presentacion.plantilla), project.presentacion.plantilla));
  return problems;
}

/** A state's flowcharts load and validate (none is fine), and so do the CIE's comments on them. */
export function validateStateFlowcharts(slug: string, root: string): Problem[] {
  if (!hasStateFlowcharts(slug, root)) return [];
  return problemsOf(() => loadReviews(slug, root, loadStateFlowcharts(slug, { root })), `data/${slug}/flujogramas`);
}
