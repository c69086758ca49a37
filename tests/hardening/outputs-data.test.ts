/**
 * Issue #12, "data is data": a CSV value (a recommendation, an organisation's name…) that holds
 * the twin's own syntax — a cross-reference `@tbl:…`, an attribute `{#tbl:…}`/`{-}`, a caption
 * marker `Tabla:`, a directive `<!-- salto-pagina -->`, an autolink `<http://…>`, `{{…}}` —
 * prints literally in the DOCX and the twin; only what a template (or a narrative) writes
 * unescaped is syntax. On the main of 2026-12-01 `@tbl:…` in a recommendation became
 * «Tabla 11» in the DOCX.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { escapeMarkdown, escapeTableCell } from '../../src/render/markdown/escape.js';
import { parseMarkdown, prepareNarrative } from '../../src/render/markdown/narrative.js';
import { markdownToDocx } from '../../src/write/docx/index.js';
import { renderReport } from '../../src/pipeline/products/diagnostico.js';
import { docxText, openZip, readPart } from '../support/ooxml.js';
import { fixtureImages, testInfo } from '../docx/support.js';
import { copyProject } from '../pipeline/helpers.js';

/** Values an analyst could type in a CSV cell that look like the twin's syntax. */
const LOOKALIKES = [
  'véase la @tbl:recomendaciones-institucion y la @fig:segmentos-etapa-valencia',
  'Fiscalía {#tbl:falsa}',
  'Casa Refugio {-}',
  'Tabla: no es un título',
  'Fuente: no es una fuente',
  '<!-- salto-pagina -->',
  '<http://ejemplo.org/ruta>',
  '{{estado.nombre}} y {{{narrativa}}}',
  '[^1] y [enlace](http://ejemplo.org)',
];

async function documentXml(docx: Buffer): Promise<string> {
  return readPart(await openZip(docx), 'word/document.xml');
}

describe('the escaper keeps the twin syntax as text', () => {
  it('escapes what the DOCX writer would read as a cross-reference, an attribute or a caption', () => {
    expect(escapeMarkdown('la @tbl:x y la @fig:y')).toBe('la \\@tbl:x y la \\@fig:y');
    expect(escapeMarkdown('Fiscalía {#tbl:x}')).toBe('Fiscalía \\{#tbl:x}');
    expect(escapeMarkdown('Tabla: algo')).toBe('Tabla\\: algo');
    expect(escapeTableCell('correo@tbl:x')).toBe('correo\\@tbl:x');
    // Ordinary text is left readable.
    expect(escapeMarkdown('Ana escribió {nota} a las 10:30')).toBe('Ana escribió {nota} a las 10:30');
  });

  it('every look-alike parses back to exactly its own text', () => {
    for (const v of LOOKALIKES) {
      const tree = parseMarkdown(escapeMarkdown(v));
      expect(tree.children).toHaveLength(1);
      const para = tree.children[0]!;
      expect(para.type).toBe('paragraph');
      // (GFM makes a bare URL a link whose text is the URL: same text.)
      expect(toString(para)).toBe(v);
      expect((para as { children: { type: string }[] }).children.every((c) => c.type === 'text' || c.type === 'link')).toBe(true);
    }
  });
});

describe('the DOCX writer resolves only the syntax the Markdown wrote unescaped', () => {
  let xml: string;
  let text: string;
  beforeAll(async () => {
    const md = [
      '# Capítulo',
      '',
      `## ${escapeMarkdown('Casa Refugio {-}')}`,
      '',
      'Tabla: Título de plantilla {#tbl:t}',
      '',
      '| a | b |',
      '| --- | --- |',
      `| ${escapeTableCell('véase la @tbl:t')} | ${escapeTableCell('{#tbl:otra}')} |`,
      '',
      `La plantilla cita la @tbl:t; el dato dice «${escapeMarkdown('@tbl:t')}» y «${escapeMarkdown('@fig:nada')}».`,
      '',
      escapeMarkdown('Tabla: dato que parece título'),
      '',
      '| c |',
      '| --- |',
      '| 1 |',
      '',
      escapeMarkdown('Fuente: dato que parece fuente'),
      '',
    ].join('\n');
    const docx = await markdownToDocx(md, testInfo({ indexes: false }), fixtureImages);
    xml = await documentXml(docx);
    text = await docxText(docx);
  });

  it('one cross-reference field (the template\'s), the data\'s text printed as typed', () => {
    expect((xml.match(/REF _Ref_tbl0001/g) ?? []).length).toBe(1);
    expect(text).toContain('el dato dice «@tbl:t» y «@fig:nada»');
    expect(text).toContain('véase la @tbl:t');
  });

  it('a data «{-}» or «{#tbl:…}» is text: the heading keeps its number, no id is registered', () => {
    expect(text).toMatch(/1\.1\s*Casa Refugio \{-\}/);
    expect(text).toContain('{#tbl:otra}');
  });

  it('a data «Tabla:» or «Fuente:» paragraph is text, not a caption or a source line', () => {
    expect((xml.match(/SEQ Tabla/g) ?? []).length).toBe(1);
    expect(text).toContain('Tabla: dato que parece título');
    expect(text).toContain('Fuente: dato que parece fuente');
  });
});

describe('a narrative keeps the escapes its author wrote', () => {
  it('«\\@tbl:x» stays text and «@tbl:x» stays a reference', () => {
    const { narrative, problems } = prepareNarrative({ file: 'n.md', markdown: 'La @tbl:x es una referencia; \\@tbl:x no lo es, ni \\{#tbl:y}.\n\nTabla\\: tampoco.' }, { footnotePrefix: 'n', usedFootnotes: new Set() });
    expect(problems).toEqual([]);
    expect(narrative.markdown).toContain('La @tbl:x es una referencia; \\@tbl:x no lo es, ni \\{#tbl:y}.');
    expect(narrative.markdown).toContain('Tabla\\: tampoco.');
  });
});

describe('a recommendation holding the twin syntax, through a real build', () => {
  let docx: Buffer;
  let markdown: string;
  const odd = LOOKALIKES.join(' · ');
  beforeAll(async () => {
    const root = copyProject();
    const recs = path.join(root, 'data/chihuahua/recomendaciones.csv');
    const csv = readFileSync(recs, 'utf8');
    const anchor = '"Incorporar en el protocolo estatal de detección un apartado';
    expect(csv).toContain(anchor);
    writeFileSync(recs, csv.replace(anchor, `"${odd.replace(/"/g, '""')} ${anchor.slice(1)}`));
    ({ docx, markdown } = await renderReport('chihuahua', { root }));
  }, 300_000);

  it('prints every look-alike literally in the DOCX (no «Tabla 11», no page break, no caption)', async () => {
    const text = (await docxText(docx)).replace(/\s+/g, ' ');
    for (const v of LOOKALIKES) expect(text).toContain(v);
    const xml = await documentXml(docx);
    expect((xml.match(/SEQ Tabla/g) ?? []).length).toBe(51);
  });

  it('the twin holds it escaped, so a Markdown viewer shows it as typed', () => {
    expect(markdown).toContain('véase la \\@tbl:recomendaciones-institucion');
    expect(markdown.split('\n').some((l) => l.startsWith('|') && l.includes('véase la \\@tbl:recomendaciones-institucion'))).toBe(true);
  });
});
