/**
 * npm run plan [-- --fecha AAAA-MM-DD] [--check]
 * The work plan with its Gantt timetable and the products' status.
 */
import path from 'node:path';
import { planDeTrabajo } from '../pipeline/products/plan.js';
import { fechaOption, runProgrammeProducts } from './programa-run.js';
import { parseCli, runCli } from './run.js';

const USAGE = `Uso:
  npm run plan                             genera el plan de trabajo (DOCX con cronograma de Gantt y su .md)
  npm run plan -- --check                  comprueba que el .md confirmado esté al día (no escribe nada)
  npm run plan -- --fecha AAAA-MM-DD       estado de los productos a esa fecha
                                           (por omisión SOURCE_DATE_EPOCH o la fecha_corte del plan)
Datos: data/programa/plan-de-trabajo.yaml. Salidas: reports/programa/plan-de-trabajo.{docx,md}.`;

async function main(): Promise<void> {
  const { values } = parseCli({ options: { check: { type: 'boolean', default: false }, fecha: { type: 'string' } } }, USAGE);
  const fecha = fechaOption(values.fecha, USAGE);
  await runProgrammeProducts([planDeTrabajo], fecha ? { fecha } : {}, values.check, 'npm run plan');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await runCli(main);
