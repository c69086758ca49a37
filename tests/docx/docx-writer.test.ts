/**
 * DOCX writer: fixture Markdown (tests/fixtures/docx/*.md) → assertions on the OOXML parts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Element } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { openZip, parseXml, readPart, visibleText } from '../support/ooxml.js';
import { DocxMarkdownError, markdownToDocx } from '../../src/write/docx/index.js';
import { pageGeometry } from '../../src/render/page/geometry.js';
import { layoutTable } from '../../src/write/docx/builders/tables.js';
import { parseMarkdown } from '../../src/render/markdown/narrative.js';
import { fixture, fixtureImages, testInfo } from './support.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const els = (node: Document | Element, qname: string): Element[] => Array.from(node.getElementsByTagName(qname));
const attr = (el: Element | undefined, qname: string) => el?.getAttribute(qname) ?? null;
const text = (el: Element) => els(el, 'w:t').map((t) => t.textContent ?? '').join('');
const styleOf = (p: Element) => attr(els(p, 'w:pStyle')[0], 'w:val');

let bytes: Buffer;
let zip: JSZip;
let documentXml: string;
let doc: Document;

beforeAll(async () => {
  bytes = await markdownToDocx(fixture('informe-completo.md'), testInfo(), fixtureImages);
  zip = await openZip(bytes);
  documentXml = await readPart(zip, 'word/document.xml');
  doc = parseXml(documentXml);
});

/** Body paragraphs/sectPr grouped by section (each group ends with its sectPr). */
function sections(): { sectPr: Element; blocks: Element[] }[] {
  const body = els(doc, 'w:body')[0]!;
  const out: { sectPr: Element; blocks: Element[] }[] = [];
  let blocks: Element[] = [];
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.localName === 'sectPr') {
      out.push({ sectPr: el, blocks });
      blocks = [];
      continue;
    }
    blocks.push(el);
    const inner = el.localName === 'p' ? els(el, 'w:sectPr')[0] : undefined;
    if (inner) {
      out.push({ sectPr: inner, blocks });
      blocks = [];
    }
  }
  return out;
}

