/**
 * QualCoder coded text as CSV. QualCoder has several exports; the one assumed here is a table
 * with one row per coding: code name, coder, file name, coded text and (optionally) its
 * start/end positions — what Reports → "SQL statements" gives for
 *   select code_name.name as codename, code_text.owner as coder, source.name as file,
 *          code_text.seltext as coded_text, code_text.pos0, code_text.pos1, code_text.ctid
 *   from code_text join code_name on code_name.cid = code_text.cid
 *   join source on source.id = code_text.fid
 * exported as CSV. Column names are matched loosely (see ALIASES).
 */
import { readCsv, columnIndex, type CsvTable } from '../load/csv.js';
import { normaliseKey } from '../schemas/fields.js';
import { UserError } from '../util/errors.js';
import { buildSegments, type CodedEntry, type CodingImportOptions, type CodingImportResult } from './coding.js';

const ALIASES = {
  code: ['codename', 'code_name', 'code', 'codigo', 'nombre_del_codigo'],
  document: ['file', 'filename', 'file_name', 'document', 'source', 'source_name', 'file_or_casename', 'archivo', 'documento'],
  text: ['coded_text', 'codedtext', 'seltext', 'text', 'texto', 'texto_codificado'],
  coder: ['coder', 'owner', 'codificador'],
  start: ['pos0', 'start', 'start_position', 'inicio'],
  end: ['pos1', 'end', 'end_position', 'fin'],
  id: ['ctid', 'id'],
} as const;
type Role = keyof typeof ALIASES;

export function qualcoderEntries(table: CsvTable): CodedEntry[] {
  const index = columnIndex(table);
  const col = {} as Record<Role, number | undefined>;
  for (const role of Object.keys(ALIASES) as Role[]) {
    col[role] = ALIASES[role].map((a) => index.get(normaliseKey(a))).find((c) => c !== undefined);
  }
  const missing = (['code', 'document', 'text'] as const).filter((r) => col[r] === undefined);
  if (missing.length > 0) {
    const names = { code: 'codename', document: 'file', text: 'coded_text' };
    throw new UserError(`${table.file} no parece una exportación de texto codificado de QualCoder`, [{
      file: table.file, line: 1,
      message: `faltan las columnas ${missing.map((m) => `"${names[m]}"`).join(', ')}; se esperaba una fila por codificación con codename, coder, file, coded_text (y opcionalmente pos0, pos1)`,
    }]);
  }
  const at = (values: string[], role: Role) => (col[role] !== undefined ? (values[col[role]! - 1] ?? '').trim() : '');
  return table.records.map((r, n) => {
    const doc = at(r.values, 'document');
    const start = at(r.values, 'start');
    const end = at(r.values, 'end');
    const text = r.values[col.text! - 1] ?? '';
    // The same span of the same file coded twice is one excerpt with two codes.
    const group = start !== '' ? `${doc}\u0000${start}\u0000${end}` : `${doc}\u0000${text.trim()}`;
    const id = at(r.values, 'id');
    return {
      group,
      idHint: id !== '' ? id : start !== '' ? `${start}-${end}` : String(n + 1),
      perDocument: id === '',
      document: doc,
      tag: at(r.values, 'code'),
      text,
      coder: at(r.values, 'coder') || undefined,
      line: r.line,
      columns: { document: col.document, tag: col.code, coder: col.coder },
    };
  });
}

/** Reads a QualCoder coded-text export and maps it to segmentos.csv rows (prefix "qc-"). */
export function importQualcoder(file: string, opts: CodingImportOptions): CodingImportResult {
  const table = readCsv(file, opts.display ?? file);
  return buildSegments(qualcoderEntries(table), 'qc', { ...opts, display: table.file });
}
