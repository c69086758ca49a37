/**
 * ChartSpec → native, editable PowerPoint chart (data embedded in the chart's workbook).
 * The report draws the very same specs as PNG, so a figure cannot differ between the two.
 * A null value (a suppressed small count) is not plotted; the chart XML and the workbook get
 * an empty point, which the package post-processor removes altogether (see package.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import { SERIES_COLORS, type ChartSpec } from '../../analyse/types.js';
import type { Box } from './geometry.js';
import type { DeckContext } from './context.js';
import { addText, registerShape, type SlideHandle } from './primitives.js';
import { heightNeeded } from './text-fit.js';
import { UserError } from '../../util/errors.js';

const HORIZONTAL = new Set(['horizontalBar', 'stackedHorizontalBar']);

function chartType(pptx: PptxGenJS, spec: ChartSpec): PptxGenJS.CHART_NAME {
  if (spec.kind === 'line') return pptx.ChartType.line;
  if (spec.kind === 'doughnut') return pptx.ChartType.doughnut;
  return pptx.ChartType.bar;
}

/** True when the spec has at least one plotted (non-null, non-zero) value. */
export function hasPlottableData(spec: ChartSpec | undefined): spec is ChartSpec {
  return !!spec && !spec.empty && spec.series.some((s) => s.values.some((v) => v !== null && v !== 0));
}

/**
 * Data in pptxgenjs' shape. Horizontal bars are drawn bottom-up by PowerPoint, so their
 * categories are reversed to read top-down in the spec's order.
 */
export function chartData(spec: ChartSpec): { name: string; labels: string[]; values: (number | null)[] }[] {
  const rev = HORIZONTAL.has(spec.kind);
  const labels = rev ? [...spec.labels].reverse() : [...spec.labels];
  return spec.series.map((s) => ({
    name: s.name,
    labels,
    values: rev ? [...s.values].reverse() : [...s.values],
  }));
}

export function addNativeChart(h: SlideHandle, spec: ChartSpec, box: Box, opts: { fontSize?: number; legend?: boolean } = {}): void {
  const ctx: DeckContext = h.ctx;
  const { pptx } = ctx;
  const colors = ctx.style.colors;
  const fontSize = Math.max(12, opts.fontSize ?? 14);
  const small = Math.max(12, fontSize - 1);
  const seriesColors = spec.series.map((s, i) => colors[s.color ?? SERIES_COLORS[i % SERIES_COLORS.length]!]);
  const sliceColors = spec.labels.map((_, i) => colors[spec.labelColors?.[i] ?? SERIES_COLORS[i % SERIES_COLORS.length]!]);
  // one series with a colour per category (e.g. sex vs age band): per-point colours
  const pointColors = spec.series.length === 1 && spec.labelColors?.length ? (HORIZONTAL.has(spec.kind) ? [...sliceColors].reverse() : sliceColors) : undefined;
  const stacked = spec.kind === 'stackedBar' || spec.kind === 'stackedHorizontalBar';
  const points = spec.labels.length;
  const showValues = spec.showValues ?? (spec.kind !== 'line' && points * spec.series.length <= 24);
  const multi = spec.series.length > 1;
  const font = ctx.style.font;

  const common: PptxGenJS.IChartOpts = {
    ...box,
    altText: spec.alt,
    objectName: `Gráfica: ${spec.title}`,
    chartColors: spec.kind === 'doughnut' ? sliceColors : (pointColors ?? seriesColors),
    showTitle: false,
    showLegend: opts.legend ?? (multi || spec.kind === 'doughnut'),
    legendPos: spec.kind === 'doughnut' ? 'r' : 'b',
    legendFontFace: font,
    legendFontSize: fontSize,
    legendColor: ctx.style.text,
    displayBlanksAs: 'gap',
    dataLabelFontFace: font,
    dataLabelFontSize: small,
    dataLabelColor: stacked ? 'FFFFFF' : ctx.style.text,
    dataLabelFormatCode: '#,##0',
    showValue: showValues,
    lang: 'es-MX',
  };

  if (spec.kind === 'doughnut') {
    registerShape(h, box, `gráfica ${spec.id}`);
    h.slide.addChart(chartType(pptx, spec), chartData(spec), {
      ...common,
      holeSize: 55,
      showPercent: true,
      showValue: false,
      dataLabelColor: 'FFFFFF',
      dataLabelFormatCode: '0%',
    });
    return;
  }

  const axisCommon: PptxGenJS.IChartOpts = {
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: fontSize,
    catAxisLabelColor: ctx.style.text,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: small,
    valAxisLabelColor: colors.gris,
    valAxisLabelFormatCode: '#,##0',
    valGridLine: { color: 'D9D9D9', size: 0.5 },
    catGridLine: { style: 'none' },
    valAxisMinVal: 0,
    ...(spec.xAxisTitle ? { showCatAxisTitle: true, catAxisTitle: spec.xAxisTitle, catAxisTitleFontFace: font, catAxisTitleFontSize: small, catAxisTitleColor: colors.gris } : {}),
    ...(spec.yAxisTitle ? { showValAxisTitle: true, valAxisTitle: spec.yAxisTitle, valAxisTitleFontFace: font, valAxisTitleFontSize: small, valAxisTitleColor: colors.gris } : {}),
  };

  registerShape(h, box, `gráfica ${spec.id}`);
  if (spec.kind === 'line') {
    h.slide.addChart(chartType(pptx, spec), chartData(spec), {
      ...common,
      ...axisCommon,
      lineSize: 3,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 8,
      dataLabelPosition: 't',
    });
    return;
  }
  h.slide.addChart(chartType(pptx, spec), chartData(spec), {
    ...common,
    ...axisCommon,
    barDir: HORIZONTAL.has(spec.kind) ? 'bar' : 'col',
    barGrouping: stacked ? 'stacked' : 'clustered',
    barGapWidthPct: 60,
    ...(stacked ? { barOverlapPct: 100, dataLabelPosition: 'ctr' } : { dataLabelPosition: 'outEnd' }),
  });
}

