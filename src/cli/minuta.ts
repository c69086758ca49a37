/**
 * npm run minuta -- <archivo> | --todas [--fecha AAAA-MM-DD] [--check]
 * The minutes of the programme's meetings (DOCX + twin) and the agreements register.
 */
import path from 'node:path';
import { minutas } from '../pipeline/products/minuta.js';
import { UserError } from '../util/errors.js';
import { fechaOption, runProgrammeProducts } from './programa-run.js';
import { parseCli, runCli } from './run.js';

const USAGE = `Uso:
  npm run minuta -- <archivo>              genera una minuta (p. ej. data/programa/minutas/2026-08-05-inicio.md)
                                           y el registro de acuerdos
  npm run minuta -- --todas                genera todas las minutas y el registro de acuerdos
  npm run minuta -- --todas --check        comprueba que los .md confirmados estén al día (no escribe nada)
  --fecha AAAA-MM-DD                       fecha a la que se calcula el estado de los acuerdos
                                           (por omisión SOURCE_DATE_EPOCH o la fecha_corte del plan de trabajo)
Salidas en reports/programa/minutas/ y reports/programa/registro-acuerdos.{docx,md}.`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli({
    allowPositionals: true,
    options: { todas: { type: 'boolean', default: false }, check: { type: 'boolean', default: false }, fecha: { type: 'string' } },
  }, USAGE);
  if (values.todas && positionals.length) throw new UserError(`Use --todas o un archivo, no ambos.\n${USAGE}`);
  if (!values.todas && positionals.length !== 1) throw new UserError(`Indique una minuta o --todas (después de «--»: npm run minuta -- --todas).\n${USAGE}`);
  const fecha = fechaOption(values.fecha, USAGE);
  await runProgrammeProducts([minutas], { ...(positionals[0] ? { archivo: positionals[0] } : {}), ...(fecha ? { fecha } : {}) }, values.check, 'npm run minuta -- --todas');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await runCli(main);
