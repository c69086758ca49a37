/**
 * Page numbers in the indexes from a real pagination (write/docx/paginate.ts) and the fix of
 * sources left alone at the top of a page. The LibreOffice round trip is skipped, with a
 * message, where LibreOffice or poppler-utils are missing.
 */
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { markdownToDocx } from '../../src/write/docx/index.js';
import { docxAnchors, markdownToPaginatedDocx, orphanedSources } from '../../src/write/docx/paginate.js';
import { paginationUnavailable, readPagination, renderDocxPdf, type Pagination } from '../../src/write/pagination.js';
import { openZip, parseXml, readPart } from '../support/ooxml.js';
import { fixture, fixtureImages, testInfo } from './support.js';

const els = (node: { getElementsByTagName(q: string): ArrayLike<Element> }, q: string): Element[] => Array.from(node.getElementsByTagName(q));
const text = (el: Element) => els(el, 'w:t').map((t) => t.textContent ?? '').join('');
const unavailable = paginationUnavailable();
if (unavailable) console.warn(`[docx] ${unavailable}: se omite la paginación real.`);

async function tocLines(docx: Buffer): Promise<string[]> {
  const doc = parseXml(await readPart(await openZip(docx), 'word/document.xml'));
  const sdt = els(doc, 'w:sdt')[0]!;
  return els(sdt, 'w:p').slice(1).map((p) => text(p) + (els(p, 'w:tab').length ? '\t' : '') + '');
}

describe('index page numbers', () => {
  it('writes each entry’s page after a tab (right tab with dot leader in the TOC styles)', { timeout: 30_000 }, async () => {
    const md = fixture('informe-completo.md');
    const anchors = await docxAnchors(await markdownToDocx(md, testInfo(), fixtureImages));
    expect(anchors[0]).toBe('_Toc_h0001');
    const pages = new Map(anchors.filter((a) => a.startsWith('_Toc_h')).map((a, i) => [a, 3 + i]));
    const docx = await markdownToDocx(md, testInfo({ pagination: { pages } }), fixtureImages);
    const doc = parseXml(await readPart(await openZip(docx), 'word/document.xml'));
    const entries = els(els(doc, 'w:sdt')[0]!, 'w:p').slice(1);
    expect(entries.map((p) => text(p)).slice(0, 5)).toEqual(['1 Introducción3', '1.1 Objetivo del diagnóstico4', '1.1.1 Preguntas orientadoras5', 'Siglas y acrónimos6', '2 Contexto estadístico7']);
    for (const p of entries) expect(els(p, 'w:tab')).toHaveLength(1);
    // the field stays: Word refreshes it on opening
    expect(await readPart(await openZip(docx), 'word/settings.xml')).toContain('w:updateFields w:val="true"');
  });

  it('moves the last rows of a table whose source was left alone onto the next page', { timeout: 30_000 }, async () => {
    const p: Pagination = {
      anchors: new Map([['_Ref_tbl0001', { page: 4, y: 600 }], ['_Ref_tbl0002', { page: 6, y: 500 }], ['_Toc_h0002', { page: 7, y: 700 }]]),
      pages: [
        { number: 6, landscape: true, lines: ['Tabla 2. Matriz', 'fila'], images: 0 },
        { number: 7, landscape: true, lines: ['Fuente: elaboración propia.', 'Nota: X indica…'], images: 0 },
        { number: 8, landscape: false, lines: ['Fuente: citada en el texto, no es el pie de una tabla'], images: 0 },
      ],
    };
    expect([...orphanedSources(p)]).toEqual(['_Ref_tbl0002']);
    // a long table (an annex over many pages) whose source opens a page far from its caption
    const long: Pagination = {
      anchors: new Map([['_Ref_tbl0001', { page: 2, y: 600 }], ['_Toc_h0003', { page: 9, y: 700 }]]),
      pages: [{ number: 8, landscape: true, lines: ['Fuente: elaboración propia.'], images: 0 }],
    };
    expect([...orphanedSources(long)]).toEqual(['_Ref_tbl0001']);
    const rows = Array.from({ length: 8 }, (_, i) => `| Fila ${i} | ${i} |`).join('\n');
    const md = `# Cap\n\nTexto.\n\nTabla: Larga {#tbl:larga}\n\n| Nombre | Valor |\n|:--|--:|\n${rows}\n\nFuente: prueba.\n`;
    const docx = await markdownToDocx(md, testInfo({ pagination: { pages: new Map(), splitTables: new Set(['_Ref_tbl0001']) } }), fixtureImages);
    const doc = parseXml(await readPart(await openZip(docx), 'word/document.xml'));
    const tables = els(doc, 'w:tbl');
    expect(tables).toHaveLength(2);
    expect(els(tables[1]!, 'w:tr').map((r) => text(r))).toEqual(['NombreValor', 'Fila 66', 'Fila 77']);
    expect(els(tables[1]!, 'w:tblHeader')).toHaveLength(1);
  });

  it.skipIf(!!unavailable)('fills the index from LibreOffice’s pagination: every entry numbered, in page order, where its heading is; deterministic', { timeout: 180_000 }, async () => {
    const md = fixture('informe-completo.md');
    const { docx, pagination } = await markdownToPaginatedDocx(md, testInfo(), fixtureImages);
    const lines = await tocLines(docx);
    const numbers = lines.map((l) => Number(/(\d+)\t?$/.exec(l)?.[1]));
    expect(numbers.every((n) => n >= 2)).toBe(true);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    // the final build paginates like the first: each heading is on the page its entry says
    const again = readPagination(renderDocxPdf(docx), [...pagination!.anchors.keys()], testInfo().shortTitle);
    for (const [name, a] of pagination!.anchors) expect(again.anchors.get(name)?.page, name).toBe(a.page);
    // same inputs, same LibreOffice → same bytes
    expect((await markdownToPaginatedDocx(md, testInfo(), fixtureImages)).docx.equals(docx)).toBe(true);
  });
});

