/**
 * Reads CSV files the way analysts actually produce them: Excel's "CSV UTF-8" (with BOM),
 * Excel's plain CSV (Windows-1252), SESNSP downloads (ISO-8859-1), "," or ";" separators,
 * CRLF line endings, quoted fields with commas and line breaks, trailing empty rows.
 */
import { parse } from 'csv-parse/sync';
import { UserError, type Problem } from '../util/errors.js';
import { normaliseKey } from '../schemas/fields.js';
import { cleanXmlText, decodeText, illegalCharMessage, readBytes, type TextEncoding } from './text.js';
import { inLiveLoop, liveLoopCache } from '../util/live-loop.js';

export { decodeText, type TextEncoding } from './text.js';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based line where the record starts (the header is line 1). */
  line: number;
  values: string[];
}

export interface CsvTable {
  /** Display path (repo-relative where possible). */
  file: string;
  encoding: TextEncoding;
  delimiter: Delimiter;
  /** Header cells as written (trimmed, BOM removed). */
  header: string[];
  /** Data records; fully empty rows are dropped. */
  records: CsvRecord[];
}

/**
 * The separator is the one that occurs more often in the header line (outside quotes): ","
 * or ";" (Excel in Spanish), or a tab (Excel's "Texto Unicode", UTF-16 and tab-separated).
 */
export function detectDelimiter(headerLine: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === '\t') tabs++;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** The live loop's parsed tables by file and text: an unchanged CSV is not parsed again on a rebuild. */
const keptTable = liveLoopCache<CsvTable>();

/** Parses CSV text (already decoded). Throws UserError with the line of a syntax error. */
export function parseCsvText(text: string, file: string, encoding: TextEncoding = 'utf-8'): CsvTable {
  if (!inLiveLoop()) return parseCsvTextNow(text, file, encoding);
  const table = keptTable(`${file}\u0000${encoding}\u0000${text}`, () => parseCsvTextNow(text, file, encoding));
  // A copy: loaders may change the cells they are given.
  return { ...table, header: [...table.header], records: table.records.map((r) => ({ ...r, values: [...r.values] })) };
}

function parseCsvTextNow(text: string, file: string, encoding: TextEncoding): CsvTable {
  // One line-ending convention keeps csv-parse's line counting exact (it otherwise treats
  // a lone "\r" after auto-detection as a line of its own).
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = normalised.slice(0, normalised.indexOf('\n') === -1 ? undefined : normalised.indexOf('\n'));
  const delimiter = detectDelimiter(firstLine);

  let lastGoodLine = 0;
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(normalised, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // People type Casa "Esperanza" in unquoted cells; accept it instead of failing.
      relax_quotes: true,
      on_record: (record: string[], context: { lines: number }) => {
        lastGoodLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    throw csvSyntaxError(e, file, lastGoodLine);
  }

  const records: CsvRecord[] = [];
  const illegal: Problem[] = [];
  let header: string[] | undefined;
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted multi-line field moves its start back.
    let breaks = 0;
    for (const v of record) for (let i = v.indexOf('\n'); i !== -1; i = v.indexOf('\n', i + 1)) breaks++;
    const line = info.lines - breaks;
    cleanCells(record, line, header, file, illegal);
    if (!header) {
      header = record.map((h) => h.replace(/^\uFEFF/, '').trim());
      continue;
    }
    if (record.every((v) => v.trim() === '')) continue; // Excel's ",,,," rows
    records.push({ line, values: record });
  }
  if (illegal.length > 0) {
    throw new UserError(`${file} tiene caracteres que no pueden ir en un documento`, illegal.slice(0, MAX_CELL_PROBLEMS));
  }
  if (!header || header.every((h) => h === '')) {
    throw new UserError(`El archivo ${file} está vacío`, [{ file, line: 1, message: 'el archivo está vacío: se esperaba una fila de encabezados con los nombres de las columnas' }]);
  }
  return { file, encoding, delimiter, header, records };
}

const MAX_CELL_PROBLEMS = 50;

/**
 * Vertical tab and form feed in a cell (a line break pasted from Word into Excel) become line
 * breaks; other characters XML cannot hold are reported with the cell's line, column and name.
 */
function cleanCells(record: string[], line: number, header: string[] | undefined, file: string, out: Problem[]): void {
  record.forEach((v, i) => {
    const { text, illegal } = cleanXmlText(v, '\n');
    record[i] = text;
    for (const bad of illegal) {
      let at = line;
      for (let j = text.indexOf('\n'); j !== -1 && j < bad.index; j = text.indexOf('\n', j + 1)) at++;
      const name = header?.[i]?.replace(/^\uFEFF/, '').trim();
      out.push({ file, line: at, column: i + 1, field: name || undefined, message: `en la celda ${illegalCharMessage(bad.char)}` });
    }
  });
}

function csvSyntaxError(e: unknown, file: string, lastGoodLine: number): UserError {
  const err = e as { code?: string; lines?: number; message?: string };
  let p: Problem;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      p = {
        file,
        line: lastGoodLine + 1,
        message: 'unas comillas (") se abren en este registro y nunca se cierran; revise que cada celda entre comillas termine con otra comilla',
      };
      break;
    case 'CSV_INVALID_CLOSING_QUOTE':
      p = { file, line: err.lines, message: 'hay texto después de cerrar unas comillas en una celda; escriba las comillas internas dobles ("") o quítelas' };
      break;
    default:
      p = { file, line: err.lines, message: `el archivo no es un CSV válido (${err.message ?? String(e)})` };
  }
  return new UserError(`No se pudo leer ${file}`, [p]);
}

/** Reads and parses a CSV file from disk. `display` is the path shown in messages. */
export function readCsv(absPath: string, display = absPath): CsvTable {
  const { text, encoding } = decodeText(readBytes(absPath, display), display);
  return parseCsvText(text, display, encoding);
}

/** Header name → 1-based column number, matched forgivingly ("Institución ID" = institucion_id). */
export function columnIndex(table: CsvTable): Map<string, number> {
  const m = new Map<string, number>();
  table.header.forEach((h, i) => {
    const k = normaliseKey(h);
    if (k !== '' && !m.has(k)) m.set(k, i + 1);
  });
  return m;
}

/** RFC 4180 quoting for the few CSV files the toolkit writes (importers). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n\r;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
