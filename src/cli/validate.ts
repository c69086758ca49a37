/**
 * npm run validate <estado…> | --all [--sesnsp <ruta>]
 * Validates the data of one or more states without building anything.
 */
import { projectRoot } from '../config/project.js';
import { formatSummary, validateState } from '../validate/index.js';
import { UserError, formatUserError } from '../util/errors.js';
import { parseCli, runCli, selectStates } from './run.js';

const USAGE = `Uso: npm run validate <estado> [<estado>…] [-- --sesnsp <ruta>]
     npm run validate -- --all
Las opciones van después de un solo «--». Los flujogramas se revisan con npm run flujogramas -- <estado>.`;

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
  for (const slug of states) {
    try {
      process.stdout.write(`${formatSummary(await validateState(slug, { root, sesnspFile: values.sesnsp }))}\n`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      failed++;
      process.stderr.write(`✘ ${slug}\n${formatUserError(e)}\n`);
    }
  }
  if (failed > 0) {
    process.stderr.write(`\n${failed === 1 ? '1 estado tiene' : `${failed} estados tienen`} problemas en sus datos; corríjalos y vuelva a ejecutar npm run validate.\n`);
    process.exitCode = 1;
  } else if (states.length > 1) {
    process.stdout.write(`\nTodos los estados (${states.length}) tienen datos correctos.\n`);
  }
});
