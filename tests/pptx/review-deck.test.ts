/** The deck review (`src/review/deck.ts`): one planted defect of each kind is reported, a clean slide is not. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { CHAR_BUDGET, reviewDeck } from '../../src/review/deck.js';
import type { Finding } from '../../src/review/types.js';
import { loadState } from '../../src/load/state.js';
import { analyse } from '../../src/analyse/index.js';
import { loadStateFlowchartLayouts } from '../../src/flowcharts/index.js';
import { buildDeck } from '../../src/write/pptx/index.js';
import { buildFlowchartDeck, stateInfo } from '../../src/pipeline/products/flujogramas.js';
import { loadProjectConfig } from '../../src/config/project.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const FONT = 'Open Sans';

/** A deck of one slide per defect (and a clean first slide); `patch` edits slide XML afterwards. */
async function deck(add: (pptx: PptxGenJS) => void, patch?: (slide: number, xml: string) => string): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  add(pptx);
  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  if (!patch) return raw;
  const zip = await JSZip.loadAsync(raw);
  for (const name of Object.keys(zip.files)) {
    const m = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name);
    if (m) zip.file(name, patch(Number(m[1]), await zip.file(name)!.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

const clean = (pptx: PptxGenJS) => {
  const s = pptx.addSlide();
  s.addText('Hallazgos de la etapa de detección', { x: 0.5, y: 0.3, w: 12, h: 0.8, fontFace: FONT, fontSize: 28, bold: true });
  s.addText('La capacitación llega a pocas personas del primer contacto.', { x: 0.5, y: 1.5, w: 12, h: 1.0, fontFace: FONT, fontSize: 20 });
  s.addText('Fuente: entrevistas del diagnóstico, 2026.', { x: 0.5, y: 6.6, w: 12, h: 0.5, fontFace: FONT, fontSize: 12, objectName: 'Nota · fuente' });
};

const rules = (fs: Finding[], slide: number) => fs.filter((f) => f.where.includes(`diapositiva ${slide}`)).map((f) => f.rule);

describe('reviewDeck', () => {
  it('a clean slide has no findings (secondary text at 12 pt is allowed)', async () => {
    const fs = await reviewDeck(await deck(clean), 'prueba');
    expect(fs).toEqual([]);
  });

  it('reports a run under 12 pt (deck.font-min), with the slide and the size in Spanish', async () => {
    const fs = await reviewDeck(await deck((p) => {
      clean(p);
      p.addSlide().addText('Fuente: SESNSP.', { x: 0.5, y: 6.5, w: 6, h: 0.5, fontFace: FONT, fontSize: 10, objectName: 'Nota · fuente' });
    }), 'prueba');
    expect(rules(fs, 2)).toEqual(['deck.font-min']);
    expect(fs[0]!.where).toBe('prueba, diapositiva 2');
    expect(fs[0]!.message).toContain('10 pt');
    expect(fs[0]!.severity).toBe('error');
  });

  it('reads sizes a run inherits: the shape\'s autofit scale and its list style', async () => {
    const fs = await reviewDeck(await deck((p) => {
      clean(p);
      p.addSlide().addText('Texto reducido por autoajuste', { x: 0.5, y: 1.5, w: 8, h: 1, fontFace: FONT, fontSize: 20, objectName: 'Nota · escalado' });
      p.addSlide().addText('Texto sin tamaño propio', { x: 0.5, y: 1.5, w: 8, h: 1, fontFace: FONT, fontSize: 20, objectName: 'Nota · heredado' });
    }, (n, xml) => {
      if (n === 2) return xml.replace(/<a:bodyPr([^>]*)>/, '<a:bodyPr$1><a:normAutofit fontScale="50000"/>').replace(/<a:bodyPr([^>]*)\/>/, '<a:bodyPr$1><a:normAutofit fontScale="50000"/></a:bodyPr>');
      if (n === 3) return xml.replace(/ sz="2000"/g, '').replace('<a:lstStyle/>', '<a:lstStyle><a:lvl1pPr><a:defRPr sz="900"/></a:lvl1pPr></a:lstStyle>');
      return xml;
    }), 'prueba');
    expect(rules(fs, 2)).toEqual(['deck.font-min']);
    expect(fs.find((f) => f.where.includes('diapositiva 2'))!.message).toContain('10 pt');
    expect(rules(fs, 3)).toEqual(['deck.font-min']);
    expect(fs.find((f) => f.where.includes('diapositiva 3'))!.message).toContain('9 pt');
  });

  it('reports body text under 18 pt (deck.body-min) but not a secondary text at 14 pt', async () => {
    const fs = await reviewDeck(await deck((p) => {
      clean(p);
      const s = p.addSlide();
      s.addText('La canalización depende de contactos personales.', { x: 0.5, y: 1.5, w: 12, h: 1, fontFace: FONT, fontSize: 14 });
      s.addText('Fuente: entrevistas.', { x: 0.5, y: 6.5, w: 12, h: 0.5, fontFace: FONT, fontSize: 14, objectName: 'Nota · fuente' });
    }), 'prueba');
    expect(rules(fs, 2)).toEqual(['deck.body-min']);
    expect(fs[0]!.message).toContain('14 pt');
  });

  it(`reports a slide with more than ${CHAR_BUDGET} characters (deck.char-budget)`, async () => {
    const long = 'La ruta de atención se interrumpe cuando la víctima no denuncia. '.repeat(11);
    const fs = await reviewDeck(await deck((p) => {
      clean(p);
      p.addSlide().addText(long, { x: 0.3, y: 0.3, w: 12.7, h: 6.8, fontFace: FONT, fontSize: 18 });
    }), 'prueba');
    expect(long.length).toBeGreaterThan(CHAR_BUDGET);
    expect(rules(fs, 2)).toEqual(['deck.char-budget']);
  });

  it('reports text that does not fit its box, a box outside the slide and text cut with «…» (deck.overflow)', async () => {
    const fs = await reviewDeck(await deck((p) => {
      clean(p);
      p.addSlide().addText('Comisión Ejecutiva Estatal de Atención a Víctimas y Procuraduría de Protección de Niñas, Niños y Adolescentes', { x: 0.5, y: 1.5, w: 3, h: 0.6, fontFace: FONT, fontSize: 20 });
      p.addSlide().addText('Secretaría de Salud', { x: 11, y: 1.5, w: 3, h: 0.6, fontFace: FONT, fontSize: 20 });
      p.addSlide().addText('Consejo Estatal para la Prevención…', { x: 0.5, y: 1.5, w: 10, h: 0.8, fontFace: FONT, fontSize: 20 });
    }), 'prueba');
    expect(rules(fs, 2)).toEqual(['deck.overflow']);
    expect(fs.find((f) => f.where.includes('diapositiva 2'))!.message).toMatch(/alto|ancho/);
    expect(rules(fs, 3)).toEqual(['deck.overflow']);
    expect(fs.find((f) => f.where.includes('diapositiva 3'))!.message).toContain('fuera de la diapositiva');
    expect(rules(fs, 4)).toEqual(['deck.overflow']);
    expect(fs.find((f) => f.where.includes('diapositiva 4'))!.message).toContain('cortado');
  });

  it('reports production notes and file names on a slide (deck.production-note), not in the notes', async () => {
    const fs = await reviewDeck(await deck((p) => {
      clean(p);
      const a = p.addSlide();
      a.addText('Versión 0.2 · Imagen; los pasos siguen en una tabla editable', { x: 0.5, y: 1.5, w: 12, h: 0.8, fontFace: FONT, fontSize: 18 });
      const b = p.addSlide();
      b.addText('El detalle está en diagnostico-chiapas.docx', { x: 0.5, y: 1.5, w: 12, h: 0.8, fontFace: FONT, fontSize: 18 });
      b.addNotes('Archivo: flujogramas-chiapas.pptx (solo en las notas: permitido).');
    }), 'prueba');
    expect(rules(fs, 2)).toEqual(['deck.production-note', 'deck.production-note']);
    expect(rules(fs, 3)).toEqual(['deck.production-note']);
    expect(fs.find((f) => f.where.includes('diapositiva 3'))!.message).toContain('diagnostico-chiapas.docx');
  });

  it('reports small text in an embedded chart and in a table cell', async () => {
    const fs = await reviewDeck(await deck((p) => {
      clean(p);
      p.addSlide().addChart(p.ChartType.bar, [{ name: 'Víctimas', labels: ['2023', '2024'], values: [10, 12] }], { x: 0.5, y: 1.5, w: 8, h: 4, catAxisLabelFontSize: 9, valAxisLabelFontSize: 12, dataLabelFontSize: 12 });
      p.addSlide().addTable([[{ text: 'Año' }, { text: 'Total' }], [{ text: '2024' }, { text: '12' }]], { x: 0.5, y: 1.5, w: 6, fontFace: FONT, fontSize: 10 });
    }), 'prueba');
    expect(rules(fs, 2)).toContain('deck.font-min');
    expect(rules(fs, 3).every((r) => r === 'deck.font-min')).toBe(true);
    expect(rules(fs, 3).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!existsSync(path.join(ROOT, 'data', 'chiapas', 'estado.yaml')))('the real decks pass the review', () => {
  for (const slug of ['chiapas', 'chihuahua']) {
    it(`${slug}: the CIE deck and the flowcharts' workshop deck have no findings`, async () => {
      const data = await loadState(slug, { root: ROOT });
      const layouts = await loadStateFlowchartLayouts(slug, { root: ROOT });
      const deckBytes = await buildDeck(analyse(data), data, layouts);
      expect(await reviewDeck(deckBytes, `presentación de ${slug}`)).toEqual([]);
      const workshop = await buildFlowchartDeck(layouts, stateInfo(slug, ROOT), loadProjectConfig(ROOT));
      expect(await reviewDeck(workshop, `flujogramas de ${slug}`)).toEqual([]);
    }, 120_000);
  }
});
