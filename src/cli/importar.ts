/**
 * npm run importar -- <taguette|qualcoder> <exportación.csv> --estado <estado>
 *        [--codificador <nombre>] [--documentos <correspondencias.csv>] [--salida <segmentos.csv>]
 * Turns a coding tool's export into rows of segmentos.csv (printed, or written with --salida).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/project.js';
import { importCoding } from '../pipeline/import-coding.js';
import { commitFiles } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { plural } from '../util/format-es.js';
import { displayPath } from '../util/paths.js';
import { parseCli, runCli } from './run.js';

const USAGE = `Uso: npm run importar -- taguette <exportación.csv> --estado <estado> --codificador <nombre> [--salida <segmentos.csv>]
     npm run importar -- qualcoder <exportación.csv> --estado <estado> [--salida <segmentos.csv>]
Opciones: --documentos <archivo.csv> con columnas documento,entrevista_id cuando el nombre
del documento no contiene el id de la entrevista. Sin --salida, el CSV se imprime en pantalla; --salida no sobrescribe un archivo existente\nsalvo con --reemplazar.`;

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

  const result = importCoding({ root, tool, exportFile, slug, codificador: values.codificador, documentos: values.documentos });
  if (values.salida) {
    const target = path.resolve(root, values.salida);
    if (existsSync(target) && !values.reemplazar) {
      throw new UserError(`${displayPath(root, target)} ya existe y no se modificó. Para sustituirlo por los ${plural(result.rows, 'segmento')} importados, agregue --reemplazar; para combinarlos, escriba en otro archivo y copie las filas.`);
    }
    // BOM: Excel then opens the accents correctly; the loader accepts it.
    await commitFiles([{ target, bytes: `\uFEFF${result.csv}` }], { root });
    process.stderr.write(`✔ ${result.note} → ${displayPath(root, target)}\n`);
  } else {
    process.stdout.write(result.csv);
    process.stderr.write(`✔ ${result.note}\n`);
  }
});
