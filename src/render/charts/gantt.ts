/**
 * The work plan's timetable as a Gantt chart: chart.js horizontal floating bars ([start, end+1)
 * in days) on @napi-rs/canvas, with the same setup, font and background as every chart
 * (./index.ts). Activities in the primary colour, products' delivery windows coloured by their
 * status, month ticks in Spanish and a dashed line at the status date.
 */
import { createCanvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, type Plugin } from 'chart.js';
import type { GanttBar, GanttSpec } from '../../analyse/programa/index.js';
import { dayNumber } from '../../analyse/programa/index.js';
import { projectRoot } from '../../config/project.js';
import { DiskCache } from '../../util/disk-cache.js';
import { MONTHS } from '../../util/format-es.js';
import { CHART_FONT, colorOf, ensureChartSetup, whiteBackground, wrapLabel, type ChartStyle } from './index.js';

/** Width of the PNG; the height grows with the number of bars. */
export function ganttSize(spec: GanttSpec, style: ChartStyle): { width: number; height: number } {
  const width = style.graficas.ancho;
  return { width, height: Math.max(360, 120 + spec.bars.length * 46) };
}

function barColor(b: GanttBar, style: ChartStyle): string {
  if (b.kind === 'actividad') return colorOf(style, 'primario');
  switch (b.state) {
    case 'entregado': return colorOf(style, 'verde');
    case 'entregado_con_retraso': return colorOf(style, 'amarillo');
    case 'atrasado':
    case 'incompleto': return colorOf(style, 'rojo');
    default: return colorOf(style, 'secundario');
  }
}

/** The data chart.js draws: one [startDay, endDay + 1) pair per bar (exported for tests). */
export function ganttData(spec: GanttSpec): { labels: string[]; ranges: [number, number][] } {
  return { labels: spec.bars.map((b) => b.label), ranges: spec.bars.map((b) => [dayNumber(b.start), dayNumber(b.end) + 1]) };
}

/** Day numbers of the first day of each month between `from` and `to`. */
function monthTicks(from: string, to: string): { day: number; label: string }[] {
  const out: { day: number; label: string }[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > to) break;
    out.push({ day: dayNumber(iso), label: `${MONTHS[m - 1]} ${y}` });
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function markerPlugin(spec: GanttSpec, style: ChartStyle, fontSize: number): Plugin {
  return {
    id: 'corte',
    afterDatasetsDraw(chart) {
      if (!spec.marker) return;
      const x = chart.scales.x!.getPixelForValue(dayNumber(spec.marker.date) + 0.5);
      const { top, bottom } = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = colorOf(style, 'rojo');
      ctx.lineWidth = 3;
      ctx.setLineDash([10, 6]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = colorOf(style, 'rojo');
      ctx.font = `700 ${fontSize}px ${CHART_FONT}`;
      ctx.textAlign = x > chart.chartArea.right - 200 ? 'right' : 'left';
      ctx.textBaseline = 'bottom';
      ctx.fillText(spec.marker.label, ctx.textAlign === 'right' ? x - 6 : x + 6, top - 4);
      ctx.restore();
    },
  };
}

export function ganttConfig(spec: GanttSpec, style: ChartStyle): ChartConfiguration {
  const { width } = ganttSize(spec, style);
  const base = Math.round(width / 55);
  const small = Math.round(base * 0.85);
  const font = (size: number, weight: 400 | 700 = 400) => ({ family: CHART_FONT, size, weight });
  const { labels, ranges } = ganttData(spec);
  const ticks = monthTicks(spec.from, spec.to);
  const tickLabels = new Map(ticks.map((t) => [t.day, t.label]));
  return {
    type: 'bar',
    data: {
      labels: labels.map((l) => wrapLabel(l, 42)),
      datasets: [{ label: 'Cronograma', data: ranges as never, backgroundColor: spec.bars.map((b) => barColor(b, style)), borderWidth: 0, barPercentage: 0.8, categoryPercentage: 0.9 }],
    },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: 1,
      indexAxis: 'y',
      layout: { padding: { top: base * 1.6, right: base, bottom: base / 2, left: base / 2 } },
      font: font(base),
      color: '#333333',
      plugins: { title: { display: false }, legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: {
          type: 'linear',
          min: dayNumber(spec.from),
          max: dayNumber(spec.to),
          grid: { color: '#D0D0D0' },
          border: { display: false },
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => { axis.ticks = ticks.map((t) => ({ value: t.day })); },
          ticks: { color: '#333333', font: font(small), autoSkip: false, maxRotation: 0, callback: (v: number | string) => tickLabels.get(Number(v)) ?? '' },
        },
        y: { grid: { display: false }, ticks: { color: '#333333', font: font(small), autoSkip: false } },
      },
    } as never,
    plugins: [whiteBackground, markerPlugin(spec, style, small)],
  } as ChartConfiguration;
}

/**
 * On-disk cache of Gantt PNGs (src/util/disk-cache.ts, folder `imagenes`): the bytes are a pure
 * function of the spec, the style and the drawing code, all in the key.
 */
const pngCache = new DiskCache({
  folder: 'imagenes',
  code: ['render/charts', 'render/text', 'analyse/programa', 'analyse/types.ts', 'util/format-es.ts'],
  packages: ['chart.js', '@kurkle/color', '@napi-rs/canvas', '@fontsource/open-sans'],
  root: projectRoot,
});

/** The timetable's PNG (from the on-disk cache when it holds it). */
export function renderGanttPng(spec: GanttSpec, style: ChartStyle): Promise<Buffer> {
  return pngCache.bytes('cronograma', 'png', [spec, style], () => drawGanttPng(spec, style));
}

/** Draws the timetable (no cache). */
export async function drawGanttPng(spec: GanttSpec, style: ChartStyle): Promise<Buffer> {
  ensureChartSetup();
  const { width, height } = ganttSize(spec, style);
  const canvas = createCanvas(width, height);
  const chart = new Chart(canvas as never, ganttConfig(spec, style));
  try {
    chart.draw();
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
