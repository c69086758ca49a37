/**
 * The deck for a CIE that is a Comisión (feminine) and for one that is a Consejo (masculine),
 * the statistics table with the suppressed counts as text, and the flowchart slides on the
 * deck's content master.
 */
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, type SlideRecord } from '../../src/write/pptx/index.js';
import { CONTENT, EMU_PER_INCH, FLOWCHART_AREA, FOOTER_Y, TITLE_BAR, TITLE_BOX } from '../../src/write/pptx/geometry.js';
import { loadStateFlowchartLayouts } from '../../src/flowcharts/index.js';
import type { FlowchartLayout } from '../../src/flowcharts/types.js';
import type { Analysis, SuppressedCount } from '../../src/analyse/types.js';
import type { StateData } from '../../src/load/types.js';
import { fixtureAnalysis, fixtureStateData, ROOT, sc, VICTIMS_BY_YEAR } from '../fixtures/pptx/analysis.js';
import { extents, notesOf, numbered, openZip, readPart, slideTitle, tables, visibleText } from './helpers.js';

const COMISION = { nombre: 'Comisión Interinstitucional para el Combate de la Trata de Personas del Estado de Chiapas', siglas: 'CICTP' };

/** The Chihuahua fixture with a Comisión as CIE (as in Chiapas). */
function comision(): { analysis: Analysis; data: StateData } {
  const analysis = fixtureAnalysis();
  analysis.meta.cie = { nombre: COMISION.nombre, siglas: COMISION.siglas, shortName: COMISION.siglas };
  const data = fixtureStateData();
  data.config.cie = { ...COMISION };
  return { analysis, data };
}

async function build(analysis: Analysis, data: StateData, flowcharts: FlowchartLayout[] = []) {
  let records: SlideRecord[] = [];
  const zip = await openZip(await buildDeck(analysis, data, flowcharts, { onSlides: (r) => { records = r; } }));
  return { zip, records, parts: numbered(zip, /^ppt\/slides\/slide\d+\.xml$/) };
}

const textOf = async (zip: JSZip, part: string) => visibleText(await readPart(zip, part)).replace(/\s+/g, ' ');

describe('article before the CIE name', () => {
  it('a Comisión: "ante la Comisión", "con la CICTP", "de la CICTP" (never "el Comisión")', async () => {
    const { analysis, data } = comision();
    const { zip, records, parts } = await build(analysis, data);
    const cover = await textOf(zip, parts[0]!);
    expect(cover).toContain(`Presentación ante la ${COMISION.nombre}`);
    const next = await textOf(zip, parts[records.findIndex((r) => r.kind === 'proximos-pasos')]!);
    expect(next).toContain('Revisar con la CICTP los hallazgos');
    expect(next).toContain('Incorporar las observaciones de la CICTP a la versión final');
    const all = (await Promise.all(parts.map((p) => textOf(zip, p)))).join('\n');
    expect(all).not.toMatch(/\b(el|del|al) (Comisión|CICTP)\b/);
    expect(await notesOf(zip, parts[0]!)).toContain(`ante la ${COMISION.nombre}`);
    expect(await readPart(zip, 'docProps/core.xml')).toContain(`Presentación ante la ${COMISION.nombre}`);
  });

  it('a Consejo: "ante el Consejo", "con el Consejo Estatal", "del Consejo Estatal"', async () => {
    const { zip, records, parts } = await build(fixtureAnalysis(), fixtureStateData());
    const cover = await textOf(zip, parts[0]!);
    expect(cover).toContain('Presentación ante el Consejo para la Prevención');
    const next = await textOf(zip, parts[records.findIndex((r) => r.kind === 'proximos-pasos')]!);
    expect(next).toContain('Revisar con el Consejo Estatal los hallazgos');
    expect(next).toContain('Incorporar las observaciones del Consejo Estatal a la versión final');
  });
});

