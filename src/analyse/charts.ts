/**
 * Chart specifications. The same `ChartSpec` feeds the DOCX (PNG, src/render/charts) and the
 * PPTX (native chart), so a figure can never differ between them. Victims' counts come
 * suppressed (null = not plotted).
 */
import { STAGES, VALENCES, type Stage } from '../schemas/vocabularies.js';
import { formatNumber, plural } from '../util/format-es.js';
import { CHART_IDS, type ChartKind, type ChartSeries, type ChartSpec, type ColorName, type CountMatrix, type CountRow, type SuppressedRow } from './types.js';
import type { Analysis } from './types.js';

const KIND_NAME: Record<ChartKind, string> = {
  bar: 'Gráfica de barras',
  horizontalBar: 'Gráfica de barras horizontales',
  stackedBar: 'Gráfica de barras apiladas',
  stackedHorizontalBar: 'Gráfica de barras horizontales apiladas',
  line: 'Gráfica de líneas',
  doughnut: 'Gráfica de anillo',
};

export const VALENCE_COLORS: Record<keyof typeof VALENCES, ColorName> = { barrera: 'rojo', reto: 'amarillo', avance: 'verde', buena_practica: 'primario' };
export const PRIORITY_COLORS: Record<string, ColorName> = { alta: 'primario', media: 'secundario', baja: 'tinte_claro' };
export const LEVEL_COLORS: Record<string, ColorName> = { internacional: 'verde', federal: 'primario', estatal: 'secundario', municipal: 'amarillo' };
export const USE_COLORS: Record<string, ColorName> = { si: 'primario', parcial: 'secundario', no: 'tinte_claro' };
export const SEX_COLORS: Record<string, ColorName> = { Mujer: 'primario', Hombre: 'secundario', 'No identificado': 'gris' };

const value = (v: number | null) => (v === null ? 'omitido por confidencialidad' : formatNumber(v));

/** Spanish alt text that states every plotted value. */
export function altText(kind: ChartKind, subject: string, labels: string[], series: ChartSeries[]): string {
  const head = `${KIND_NAME[kind]} ${subject}.`;
  if (labels.length === 0) return `${head} No hay datos.`;
  if (series.length === 1) {
    return `${head} ${labels.map((l, i) => `${l}: ${value(series[0]!.values[i] ?? null)}`).join('; ')}.`;
  }
  return `${head} ${labels
    .map((l, i) => `${l}: ${series.map((s) => `${s.name.toLowerCase()}, ${value(s.values[i] ?? null)}`).join('; ')}`)
    .join('. ')}.`;
}

const isEmpty = (series: ChartSeries[]) => series.every((s) => s.values.every((v) => v === null || v === 0));

function spec(s: Omit<ChartSpec, 'alt' | 'empty'> & { subject: string }): ChartSpec {
  const { subject, ...rest } = s;
  const out: ChartSpec = { ...rest, alt: altText(s.kind, subject, s.labels, s.series) };
  if (isEmpty(s.series)) out.empty = true;
  return out;
}

const one = (name: string, rows: CountRow[], color: ColorName = 'primario'): ChartSeries[] => [{ name, values: rows.map((r) => (r.suppressed ? null : r.n)), color }];

/** Matrix columns as series (dropping all-zero series), rows as labels. */
function matrixSeries(m: CountMatrix, colors: Record<string, ColorName>, rowFilter: (r: CountMatrix['rows'][number]) => boolean = () => true) {
  const rows = m.rows.filter(rowFilter);
  const series: ChartSeries[] = m.columns
    .map((c, j) => ({ name: c.label, values: rows.map((r) => r.values[j] ?? 0), ...(colors[c.key] ? { color: colors[c.key]! } : {}) }))
    .filter((s, j) => m.colTotals[j]! > 0 || m.total === 0);
  return { labels: rows.map((r) => r.label), series };
}

const suppressedValues = (rows: SuppressedRow[]) => rows.map((r) => r.count.value);

/** The parts of the Analysis the charts are drawn from. */
export type ChartInputs = Pick<Analysis, 'interviews' | 'segments' | 'coverage' | 'statistics' | 'organisations' | 'recommendations'>;

