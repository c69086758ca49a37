/**
 * Bounded time on pathological text (#12): a recommendation holding a 100,000-character word
 * (once, before these fixes, a 10,000-character one kept the build running for minutes). The
 * build completes and every output keeps the text: whole in the Markdown twin and the DOCX
 * (Word and LibreOffice cut it at the cell's edge), whole in the deck's speaker notes, and the
 * slide shows the recommendation's gist (its first phrase). Its build time against the normal one is measured once by
 * `bench/long-word.ts`, not here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline/products/diagnostico.js';
import { openZip, readPart, visibleText } from '../support/ooxml.js';
import { copyProject } from './helpers.js';

const WORD = 'Palabra'.padEnd(100_000, 'x');
let root: string;

beforeAll(async () => {
  root = copyProject();
  const file = path.join(root, 'data', 'chihuahua', 'recomendaciones.csv');
  const csv = readFileSync(file, 'utf8');
  expect(csv).toContain('reclutamiento y utilización');
  // without its short title (titulo_corto), the slide summarises the text itself
  expect(csv).toContain(',Reclutamiento de adolescentes en el protocolo de detección');
  writeFileSync(file, csv.replace('reclutamiento y utilización', `reclutamiento ${WORD} y utilización`).replace(',Reclutamiento de adolescentes en el protocolo de detección', ','));
  await buildReport('chihuahua', { root });
}, 300_000);

describe('a 100,000-character word in a recommendation', () => {
  it('is whole in the Markdown twin and in the DOCX', async () => {
    expect(readFileSync(path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.md'), 'utf8')).toContain(WORD);
    const docx = await openZip(readFileSync(path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.docx')));
    expect(visibleText(await readPart(docx, 'word/document.xml'))).toContain(WORD);
  });

  it('is whole in the deck\'s notes; its slide shows the recommendation\'s gist, without the word', async () => {
    const pptx = await openZip(readFileSync(path.join(root, 'slides', 'chihuahua', 'presentacion-cie-chihuahua.pptx')));
    const parts = Object.keys(pptx.files);
    const notes = await Promise.all(parts.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map((n) => readPart(pptx, n)));
    expect(notes.some((xml) => visibleText(xml).includes(WORD))).toBe(true);
    const slides = await Promise.all(parts.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(async (n) => visibleText(await readPart(pptx, n))));
    const slide = slides.find((t) => t.includes('Incorporar en el protocolo estatal'));
    expect(slide).toBeDefined();
    // the slide shows the recommendation's gist, a whole phrase before the long word (#13: nothing cut with «…»)
    expect(slide).toContain('Incorporar en el protocolo estatal de detección');
    expect(slide).not.toContain('xxxxxxxxxx');
    expect(slide).not.toContain('…');
  });
});
