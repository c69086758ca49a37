/**
 * The SpreadsheetML writer (src/write/xlsx): every part is well-formed XML, cells keep their
 * types and text (escaped, whitespace kept), the notice row is merged, the header frozen and
 * filtered, the three styles are there, and the same input gives the same bytes.
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildXlsx, type XlsxInfo, type XlsxSheet } from '../../src/write/xlsx/index.js';
import { columnName, escapeXml } from '../../src/write/xlsx/spreadsheetml.js';

const info: XlsxInfo = {
  title: 'Directorio — Prueba',
  subject: 'Mapeo & servicios',
  keywords: ['trata de personas', 'prueba'],
  organisation: 'Organización <de> prueba',
  date: '2026-08-31',
  headerColor: '0033a0',
};

const sheet: XlsxSheet = {
  name: 'Directorio',
  notice: 'Datos ilustrativos: no describe casos reales.',
  columns: [
    { header: 'Organización', type: 'text', width: 30 },
    { header: 'Capacidad', type: 'number', width: 10 },
    { header: 'Notas', type: 'text', width: 40 },
  ],
  rows: [
    ['Casa «Sendero» & Cía <A.C.>', 12, '  con espacios  '],
    ['Refugio\u0001 sin control', null, 'línea 1\nlínea 2'],
    ['Casa «Sendero» & Cía <A.C.>', 0, ''],
  ],
};

async function parts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

const saved = process.env.SOURCE_DATE_EPOCH;
afterEach(() => {
  if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = saved;
});

describe('xlsx writer', () => {
  it('writes the parts of a one-sheet workbook, each well-formed', async () => {
    const p = await parts(await buildXlsx(sheet, info));
    expect([...p.keys()]).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'docProps/app.xml', 'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml',
    ]);
    for (const xml of p.values()) parse(xml);
    // every part the content types and relationships name exists
    for (const m of p.get('[Content_Types].xml')!.matchAll(/PartName="\/([^"]+)"/g)) expect(p.has(m[1]!), m[1]).toBe(true);
    for (const m of p.get('xl/_rels/workbook.xml.rels')!.matchAll(/Target="([^"]+)"/g)) expect(p.has(`xl/${m[1]}`), m[1]).toBe(true);
  });

  it('keeps each cell’s type and text; the notice is merged, the header frozen and filtered', async () => {
    const p = await parts(await buildXlsx(sheet, info));
    const shared = Array.from(parse(p.get('xl/sharedStrings.xml')!).getElementsByTagName('t')).map((t) => t.textContent);
    const ws = parse(p.get('xl/worksheets/sheet1.xml')!);
    const value = (ref: string) => {
      const c = Array.from(ws.getElementsByTagName('c')).find((x) => x.getAttribute('r') === ref)!;
      const v = c.getElementsByTagName('v')[0]?.textContent;
      return { type: c.getAttribute('t'), style: c.getAttribute('s'), text: v === undefined ? null : c.getAttribute('t') === 's' ? shared[Number(v)] : v };
    };
    expect(value('A1')).toEqual({ type: 's', style: '1', text: sheet.notice });
    expect(value('C1')).toEqual({ type: null, style: '1', text: null });
    expect(value('B2')).toEqual({ type: 's', style: '2', text: 'Capacidad' });
    expect(value('A3')).toEqual({ type: 's', style: '3', text: 'Casa «Sendero» & Cía <A.C.>' });
    expect(value('B3')).toEqual({ type: null, style: '3', text: '12' });
    expect(value('C3')).toEqual({ type: 's', style: '3', text: '  con espacios  ' });
    expect(value('A4').text).toBe('Refugio sin control'); // a control character XML cannot carry is dropped
    expect(value('B4')).toEqual({ type: null, style: '3', text: null });
    expect(value('C4').text).toBe('línea 1\nlínea 2');
    expect(value('B5')).toEqual({ type: null, style: '3', text: '0' });
    expect(value('C5').text).toBeNull();
    // shared once, counted twice
    const sst = parse(p.get('xl/sharedStrings.xml')!).documentElement!;
    expect(shared.filter((s) => s === 'Casa «Sendero» & Cía <A.C.>')).toHaveLength(1);
    expect([sst.getAttribute('count'), sst.getAttribute('uniqueCount')]).toEqual(['9', '8']);
    const xml = p.get('xl/worksheets/sheet1.xml')!;
    expect(xml).toContain('<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<autoFilter ref="A2:C5"/>');
    expect(xml).toContain('<mergeCell ref="A1:C1"/>');
    expect(xml).toContain('<col min="3" max="3" width="40" customWidth="1"/>');
    expect(xml).toMatch(/<row r="1" [^>]*ht="30" customHeight="1"/);
    expect(p.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Directorio'!$A$2:$C$5</definedName>`);
  });

  it('has the three styles (notice, header on the organisation’s colour, body) and the document properties', async () => {
    const p = await parts(await buildXlsx(sheet, info));
    const styles = parse(p.get('xl/styles.xml')!);
    expect(styles.getElementsByTagName('cellXfs')[0]!.getAttribute('count')).toBe('4');
    expect(styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf')).toHaveLength(4);
    expect(p.get('xl/styles.xml')).toContain('<fgColor rgb="FF0033A0"/>');
    expect(p.get('xl/styles.xml')).toMatch(/<font><i\/><sz val="11"\/><color rgb="FF666666"\/>/);
    expect(p.get('xl/styles.xml')).toMatch(/<font><b\/><sz val="11"\/><color rgb="FFFFFFFF"\/>/);
    const core = p.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Directorio — Prueba</dc:title>');
    expect(core).toContain('<dc:subject>Mapeo &amp; servicios</dc:subject>');
    expect(core).toContain('<cp:keywords>trata de personas, prueba</cp:keywords>');
    expect(core).toContain('<cp:lastModifiedBy>Organización &lt;de&gt; prueba</cp:lastModifiedBy>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-08-31T12:00:00Z</dcterms:created>');
  });

  it('gives the same bytes for the same input; SOURCE_DATE_EPOCH sets the date', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const a = await buildXlsx(sheet, info);
    expect((await buildXlsx(sheet, info)).equals(a)).toBe(true);
    process.env.SOURCE_DATE_EPOCH = '1780000000';
    const b = await buildXlsx(sheet, info);
    expect(b.equals(a)).toBe(false);
    expect((await parts(b)).get('docProps/core.xml')).toContain(`${new Date(1780000000 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:created>`);
  });

  it('refuses a row with the wrong number of cells, a bad sheet name or colour', async () => {
    await expect(buildXlsx({ ...sheet, rows: [['solo una']] }, info)).rejects.toThrow(/1 cells and the sheet 3 columns/);
    await expect(buildXlsx({ ...sheet, name: 'Hoja/1' }, info)).rejects.toThrow(/sheet name/);
    await expect(buildXlsx(sheet, { ...info, headerColor: '#0033a0' })).rejects.toThrow(/six hex digits/);
  });

  it('names columns and escapes text as SpreadsheetML expects', () => {
    expect([1, 14, 26, 27, 52, 53, 702, 703].map(columnName)).toEqual(['A', 'N', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(escapeXml('a & b < c > "d"\u0000\uD800')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;');
    expect(escapeXml('😀')).toBe('😀');
  });
});
