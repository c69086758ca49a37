/**
 * npm run flujogramas -- <estado> | --todos [--check] | --comparar [--check] | --cambios <a.yaml> <b.yaml> [--salida cambios.md]
 * The flowcharts product (src/pipeline/products/flujogramas.ts) of one or every state (with
 * `--todos`, also the comparison between states), the comparison alone, or the change log
 * between two versions of a flowchart.
 */
import path from 'node:path';
import { loadProjectConfig, projectRoot } from '../config/project.js';
import { comparacion } from '../pipeline/products/comparacion.js';
import { checkFinalSet, flujogramas, renderChangelog } from '../pipeline/products/flujogramas.js';
import { runProducts } from '../pipeline/run.js';
import { commitFiles } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { formatBytes, parseCli, printWritten, runCli, selectStates } from './run.js';

const USAGE = `Uso:
  npm run flujogramas -- <estado>            genera los flujogramas de un estado (p. ej. chiapas)
  npm run flujogramas -- --todos             genera los de todos los estados con el producto «flujogramas»
                                             y la comparación de rutas entre estados
  npm run flujogramas -- --todos --check     comprueba que los .md confirmados estén al día (no escribe nada)
  npm run flujogramas -- --todos --final     el juego final: se niega si algún flujograma no está validado con su CIE
  npm run flujogramas -- --comparar [--check] solo la comparación de rutas entre estados
  npm run flujogramas -- --cambios <a.yaml> <b.yaml> [--salida cambios.md]
                                             registro de cambios entre dos versiones de un flujograma`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli({
    allowPositionals: true,
    options: {
      todos: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      cambios: { type: 'boolean' },
      comparar: { type: 'boolean' },
      final: { type: 'boolean' },
      check: { type: 'boolean' },
      salida: { type: 'string' },
    },
  }, USAGE);
  const root = projectRoot();
  const started = performance.now();

  if (values.cambios) {
    if (positionals.length !== 2) throw new UserError(`--cambios necesita exactamente dos archivos (recibió ${positionals.length})\n${USAGE}`);
    const file = await renderChangelog(root, positionals[0]!, positionals[1]!, values.salida);
    if (values.salida) {
      await commitFiles([file], { root });
      process.stdout.write(`Registro de cambios escrito en ${values.salida} (${formatBytes(Buffer.byteLength(file.bytes))})\n`);
    } else process.stdout.write(String(file.bytes));
    return;
  }

  const all = values.todos || values.all;
  if (all && positionals.length) throw new UserError(`Use --todos o un estado, no ambos.\n${USAGE}`);
  if (values.comparar && (all || positionals.length)) throw new UserError(`--comparar va solo (o con --check); --todos ya incluye la comparación.\n${USAGE}`);
  if (!all && !values.comparar && positionals.length !== 1) throw new UserError(`Indique un estado (p. ej. chiapas), --todos o --comparar\n${USAGE}`);
  const slugs = values.comparar ? [] : selectStates({ positionals, all, root, usage: USAGE, product: 'flujogramas' });
  if (values.final) {
    if (!all) throw new UserError(`--final va con --todos: la versión final es el juego de todos los estados.\n${USAGE}`);
    checkFinalSet(slugs, root);
  }
  const project = loadProjectConfig(root);
  const request = (slug?: string) => ({ root, outRoot: root, project, slug, options: {} });
  const jobs = slugs.map((slug) => ({ product: flujogramas, request: request(slug) }));
  if (all || values.comparar) jobs.push({ product: comparacion, request: request() });

  // Every state is built before anything is written: a problem anywhere leaves every output untouched.
  const results = await runProducts(jobs, { check: values.check });
  if (values.check) {
    const stale = results.flatMap((r) => r.staleTwins);
    if (stale.length) {
      throw new UserError('Los flujogramas cambiaron y su texto de revisión no se regeneró', stale.map((file) => ({ file, message: 'desactualizado; ejecute «npm run flujogramas -- --todos» y confirme (commit) el archivo .md' })));
    }
    process.stdout.write(`✔ Los textos de revisión de los flujogramas están al día (${values.comparar ? 'comparación entre estados' : `${slugs.length} estados${all ? ' y la comparación entre estados' : ''}`}).\n`);
    return;
  }
  printWritten(results, started);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await runCli(main);