/** A chart by id, or a Spanish error pointing at the template entry that names it. */
export function chartById(ctx: DeckContext, id: string, field: string): ChartSpec {
  const spec = ctx.analysis.chartsById[id];
  if (!spec) {
    throw new UserError('la plantilla de la presentación nombra una gráfica que no existe', [{
      file: ctx.templateFile,
      field,
      message: `gráfica desconocida «${id}»; disponibles: ${Object.keys(ctx.analysis.chartsById).join(', ')}`,
    }]);
  }
  return spec;
}

/**
 * A chart with its caption underneath: the note (e.g. suppression) and the source, fitted to
 * the space left. Returns the caption text (for the notes).
 */
export function addChartPanel(h: SlideHandle, spec: ChartSpec, box: Box, opts: { captionLines?: number; fontSize?: number; heading?: boolean } = {}): string {
  const caption = [spec.note, spec.source].filter(Boolean).join(' ');
  // the caption is never cut: its height is what its lines need at 12 pt
  const capH = caption ? Math.min(1.5, heightNeeded(caption, box.w, 12)) : 0;
  let top = box.y;
  if (opts.heading) {
    addText(h, spec.title, { x: box.x, y: top, w: box.w, h: 0.45 }, { min: 14, max: 18, bold: true, maxLines: 1 }, { color: h.ctx.style.colors.primario, name: `título de ${spec.id}`, secondary: true });
    top += 0.5;
  }
  const chartBox: Box = { x: box.x, y: top, w: box.w, h: box.y + box.h - top - capH - 0.05 };
  addNativeChart(h, spec, chartBox, { ...(opts.fontSize ? { fontSize: opts.fontSize } : {}) });
  addText(h, caption, { x: box.x, y: chartBox.y + chartBox.h + 0.05, w: box.w, h: capH }, { min: 12, max: 12 }, { color: h.ctx.style.colors.gris, name: `nota y fuente de ${spec.id}`, secondary: true });
  return caption;
}