describe('structure: cover, indexes, sections', () => {
  it('has a cover section without header/footer, then sections that all reference them', async () => {
    const secs = sections();
    expect(secs.length).toBe(5); // cover, front matter, body, landscape, body
    expect(els(secs[0]!.sectPr, 'w:headerReference')).toHaveLength(0);
    expect(els(secs[0]!.sectPr, 'w:footerReference')).toHaveLength(0);
    const cover = secs[0]!.blocks.map(text).join('\n');
    expect(cover).toContain('Organización Internacional para las Migraciones');
    expect(cover).toContain('Aguascalientes');
    expect(cover).toContain('24 de noviembre de 2026');
    expect(cover).toContain('Versión 0.3');
    expect(cover).toContain('Borrador');
    expect(cover).toContain('Datos ilustrativos: este documento se generó con datos sintéticos de muestra y no describe casos reales.');

    const rels = parseXml(await readPart(zip, 'word/_rels/document.xml.rels'));
    const target = (id: string | null) => els(rels, 'Relationship').find((r) => r.getAttribute('Id') === id)?.getAttribute('Target');
    for (const { sectPr } of secs.slice(1)) {
      const header = els(sectPr, 'w:headerReference')[0];
      const footer = els(sectPr, 'w:footerReference')[0];
      expect(attr(header, 'w:type')).toBe('default');
      expect(target(attr(header!, 'r:id'))).toBe('header1.xml');
      expect(target(attr(footer!, 'r:id'))).toBe('footer1.xml');
      // header/footer references come first in w:sectPr (schema order)
      expect((sectPr.firstChild as Element).localName).toBe('headerReference');
    }
    const types = await readPart(zip, '[Content_Types].xml');
    expect(types).toContain('PartName="/word/header1.xml"');
    expect(types).toContain('PartName="/word/footer1.xml"');
  });

  it('puts the wide table on a landscape section (swapped page size) with header and footer', () => {
    const secs = sections();
    const landscape = secs.filter((s) => attr(els(s.sectPr, 'w:pgSz')[0], 'w:orient') === 'landscape');
    expect(landscape).toHaveLength(1);
    const pgSz = els(landscape[0]!.sectPr, 'w:pgSz')[0]!;
    expect(Number(attr(pgSz, 'w:w'))).toBe(15840);
    expect(Number(attr(pgSz, 'w:h'))).toBe(12240);
    expect(els(landscape[0]!.sectPr, 'w:headerReference')).toHaveLength(1);
    expect(els(landscape[0]!.sectPr, 'w:footerReference')).toHaveLength(1);
    const content = landscape[0]!.blocks.map(text).join('\n');
    expect(content).toContain('Tabla 3. Capacidades institucionales por etapa de la ruta de atención');
    // the table fills the landscape text width
    const grid = els(landscape[0]!.blocks.find((b) => b.localName === 'tbl')!, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(pageGeometry(testInfo().style).landscapeTextWidth);
    for (const s of secs.filter((x) => !landscape.includes(x))) {
      const size = els(s.sectPr, 'w:pgSz')[0]!;
      expect([attr(size, 'w:w'), attr(size, 'w:h'), attr(size, 'w:orient')]).toEqual(['12240', '15840', 'portrait']);
    }
  });

  it('writes header (short title) and footer (Página PAGE de NUMPAGES, Datos ilustrativos)', async () => {
    const header = await readPart(zip, 'word/header1.xml');
    expect(visibleText(header)).toBe('Diagnóstico sobre trata de personas — Aguascalientes');
    const footer = parseXml(await readPart(zip, 'word/footer1.xml'));
    const instr = els(footer, 'w:instrText').map((i) => i.textContent?.trim());
    expect(instr).toEqual(['PAGE', 'NUMPAGES']);
    expect(els(footer, 'w:fldChar').map((f) => attr(f, 'w:fldCharType'))).toEqual(['begin', 'separate', 'end', 'begin', 'separate', 'end']);
    const line = text(els(footer, 'w:p')[0]!);
    expect(line).toMatch(/^Datos ilustrativos .*Página 1 de 1$/);
  });

  it('pre-fills the "Índice" TOC field inside an sdt with the docPartObj "Table of Contents" gallery', () => {
    const sdt = els(doc, 'w:sdt')[0]!;
    expect(attr(els(sdt, 'w:docPartGallery')[0], 'w:val')).toBe('Table of Contents');
    expect(els(sdt, 'w:docPartUnique')).toHaveLength(1);
    const instr = els(sdt, 'w:instrText').map((i) => i.textContent?.trim());
    expect(instr).toEqual(['TOC \\o "1-3" \\h \\z \\u']);
    const paragraphs = els(sdt, 'w:p');
    expect(text(paragraphs[0]!)).toBe('Índice');
    const entries = paragraphs.slice(1).map((p) => [styleOf(p), text(p)]);
    expect(entries).toEqual([
      ['TOC1', '1 Introducción'],
      ['TOC2', '1.1 Objetivo del diagnóstico'],
      ['TOC3', '1.1.1 Preguntas orientadoras'],
      ['TOC2', 'Siglas y acrónimos'],
      ['TOC1', '2 Contexto estadístico'],
      ['TOC1', '3 Hallazgos y recomendaciones'],
      ['TOC2', '3.1 Hallazgos'],
      ['TOC2', '3.2 Recomendaciones'],
    ]);
    // the field starts in the first entry and ends in the last one
    expect(els(paragraphs[1]!, 'w:fldChar').map((f) => attr(f, 'w:fldCharType'))).toEqual(['begin', 'separate']);
    expect(els(paragraphs.at(-1)!, 'w:fldChar').map((f) => attr(f, 'w:fldCharType'))).toEqual(['end']);
    // every entry links to a bookmark that exists
    const bookmarks = new Set(els(doc, 'w:bookmarkStart').map((b) => attr(b, 'w:name')));
    for (const link of els(sdt, 'w:hyperlink')) expect(bookmarks.has(attr(link, 'w:anchor'))).toBe(true);
  });

  it('pre-fills "Índice de figuras" and "Índice de tablas" (TOC \\c fields)', () => {
    const instr = els(doc, 'w:instrText').map((i) => i.textContent?.trim());
    expect(instr).toContain('TOC \\h \\z \\c "Figura"');
    expect(instr).toContain('TOC \\h \\z \\c "Tabla"');
    const all = visibleText(documentXml);
    expect(all).toContain('Índice de figuras\nFigura 1. Víctimas de trata registradas por año, 2020–2025');
    expect(all).toContain(
      'Índice de tablas\nTabla 1. Instituciones entrevistadas por sector\nTabla 2. Víctimas registradas por municipio y año\nTabla 3. Capacidades institucionales por etapa de la ruta de atención',
    );
  });

  it('turns update-fields on, so Word refreshes the indexes\' page numbers', async () => {
    const settings = await readPart(zip, 'word/settings.xml');
    expect(settings).toMatch(/<w:updateFields w:val="true"\/>\s*<w:compat><w:doNotExpandShiftReturn\/>/);
  });
});

describe('headings', () => {
  it('maps # to Heading 1 (not Title), numbers 1 / 1.1 / 1.1.1 and leaves {-} unnumbered', () => {
    const headings = els(doc, 'w:p').filter((p) => /^Heading\d$/.test(styleOf(p) ?? '') || styleOf(p) === 'Title');
    expect(headings.map((p) => [styleOf(p), text(p)])).toEqual([
      ['Heading1', '1Introducción'],
      ['Heading2', '1.1Objetivo del diagnóstico'],
      ['Heading3', '1.1.1Preguntas orientadoras'],
      ['Heading2', 'Siglas y acrónimos'],
      ['Heading1', '2Contexto estadístico'],
      ['Heading1', '3Hallazgos y recomendaciones'],
      ['Heading2', '3.1Hallazgos'],
      ['Heading2', '3.2Recomendaciones'],
    ]);
    // number and text are separated by a tab
    expect(els(headings[0]!, 'w:tab').length).toBeGreaterThan(0);
  });
});

describe('captions and cross-references', () => {
  it('writes captions with SEQ fields and cached numbers, tables above, figures below', () => {
    const seq = els(doc, 'w:fldSimple').filter((f) => attr(f, 'w:instr')!.startsWith('SEQ'));
    expect(seq.map((f) => [attr(f, 'w:instr'), text(f)])).toEqual([
      ['SEQ Tabla \\* ARABIC', '1'],
      ['SEQ Figura \\* ARABIC', '1'],
      ['SEQ Tabla \\* ARABIC', '2'],
      ['SEQ Tabla \\* ARABIC', '3'],
    ]);
    const captions = els(doc, 'w:p').filter((p) => styleOf(p) === 'Caption');
    expect(captions.map(text)).toEqual([
      'Tabla 1. Instituciones entrevistadas por sector',
      'Figura 1. Víctimas de trata registradas por año, 2020–2025',
      'Tabla 2. Víctimas registradas por municipio y año',
      'Tabla 3. Capacidades institucionales por etapa de la ruta de atención',
    ]);
    const next = (el: Element) => {
      let n = el.nextSibling;
      while (n && n.nodeType !== 1) n = n.nextSibling;
      return n as Element;
    };
    const prev = (el: Element) => {
      let n = el.previousSibling;
      while (n && n.nodeType !== 1) n = n.previousSibling;
      return n as Element;
    };
    for (const c of captions.filter((p) => text(p).startsWith('Tabla'))) {
      expect(next(c).localName).toBe('tbl');
      expect(els(c, 'w:keepNext')).toHaveLength(1);
    }
    const figure = captions.find((p) => text(p).startsWith('Figura'))!;
    expect(els(prev(figure), 'w:drawing')).toHaveLength(1);
    expect(styleOf(next(figure))).toBe('Fuente');
  });

  it('puts a bookmark around "Tabla N" and makes @tbl/@fig REF fields with the same cached text', async () => {
    const bookmarks = new Map<string, string>(); // name → bookmarked text
    for (const start of els(doc, 'w:bookmarkStart')) {
      const id = attr(start, 'w:id');
      let collected = '';
      for (let n = start.nextSibling; n; n = n.nextSibling) {
        const el = n as Element;
        if (el.nodeType === 1 && el.localName === 'bookmarkEnd' && attr(el, 'w:id') === id) break;
        if (el.nodeType === 1) collected += text(el);
      }
      bookmarks.set(attr(start, 'w:name')!, collected);
    }
    const footnotes = parseXml(await readPart(zip, 'word/footnotes.xml'));
    const refs = [...els(doc, 'w:fldSimple'), ...els(footnotes, 'w:fldSimple')].filter((f) => attr(f, 'w:instr')!.startsWith('REF'));
    expect(refs.length).toBe(9); // 8 in the text, 1 in a footnote
    for (const ref of refs) {
      const m = /^REF (\S+) \\h$/.exec(attr(ref, 'w:instr')!);
      expect(m).not.toBeNull();
      expect(bookmarks.get(m![1]!)).toBe(text(ref));
    }
    expect(refs.map(text)).toContain('Tabla 3');
    expect(refs.map(text)).toContain('Figura 1');
    // in running text
    expect(visibleText(documentXml)).toContain('La Tabla 1 resume las instituciones entrevistadas y la Figura 1 muestra');
    // a reference inside a footnote
    expect(visibleText(footnotes.toString())).toContain('Véase también la Tabla 1 sobre las entrevistas realizadas.');
  });

  it('writes "Fuente:" lines in the small source style', () => {
    const sources = els(doc, 'w:p').filter((p) => styleOf(p) === 'Fuente').map(text);
    expect(sources).toHaveLength(4);
    expect(sources[0]).toBe('Fuente: elaboración propia con base en las entrevistas realizadas (2026).');
  });

  it('throws a Spanish DocxMarkdownError listing every unknown reference', async () => {
    const err = await markdownToDocx(fixture('referencia-desconocida.md'), testInfo(), fixtureImages).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxMarkdownError);
    const e = err as DocxMarkdownError;
    expect(e.problems.map((p) => p.message)).toEqual([
      'referencia cruzada desconocida «@tbl:no-existe»: no hay ninguna tabla con «{#tbl:no-existe}».',
      'referencia cruzada desconocida «@fig:tampoco»: no hay ninguna figura con «{#fig:tampoco}».',
    ]);
    expect(e.problems[0]!.line).toBe(9);
    expect(e.message).toMatch(/^El Markdown del informe no se puede convertir a DOCX \(2 problemas\)/);
  });

  it('reports captions without their table/image, duplicate ids and unclosed landscape blocks', async () => {
    const md = [
      '# A',
      'Tabla: Sin tabla {#tbl:sola}',
      '',
      'Un párrafo.',
      '',
      'Figura: Sin imagen {#fig:x}',
      '',
      'Tabla: Uno {#tbl:rep}',
      '',
      '| a |\n|---|\n| 1 |',
      '',
      'Tabla: Dos {#tbl:rep}',
      '',
      '| a |\n|---|\n| 1 |',
      '',
      '<!-- horizontal -->',
      '',
      'Texto.',
    ].join('\n');
    const err = (await markdownToDocx(md, testInfo(), fixtureImages).catch((e: unknown) => e)) as DocxMarkdownError;
    expect(err).toBeInstanceOf(DocxMarkdownError);
    const messages = err.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('«Tabla: …» debe ir justo antes de una tabla.');
    expect(messages).toContain('«Figura: …» debe ir justo después de un párrafo que contenga solo una imagen.');
    expect(messages).toContain('identificador repetido «#tbl:rep»');
    expect(messages).toContain('«<!-- horizontal -->» sin su cierre');
  });

  it('reports missing images and images without alt text', async () => {
    const md = '# A\n\n![](grafica:casos)\n\n![Texto](grafica:no-existe)\n';
    const noAlt: typeof fixtureImages = async (url) => {
      const r = await fixtureImages(url);
      return r && { ...r, alt: undefined };
    };
    const err = (await markdownToDocx(md, testInfo(), noAlt).catch((e: unknown) => e)) as DocxMarkdownError;
    expect(err).toBeInstanceOf(DocxMarkdownError);
    expect(err.problems.map((p) => p.message)).toEqual([
      'no se encontró la imagen «grafica:no-existe».',
      'la imagen «grafica:casos» no tiene texto alternativo: escríbalo en ![texto alternativo](grafica:casos).',
    ]);
  });
});