describe('near-blank page after a chapter’s tail', () => {
  it('finds the heading after a near-blank page and keeps the two paragraphs before it together', { timeout: 30_000 }, async () => {
    const p: Pagination = {
      anchors: new Map([['_Toc_h0001', { page: 3, y: 700 }], ['_Toc_h0002', { page: 5, y: 700 }], ['_Toc_h0003', { page: 5, y: 400 }]]),
      pages: [
        { number: 3, landscape: false, lines: ['1 Uno', 'texto'], images: 1 },
        { number: 4, landscape: false, lines: ['las dos últimas líneas del', 'capítulo anterior.'], images: 0 },
        { number: 5, landscape: false, lines: ['2 Dos', 'texto', 'más'], images: 0 },
      ],
    };
    const { headingsAfterNearBlankPages } = await import('../../src/write/docx/paginate.js');
    expect([...headingsAfterNearBlankPages(p)]).toEqual(['_Toc_h0002']);
    const md = '# Uno\n\nPrimer párrafo.\n\nSegundo párrafo.\n\nTercer párrafo.\n\n# Dos\n\nTexto.\n';
    const docx = await markdownToDocx(md, testInfo({ pagination: { pages: new Map(), keepBefore: new Set(['_Toc_h0002']) } }), fixtureImages);
    const doc = parseXml(await readPart(await openZip(docx), 'word/document.xml'));
    const body = els(doc, 'w:p').filter((x) => /párrafo/.test(text(x)));
    const keeps = body.map((x) => [text(x), els(x, 'w:keepNext').length, els(x, 'w:keepLines').length]);
    expect(keeps).toEqual([['Primer párrafo.', 0, 0], ['Segundo párrafo.', 1, 1], ['Tercer párrafo.', 0, 1]]);
    // schema order inside w:pPr: keepNext before keepLines
    const pPr = els(body[1]!, 'w:pPr')[0]!;
    const names = Array.from(pPr.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).tagName);
    expect(names.indexOf('w:keepNext')).toBeLessThan(names.indexOf('w:keepLines'));
  });
});