describe('statistics table (estadisticas-tabla)', () => {
  it('prints the counts only through their text: "<5", «C», numbers, the total; a legend of the marks, the full note in the notes', async () => {
    const { zip, records, parts } = await build(fixtureAnalysis(), fixtureStateData());
    const i = records.findIndex((r) => r.kind === 'estadisticas-tabla');
    expect(i).toBe(records.findIndex((r) => r.kind === 'estadisticas') + 2); // after both chart slides
    const xml = await readPart(zip, parts[i]!);
    const [years, ages] = tables(xml);
    expect(ages).toBeUndefined(); // the age groups are on the chart slide
    expect(years![0]).toEqual(['Año', 'Víctimas']);
    expect(years!.slice(1)).toEqual([...VICTIMS_BY_YEAR.map((v) => [String(v.year), v.count.text]), ['Total', '61']]);
    expect(years!.find((r) => r[0] === '2021')).toEqual(['2021', '<5']);
    expect(years!.find((r) => r[0] === '2022')).toEqual(['2022', 'C']);
    expect(visibleText(xml)).toContain('«<5»: menos de 5, cifra omitida por confidencialidad');
    expect(visibleText(xml)).toContain('«C»: cifra suprimida para que no se deduzca de los totales');
    expect(slideTitle(xml)).toBe('Víctimas registradas por año, 2019–2023');
    const notes = await notesOf(zip, parts[i]!);
    expect(notes).toContain('Los años 2021 y 2022 aparecen como «<5» o «C»');
    expect(notes).toContain('2021, <5');
    expect(notes).toContain('Por confidencialidad, los valores entre 1 y 4 se muestran como «<5».');
    // the suppressed raw values never reach the slide
    for (const v of VICTIMS_BY_YEAR.filter((x) => x.count.suppressed)) expect(years!.flat()).not.toContain(String(v.raw));
  });

  it('with the year × sex breakdown: one column per sex and the row totals; the table fits above the footer', async () => {
    const analysis = fixtureAnalysis();
    const st = analysis.statistics;
    const cells: SuppressedCount[][] = [[sc(8), sc(null)], [sc(12), sc(5)], [sc(null), sc(0)], [sc(null, true), sc(null)], [sc(15), sc(8)]];
    st.yearBySex = {
      rows: st.byYear.map((r) => ({ key: r.key, label: r.label })),
      columns: [{ key: 'Mujer', label: 'Mujeres' }, { key: 'Hombre', label: 'Hombres' }],
      cells,
      rowTotals: st.byYear.map((r) => r.count),
      colTotals: st.bySex.map((r) => r.count),
      total: st.total,
    };
    const { zip, records, parts } = await build(analysis, fixtureStateData());
    const i = records.findIndex((r) => r.kind === 'estadisticas-tabla');
    const [years] = tables(await readPart(zip, parts[i]!));
    expect(years![0]).toEqual(['Año', 'Mujeres', 'Hombres', 'Total']);
    expect(records[i]!.title).toBe('Víctimas registradas por año y sexo, 2019–2023');
    expect(years![3]).toEqual(['2021', '<5', '0', '<5']);
    expect(years![4]).toEqual(['2022', 'C', '<5', 'C']);
    expect(years![years!.length - 1]).toEqual(['Total', '44', '17', '61']);
    for (const s of records[i]!.shapes) {
      if (s.what === 'título') continue;
      expect(s.box.y, s.what).toBeGreaterThanOrEqual(CONTENT.y - 1e-6);
      expect(s.box.y + s.box.h, s.what).toBeLessThanOrEqual(CONTENT.y + CONTENT.h + 1e-6);
    }
  });
});

