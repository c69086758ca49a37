/** The deck on the real pipeline (data/chihuahua): load → analyse → flowcharts → buildDeck. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadState } from '../../src/load/state.js';
import { analyse } from '../../src/analyse/index.js';
import { loadStateFlowchartLayouts } from '../../src/flowcharts/index.js';
import { buildDeck, type SlideRecord } from '../../src/write/pptx/index.js';
import { chartSeries, extents, notesOf, numbered, openZip, readPart, SLIDE_CX, SLIDE_CY } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// data/chihuahua is committed sample data: the test never skips.
describe('deck of Chihuahua from the real pipeline', () => {
  it('builds with every template section, notes on every slide, shapes on the slide, charts equal to the specs', async () => {
    const data = await loadState('chihuahua', { root: ROOT });
    const analysis = analyse(data);
    const flowcharts = await loadStateFlowchartLayouts('chihuahua', { root: ROOT });
    let records: SlideRecord[] = [];
    const bytes = await buildDeck(analysis, data, flowcharts, { onSlides: (r) => { records = r; } });
    const zip = await openZip(bytes);
    const slides = numbered(zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides.length).toBe(records.length);
    const kinds = new Set(records.map((r) => r.kind));
    for (const k of ['portada', 'agenda', 'mecanismo', 'metodologia', 'estadisticas', 'etapa', 'cobertura', 'recomendaciones', 'proximos-pasos', 'cierre']) expect(kinds).toContain(k);
    // Chihuahua ships flowcharts and statistics: both parts below must be exercised, not skipped.
    expect(flowcharts.length).toBeGreaterThan(0);
    expect(kinds).toContain('flujograma');

    for (const s of slides) {
      expect((await notesOf(zip, s)).length, s).toBeGreaterThan(20);
      for (const e of extents(await readPart(zip, s))) {
        expect(e.x >= 0 && e.y >= 0 && e.x + e.cx <= SLIDE_CX && e.y + e.cy <= SLIDE_CY, `${s} ${e.where}`).toBe(true);
      }
    }

    // the victims-per-year chart embeds exactly the spec's plotted values
    const spec = analysis.chartsById['victimas-por-anio'];
    expect(spec, 'gráfica «victimas-por-anio» (¿se renombró su id?)').toBeDefined();
    expect(analysis.statistics.hasData).toBe(true);
    const charts = await Promise.all(numbered(zip, /^ppt\/charts\/chart\d+\.xml$/).map((p) => readPart(zip, p)));
    const years = charts.map(chartSeries).find((ser) => ser[0]?.categories.join() === spec!.labels.join());
    expect(years, 'la gráfica de víctimas por año no está en la presentación').toBeDefined();
    expect(years![0]!.values).toEqual(spec!.series[0]!.values.map((v, idx) => ({ idx, v })).filter((x) => x.v !== null));
  });
});
