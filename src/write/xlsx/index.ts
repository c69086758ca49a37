/**
 * A one-sheet XLSX directory an analyst can filter: a notice row (sample data, source, cut
 * date), a header row that stays frozen with the filters on it, and one row per record with
 * typed cells (numbers as numbers, empty cells empty). Built with exceljs — a maintained,
 * widely used workbook writer that supports frozen panes, auto-filters and column widths —
 * then re-packed by normaliseOoxml so the bytes depend only on the data: fixed zip times and
 * a fixed document date, no clock, no user name.
 */
import ExcelJS from 'exceljs';
import { buildDate, normaliseOoxml } from '../../util/deterministic-zip.js';

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
  const date = buildDate(info.date);
  const wb = new ExcelJS.Workbook();
  wb.creator = info.organisation;
  wb.lastModifiedBy = info.organisation;
  wb.created = date;
  wb.modified = date;
  wb.title = info.title;
  wb.subject = info.subject;
  wb.keywords = info.keywords.join(', ');
  wb.company = '';
  const n = sheet.columns.length;
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3', activeCell: 'B3' }] });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));

  ws.addRow([sheet.notice]);
  ws.mergeCells(1, 1, 1, n);
  const notice = ws.getRow(1);
  notice.height = 30;
  notice.getCell(1).font = { italic: true, color: { argb: 'FF666666' } };
  notice.getCell(1).alignment = { wrapText: true, vertical: 'middle' };

  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${info.headerColor.toUpperCase()}` } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });

  for (const r of sheet.rows) {
    if (r.length !== n) throw new Error(`xlsx: a row has ${r.length} cells and the sheet ${n} columns`);
    const row = ws.addRow(r.map((v, j) => (v === null ? null : sheet.columns[j]!.type === 'number' ? Number(v) : String(v))));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + sheet.rows.length, column: n } };

  const raw = await wb.xlsx.writeBuffer();
  return normaliseOoxml(new Uint8Array(raw as ArrayBuffer), date, { title: info.title, subject: info.subject, keywords: info.keywords.join(', '), creator: info.organisation });
}
