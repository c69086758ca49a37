/**
 * npm run taller -- <estado> | --todos [--check]
 * The workshop package of a state (src/pipeline/products/taller.ts): agenda, case exercises,
 * questionnaire, facilitation deck and, from the recorded answers, the workshop report.
 */
import path from 'node:path';
import { loadProjectConfig, projectRoot } from '../config/project.js';
import { taller } from '../pipeline/products/taller.js';
import { runProducts } from '../pipeline/run.js';
import { UserError } from '../util/errors.js';
import { parseCli, printWritten, runCli, selectStates } from './run.js';

const USAGE = `Uso:
  npm run taller <estado>                genera el paquete del taller de un estado (p. ej. chihuahua):
                                         agenda, casos de práctica, cuestionario, presentación y, si hay
                                         respuestas registradas (data/<estado>/taller/respuestas.csv), el informe
  npm run taller -- --todos              el de todos los estados con el producto «taller» en su estado.yaml
  npm run taller -- <estado> --check     comprueba que los .md confirmados estén al día (no escribe nada)`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli({
    allowPositionals: true,
    options: { todos: { type: 'boolean', default: false }, check: { type: 'boolean' } },
  }, USAGE);
  const root = projectRoot();
  const started = performance.now();
  if (values.todos && positionals.length) throw new UserError(`Use --todos o un estado, no ambos.\n${USAGE}`);
  if (!values.todos && positionals.length !== 1) throw new UserError(`Indique un estado (p. ej. chihuahua) o --todos\n${USAGE}`);
  const slugs = selectStates({ positionals, all: values.todos, root, usage: USAGE, product: 'taller' });
  const project = loadProjectConfig(root);
  const results = await runProducts(slugs.map((slug) => ({ product: taller, request: { root, outRoot: root, project, slug, options: {} } })), { check: values.check });
  if (values.check) {
    const stale = results.flatMap((r) => r.staleTwins);
    if (stale.length) {
      throw new UserError('Los datos del taller cambiaron y su texto de revisión no se regeneró', stale.map((file) => ({ file, message: `desactualizado; ejecute «npm run taller ${values.todos ? '-- --todos' : slugs[0]}» y confirme (commit) el archivo .md` })));
    }
    process.stdout.write(`✔ Los textos de revisión del taller están al día (${slugs.join(', ')}).\n`);
    return;
  }
  printWritten(results, started);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await runCli(main);