describe('flowchart slides on the deck\'s content master', () => {
  let zip: JSZip;
  let records: SlideRecord[];
  let parts: string[];
  let layouts: FlowchartLayout[];
  beforeAll(async () => {
    layouts = await loadStateFlowchartLayouts('chiapas', { root: ROOT });
    const { analysis, data } = comision();
    ({ zip, records, parts } = await build(analysis, data, layouts));
  });

  it('title in the master\'s title placeholder, slide number and footer from the master', async () => {
    const idx = records.map((r, i) => (r.kind === 'flujograma' ? i : -1)).filter((i) => i >= 0);
    expect(idx.length).toBeGreaterThanOrEqual(layouts.length);
    const contentLayout = await readPart(zip, `ppt/slides/_rels/${parts[records.findIndex((r) => r.kind === 'estadisticas')]!.split('/').pop()}.rels`);
    const layoutOf = (rels: string) => /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1];
    for (const i of idx) {
      const xml = await readPart(zip, parts[i]!);
      const rels = await readPart(zip, `ppt/slides/_rels/${parts[i]!.split('/').pop()}.rels`);
      expect(layoutOf(rels), parts[i]).toBe(layoutOf(contentLayout));
      const title = slideTitle(xml);
      expect(title, parts[i]).toMatch(/^Flujograma/);
      expect(title).not.toMatch(/…$/); // long titles go to two lines instead of being cut
      expect(title).toBe(records[i]!.title);
      expect(xml, parts[i]).toContain('type="sldNum"');
    }
  });

  it('every shape of a flowchart slide lies in the flowchart area: below the title bar, above the footer', async () => {
    expect(FLOWCHART_AREA.y).toBeGreaterThan(TITLE_BAR.h + 0.06);
    expect(FLOWCHART_AREA.y + FLOWCHART_AREA.h).toBeLessThan(FOOTER_Y);
    const E = (v: number) => Math.round(v * EMU_PER_INCH);
    let count = 0;
    let drawings = 0;
    for (const [i, r] of records.entries()) {
      if (r.kind !== 'flujograma') continue;
      for (const e of extents(await readPart(zip, parts[i]!))) {
        // the title and slide-number placeholders sit in the master's title bar and footer
        if (e.x === E(TITLE_BOX.x) && e.y === E(TITLE_BOX.y) && e.cy === E(TITLE_BOX.h)) continue;
        if (/^Slide Number/.test(e.where)) {
          expect(e.y, `${parts[i]} número de diapositiva`).toBeGreaterThanOrEqual(E(FOOTER_Y));
          continue;
        }
        count++;
        const where = `${parts[i]} ${e.where}`;
        expect(e.x, where).toBeGreaterThanOrEqual(E(FLOWCHART_AREA.x) - 1);
        expect(e.y, where).toBeGreaterThanOrEqual(E(FLOWCHART_AREA.y) - 1);
        expect(e.x + e.cx, where).toBeLessThanOrEqual(E(FLOWCHART_AREA.x + FLOWCHART_AREA.w) + 1);
        expect(e.y + e.cy, where).toBeLessThanOrEqual(E(FLOWCHART_AREA.y + FLOWCHART_AREA.h) + 1);
      }
      // what the flowchart module reported: title, version line and drawing, none overlapping
      const body = r.shapes.filter((s) => s.what !== 'título');
      expect(body.length, r.title).toBeGreaterThan(0);
      for (const s of body) {
        expect(s.box.y, s.what).toBeGreaterThanOrEqual(FLOWCHART_AREA.y - 1e-6);
        expect(s.box.y + s.box.h, s.what).toBeLessThanOrEqual(FLOWCHART_AREA.y + FLOWCHART_AREA.h + 1e-3);
      }
      // the route (overview of stages, or the table of steps) sits under the version line
      const meta = body.find((s) => s.what === 'versión y estatus');
      const route = body.filter((s) => /^(etapa|institución|pasos|paso|texto del paso|encabezado) ?/.test(s.what));
      if (meta && route.length) {
        drawings++;
        for (const part of route) expect(part.box.y, part.what).toBeGreaterThanOrEqual(meta.box.y + meta.box.h - 1e-6);
      }
    }
    // not vacuous: a renamed shape («versión y estatus», «etapa n», «paso n») must fail here
    expect(drawings).toBeGreaterThan(0);
    expect(count).toBeGreaterThan(200);
  });
});
