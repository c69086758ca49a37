/**
 * npm run privacy <estado> [--all] [--sesnsp <ruta>] [--fecha AAAA-MM-DD]
 * Privacy review of a state's data: suppression, withheld quotes, identifiers, retention.
 * Exit code 1 when anything blocks the generation.
 */
import { projectRoot } from '../config/project.js';
import { listStates, loadState } from '../load/state.js';
import { analyse } from '../analyse/index.js';
import { loadRoster } from '../privacy/identifiers.js';
import { privacyReportForState } from '../privacy/report.js';
import { todayIso } from '../privacy/retention.js';
import { UserError } from '../util/errors.js';
import { parseCli, runCli } from './run.js';

const USAGE = `Uso: npm run privacy <estado> [-- --sesnsp <ruta>] [-- --fecha AAAA-MM-DD]
     npm run privacy -- --all
La fecha de la revisión es SOURCE_DATE_EPOCH si está definida, o la fecha de hoy.`;

await runCli(async () => {
  const { values, positionals } = parseCli(
    {
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        sesnsp: { type: 'string' },
        fecha: { type: 'string' },
        ayuda: { type: 'boolean', short: 'h', default: false },
      },
    },
    USAGE,
  );
  if (values.ayuda) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.fecha !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.fecha)) {
    throw new UserError(`La fecha «${values.fecha}» no es válida; use AAAA-MM-DD.\n${USAGE}`);
  }
  const today = values.fecha ?? todayIso();
  const root = projectRoot();
  const known = listStates(root);
  let states: string[];
  if (values.all) states = known;
  else {
    if (positionals.length === 0) throw new UserError(`Indique un estado o --all.\n${USAGE}`);
    for (const s of positionals) {
      if (!known.includes(s)) throw new UserError(`No existe el estado «${s}». Estados disponibles: ${known.join(', ') || '(ninguno)'}.`);
    }
    states = positionals;
  }
  if (states.length === 0) throw new UserError('No hay estados en data/ (carpetas con estado.yaml).');

  const blocked: string[] = [];
  for (const slug of states) {
    const data = await loadState(slug, { root, sesnspFile: values.sesnsp });
    const roster = loadRoster(slug, root);
    const analysis = analyse(data);
    const report = privacyReportForState(data, { today, roster, analysis });
    process.stdout.write(`${report.text}\n\n`);
    if (report.blocking) blocked.push(`${slug} (${report.problems.length})`);
  }
  if (blocked.length > 0) {
    throw new UserError(`La revisión de privacidad encontró problemas que bloquean la generación en: ${blocked.join(', ')}. Vea el detalle arriba.`);
  }
});
