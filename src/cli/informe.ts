/**
 * npm run informe -- actividades <n> | actividades --todos | final | --todos  [--fecha] [--check]
 * The activity report of a period and the final report.
 */
import path from 'node:path';
import type { Product, ProductOptions } from '../pipeline/product.js';
import { informeActividades } from '../pipeline/products/informe-actividades.js';
import { informeFinal } from '../pipeline/products/informe-final.js';
import { UserError } from '../util/errors.js';
import { fechaOption, runProgrammeProducts } from './programa-run.js';
import { parseCli, runCli } from './run.js';

const USAGE = `Uso:
  npm run informe -- actividades <n>       informe de actividades del periodo n (p. ej. 2; también --periodo 2)
  npm run informe -- actividades --todos   informes de actividades de todos los periodos
  npm run informe -- final                 informe final (con las minutas como anexos)
  npm run informe -- --todos               todos los informes
  --check                                  comprueba que los .md confirmados estén al día (no escribe nada)
  --fecha AAAA-MM-DD                       (informe final) fecha de corte; por omisión SOURCE_DATE_EPOCH
                                           o la fecha_corte del plan. Un informe de actividades usa el
                                           último día de su periodo.
Datos: data/programa/. Salidas: reports/programa/informe-actividades-<n>.{docx,md}, informe-final.{docx,md}.`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli({
    allowPositionals: true,
    options: { todos: { type: 'boolean', default: false }, check: { type: 'boolean', default: false }, fecha: { type: 'string' }, periodo: { type: 'string' } },
  }, USAGE);
  const fecha = fechaOption(values.fecha, USAGE);
  const options: ProductOptions = fecha ? { fecha } : {};
  const [kind, positional, ...rest] = positionals;
  if (values.periodo !== undefined && positional !== undefined) throw new UserError(`Indique el periodo una sola vez (actividades 2 o actividades --periodo 2).\n${USAGE}`);
  const n = positional ?? values.periodo;
  let products: Product[];
  if (rest.length) throw new UserError(`argumento inesperado: ${rest[0]}\n${USAGE}`);
  if (!kind && values.todos) {
    products = [informeActividades, informeFinal];
    options.periodo = 'todos';
  } else if (kind === 'actividades') {
    if (n === undefined && !values.todos) throw new UserError(`Indique el número del periodo (npm run informe -- actividades 2) o --todos.\n${USAGE}`);
    if (n !== undefined && !/^\d+$/.test(n)) throw new UserError(`El periodo debe ser un número (recibió «${n}»).\n${USAGE}`);
    products = [informeActividades];
    options.periodo = n ?? 'todos';
  } else if (kind === 'final') {
    if (n !== undefined) throw new UserError(`argumento inesperado: ${n}\n${USAGE}`);
    products = [informeFinal];
  } else {
    throw new UserError(`${kind ? `Informe desconocido: «${kind}». ` : ''}Indique «actividades <n>», «final» o --todos.\n${USAGE}`);
  }
  await runProgrammeProducts(products, options, values.check, 'npm run informe -- --todos');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await runCli(main);
