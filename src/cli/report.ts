/**
 * npm run report <estado> [--all] [--check] [--pdf] [--sesnsp <ruta>]
 * Builds the report products of each state (those its estado.yaml lists, flowcharts aside:
 * they have their own command): today the diagnostic DOCX, its Markdown twin and the CIE deck.
 */
import 'core-js/actual/iterator/index.js';
import { loadProjectConfig, projectRoot } from '../config/project.js';
import { loadStateConfig } from '../load/state.js';
import { reportProductsOf, statesWithReports } from '../pipeline/products/index.js';
import { assertPdfExport, exportPdfs, paginationNote } from '../pipeline/pdf.js';
import { runProducts, type ProductJob } from '../pipeline/run.js';
import { UserError } from '../util/errors.js';
import { WorkerPool, availableCores } from '../pipeline/workers.js';
import { formatBytes, parseCli, runCli, selectStates } from './run.js';

const USAGE = `Uso: npm run report <estado>                      genera los informes y la presentación del estado (p. ej. chihuahua)
     npm run report <estado> -- --pdf             además exporta el PDF con LibreOffice
     npm run report <estado> -- --sesnsp <ruta>   usa el archivo nacional del SESNSP
     npm run report -- --all [--check]            todos los estados con informes, en paralelo
                                                  (un proceso por núcleo; --trabajos <n> para fijar cuántos)
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