export function buildCharts(a: ChartInputs): ChartSpec[] {
  const { interviews: iv, segments: sg, coverage: cov, statistics: st, organisations: org, recommendations: rec } = a;
  const charts: ChartSpec[] = [];

  charts.push(
    spec({
      id: CHART_IDS.interviewsBySector,
      kind: 'horizontalBar',
      chapter: 'metodologia',
      title: 'Entrevistas por sector',
      caption: 'Entrevistas realizadas por sector de la institución',
      subject: 'con el número de entrevistas por sector',
      source: `Fuente: elaboración propia con base en las entrevistas realizadas ${iv.period.text}.`,
      labels: iv.bySector.map((r) => r.label),
      series: one('Entrevistas', iv.bySector),
      ...(iv.bySector.some((r) => r.suppressed)
        ? { note: `Para no identificar a las personas entrevistadas, no se grafican los sectores con menos de ${formatNumber(iv.countThreshold)} entrevistas ni los que permitirían deducirlos.` }
        : {}),
      xAxisTitle: 'Sector',
      yAxisTitle: 'Número de entrevistas',
      showValues: true,
    }),
  );

  const sv = matrixSeries(sg.stageByValence, VALENCE_COLORS, (r) => r.total > 0);
  charts.push(
    spec({
      id: CHART_IDS.segmentsStageValence,
      kind: 'stackedHorizontalBar',
      chapter: 'hallazgos',
      title: 'Hallazgos por etapa y tipo',
      caption: 'Fragmentos codificados por etapa del mecanismo y tipo de hallazgo',
      subject: 'con el número de fragmentos codificados por etapa y tipo de hallazgo',
      source: `Fuente: elaboración propia con base en la codificación de ${plural(iv.total, 'entrevista')} (corte: ${iv.cutDateText}).`,
      ...sv,
      xAxisTitle: 'Etapa',
      yAxisTitle: 'Número de fragmentos',
      showValues: true,
    }),
  );

  const statSource = `Fuente: elaboración propia con base en ${st.source}, con corte al ${st.cutDateText}.`;
  const yearValues = suppressedValues(st.byYear);
  charts.push(
    spec({
      id: CHART_IDS.victimsByYear,
      kind: 'bar',
      chapter: 'contexto-estadistico',
      title: 'Víctimas de trata de personas por año',
      caption: `Víctimas de trata de personas registradas por año${st.periodText ? `, ${st.periodText}` : ''}`,
      subject: 'con el número de víctimas de trata de personas registradas por año',
      source: statSource,
      labels: st.byYear.map((r) => r.label),
      series: [{ name: 'Víctimas', values: yearValues, color: 'primario' }],
      ...(st.byYear.some((r) => r.count.suppressed) ? { note: st.chartNote } : {}),
      xAxisTitle: 'Año',
      yAxisTitle: 'Número de víctimas',
      showValues: true,
    }),
  );

  // year × sex (grouped, not stacked: a stack with an omitted value would misstate the total)
  const ys = st.yearBySex;
  charts.push(
    spec({
      id: CHART_IDS.victimsYearSex,
      kind: 'bar',
      chapter: 'contexto-estadistico',
      title: 'Víctimas por año y sexo',
      caption: 'Víctimas de trata de personas registradas por año y sexo',
      subject: 'con el número de víctimas de trata de personas por año y sexo',
      source: statSource,
      labels: ys.rows.map((r) => r.label),
      series: ys.columns.map((c, j) => ({ name: c.label, values: ys.cells.map((row) => row[j]!.value), ...(SEX_COLORS[c.key] ? { color: SEX_COLORS[c.key]! } : {}) })),
      ...(ys.cells.flat().some((c) => c.suppressed) ? { note: st.chartNote } : {}),
      xAxisTitle: 'Año',
      yAxisTitle: 'Número de víctimas',
      showValues: false,
    }),
  );

  const sexAgeLabels = [...st.bySex.map((r) => r.label), ...st.byAgeBand.map((r) => r.label)];
  charts.push(
    spec({
      id: CHART_IDS.victimsBySexAge,
      kind: 'bar',
      chapter: 'contexto-estadistico',
      title: 'Víctimas por sexo y grupo de edad',
      caption: `Víctimas de trata de personas por sexo y por grupo de edad${st.periodText ? `, ${st.periodText}` : ''}`,
      subject: 'con el número de víctimas de trata de personas por sexo y por grupo de edad',
      source: statSource,
      labels: sexAgeLabels,
      series: [{ name: 'Víctimas', values: [...suppressedValues(st.bySex), ...suppressedValues(st.byAgeBand)], color: 'primario' }],
      labelColors: [...st.bySex.map((): ColorName => 'primario'), ...st.byAgeBand.map((): ColorName => 'verde')],
      ...([...st.bySex, ...st.byAgeBand].some((r) => r.count.suppressed) ? { note: st.chartNote } : {}),
      xAxisTitle: 'Sexo y grupo de edad',
      yAxisTitle: 'Número de víctimas',
      showValues: true,
    }),
  );

  const lv = matrixSeries(transpose(cov.normative.levelByStage), LEVEL_COLORS);
  charts.push(
    spec({
      id: CHART_IDS.normativeByStage,
      kind: 'stackedHorizontalBar',
      chapter: 'marco-normativo',
      title: 'Cobertura del marco normativo por etapa',
      caption: 'Instrumentos normativos que regulan cada etapa del mecanismo, por nivel',
      subject: 'con el número de instrumentos normativos que regulan cada etapa, por nivel',
      source: `Fuente: elaboración propia con base en la revisión del marco normativo (corte: ${cov.normative.cutDateText}).`,
      ...lv,
      xAxisTitle: 'Etapa',
      yAxisTitle: 'Número de instrumentos',
      showValues: true,
    }),
  );

  const toolSeries: ChartSeries[] = cov.tools.byUse
    .filter((u) => u.n > 0 || cov.tools.total === 0)
    .map((u) => ({
      name: `En uso: ${u.label.toLowerCase()}`,
      values: (Object.keys(STAGES) as Stage[]).map((s) => cov.tools.list.filter((t) => t.inUse === u.key && t.stages.includes(s)).length),
      ...(USE_COLORS[u.key] ? { color: USE_COLORS[u.key]! } : {}),
    }));
  charts.push(
    spec({
      id: CHART_IDS.toolsByStage,
      kind: 'stackedHorizontalBar',
      chapter: 'marco-normativo',
      title: 'Herramientas oficiales por etapa',
      caption: 'Herramientas oficiales de detección, canalización y atención por etapa y grado de uso',
      subject: 'con el número de herramientas oficiales por etapa y grado de uso',
      source: `Fuente: elaboración propia con base en la revisión de herramientas oficiales${cov.tools.cutDateText ? ` (corte: ${cov.tools.cutDateText})` : ''}.`,
      labels: Object.values(STAGES),
      series: toolSeries,
      xAxisTitle: 'Etapa',
      yAxisTitle: 'Número de herramientas',
      showValues: true,
    }),
  );

  charts.push(
    spec({
      id: CHART_IDS.organisationsByService,
      kind: 'horizontalBar',
      chapter: 'mapeo-institucional',
      title: 'Organizaciones por tipo de servicio',
      caption: 'Organizaciones que brindan cada tipo de servicio a víctimas',
      subject: 'con el número de organizaciones que brindan cada tipo de servicio',
      source: `Fuente: elaboración propia con base en el mapeo de organizaciones${org.cutDateText ? ` (corte: ${org.cutDateText})` : ''}.`,
      labels: org.byService.map((r) => r.label),
      series: one('Organizaciones', org.byService),
      note: 'Una organización puede brindar varios servicios.',
      xAxisTitle: 'Servicio',
      yAxisTitle: 'Número de organizaciones',
      showValues: true,
    }),
  );

  const pr = matrixSeries(transpose(rec.priorityByStage), PRIORITY_COLORS, (r) => r.total > 0);
  charts.push(
    spec({
      id: CHART_IDS.recommendationsPriorityStage,
      kind: 'stackedHorizontalBar',
      chapter: 'recomendaciones',
      title: 'Recomendaciones por etapa y prioridad',
      caption: 'Recomendaciones por etapa del mecanismo y prioridad',
      subject: 'con el número de recomendaciones por etapa y prioridad',
      source: 'Fuente: elaboración propia con base en los hallazgos del diagnóstico.',
      ...pr,
      xAxisTitle: 'Etapa',
      yAxisTitle: 'Número de recomendaciones',
      showValues: true,
    }),
  );

  return charts;
}

/** Swaps rows and columns of a count matrix (percentages recomputed). */
function transpose(m: CountMatrix): CountMatrix {
  const rows = m.columns;
  const columns = m.rows.map((r) => ({ key: r.key, label: r.label }));
  const grid = rows.map((_, j) => m.rows.map((r) => r.values[j] ?? 0));
  const colTotals = m.rows.map((r) => r.total);
  return {
    columns,
    colTotals,
    total: m.total,
    rows: rows.map((r, i) => {
      const values = grid[i]!;
      const total = values.reduce((x, y) => x + y, 0);
      return { key: r.key, label: r.label, values, total, pctOfRow: [], pctOfRowText: [], pctOfTotal: [], pctOfTotalText: [] };
    }),
  };
}
