/**
 * ChartSpec → PNG with chart.js 4 drawn directly on @napi-rs/canvas.
 *
 * - The shipped Open Sans is registered first (`render/text`: without a registered font
 *   @napi-rs/canvas draws no text at all, and a private family name keeps an installed Open
 *   Sans from standing in), so the PNG is identical from machine to machine.
 * - No title inside the image (the DOCX caption carries it); legend when there is more than
 *   one series (or a doughnut); es-MX numbers on axes and value labels; white background.
 * - Deterministic: no animation, devicePixelRatio 1, fixed size → same spec, same bytes.
 */
import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import { projectRoot, type ProjectConfig } from '../../config/project.js';
import { SERIES_COLORS, type ChartSpec, type ColorName } from '../../analyse/types.js';
import { formatNumber } from '../../util/format-es.js';
import { DiskCache } from '../../util/disk-cache.js';
import { CANVAS_FAMILIES, characterCount, registerFonts, words, wrapWords } from '../text/index.js';

export type ChartStyle = ProjectConfig['estilo'];

/** The families chart.js draws with: the shipped Open Sans under its private names. */
export const CHART_FONT = CANVAS_FAMILIES;

let ready = false;

/** Registers chart.js components and the fonts once. */
export function ensureChartSetup(): void {
  if (ready) return;
  Chart.register(...registerables);
  registerFonts();
  ready = true;
}

/** Pixel size of a chart's PNG (the DOCX writer scales it to the text width). */
export function chartSize(_spec: ChartSpec, style: ChartStyle): { width: number; height: number } {
  return { width: style.graficas.ancho, height: style.graficas.alto };
}

export function colorOf(style: ChartStyle, name: ColorName): string {
  return `#${style.colores[name]}`;
}

/** Black or white text, whichever reads better on `hex`. */
function textOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const lum = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return lum > 0.6 ? '#1A1A1A' : '#FFFFFF';
}

/** Words longer than this (characters) are cut in a chart label; shorter ones stay whole. */
const LABEL_LONG_WORD = 30;
/** Lines of a chart label at most (the last one ends with "…" when the label is longer). */
export const LABEL_MAX_LINES = 4;

/**
 * Splits a long category label into lines of at most `max` characters (a word up to
 * `LABEL_LONG_WORD` characters stays whole), at most `LABEL_MAX_LINES` of them.
 */
export function wrapLabel(label: string, max: number): string | string[] {
  if (label.length <= max) return label;
  const { lines } = wrapWords(words(label), max, characterCount, { keepWordsUpTo: Math.max(max, LABEL_LONG_WORD) });
  if (lines.length <= LABEL_MAX_LINES) return lines;
  const kept = lines.slice(0, LABEL_MAX_LINES);
  kept[LABEL_MAX_LINES - 1] = `${kept[LABEL_MAX_LINES - 1]!.slice(0, Math.max(1, max - 1))}…`;
  return kept;
}

export const whiteBackground: Plugin = {
  id: 'fondoBlanco',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Draws es-MX value labels: at the end of plain bars, centred in stacked segments, on doughnut slices. */
function valueLabels(spec: ChartSpec, fontSize: number): Plugin {
  const stacked = spec.kind === 'stackedBar' || spec.kind === 'stackedHorizontalBar';
  const horizontal = spec.kind === 'horizontalBar' || spec.kind === 'stackedHorizontalBar';
  return {
    id: 'valores',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `700 ${fontSize}px ${CHART_FONT}`;
      chart.data.datasets.forEach((ds, di) => {
        const meta = chart.getDatasetMeta(di);
        if (meta.hidden) return;
        meta.data.forEach((el, i) => {
          const v = ds.data[i] as number | null | undefined;
          if (v === null || v === undefined || v === 0) return;
          const text = formatNumber(v);
          const bg = Array.isArray(ds.backgroundColor) ? (ds.backgroundColor[i] as string) : (ds.backgroundColor as string);
          const props = el.getProps(['x', 'y', 'base', 'width', 'height'], true) as { x: number; y: number; base: number; width: number; height: number };
          const w = ctx.measureText(text).width;
          if (spec.kind === 'doughnut') {
            const p = el.tooltipPosition(true);
            ctx.fillStyle = textOn(bg);
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, p.x ?? 0, p.y ?? 0);
            return;
          }
          if (stacked) {
            const size = horizontal ? Math.abs(props.x - props.base) : Math.abs(props.base - props.y);
            const thickness = horizontal ? props.height : props.width;
            if (size < w + 8 || thickness < fontSize) return; // does not fit: leave it to the axis
            ctx.fillStyle = textOn(bg);
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            if (horizontal) ctx.fillText(text, (props.x + props.base) / 2, props.y);
            else ctx.fillText(text, props.x, (props.y + props.base) / 2);
            return;
          }
          ctx.fillStyle = '#1A1A1A';
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, props.x + 6, props.y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(text, props.x, props.y - 4);
          }
        });
      });
      ctx.restore();
    },
  };
}

