/**
 * npm run report <estado> [--all] [--check] [--pdf] [--sesnsp <ruta>]
 * Builds the report products of each state (those its estado.yaml lists, flowcharts aside:
 * they have their own command): today the diagnostic DOCX, its Markdown twin and the CIE deck.
 */
import { loadProjectConfig, projectRoot } from '../config/project.js';
import { loadStateConfig } from '../load/state.js';
import { reportProductsOf, statesWithReports } from '../pipeline/products/index.js';
import { assertPdfExport, exportPdfs, paginationNote } from '../pipeline/pdf.js';
import { runProducts, type ProductJob } from '../pipeline/run.js';
import { UserError, formatUserError } from '../util/errors.js';
import { WorkerPool, availableCores } from '../pipeline/workers.js';
import { describeFailure, watchState } from '../pipeline/watch.js';
import { enterLiveLoop, leaveLiveLoop } from '../pipeline/live-loop.js';
import { previewTwins } from '../pipeline/preview-figures.js';
import { formatBytes, parseCli, runCli, selectStates, writeErrorLog } from './run.js';

const USAGE = `Uso: npm run report <estado>                      genera los informes y la presentación del estado (p. ej. chihuahua)
     npm run report <estado> -- --pdf             además exporta el PDF con LibreOffice
     npm run report <estado> -- --sesnsp <ruta>   usa el archivo nacional del SESNSP
     npm run report -- --all [--check]            todos los estados con informes, en paralelo
                                                  (un proceso por núcleo; --trabajos <n> para fijar cuántos)
     npm run report <estado> -- --vigilar         regenera al guardar cualquier dato, narrativa, plantilla,
                                                  estado.yaml, proyecto.yaml o flujograma del estado (Ctrl+C para salir)
     npm run report <estado> -- --vigilar --vista [--puerto <n>]
                                                  además sirve en http://127.0.0.1:<n>/ el texto del informe,
                                                  que se recarga solo tras cada regeneración
     npm run report <estado> -- --sin-paginar     sin números de página en los índices (más rápido; sin LibreOffice)
Las opciones van después de un solo «--», juntas: npm run report chihuahua -- --pdf --sesnsp <ruta>
Estados disponibles: las carpetas de data/ que tienen estado.yaml.`;

await runCli(async () => {
  const { values, positionals } = parseCli(
    {
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        pdf: { type: 'boolean', default: false },
        sesnsp: { type: 'string' },
        trabajos: { type: 'string' },
        'sin-paginar': { type: 'boolean', default: false },
        vigilar: { type: 'boolean', default: false },
        vista: { type: 'boolean', default: false },
        puerto: { type: 'string' },
      },
    },
    USAGE,
  );
  const root = projectRoot();
  const states = values.all
    ? statesWithReports(root)
    : selectStates({ positionals, all: false, root, usage: USAGE });
  if (values.all && states.length === 0) throw new UserError('No hay estados con informes en data/ (estado.yaml → productos).');
  for (const s of states) {
    if (reportProductsOf(s, root).length === 0) {
      const listed = loadStateConfig(s, root).productos.join(', ');
      throw new UserError(`El estado «${s}» no tiene el producto «diagnostico» ni otro informe en data/${s}/estado.yaml (productos: ${listed}); sus flujogramas se generan con «npm run flujogramas -- ${s}».`);
    }
  }

  if (values.vista && !values.vigilar) throw new UserError(`--vista acompaña a --vigilar: npm run report <estado> -- --vigilar --vista\n${USAGE}`);
  if (values.vigilar) {
    if (values.all || states.length !== 1 || values.check || values.pdf) throw new UserError(`--vigilar trabaja con un solo estado y sin --all, --check ni --pdf: npm run report <estado> -- --vigilar\n${USAGE}`);
    await watchLoop(root, states[0]!, values.sesnsp, values.vista ? portOf(values.puerto) : undefined);
    return;
  }

  // Say so before building: a missing LibreOffice must not leave new DOCX next to an old PDF.
  if (values.pdf) assertPdfExport();

  const project = loadProjectConfig(root);
  const note = values.check || values['sin-paginar'] ? undefined : paginationNote();
  if (note) process.stdout.write(`ℹ ${note}\n`);
  const stale: string[] = [];
  // Every product of every state in ONE run: rendered (in parallel with --all), scanned, then
  // committed together, all or nothing.
  const jobs: ProductJob[] = states.flatMap((slug) =>
    reportProductsOf(slug, root).map((product) => ({
      product,
      request: { root, outRoot: root, project, slug, options: { sesnspFile: values.sesnsp, paginar: !values.check && !note && !values['sin-paginar'] } },
    })),
  );
  const workers = workerCount(values.trabajos, values.all, jobs.length);
  if (workers > 1) process.stdout.write(`Generando ${states.length} estados en ${workers} procesos…\n`);
  const pool = workers > 1 ? new WorkerPool(workers) : undefined;
  let all: Awaited<ReturnType<typeof runProducts>>;
  try {
    all = await runProducts(jobs, { check: values.check, render: pool?.render });
  } finally {
    pool?.close();
  }
  for (const slug of states) {
    const results = all.filter((r) => r.slug === slug);
    const secs = (Math.max(0, ...results.map((r) => r.ms)) / 1000).toFixed(1);
    if (values.check) {
      const twins = results.flatMap((r) => r.staleTwins);
      if (twins.length === 0) process.stdout.write(`✔ ${slug}: el gemelo Markdown está al día (${secs} s)\n`);
      stale.push(...twins);
      continue;
    }
    process.stdout.write(`✔ ${slug} (${secs} s)\n`);
    for (const f of results.flatMap((r) => r.files)) process.stdout.write(`   ${f.path}  ${formatBytes(f.bytes)}\n`);
    if (values.pdf) {
      const docx = results.flatMap((r) => r.files).map((f) => f.path).filter((f) => f.endsWith('.docx'));
      for (const pdf of await exportPdfs(root, docx)) process.stdout.write(`   ${pdf}  (índices actualizados con LibreOffice)\n`);
    }
  }
  if (stale.length > 0) {
    throw new UserError(
      'El texto de los informes no coincide con los datos o plantillas actuales.',
      stale.map((file) => ({
        file,
        message: `desactualizado; ejecute «npm run report ${file.split('/')[1] ?? ''}» y confirme (commit) el archivo .md resultante`,
      })),
    );
  }
});

