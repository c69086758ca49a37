/**
 * npm run importar -- <taguette|qualcoder> <exportación.csv> --estado <estado>
 *        [--codificador <nombre>] [--documentos <correspondencias.csv>] [--salida <segmentos.csv>]
 * Turns a coding tool's export into rows of segmentos.csv (printed, or written with --salida).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../config/project.js';
import { readCsv, toCsv } from '../load/csv.js';
import { listStates, loadDataset } from '../load/state.js';
import { displayPath } from '../util/paths.js';
import { id, text } from '../schemas/fields.js';
import { validateTable } from '../load/rows.js';
import { importQualcoder } from '../import/qualcoder.js';
import { importTaguette } from '../import/taguette.js';
import { SEGMENT_COLUMNS, segmentCells, type CodingImportOptions } from '../import/coding.js';
import { commitFiles } from '../util/atomic-write.js';
import { UserError, type Problem } from '../util/errors.js';
import { plural } from '../util/format-es.js';
import { parseCli, runCli } from './run.js';

const USAGE = `Uso: npm run importar -- taguette <exportación.csv> --estado <estado> --codificador <nombre> [--salida <segmentos.csv>]
     npm run importar -- qualcoder <exportación.csv> --estado <estado> [--salida <segmentos.csv>]
Opciones: --documentos <archivo.csv> con columnas documento,entrevista_id cuando el nombre
del documento no contiene el id de la entrevista. Sin --salida, el CSV se imprime en pantalla; --salida no sobrescribe un archivo existente\nsalvo con --reemplazar.`;

const mappingSchema = z.object({ documento: text(), entrevista_id: id() });

await runCli(async () => {
  const { values, positionals } = parseCli(
    {
      allowPositionals: true,
      options: {
        estado: { type: 'string' },
        codificador: { type: 'string' },
        documentos: { type: 'string' },
        salida: { type: 'string' },
        reemplazar: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  const [tool, exportFile, ...rest] = positionals;
  if (tool !== 'taguette' && tool !== 'qualcoder') throw new UserError(`Indique la herramienta: taguette o qualcoder.\n${USAGE}`);
  if (!exportFile) throw new UserError(`Indique el archivo exportado de ${tool}.\n${USAGE}`);
  if (rest.length > 0) throw new UserError(`Argumento inesperado: ${rest[0]}\n${USAGE}`);
  const root = projectRoot();
  const slug = values.estado;
  if (!slug) throw new UserError(`Indique el estado con --estado <estado> (para leer su libro de códigos y sus entrevistas).\n${USAGE}`);
  if (!listStates(root).includes(slug)) throw new UserError(`No existe el estado "${slug}". Estados disponibles: ${listStates(root).join(', ')}`);

  const problems: Problem[] = [];
  const codebook = loadDataset('codigos', slug, root, problems);
  const interviews = loadDataset('entrevistas', slug, root, problems);
  let documents: Record<string, string> | undefined;
  if (values.documentos) {
    const abs = path.resolve(values.documentos);
    try {
      const v = validateTable(readCsv(abs, displayPath(root, abs)), mappingSchema, { unique: ['documento'] });
      problems.push(...v.problems);
      documents = Object.fromEntries(v.rows.map((r) => [r.documento, r.entrevista_id]));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0) throw new UserError(`No se pueden leer los datos del estado ${slug} que necesita la importación`, problems);

  const abs = path.resolve(exportFile);
  const opts: CodingImportOptions = {
    codebook: codebook.rows,
    interviewIds: interviews.rows.map((r) => r.id),
    documents,
    codificador: values.codificador,
    display: displayPath(root, abs),
  };
  const result = tool === 'taguette' ? importTaguette(abs, opts) : importQualcoder(abs, opts);
  if (result.problems.length > 0) {
    const n = result.problems.length;
    throw new UserError(`${n === 1 ? 'Se encontró 1 problema' : `Se encontraron ${n} problemas`} en ${opts.display}`, result.problems);
  }
  const csv = toCsv(SEGMENT_COLUMNS, result.rows.map(segmentCells));
  const note = `${plural(result.rows.length, 'segmento')} ${result.rows.length === 1 ? 'importado' : 'importados'} de ${opts.display}` +
    (result.skipped > 0 ? `; ${plural(result.skipped, 'fragmento')} sin código ${result.skipped === 1 ? 'omitido' : 'omitidos'}` : '');
  if (values.salida) {
    const target = path.resolve(values.salida);
    if (existsSync(target) && !values.reemplazar) {
      throw new UserError(`${displayPath(root, target)} ya existe y no se modificó. Para sustituirlo por los ${plural(result.rows.length, 'segmento')} importados, agregue --reemplazar; para combinarlos, escriba en otro archivo y copie las filas.`);
    }
    // BOM: Excel then opens the accents correctly; the loader accepts it.
    commitFiles([{ target: path.resolve(values.salida), bytes: `\uFEFF${csv}` }]);
    process.stderr.write(`✔ ${note} → ${displayPath(root, path.resolve(values.salida))}\n`);
  } else {
    process.stdout.write(csv);
    process.stderr.write(`✔ ${note}\n`);
  }
});
