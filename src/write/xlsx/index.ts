/**
 * A one-sheet XLSX directory an analyst can filter: a notice row (sample data, source, cut
 * date), a header row that stays frozen with the filters on it, and one row per record with
 * typed cells (numbers as numbers, empty cells empty).
 *
 * Written directly as SpreadsheetML (ECMA-376 part 1, §18) — the handful of parts one such
 * sheet needs — and packed by zipOoxml, so the bytes depend only on the data: fixed zip times
 * and a fixed document date, no clock, no user name. (It used to be exceljs, whose install
 * pulled ~40 MB of dependencies for this one sheet; see docs/ARCHITECTURE.md, "Lean install".)
 */
import { buildDate, zipOoxml } from '../../util/deterministic-zip.js';
import { spreadsheetParts } from './spreadsheetml.js';

export type XlsxCell = string | number | null;

export interface XlsxColumn {
  header: string;
  /** `number` cells are written as numbers (filterable by value); `text` as strings. */
  type: 'text' | 'number';
  /** Width in characters. */
  width: number;
}

export interface XlsxSheet {
  /** Sheet name (≤ 31 characters, no []:*?/\). */
  name: string;
  /** First row, merged across the columns: what the table is (e.g. the sample-data notice). */
  notice: string;
  columns: XlsxColumn[];
  rows: XlsxCell[][];
}

export interface XlsxInfo {
  title: string;
  subject: string;
  keywords: string[];
  /** Organisation, written as creator and last modifier. */
  organisation: string;
  /** AAAA-MM-DD; SOURCE_DATE_EPOCH wins when set. */
  date: string;
  /** Colour of the header row (hex without #). */
  headerColor: string;
}

export async function buildXlsx(sheet: XlsxSheet, info: XlsxInfo): Promise<Buffer> {
  if (sheet.name.length === 0 || sheet.name.length > 31 || /[[\]:*?/\\]/.test(sheet.name)) {
    throw new Error(`xlsx: invalid sheet name «${sheet.name}»`);
  }
  if (!/^[0-9a-f]{6}$/i.test(info.headerColor)) throw new Error(`xlsx: header colour «${info.headerColor}» is not six hex digits`);
  const n = sheet.columns.length;
  if (n === 0) throw new Error('xlsx: a sheet needs at least one column');
  for (const r of sheet.rows) {
    if (r.length !== n) throw new Error(`xlsx: a row has ${r.length} cells and the sheet ${n} columns`);
  }
  const date = buildDate(info.date);
  return zipOoxml(spreadsheetParts(sheet, {
    title: info.title,
    subject: info.subject,
    keywords: info.keywords.join(', '),
    creator: info.organisation,
    date,
    headerColor: info.headerColor.toUpperCase(),
  }), date);
}
