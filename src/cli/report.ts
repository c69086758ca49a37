/**
 * npm run report <estado> [--all] [--check] [--pdf] [--sesnsp <ruta>]
 * Builds the diagnostic DOCX, its Markdown twin and the CIE deck of each state.
 */
import 'core-js/actual/iterator/index.js';
import { loadProjectConfig, outputPath, projectRoot } from '../config/project.js';
import { buildReport } from '../pipeline/report.js';
import { SOFFICE_MISSING, exportPdf, findSoffice } from '../write/pdf.js';
import { existsSync, rmSync } from 'node:fs';
import { UserError } from '../util/errors.js';
import { formatBytes, parseCli, runCli, selectStates } from './run.js';

const USAGE = `Uso: npm run report <estado>                      genera el informe y la presentación (p. ej. chihuahua)
     npm run report <estado> -- --pdf             además exporta el PDF con LibreOffice
     npm run report <estado> -- --sesnsp <ruta>   usa el archivo nacional del SESNSP
     npm run report -- --all [--check]            todos los estados con diagnóstico
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
      },
    },
    USAGE,
  );
  const root = projectRoot();
  const states = selectStates({ positionals, all: values.all, root, usage: USAGE, product: 'diagnostico' });

  // Say so before building: a missing LibreOffice must not leave new DOCX next to an old PDF.
  if (values.pdf && !findSoffice()) throw new UserError(`${SOFFICE_MISSING}. No se generó nada.`);

  const stale: string[] = [];
  for (const state of states) {
    const result = await buildReport(state, { root, check: values.check, sesnspFile: values.sesnsp });
    const secs = (result.ms / 1000).toFixed(1);
    if (values.check) {
      if (result.twinUpToDate) process.stdout.write(`✔ ${state}: el gemelo Markdown está al día (${secs} s)\n`);
      else stale.push(state);
      continue;
    }
    process.stdout.write(`✔ ${state} (${secs} s)\n`);
    for (const f of result.files) process.stdout.write(`   ${f.path}  ${formatBytes(f.bytes)}\n`);
    if (values.pdf) {
      const project = loadProjectConfig(root);
      const docx = outputPath(project.salidas.informe, state, root);
      const pdf = docx.replace(/\.docx$/, '.pdf');
      await exportPdf(docx, pdf).catch((e: unknown) => {
        // Never leave a PDF that no longer matches the DOCX just written.
        if (existsSync(pdf)) rmSync(pdf);
        throw e;
      });
      process.stdout.write(`   ${pdf.slice(root.length + 1)}  (índices actualizados con LibreOffice)\n`);
    }
  }
  if (stale.length > 0) {
    throw new UserError(
      `El texto del informe no coincide con los datos o plantillas actuales en: ${stale.join(', ')}.`,
      stale.map((s) => ({
        file: `reports/${s}/diagnostico-${s}.md`,
        message: `desactualizado; ejecute «npm run report ${s}» y confirme (commit) el archivo .md resultante`,
      })),
    );
  }
});
