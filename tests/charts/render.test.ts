import { mkdirSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { CHART_IDS, type ChartSpec } from '../../src/analyse/types.js';
import { chartConfig, LABEL_MAX_LINES, renderChartPng, wrapLabel } from '../../src/render/charts/index.js';
import { fixtureState, project } from '../fixtures/analyse/state.js';

const style = project.estilo;
const a = analyse(fixtureState());
const spec = (id: string) => a.chartsById[id]!;

async function pixels(png: Buffer) {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
}

/** Pixels that are neither white nor one of the fill colours: anti-aliased text and lines. */
function countDark(data: Uint8ClampedArray): number {
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100 && data[i + 2]! < 100) n++;
  return n;
}

describe('renderChartPng', () => {
  it('renders a PNG of the configured size with a white background', async () => {
    const png = await renderChartPng(spec(CHART_IDS.interviewsBySector), style);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
    const { width, height, data } = await pixels(png);
    expect([width, height]).toEqual([1200, 675]);
    expect(Array.from(data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
  });

  it('draws text: labels add dark pixels (font registered)', async () => {
    const s = spec(CHART_IDS.interviewsBySector);
    const bare: ChartSpec = { ...s, labels: s.labels.map(() => ''), showValues: false, xAxisTitle: undefined, yAxisTitle: undefined };
    const withText = countDark((await pixels(await renderChartPng({ ...s, showValues: false }, style))).data);
    const without = countDark((await pixels(await renderChartPng(bare, style))).data);
    expect(withText - without).toBeGreaterThan(1500);
  });

  it('uses the palette: the primary blue fills the bars', async () => {
    // The fixture's sectors are small and hidden (null, not plotted): draw the same chart with counts.
    const s = spec(CHART_IDS.interviewsBySector);
    expect(s.series[0]!.color).toBe('primario');
    const shown: ChartSpec = { ...s, series: s.series.map((x) => ({ ...x, values: x.values.map((_, i) => 12 + 5 * i) })) };
    const { data } = await pixels(await renderChartPng(shown, style));
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 0x00 && data[i + 1] === 0x33 && data[i + 2] === 0xa0) blue++;
    expect(blue).toBeGreaterThan(10_000);
  });

  it('is deterministic: same spec, same bytes', async () => {
    for (const id of [CHART_IDS.segmentsStageValence, CHART_IDS.victimsByYear]) {
      const x = await renderChartPng(spec(id), style);
      const y = await renderChartPng(spec(id), style);
      expect(x.equals(y)).toBe(true);
    }
  });

  it('renders every chart of the analysis and every kind', async () => {
    mkdirSync('/tmp/graficas', { recursive: true });
    for (const c of a.charts) {
      const png = await renderChartPng(c, style);
      writeFileSync(`/tmp/graficas/${c.id}.png`, png);
      expect(png.length).toBeGreaterThan(5000);
    }
    const base = spec(CHART_IDS.victimsBySexAge);
    for (const kind of ['line', 'doughnut', 'stackedBar'] as const) {
      const png = await renderChartPng({ ...base, id: `prueba-${kind}`, kind, labelColors: undefined }, style);
      writeFileSync(`/tmp/graficas/prueba-${kind}.png`, png);
      expect(countDark((await pixels(png)).data)).toBeGreaterThan(500);
    }
  });

  it('does not plot suppressed (null) values', () => {
    const cfg = chartConfig(spec(CHART_IDS.victimsByYear), style);
    expect(cfg.data.datasets[0]!.data).toEqual([null, 13, 21, null]);
    expect((cfg.options as { plugins: { title: { display: boolean } } }).plugins.title.display).toBe(false);
  });

  it('wraps long category labels', () => {
    expect(wrapLabel('Atención de largo plazo y reintegración', 21)).toEqual(['Atención de largo', 'plazo y reintegración']);
    expect(wrapLabel('Detección', 20)).toBe('Detección');
  });

  it('keeps ordinary words whole in labels, cuts very long tokens and stops at four lines', () => {
    expect(wrapLabel('Identificación de víctimas', 13)).toEqual(['Identificación', 'de víctimas']);
    const url = wrapLabel('Ver https://www.gob.mx/segob/documentos/protocolo-nacional-de-trata', 20) as string[];
    expect(url.every((l) => l.length <= 20)).toBe(true);
    const huge = wrapLabel(`Institución ${'x'.repeat(100_000)}`, 34) as string[];
    expect(huge).toHaveLength(LABEL_MAX_LINES);
    expect(huge.every((l) => l.length <= 34)).toBe(true);
    expect(huge[LABEL_MAX_LINES - 1]!.endsWith('…')).toBe(true);
  });
});
