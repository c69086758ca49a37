/**
 * Reads CSV files the way analysts actually produce them: Excel's "CSV UTF-8" (with BOM),
 * Excel's plain CSV (Windows-1252), SESNSP downloads (ISO-8859-1), "," or ";" separators,
 * CRLF line endings, quoted fields with commas and line breaks, trailing empty rows.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { UserError, type Problem } from '../util/errors.js';
import { normaliseKey } from '../schemas/fields.js';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type Delimiter = ',' | ';';

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

const REEXPORT_HINT =
  'Ábralo en Excel y use "Archivo > Guardar como > CSV UTF-8 (delimitado por comas)" ' +
  '(en LibreOffice: "Guardar como > Texto CSV", juego de caracteres "Unicode (UTF-8)").';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €…). Node 20's TextDecoder decodes the
 * "windows-1252" label as ISO-8859-1 and leaves them as C1 controls, so they are mapped here;
 * NUL marks the five bytes Windows-1252 does not define.
 */
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/**
 * Decodes bytes as UTF-8 (BOM removed) or, when that is not valid UTF-8, as Windows-1252
 * (a superset of ISO-8859-1 for printable text). Anything else gets a Spanish explanation.
 */
export function decodeText(bytes: Uint8Array, file: string, opts: { utf16?: boolean } = {}): { text: string; encoding: TextEncoding } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16 && opts.utf16) {
    // Plain-text files saved as «Unicode» by Notepad (not CSVs: Excel's «Texto Unicode» is tab-separated).
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
      const nul = text.indexOf('\u0000');
      if (nul >= 0) throw encodingError(file, `carácter no válido en la línea ${text.slice(0, nul).split('\n').length}.`, text.slice(0, nul).split('\n').length);
      return { text, encoding: utf16 };
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw encodingError(file, 'el archivo dice estar en UTF-16 pero sus bytes no lo son.', 1);
    }
  }
  if (utf16) {
    throw encodingError(file, 'el archivo está en UTF-16 ("Texto Unicode" de Excel), que no se puede leer como CSV.', 1);
  }
  let text: string;
  let encoding: TextEncoding;
  try {
    text = utf8.decode(bytes);
    encoding = 'utf-8';
  } catch {
    // Not UTF-8: Excel's plain CSV and SESNSP files are Windows-1252 / Latin-1.
    text = cp1252.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => {
      const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80]!;
      return mapped === '\u0000' ? c : mapped;
    });
    encoding = 'windows-1252';
  }
  // NUL and C1 controls never occur in real text files: the file is something else
  // (UTF-16 without BOM, an .xlsx renamed to .csv, another code page…).
  const bad = encoding === 'utf-8' ? /\u0000/.exec(text) : /[\u0000\u0080-\u009f]/.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    throw encodingError(file, `no está en UTF-8 ni en Windows-1252 (carácter no válido en la línea ${line}).`, line);
  }
  return { text, encoding };
}

function encodingError(file: string, what: string, line?: number): UserError {
  const message = `No se pudo leer la codificación de caracteres: ${what} ${REEXPORT_HINT}`;
  return new UserError(`No se pudo leer ${file}`, [{ file, line, message }]);
}

/** The separator is the one that occurs more often in the header line (outside quotes). */
export function detectDelimiter(headerLine: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses CSV text (already decoded). Throws UserError with the line of a syntax error. */
export function parseCsvText(text: string, file: string, encoding: TextEncoding = 'utf-8'): CsvTable {
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
  let header: string[] | undefined;
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted multi-line field moves its start back.
    let breaks = 0;
    for (const v of record) for (let i = v.indexOf('\n'); i !== -1; i = v.indexOf('\n', i + 1)) breaks++;
    const line = info.lines - breaks;
    if (!header) {
      header = record.map((h) => h.replace(/^\uFEFF/, '').trim());
      continue;
    }
    if (record.every((v) => v.trim() === '')) continue; // Excel's ",,,," rows
    records.push({ line, values: record });
  }
  if (!header || header.every((h) => h === '')) {
    throw new UserError(`El archivo ${file} está vacío`, [{ file, line: 1, message: 'el archivo está vacío: se esperaba una fila de encabezados con los nombres de las columnas' }]);
  }
  return { file, encoding, delimiter, header, records };
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
  const bytes = readFileSync(absPath);
  const { text, encoding } = decodeText(bytes, display);
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
