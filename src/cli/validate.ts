/**
 * npm run validate <estado…> | --all [--sesnsp <ruta>]
 * Validates the data of one or more states without building anything.
 */
import { projectRoot } from '../config/project.js';
import { formatSummary, validateState } from '../pipeline/validate.js';
import { validateStateFlowcharts, validateTemplates } from '../pipeline/check-project.js';
import { UserError, formatUserError } from '../util/errors.js';
import { parseCli, runCli, selectStates } from './run.js';

const USAGE = `Uso: npm run validate <estado> [<estado>…] [-- --sesnsp <ruta>]
     npm run validate -- --all
Las opciones van después de un solo «--». También revisa las plantillas de los capítulos y de la presentación\ny los flujogramas de cada estado.`;

await runCli(async () => {
  const { values, positionals } = parseCli(
    {
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        sesnsp: { type: 'string' },
      },
    },
    USAGE,
  );
  const root = projectRoot();
  const states = selectStates({ positionals, all: values.all, root, usage: USAGE });
  let failed = 0;
  const templates = validateTemplates(root);
  if (templates.length) {
    process.stderr.write(`✘ plantillas\n${formatUserError(new UserError('Las plantillas del informe o de la presentación tienen problemas', templates))}\n`);
  }
  for (const slug of states) {
    try {
      process.stdout.write(`${formatSummary(await validateState(slug, { root, sesnspFile: values.sesnsp }))}\n`);
      const flowcharts = validateStateFlowcharts(slug, root);
      if (flowcharts.length) throw new UserError(`Los flujogramas de ${slug} tienen problemas`, flowcharts);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      failed++;
      process.stderr.write(`✘ ${slug}\n${formatUserError(e)}\n`);
    }
  }
  if (failed > 0 || templates.length > 0) {
    const parts = [
      ...(templates.length ? ['las plantillas'] : []),
      ...(failed ? [failed === 1 ? '1 estado' : `${failed} estados`] : []),
    ];
    process.stderr.write(`\nHay problemas en ${parts.join(' y en ')}; corríjalos y vuelva a ejecutar npm run validate.\n`);
    process.exitCode = 1;
  } else if (states.length > 1) {
    process.stdout.write(`\nTodos los estados (${states.length}) tienen datos correctos.\n`);
  }
});