describe('tables', () => {
  const tables = () => els(doc, 'w:tbl');

  it('repeats a styled header row (primary blue fill, white bold style) on each page', async () => {
    expect(tables()).toHaveLength(3);
    for (const tbl of tables()) {
      const rows = els(tbl, 'w:tr');
      expect(els(rows[0]!, 'w:tblHeader')).toHaveLength(1);
      expect(rows.slice(1).every((r) => els(r, 'w:tblHeader').length === 0)).toBe(true);
      for (const tc of els(rows[0]!, 'w:tc')) {
        expect(attr(els(tc, 'w:shd')[0], 'w:fill')).toBe('0033A0');
        expect(styleOf(els(tc, 'w:p')[0]!)).toMatch(/^TablaEncabezado/);
      }
    }
    // 9 pt text; the 9-column landscape matrix keeps 9 pt: its headers over columns of marks
    // («Sí», «Parcial», counts) are rotated, so that no word is broken and names keep their room
    const headerStyles = tables().map((t) => styleOf(els(t, 'w:p')[0]!));
    expect(headerStyles).toEqual(['TablaEncabezado', 'TablaEncabezado', 'TablaEncabezado']);
    const matrixHeader = els(els(tables()[2]!, 'w:tr')[0]!, 'w:tc');
    expect(matrixHeader.map((tc) => attr(els(tc, 'w:textDirection')[0], 'w:val'))).toEqual([null, ...Array(8).fill('btLr'), null]);
    const styles = parseXml(await readPart(zip, 'word/styles.xml'));
    for (const id of ['TablaEncabezado', 'TablaEncabezadoCompacta']) {
      const header = els(styles, 'w:style').find((s) => attr(s, 'w:styleId') === id)!;
      expect(attr(els(header, 'w:color')[0], 'w:val')).toBe('FFFFFF');
      expect(els(header, 'w:b')).toHaveLength(1);
    }
  });

  it('right-aligns numeric columns (GFM --:)', () => {
    const rows = els(tables()[1]!, 'w:tr');
    const jc = (tc: Element) => attr(els(tc, 'w:jc')[0], 'w:val');
    for (const row of rows) {
      const cells = els(row, 'w:tc');
      expect(jc(cells[0]!)).toBe('left');
      for (const c of cells.slice(1)) expect(jc(c)).toBe('right');
    }
  });

  it('sizes columns from their content, summing to the text width, fixed layout', () => {
    const width = pageGeometry(testInfo().style).textWidth;
    for (const tbl of tables().slice(0, 2)) {
      const grid = els(tbl, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
      expect(attr(els(tbl, 'w:tblLayout')[0], 'w:type')).toBe('fixed');
    }
    const first = els(tables()[0]!, 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
    expect(first[0]!).toBeGreaterThan(first[2]!); // "Institución" wider than "Entrevistas"
  });

  it('prints Markdown-special characters in a cell exactly', () => {
    const cells = els(tables()[0]!, 'w:tc').map(text);
    expect(cells).toContain('Refugio "Alas" & Casa | *Luz* <A.C.>');
    // Escaped once in the XML (the quotes may be written as they are or as &quot;).
    expect(documentXml).toMatch(/Refugio (?:"|&quot;)Alas(?:"|&quot;) &amp; Casa \| \*Luz\* &lt;A\.C\.&gt;/);
  });
});

describe('tables with pathological cells', () => {
  it('a 100,000-character word and a long URL in cells: widths still sum to the text width, the text is whole', async () => {
    const word = 'Palabra'.padEnd(100_000, 'x');
    const url = `https://example.org/${'segmento/'.repeat(200)}fin`;
    const width = pageGeometry(testInfo().style).textWidth;
    const { widths, size } = layoutTable([['Núm.', 'Recomendación', 'Fuente'], ['1', `Incorporar ${word}`, url]], width);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(width);
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(size).toBe(9); // long tokens are capped when sizing: they do not shrink the text
    const md = `# A\n\nTabla: Larga {#tbl:larga}\n\n| Núm. | Recomendación | Fuente |\n|---|---|---|\n| 1 | Incorporar ${word} | ${url} |\n`;
    const out = await markdownToDocx(md, testInfo(), fixtureImages);
    const xml = await readPart(await openZip(out), 'word/document.xml');
    expect(xml).toContain(word);
    expect(xml).toContain(url);
  });
});

describe('content', () => {
  it('gives every image its alt text (wp:docPr descr)', () => {
    const docPr = els(doc, 'wp:docPr');
    expect(docPr).toHaveLength(1);
    expect(attr(docPr[0], 'descr')).toBe('Gráfica de barras: víctimas de trata registradas por año, 2020 a 2025, con tendencia creciente de 12 a 38');
  });

  it('drops raw HTML (block and inline) and keeps the directives\' effect', () => {
    const all = visibleText(documentXml);
    expect(all).not.toContain('Este bloque HTML');
    expect(all).not.toMatch(/<\/?(div|span|br)/);
    expect(all).toContain('texto en línea'); // tags dropped, their text kept
    expect(all).not.toContain('horizontal');
    expect(all).not.toContain('salto-pagina');
    // <!-- salto-pagina --> → page break; <br> → line break
    expect(els(doc, 'w:br').filter((b) => attr(b, 'w:type') === 'page')).toHaveLength(1);
    const item = els(doc, 'w:p').find((p) => text(p).includes('Prioridad: alta'))!;
    expect(els(item, 'w:br').length).toBe(1);
    // no run or text directly in the body
    for (const child of Array.from(els(doc, 'w:body')[0]!.childNodes)) {
      if (child.nodeType === 1) expect(['p', 'tbl', 'sdt', 'sectPr']).toContain((child as Element).localName);
    }
  });

  it('keeps accents and Spanish punctuation; footnotes are Word footnotes', async () => {
    const all = visibleText(documentXml);
    expect(all).toContain('¿Qué instituciones intervienen? ¡Todas las que forman parte');
    expect(all).toContain('Tlajomulco de Zúñiga');
    expect(els(doc, 'w:footnoteReference')).toHaveLength(3);
    const footnotes = visibleText(await readPart(zip, 'word/footnotes.xml'));
    expect(footnotes).toContain('Ley General para Prevenir, Sancionar y Erradicar los Delitos en Materia de Trata de Personas, artículo 10.');
  });

  it('links external URLs with deterministic relationship ids', async () => {
    const rels = await readPart(zip, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(/Id="rIdLink1"[^>]*Target="https:\/\/www.cndh.org.mx"|Target="https:\/\/www.cndh.org.mx"[^>]*Id="rIdLink1"/);
    const link = els(doc, 'w:hyperlink').find((h) => attr(h, 'r:id'));
    expect(attr(link!, 'r:id')).toBe('rIdLink1');
  });
});

describe('styles, language and properties', () => {
  it('sets es-MX, Open Sans with fallback, blue headings, justified body, letter page', async () => {
    const styles = parseXml(await readPart(zip, 'word/styles.xml'));
    const defaults = els(styles, 'w:docDefaults')[0]!;
    expect(attr(els(defaults, 'w:lang')[0], 'w:val')).toBe('es-MX');
    expect(attr(els(defaults, 'w:rFonts')[0], 'w:ascii')).toBe('Open Sans');
    expect(attr(els(defaults, 'w:rFonts')[0], 'w:hAnsi')).toBe('Open Sans');
    expect(attr(els(defaults, 'w:jc')[0], 'w:val')).toBe('both');
    const h1 = els(styles, 'w:style').find((s) => attr(s, 'w:styleId') === 'Heading1')!;
    expect(attr(els(h1, 'w:color')[0], 'w:val')).toBe('0033A0');
    const fonts = parseXml(await readPart(zip, 'word/fontTable.xml'));
    const open = els(fonts, 'w:font').find((f) => attr(f, 'w:name') === 'Open Sans')!;
    expect(attr(els(open, 'w:altName')[0], 'w:val')).toBe('Arial');
  });

  it('lists as many heading levels in the "Índice" as estilo.docx.niveles_indice says', async () => {
    const base = testInfo();
    const style = { ...base.style, docx: { ...base.style.docx, niveles_indice: 1 } };
    const out = await markdownToDocx('# Uno\n\n## Uno punto uno\n\nTexto.\n', { ...base, style }, fixtureImages);
    const d = parseXml(await readPart(await openZip(out), 'word/document.xml'));
    const sdt = els(d, 'w:sdt')[0]!;
    expect(els(sdt, 'w:instrText').map((i) => i.textContent?.trim())).toEqual(['TOC \\o "1-1" \\h \\z \\u']);
    const entries = els(sdt, 'w:p').slice(1).map((p) => text(p));
    expect(entries).toEqual(['1 Uno']);
  });

  it('follows estilo.docx: A4 pages and left-aligned text', async () => {
    const base = testInfo();
    const style = { ...base.style, docx: { tamano_pagina: 'a4' as const, texto: 'izquierda' as const, niveles_indice: 2 } };
    const out = await markdownToDocx('# Uno\n\nTexto.\n', { ...base, style, sampleData: false, status: 'final' }, fixtureImages);
    const z = await openZip(out);
    const d = parseXml(await readPart(z, 'word/document.xml'));
    for (const pgSz of els(d, 'w:pgSz')) expect([attr(pgSz, 'w:w'), attr(pgSz, 'w:h')]).toEqual(['11906', '16838']);
    const defaults = els(parseXml(await readPart(z, 'word/styles.xml')), 'w:docDefaults')[0]!;
    expect(attr(els(defaults, 'w:jc')[0], 'w:val')).toBe('left');
    // not sample data: no notice on the cover nor in the footer; final status
    const all = visibleText(await readPart(z, 'word/document.xml'));
    expect(all).not.toContain('Datos ilustrativos');
    expect(all).toContain('Versión final');
    expect(visibleText(await readPart(z, 'word/footer1.xml'))).toBe('Página 1 de 1');
    // no figures or tables: no figure/table indexes
    expect(all).not.toContain('Índice de figuras');
    expect(all).not.toContain('Índice de tablas');
  });

  it('writes core properties title/subject/keywords only, with fixed dates', async () => {
    const core = await readPart(zip, 'docProps/core.xml');
    const c = parseXml(core);
    const info = testInfo();
    expect(els(c, 'dc:title')[0]!.textContent).toBe(info.title);
    expect(els(c, 'dc:subject')[0]!.textContent).toBe(info.subject);
    expect(els(c, 'cp:keywords')[0]!.textContent).toBe('trata de personas, diagnóstico, Aguascalientes');
    expect(els(c, 'dcterms:created')[0]!.textContent).toBe('2026-11-24T12:00:00Z');
    expect(els(c, 'dcterms:modified')[0]!.textContent).toBe('2026-11-24T12:00:00Z');
    for (const tag of ['dc:creator', 'cp:lastModifiedBy', 'dc:description', 'cp:lastPrinted']) expect(els(c, tag)).toHaveLength(0);
    const everything = (await Promise.all(Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)).map((n) => readPart(zip, n)))).join('');
    expect(everything).not.toContain(process.cwd());
    expect(everything).not.toMatch(/Un-named|remark-docx/);
  });

  it('is deterministic: two builds give the same bytes; SOURCE_DATE_EPOCH sets the date', async () => {
    const again = await markdownToDocx(fixture('informe-completo.md'), testInfo(), fixtureImages);
    expect(Buffer.compare(bytes, again)).toBe(0);
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      const dated = await markdownToDocx('# Uno\n', testInfo(), fixtureImages);
      const core = await readPart(await openZip(dated), 'docProps/core.xml');
      expect(core).toContain('2023-11-14T22:13:20Z');
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });
});

describe('namespace sanity', () => {
  it('uses the WordprocessingML namespace for every w: element it adds', async () => {
    const footer = parseXml(await readPart(zip, 'word/footer1.xml'));
    for (const el of els(footer, 'w:r')) expect(el.namespaceURI).toBe(W);
    const settings = parseXml(await readPart(zip, 'word/settings.xml'));
    expect(els(settings, 'w:updateFields')[0]!.namespaceURI).toBe(W);
  });
});

describe('image size', () => {
  it('sizes an image to the landscape text width inside a horizontal block, to the portrait one outside', async () => {
    // a wide image (declared 2000×400 px): both copies are limited by the width available
    const wide: typeof fixtureImages = async (url) => {
      const found = await fixtureImages('grafica:casos');
      return url === 'grafica:ancha' && found ? { ...found, width: 2000, height: 400 } : undefined;
    };
    const md = [
      '# Capítulo', '', '![Gráfica ancha](grafica:ancha)', '', 'Figura: En vertical {#fig:vertical}', '',
      '<!-- horizontal -->', '', '![Gráfica ancha](grafica:ancha)', '', 'Figura: En horizontal {#fig:horizontal}', '', '<!-- /horizontal -->', '',
    ].join('\n');
    const xml = await readPart(await openZip(await markdownToDocx(md, testInfo({ indexes: false }), wide)), 'word/document.xml');
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents).toHaveLength(2);
    const g = pageGeometry(testInfo().style);
    const emu = (twips: number) => Math.round(twips / 15) * 9525; // px at 96 dpi → EMU
    expect(extents[0]![0]).toBe(emu(g.textWidth));
    expect(extents[1]![0]).toBe(emu(g.landscapeTextWidth));
    expect(extents[1]![0]! / extents[1]![1]!).toBeCloseTo(5, 1); // aspect ratio kept
  });
});


