/**
 * npm run privacy <estado> [--all] [--sesnsp <ruta>] [--fecha AAAA-MM-DD]
 * Privacy review of a state's data: suppression, withheld quotes, identifiers, retention.
 * Exit code 1 when anything blocks the generation.
 */
import { projectRoot } from '../config/project.js';
import { reviewStatePrivacy } from '../pipeline/privacy-review.js';
import { UserError } from '../util/errors.js';
import { parseCli, runCli, selectStates } from './run.js';

const USAGE = `Uso: npm run privacy <estado> [-- [--sesnsp <ruta>] [--fecha AAAA-MM-DD]]
     npm run privacy -- --all
Las opciones van después de un solo «--», juntas: npm run privacy chiapas -- --fecha 2026-12-31
La fecha de la revisión es SOURCE_DATE_EPOCH si está definida, o la fecha de hoy.`;

await runCli(async () => {
  const { values, positionals } = parseCli(
    {
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        sesnsp: { type: 'string' },
        fecha: { type: 'string' },
      },
    },
    USAGE,
  );
  if (values.fecha !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.fecha)) {
    throw new UserError(`La fecha «${values.fecha}» no es válida; use AAAA-MM-DD.\n${USAGE}`);
  }
  const root = projectRoot();
  // The privacy review reads the diagnostic's datasets: flowchart-only states have none.
  const states = selectStates({ positionals, all: values.all, root, usage: USAGE, product: 'diagnostico' });

  const blocked: string[] = [];
  for (const slug of states) {
    const report = await reviewStatePrivacy(slug, { root, today: values.fecha, sesnspFile: values.sesnsp });
    process.stdout.write(`${report.text}\n\n`);
    if (report.blocking) blocked.push(`${slug} (${report.problems.length})`);
  }
  if (blocked.length > 0) {
    throw new UserError(`La revisión de privacidad encontró problemas que bloquean la generación en: ${blocked.join(', ')}. Vea el detalle arriba.`);
  }
});
