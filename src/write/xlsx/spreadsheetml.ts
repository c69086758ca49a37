/**
 * The parts of a one-sheet SpreadsheetML workbook (ECMA-376 part 1, §18), as strings:
 * package relationships and content types, core/app properties, the workbook, a stylesheet
 * with the sheet's three cell styles, the shared-string table and the worksheet (column widths,
 * frozen panes, merged notice row, auto-filter). Pure functions of their input: no clock, no
 * randomness, parts in a fixed order.
 */
import type { XlsxCell, XlsxSheet } from './index.js';

export interface WorkbookProperties {
  title: string;
  subject: string;
  keywords: string;
  creator: string;
  date: Date;
  /** Header row fill, six upper-case hex digits. */
  headerColor: string;
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Cell style indices (cellXfs) in styles.xml. */
const STYLE = { notice: 1, header: 2, body: 3 } as const;

/** Characters XML 1.0 cannot carry (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const ref = (col: number, row: number) => `${columnName(col)}${row}`;

/** Shared-string table: each distinct string once, in order of first use. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;
  add(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) this.index.set(s, (i = this.index.size));
    return i;
  }
  xml(): string {
    const items = [...this.index.keys()].map((s) => {
      const space = /^\s|\s$|[\t\n\r]/.test(s) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${escapeXml(s)}</t></si>`;
    });
    return `${DECL}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.index.size}">${items.join('')}</sst>`;
  }
}

/** One cell: a string goes to the shared-string table; a number is written as a number; null or '' is an empty styled cell. */
function cellXml(value: XlsxCell, r: string, style: number, strings: SharedStrings): string {
  if (value === null || value === '') return `<c r="${r}" s="${style}"/>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${r}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${r}" s="${style}" t="s"><v>${strings.add(String(value))}</v></c>`;
}

function worksheetXml(sheet: XlsxSheet, strings: SharedStrings): string {
  const n = sheet.columns.length;
  const last = 2 + sheet.rows.length;
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const spans = `1:${n}`;

  const rows: string[] = [];
  const noticeCells = sheet.columns.map((_, i) => cellXml(i === 0 ? sheet.notice : null, ref(i + 1, 1), STYLE.notice, strings));
  rows.push(`<row r="1" spans="${spans}" ht="30" customHeight="1">${noticeCells.join('')}</row>`);
  const headerCells = sheet.columns.map((c, i) => cellXml(c.header, ref(i + 1, 2), STYLE.header, strings));
  rows.push(`<row r="2" spans="${spans}">${headerCells.join('')}</row>`);
  sheet.rows.forEach((row, k) => {
    const r = 3 + k;
    const cells = row.map((v, j) => {
      // A number column's value that is not a finite number keeps its text rather than becoming NaN.
      const typed = v === null || v === '' ? null : sheet.columns[j]!.type === 'number' && Number.isFinite(Number(v)) ? Number(v) : String(v);
      return cellXml(typed, ref(j + 1, r), STYLE.body, strings);
    });
    rows.push(`<row r="${r}" spans="${spans}" s="${STYLE.body}" customFormat="1">${cells.join('')}</row>`);
  });

  const lastCol = columnName(n);
  return `${DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`
    + `<dimension ref="A1:${lastCol}${last}"/>`
    + '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
    + '<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>'
    + '<selection pane="bottomRight" activeCell="B3" sqref="B3"/>'
    + '</sheetView></sheetViews>'
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + `<cols>${cols}</cols>`
    + `<sheetData>${rows.join('')}</sheetData>`
    + `<autoFilter ref="A2:${lastCol}${last}"/>`
    + `<mergeCells count="1"><mergeCell ref="A1:${lastCol}1"/></mergeCells>`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '</worksheet>';
}

/** Three cell styles beside the default: the italic grey notice, the bold white header on the organisation's colour, the body (top-aligned); all wrap. */
function stylesXml(headerColor: string): string {
  const font = (extra: string, color: string) => `<font>${extra}<sz val="11"/><color ${color}/><name val="Calibri"/><family val="2"/></font>`;
  return `${DECL}<styleSheet xmlns="${NS_MAIN}">`
    + `<fonts count="3">${font('', 'rgb="FF000000"')}${font('<i/>', 'rgb="FF666666"')}${font('<b/>', 'rgb="FFFFFFFF"')}</fonts>`
    + '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    + `<fill><patternFill patternType="solid"><fgColor rgb="FF${headerColor}"/><bgColor indexed="64"/></patternFill></fill></fills>`
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="4">'
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
    + '<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    + '</cellXfs>'
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    + '<dxfs count="0"/><tableStyles count="0"/>'
    + '</styleSheet>';
}

function workbookXml(sheet: XlsxSheet): string {
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const lastCol = columnName(sheet.columns.length);
  const filter = `${quoted}!$A$2:$${lastCol}$${2 + sheet.rows.length}`;
  return `${DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`
    + '<bookViews><workbookView activeTab="0"/></bookViews>'
    + `<sheets><sheet name="${escapeXml(sheet.name)}" sheetId="1" r:id="rId1"/></sheets>`
    + `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(filter)}</definedName></definedNames>`
    + '</workbook>';
}

function coreXml(p: WorkbookProperties): string {
  const iso = p.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const el = (tag: string, value: string) => (value === '' ? '' : `<${tag}>${escapeXml(value)}</${tag}>`);
  return `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + el('dc:title', p.title) + el('dc:subject', p.subject) + el('cp:keywords', p.keywords)
    + el('dc:creator', p.creator) + el('cp:lastModifiedBy', p.creator) + '<cp:revision>1</cp:revision>'
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>`
    + '</cp:coreProperties>';
}

function appXml(sheet: XlsxSheet): string {
  return `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>'
    + `<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>${escapeXml(sheet.name)}</vt:lpstr></vt:vector></TitlesOfParts>`
    + '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
    + '</Properties>';
}

const CONTENT_TYPES = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`
  + `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>`
  + `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`
  + `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
  + '</Types>';

const rels = (items: Array<[id: string, type: string, target: string]>) =>
  `${DECL}<Relationships xmlns="${NS_PKG_REL}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

const PACKAGE_RELS = rels([
  ['rId1', `${NS_REL}/officeDocument`, 'xl/workbook.xml'],
  ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ['rId3', `${NS_REL}/extended-properties`, 'docProps/app.xml'],
]);

const WORKBOOK_RELS = rels([
  ['rId1', `${NS_REL}/worksheet`, 'worksheets/sheet1.xml'],
  ['rId2', `${NS_REL}/styles`, 'styles.xml'],
  ['rId3', `${NS_REL}/sharedStrings`, 'sharedStrings.xml'],
]);

/** Every part of the workbook, in package order ([Content_Types].xml first). */
export function spreadsheetParts(sheet: XlsxSheet, props: WorkbookProperties): Array<[name: string, xml: string]> {
  const strings = new SharedStrings();
  const worksheet = worksheetXml(sheet, strings);
  return [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['docProps/core.xml', coreXml(props)],
    ['docProps/app.xml', appXml(sheet)],
    ['xl/workbook.xml', workbookXml(sheet)],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
    ['xl/styles.xml', stylesXml(props.headerColor)],
    ['xl/sharedStrings.xml', strings.xml()],
    ['xl/worksheets/sheet1.xml', worksheet],
  ];
}
