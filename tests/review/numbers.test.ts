/** Figures that must agree: twin ↔ DOCX (tables, headings) and twin ↔ deck (counts of findings per stage). */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/review/docx.js';
import { slideParagraphs, twinVersusDeck, twinVersusDocx } from '../../src/review/numbers.js';
import { twinBlocks } from '../../src/review/twin.js';
import { markdownToDocx } from '../../src/write/docx/index.js';
import { fixtureImages, testInfo } from '../docx/support.js';

const twin = [
  '# Hallazgos',
  '',
  'Texto.',
  '',
  'Tabla: Fragmentos codificados por etapa del mecanismo y tipo de hallazgo {#tbl:etapa-valencia}',
  '',
  '| Etapa | Barrera | Reto | Avance | Buena práctica | Total |',
  '| --- | --: | --: | --: | --: | --: |',
  '| Detección | 28 | 21 | 16 | 10 | 75 |',
  '| Valoración e identificación | 17 | 14 | 10 | 8 | 49 |',
  '| **Total** | 45 | 35 | 26 | 18 | 124 |',
  '',
  'Fuente: elaboración propia.',
  '',
].join('\n');

async function deck(slides: string[][]): Promise<Buffer> {
  const zip = new JSZip();
  slides.forEach((paras, i) => {
    const body = paras.map((p) => `<a:p><a:r><a:rPr lang="es-MX"/><a:t>${p.replaceAll('&', '&amp;')}</a:t></a:r></a:p>`).join('');
    zip.file(`ppt/slides/slide${i + 1}.xml`, `<p:sld xmlns:a="a" xmlns:p="p"><p:txBody>${body}</p:txBody></p:sld>`);
  });
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('twin ↔ DOCX', () => {
  it('agree when the DOCX is built from the twin; a changed cell is reported with its table', async () => {
    const docx = await readDocx(await markdownToDocx(twin, testInfo(), fixtureImages));
    expect(twinVersusDocx(twinBlocks(twin), docx)).toEqual([]);
    const f = twinVersusDocx(twinBlocks(twin.replace('| Detección | 28 |', '| Detección | 29 |')), docx);
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toBe('cifras.gemelo-docx');
    expect(f[0]!.where).toContain('Tabla 1 «Fragmentos codificados');
    expect(f[0]!.message).toContain('la fila 1 difiere');
  });
});

describe('twin ↔ deck', () => {
  const slides = [
    ['Resumen', 'Detección', 'Identificar indicios de trata y hacer el primer contacto', '49 barreras o retos', '26 avances o buenas prácticas', 'Valoración', '31 barreras o retos', 'Atención', '160 barreras o retos'],
    ['Detección: principales hallazgos', '75 fragmentos codificados: 28 barreras · 21 retos · 16 avances · 10 buenas prácticas'],
  ];

  it('agree when the deck prints the report’s counts (a group label of several stages is not compared)', async () => {
    expect(twinVersusDeck(twinBlocks(twin), await slideParagraphs(await deck(slides)), 'presentación')).toEqual([]);
  });

  it('report an overview count taken from another base and a stage slide that disagrees, by slide', async () => {
    const bad = [
      slides[0]!.map((p) => (p === '49 barreras o retos' ? '37 barreras o retos' : p)),
      ['Detección: principales hallazgos', '75 fragmentos codificados: 28 barrera · 20 reto · 16 avance · 10 buena práctica'],
    ];
    const f = twinVersusDeck(twinBlocks(twin), await slideParagraphs(await deck(bad)), 'presentación de Prueba');
    expect(f.map((x) => [x.where, x.message.split(';')[0]])).toEqual([
      ['presentación de Prueba › diapositiva 1', 'Detección: la diapositiva dice 37 barreras o retos y el informe 49'],
      ['presentación de Prueba › diapositiva 2', 'Detección: la diapositiva dice 20 retos y el informe 21'],
    ]);
  });
});