/** Worker processes for this run: --trabajos when given, else one per core with --all (never more than the jobs). */
function workerCount(option: string | undefined, all: boolean, jobs: number): number {
  if (option !== undefined) {
    const n = Number(option);
    if (!Number.isInteger(n) || n < 1) throw new UserError(`--trabajos espera un número entero mayor que cero (recibido «${option}»).`);
    return Math.min(n, Math.max(1, jobs));
  }
  return all ? Math.min(availableCores(), jobs) : 1;
}

/**
 * --vigilar: one build now, then one after every save of the state's inputs, in this process
 * (warm modules and layouts), without LibreOffice pagination (too slow for a live loop). A
 * failed rebuild prints its Spanish error and leaves the last good outputs in place.
 */
async function watchLoop(root: string, slug: string, sesnspFile: string | undefined, port: number | undefined): Promise<void> {
  // Loaded only with --vista: a checkout whose node_modules predates `marked` still builds.
  const preview = port === undefined ? undefined : await (await import('../pipeline/preview.js')).startPreview(port).catch((e: NodeJS.ErrnoException) => {
    if (e instanceof UserError) throw e;
    throw new UserError(`No se pudo abrir la vista previa en el puerto ${port}${e.code === 'EADDRINUSE' ? ': está ocupado; elija otro con --puerto <n>' : `: ${e.message}`}.`);
  });
  // What pays off from one rebuild to the next is kept (src/pipeline/live-loop.ts).
  enterLiveLoop();
  const hora = () => new Date().toLocaleTimeString('es-MX', { hour12: false });
  const build = () => {
    const project = loadProjectConfig(root);
    const jobs: ProductJob[] = reportProductsOf(slug, root).map((product) => ({ product, request: { root, outRoot: root, project, slug, options: { sesnspFile, paginar: false } } }));
    return runProducts(jobs);
  };
  let builds = 0;
  // Preview updates in build order (reading a build's figures is asynchronous).
  let showing: Promise<void> = Promise.resolve();
  const watcher = watchState({
    root,
    slug,
    build,
    onStart: (cause) => process.stdout.write(`[${hora()}] ${cause ? `Cambio en ${cause}: ` : ''}generando ${slug}…\n`),
    onBuild: (o) => {
      const secs = (o.ms / 1000).toFixed(1);
      if (o.ok) {
        builds++;
        process.stdout.write(`[${hora()}] ✔ ${slug} listo (${secs} s)\n`);
        for (const f of o.results.flatMap((r) => r.files)) process.stdout.write(`   ${f.path}  ${formatBytes(f.bytes)}\n`);
        const written = o.results.flatMap((r) => r.files).map((f) => f.path);
        if (preview) showing = showing.then(async () => preview.update(await previewTwins(root, written))).catch((e: unknown) => preview.fail(`No se pudieron leer las figuras para la vista previa: ${e instanceof Error ? e.message : String(e)}`));
        return;
      }
      let text = describeFailure(o.error, formatUserError);
      if (!(o.error instanceof UserError)) text += `. Detalles en ${writeErrorLog(o.error, root)}`;
      process.stderr.write(`[${hora()}] ✖ ${slug}: no se regeneró (${secs} s)\n${text}\n`);
      if (preview) showing = showing.then(() => preview.fail(text));
      process.stderr.write(`   Se conservan los últimos resultados correctos${builds ? '' : ' (si los había)'}. Corrija el archivo y guárdelo de nuevo.\n`);
    },
  });
  process.stdout.write(`Vigilando ${watcher.watched.join(', ')} (sin números de página en los índices; Ctrl+C para salir).\n`);
  if (preview) process.stdout.write(`Vista previa: ${preview.url}\n`);
  watcher.trigger();
  await new Promise<void>((resolve) => {
    const stop = () => {
      watcher.close();
      leaveLiveLoop();
      process.stdout.write('\nVigilancia terminada.\n');
      void (preview?.close() ?? Promise.resolve()).then(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function portOf(option: string | undefined): number {
  if (option === undefined) return 4400;
  const n = Number(option);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--puerto espera un número de puerto entre 0 y 65535 (recibido «${option}»).`);
  return n;
}
