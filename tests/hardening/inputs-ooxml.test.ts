/**
 * Issue #12, end to end: text pasted from Word (a vertical tab in a CSV cell, a form feed in a
 * narrative, a vertical tab in estado.yaml) must not reach the DOCX or the PPTX as characters
 * XML 1.0 cannot hold. On the main of 2026-12-01 both packages had a raw U+000B in their XML
 * (not well-formed: Word refuses to open them) while the build said ✔.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { renderReport } from '../../src/pipeline/products/diagnostico.js';
import { docxText, openZip } from '../support/ooxml.js';
import { copyProject } from '../pipeline/helpers.js';

/** Characters (raw or as references) that XML 1.0 does not allow. */
const ILLEGAL_RAW = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ILLEGAL_REF = /&#(?:x0*(?:[0-8BCEF]|1[0-9A-F]|FFF[EF]|D[89A-F][0-9A-F]{2})|0*(?:[0-8]|1[1-9]|2[0-9]|3[01]|6553[45]|5[5-7][0-9]{3}));/i;

async function xmlParts(bytes: Buffer): Promise<{ name: string; xml: string }[]> {
  const zip = await openZip(bytes);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, xml: await zip.file(name)!.async('string') })));
}

function assertWellFormed(name: string, xml: string): void {
  const raw = ILLEGAL_RAW.exec(xml);
  expect(raw, `${name}: carácter no permitido U+${raw?.[0].charCodeAt(0).toString(16)} cerca de «${xml.slice(Math.max(0, (raw?.index ?? 0) - 40), (raw?.index ?? 0) + 10)}»`).toBeNull();
  expect(ILLEGAL_REF.exec(xml)?.[0], `${name}: referencia a un carácter no permitido`).toBeUndefined();
  const errors: string[] = [];
  new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, name.endsWith('.rels') ? 'text/xml' : 'application/xml');
  expect(errors, name).toEqual([]);
}

describe('texto pegado desde Word llega a documentos que Office puede abrir', () => {
  let docx: Buffer;
  let pptx: Buffer;
  beforeAll(async () => {
    const root = copyProject();
    const recs = path.join(root, 'data/chihuahua/recomendaciones.csv');
    const csv = readFileSync(recs, 'utf8');
    expect(csv).toContain('"Incorporar en el protocolo estatal de detección un apartado');
    writeFileSync(recs, csv.replace('"Incorporar en el protocolo estatal de detección un apartado', '"Incorporar en el protocolo estatal\u000Bde detección un apartado'));
    const narrative = path.join(root, 'data/chihuahua/narrativa/metodologia.md');
    writeFileSync(narrative, readFileSync(narrative, 'utf8').trimEnd() + '\n\nPárrafo pegado\u000Cdesde Word con un salto de página.\n');
    const state = path.join(root, 'data/chihuahua/estado.yaml');
    const yaml = readFileSync(state, 'utf8');
    expect(yaml).toMatch(/^ {2}nombre: (.+)$/m);
    writeFileSync(state, yaml.replace(/^( {2}nombre: )(\S+) (.+)$/m, '$1$2\u000B$3'));
    ({ docx, pptx } = await renderReport('chihuahua', { root }));
  }, 300_000);

  it('every XML part of the DOCX is well-formed XML 1.0', async () => {
    const parts = await xmlParts(docx);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) assertWellFormed(p.name, p.xml);
  });

  it('every XML part of the PPTX (slides, notes, charts) is well-formed XML 1.0', async () => {
    const parts = await xmlParts(pptx);
    expect(parts.some((p) => p.name.startsWith('ppt/slides/'))).toBe(true);
    for (const p of parts) assertWellFormed(p.name, p.xml);
  });

  it('the pasted line breaks kept their text', async () => {
    const text = (await docxText(docx)).replace(/\s+/g, ' ');
    expect(text).toContain('Incorporar en el protocolo estatal de detección un apartado');
    expect(text).toContain('Párrafo pegado desde Word con un salto de página.');
  });
});
