/**
 * A coding tool's export (Taguette, QualCoder) turned into rows of a state's segmentos.csv,
 * checked against the state's codebook and interviews. Nothing is written here.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readCsv, toCsv } from '../load/csv.js';
import { listStates, loadDataset } from '../load/state.js';
import { validateTable } from '../load/rows.js';
import { id, text } from '../schemas/fields.js';
import { importQualcoder } from '../import/qualcoder.js';
import { importTaguette } from '../import/taguette.js';
import { SEGMENT_COLUMNS, segmentCells, type CodingImportOptions } from '../import/coding.js';
import { UserError, type Problem } from '../util/errors.js';
import { plural } from '../util/format-es.js';
import { displayPath } from '../util/paths.js';

const mappingSchema = z.object({ documento: text(), entrevista_id: id() });

export interface CodingImportRequest {
  root: string;
  tool: 'taguette' | 'qualcoder';
  /** The export file (relative paths are read from the project root). */
  exportFile: string;
  slug: string;
  codificador?: string;
  /** CSV with columns documento,entrevista_id when document names do not carry the interview id. */
  documentos?: string;
}

export interface CodingImportResult {
  /** segmentos.csv text, with its header. */
  csv: string;
  rows: number;
  /** One Spanish line: what was imported from where. */
  note: string;
}

/** A readable file, or a Spanish error saying what the path is instead. */
export function assertReadableFile(abs: string, shown: string, what: string): void {
  if (!existsSync(abs)) throw new UserError(`No existe ${what} ${shown} (las rutas relativas se leen desde la carpeta del proyecto)`);
  if (!statSync(abs).isFile()) throw new UserError(`${shown} es una carpeta, no ${what}; indique la ruta del archivo`);
}

export function importCoding(req: CodingImportRequest): CodingImportResult {
  const { root, slug } = req;
  if (!listStates(root).includes(slug)) throw new UserError(`No existe el estado "${slug}". Estados disponibles: ${listStates(root).join(', ')}`);

  const problems: Problem[] = [];
  const codebook = loadDataset('codigos', slug, root, problems);
  const interviews = loadDataset('entrevistas', slug, root, problems);
  let documents: Record<string, string> | undefined;
  if (req.documentos) {
    const abs = path.resolve(root, req.documentos);
    assertReadableFile(abs, displayPath(root, abs), 'el archivo de correspondencias');
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

  const abs = path.resolve(root, req.exportFile);
  const display = displayPath(root, abs);
  assertReadableFile(abs, display, 'el archivo exportado');
  const opts: CodingImportOptions = {
    codebook: codebook.rows,
    interviewIds: interviews.rows.map((r) => r.id),
    documents,
    codificador: req.codificador,
    display,
  };
  const result = req.tool === 'taguette' ? importTaguette(abs, opts) : importQualcoder(abs, opts);
  if (result.problems.length > 0) {
    const n = result.problems.length;
    throw new UserError(`${n === 1 ? 'Se encontró 1 problema' : `Se encontraron ${n} problemas`} en ${display}`, result.problems);
  }
  const note = `${plural(result.rows.length, 'segmento')} ${result.rows.length === 1 ? 'importado' : 'importados'} de ${display}` +
    (result.skipped > 0 ? `; ${plural(result.skipped, 'fragmento')} sin código ${result.skipped === 1 ? 'omitido' : 'omitidos'}` : '');
  return { csv: toCsv(SEGMENT_COLUMNS, result.rows.map(segmentCells)), rows: result.rows.length, note };
}