describe('pages: landscape only when needed, tables kept together', () => {
  const block = (table: string) => ['# Capítulo', '', 'Texto.', '', '## Matriz', '', '<!-- horizontal -->', '', 'Tabla: Matriz {#tbl:m}', '', table, '', 'Fuente: prueba.', '', '<!-- /horizontal -->', '', 'Más texto.', ''].join('\n');
  const small = ['| Ámbito | Detección | Valoración e identificación | Canalización | Atención inmediata | Protección |', '|:--|--:|--:|--:|--:|--:|', '| Federal | 3 | 2 | 1 | 4 | 2 |', '| Estatal | 1 | 0 | 2 | 2 | 1 |', '| Municipal | 0 | 0 | 1 | 0 | 0 |'].join('\n');
  const orientations = async (md: string) => {
    const d = parseXml(await readPart(await openZip(await markdownToDocx(md, testInfo(), fixtureImages)), 'word/document.xml'));
    return { doc: d, orient: els(d, 'w:pgSz').map((p) => attr(p, 'w:orient')) };
  };

  it('keeps a small matrix that reads well in portrait on the portrait page (no landscape page of its own)', async () => {
    const { orient } = await orientations(block(small));
    expect(orient).not.toContain('landscape');
  });

  it('a table that needs landscape takes its heading along onto the landscape page', async () => {
    const wide = ['| Organización | Servicios | Población objetivo | Municipios | Duración | Costo |', '|:--|:--|:--|:--|:--|:--|', ...Array.from({ length: 3 }, (_, i) => `| Organización civil de acompañamiento número ${i} | Alojamiento, acompañamiento jurídico, atención psicológica especializada | Mujeres adultas y adolescentes víctimas de explotación | Tapachula, Tuxtla Gutiérrez, San Cristóbal de las Casas | Indefinida | Gratuito |`)].join('\n');
    const { doc: d, orient } = await orientations(block(wide));
    expect(orient).toContain('landscape');
    // the section that ends before the landscape one holds «Texto.», not the «Matriz» heading
    const body = els(d, 'w:body')[0]!;
    const blocks = Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1);
    const landscapeEnd = blocks.findIndex((b) => els(b, 'w:pgSz').some((p) => attr(p, 'w:orient') === 'landscape'));
    const portraitEnd = blocks.slice(0, landscapeEnd).map((b, i) => [b, i] as const).filter(([b]) => els(b, 'w:sectPr').length).pop()![1];
    expect(text(blocks[portraitEnd]!)).not.toContain('Matriz');
    expect(blocks.slice(portraitEnd + 1, landscapeEnd + 1).map(text).join(' ')).toMatch(/^1\.1\s*Matriz/);
  });

  it('keeps rows with the next (short table whole; its last row with the source line); no table text under 8 pt', async () => {
    const { doc: d } = await orientations(block(small));
    const tbl = els(d, 'w:tbl')[0]!;
    for (const row of els(tbl, 'w:tr')) for (const p of els(row, 'w:p')) expect(els(p, 'w:keepNext')).toHaveLength(1);
    const styles = parseXml(await readPart(zip, 'word/styles.xml'));
    const sizes = els(styles, 'w:style').filter((s) => /^Tabla/.test(attr(s, 'w:styleId') ?? '')).map((s) => Number(attr(els(s, 'w:sz')[0], 'w:val')) / 2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
    expect(els(els(styles, 'w:pPrDefault')[0]!, 'w:widowControl')).toHaveLength(1);
  });

  it('keeps the last two rows of data with a closing «Total» row, so a split never leaves one row and the total', async () => {
    const long = ['| Instrumento | Etapas |', '|:--|--:|', ...Array.from({ length: 12 }, (_, i) => `| Instrumento ${i + 1} | ${i % 4} |`), '| **Total** | 18 |'].join('\n');
    const { doc: d } = await orientations(block(long));
    const rows = els(els(d, 'w:tbl')[0]!, 'w:tr');
    const kept = rows.map((row) => els(row, 'w:p').every((p) => els(p, 'w:keepNext').length === 1));
    // header + first two rows keep with the next; rows 3–10 may break; 11, 12 and Total stay with the source line.
    expect(kept).toEqual([true, true, true, ...Array(8).fill(false), true, true, true]);
  });
});

describe('a tree parsed beforehand (the report passes its structure check parse)', () => {
  it('gives the same bytes as parsing the Markdown in the writer', async () => {
    const markdown = fixture('informe-completo.md');
    const tree = parseMarkdown(markdown);
    expect((await markdownToDocx(markdown, testInfo(), fixtureImages, tree)).equals(bytes)).toBe(true);
  });
});
