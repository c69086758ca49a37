/**
 * Taguette "Export highlights → CSV" (columns id,document,tag,content; one row per
 * highlight and tag, so a highlight with two tags appears twice with the same id).
 */
import { readCsv, columnIndex, type CsvTable } from '../load/csv.js';
import { UserError } from '../util/errors.js';
import { buildSegments, type CodedEntry, type CodingImportOptions, type CodingImportResult } from './coding.js';

const REQUIRED = ['id', 'document', 'tag', 'content'] as const;

export function taguetteEntries(table: CsvTable): CodedEntry[] {
  const col = columnIndex(table);
  const missing = REQUIRED.filter((k) => !col.has(k));
  if (missing.length > 0) {
    throw new UserError(`${table.file} no parece una exportación de resaltados de Taguette`, [{
      file: table.file, line: 1,
      message: `faltan las columnas ${missing.map((m) => `"${m}"`).join(', ')}; Taguette exporta "id,document,tag,content" (Resaltados → Exportar → CSV)`,
    }]);
  }
  const at = (values: string[], k: (typeof REQUIRED)[number]) => values[col.get(k)! - 1] ?? '';
  return table.records.map((r) => {
    const id = at(r.values, 'id').trim();
    return {
      group: id || `linea-${r.line}`,
      idHint: id || String(r.line),
      document: at(r.values, 'document'),
      tag: at(r.values, 'tag'),
      text: at(r.values, 'content'),
      line: r.line,
      columns: { document: col.get('document'), tag: col.get('tag') },
    };
  });
}

/** Reads a Taguette highlights export and maps it to segmentos.csv rows (prefix "tg-"). */
export function importTaguette(file: string, opts: CodingImportOptions): CodingImportResult {
  const table = readCsv(file, opts.display ?? file);
  return buildSegments(taguetteEntries(table), 'tg', { ...opts, display: table.file });
}