/** The chart.js configuration for a spec (exported for tests and debugging). */
export function chartConfig(spec: ChartSpec, style: ChartStyle): ChartConfiguration {
  const { width } = chartSize(spec, style);
  const base = Math.round(width / 55); // 1200 px → 22 px: ~11 pt once scaled to a letter page's text width
  const small = Math.round(base * 0.9);
  const text = '#333333';
  const grid = '#E0E0E0';
  const font = (size: number, weight: 400 | 700 = 400) => ({ family: CHART_FONT, size, weight });
  const horizontal = spec.kind === 'horizontalBar' || spec.kind === 'stackedHorizontalBar';
  const stacked = spec.kind === 'stackedBar' || spec.kind === 'stackedHorizontalBar';
  const doughnut = spec.kind === 'doughnut';
  const type = doughnut ? 'doughnut' : spec.kind === 'line' ? 'line' : 'bar';
  const seriesColor = (i: number) => colorOf(style, spec.series[i]?.color ?? SERIES_COLORS[i % SERIES_COLORS.length]!);
  const perLabel = spec.labelColors?.map((c) => colorOf(style, c));
  const showValues = spec.showValues ?? (spec.kind !== 'line' && spec.labels.length * spec.series.length <= 30);

  const datasets = spec.series.map((s, i) => {
    const color = seriesColor(i);
    if (doughnut) {
      const colors = spec.labels.map((_, j) => perLabel?.[j] ?? colorOf(style, SERIES_COLORS[j % SERIES_COLORS.length]!));
      return { label: s.name, data: s.values, backgroundColor: colors, borderColor: '#FFFFFF', borderWidth: 2 };
    }
    if (type === 'line') {
      return { label: s.name, data: s.values, borderColor: color, backgroundColor: color, borderWidth: 4, pointRadius: 6, spanGaps: false, tension: 0 };
    }
    const bg = spec.series.length === 1 && perLabel ? spec.labels.map((_, j) => perLabel[j] ?? color) : color;
    return { label: s.name, data: s.values, backgroundColor: bg, borderWidth: 0, maxBarThickness: 80 };
  });

  const wrapAt = horizontal ? 34 : Math.max(10, Math.floor(90 / Math.max(1, spec.labels.length)) + 6);
  const labels = doughnut ? spec.labels : spec.labels.map((l) => wrapLabel(l, wrapAt));
  const axisTitle = (t: string | undefined) => (t ? { display: true, text: t, color: text, font: font(small, 700) } : { display: false });
  const categoryAxis = {
    stacked,
    grid: { display: false },
    ticks: { color: text, font: font(small), autoSkip: false, maxRotation: horizontal ? 0 : 45 },
    title: axisTitle(horizontal ? undefined : spec.xAxisTitle),
  };
  const valueAxis = {
    stacked,
    beginAtZero: true,
    grace: showValues && !stacked ? '8%' : 0,
    grid: { color: grid },
    border: { display: false },
    ticks: { color: text, font: font(small), precision: 0, callback: (v: number | string) => formatNumber(Number(v)) },
    title: axisTitle(spec.yAxisTitle),
  };

  const legend = {
    display: doughnut || spec.series.length > 1,
    position: 'bottom' as const,
    labels: { color: text, font: font(base), boxWidth: base, boxHeight: base, padding: base },
  };

  return {
    type,
    data: { labels, datasets: datasets as never },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: 1,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: base, right: showValues && horizontal && !stacked ? base * 3 : base, bottom: base / 2, left: base / 2 } },
      font: font(base),
      color: text,
      plugins: {
        title: { display: false },
        subtitle: { display: false },
        tooltip: { enabled: false },
        legend,
      },
      ...(doughnut
        ? { cutout: '50%' }
        : { scales: horizontal ? { y: categoryAxis, x: valueAxis } : { x: categoryAxis, y: valueAxis } }),
    } as never,
    plugins: [whiteBackground, ...(showValues ? [valueLabels(spec, small)] : [])],
  } as ChartConfiguration;
}

/**
 * On-disk cache of chart PNGs (src/util/disk-cache.ts, folder `imagenes`): a chart's bytes are a pure
 * function of its spec, the style and the drawing code (this folder, the text module, the palette
 * and number formatting, chart.js, the canvas and the shipped font), all in the key.
 */
const pngCache = new DiskCache({
  folder: 'imagenes',
  code: ['render/charts', 'render/text', 'analyse/types.ts', 'util/format-es.ts'],
  packages: ['chart.js', '@kurkle/color', '@napi-rs/canvas', '@fontsource/open-sans'],
  root: projectRoot,
});

/** Renders a chart spec to PNG bytes at style.graficas.ancho × alto (from the on-disk cache when it holds them). */
export function renderChartPng(spec: ChartSpec, style: ChartStyle): Promise<Buffer> {
  return pngCache.bytes('grafica', 'png', [spec, style], () => drawChartPng(spec, style));
}

/** Draws a chart spec to PNG bytes (no cache). */
export async function drawChartPng(spec: ChartSpec, style: ChartStyle): Promise<Buffer> {
  ensureChartSetup();
  const { width, height } = chartSize(spec, style);
  const canvas = createCanvas(width, height);
  const chart = new Chart(canvas as never, chartConfig(spec, style));
  try {
    chart.draw();
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
