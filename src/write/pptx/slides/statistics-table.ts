/**
 * estadisticas-tabla: the official victims' counts as a compact native table, year by year
 * (and by sex), printed exactly as the report publishes them: only the SuppressedCount `.text`
 * values ("<5", «C» or the es-MX number), never a suppressed value. A second small table gives
 * the period's totals by age group, and the suppression note sits under the tables.
 * The charts of the `estadisticas` slide omit the suppressed years; this slide says they exist.
 */
import type { StatisticsAnalysis, SuppressedCount } from '../../../analyse/types.js';
import { formatList } from '../../../util/format-es.js';
import { CONTENT, rows, split, type Box } from '../geometry.js';
import { addNotes, addText, newSlide } from '../primitives.js';
import { paragraphs } from '../notes.js';
import { drawTable, layoutTable, type TableCell, type TableColumn, type TableLayout } from '../table.js';
import { extraNotes, titleOf, type Planner, type PlannedSlide } from './plan.js';
import type { DeckContext } from '../context.js';

const YEAR_W = 1.25;
const FIT = { min: 11, max: 16 };

interface Grid {
  columns: TableColumn[];
  body: TableCell[][];
  /** The "Total" row, kept on the last page. */
  footer: TableCell[];
}

function count(c: SuppressedCount, bold = false, fill?: string): TableCell {
  return { text: c.text, ...(bold ? { bold } : {}), ...(fill ? { fill } : {}) };
}

/** Year × sex (with the row totals) when the analysis has the breakdown; otherwise year → total. */
function yearGrid(st: StatisticsAnalysis, width: number, bySex: boolean, light: string): Grid {
  const t = st.yearBySex;
  const withSex = bySex && t.columns.length > 0 && t.rows.length === st.byYear.length;
  const valueCols = withSex ? [...t.columns.map((c) => c.label), 'Total'] : ['Víctimas'];
  const colW = Math.min(2.2, (width - YEAR_W) / valueCols.length);
  const columns: TableColumn[] = [
    { header: 'Año', width: YEAR_W },
    ...valueCols.map((header): TableColumn => ({ header, width: colW, align: 'right' })),
  ];
  const body = st.byYear.map((row, i): TableCell[] => [
    { text: row.label },
    ...(withSex ? t.cells[i]!.map((c) => count(c)) : []),
    count(row.count, withSex),
  ]);
  const footer: TableCell[] = [
    { text: 'Total', bold: true, fill: light },
    ...(withSex ? t.colTotals.map((c) => count(c, true, light)) : []),
    count(st.total, true, light),
  ];
  return { columns, body, footer };
}

function ageGrid(st: StatisticsAnalysis, width: number, light: string): Grid | undefined {
  if (!st.byAgeBand.length) return undefined;
  const valueW = 1.3;
  return {
    columns: [{ header: 'Grupo de edad', width: width - valueW, maxLines: 2 }, { header: 'Víctimas', width: valueW, align: 'right' }],
    body: st.byAgeBand.map((r) => [{ text: r.label }, count(r.count)]),
    footer: [{ text: 'Total', bold: true, fill: light }, count(st.total, true, light)],
  };
}

/** Pages of the year table: the Total row always closes the last page. */
function paginateYears(grid: Grid, maxHeight: number): { layout: TableLayout; pages: TableCell[][][] } {
  const layout = layoutTable(grid.columns, [...grid.body, grid.footer], maxHeight, FIT);
  return { layout, pages: layout.pages.map((p) => p.rows) };
}

function sourceLine(ctx: DeckContext): string {
  const st = ctx.analysis.statistics;
  const spec = ctx.analysis.chartsById['victimas-por-anio'];
  return spec?.source ?? `Fuente: ${st.source}, con corte al ${st.cutDateText}.`;
}

export const planStatisticsTable: Planner<'estadisticas-tabla'> = (entry, ctx) => {
  const st = ctx.analysis.statistics;
  if (!st.hasData || !st.byYear.length) return [];
  const { style } = ctx;
  const bySex = (entry.desglose ?? 'sexo') === 'sexo';
  const note = st.anySuppressed ? st.note : undefined;
  const foot = [note, sourceLine(ctx)].filter(Boolean).join(' ');
  // body above the note; the year table on the left, the age-group table on the right
  const [area, footBox] = rows(CONTENT, [4.75, 0.8], 0.15) as [Box, Box];
  const [left, right] = st.byAgeBand.length ? (split(area, [1.75, 1], 0.5) as [Box, Box]) : [area, undefined];
  const years = yearGrid(st, left.w, bySex, style.light);
  const { layout, pages } = paginateYears(years, left.h);
  const withSex = years.columns.length > 2;
  const baseTitle = titleOf(ctx, entry, `Víctimas registradas por año${withSex ? ' y sexo' : ''}, ${st.periodText}`);

  return pages.map((pageRows, p): PlannedSlide => ({
    render() {
      const title = pages.length > 1 ? `${baseTitle} (${p + 1} de ${pages.length})` : baseTitle;
      const h = newSlide(ctx, 'estadisticas-tabla', title);
      drawTable(h, years.columns, layout, layout.pages[p]!, { x: left.x, y: left.y }, 'tabla de víctimas por año');
      if (right && p === 0) {
        const [head, rest] = rows(right, [0.5, right.h - 0.6], 0.1) as [Box, Box];
        addText(h, `Por grupo de edad, ${st.periodText}`, head, { min: 12, max: 16, bold: true, maxLines: 1 }, { color: style.colors.primario, valign: 'bottom', name: 'encabezado por edad' });
        const age = ageGrid(st, right.w, style.light)!;
        const ageLayout = layoutTable(age.columns, [...age.body, age.footer], rest.h, { min: FIT.min, max: layout.fontSize });
        drawTable(h, age.columns, ageLayout, ageLayout.pages[0]!, { x: rest.x, y: rest.y }, 'tabla de víctimas por grupo de edad');
      }
      addText(h, foot, footBox, { min: 10, max: 12, maxLines: 3 }, { color: style.colors.gris, valign: 'top', name: 'nota de confidencialidad' });

      const suppressedYears = st.byYear.filter((r) => r.count.suppressed);
      addNotes(h, paragraphs(
        p === 0 ? `La tabla presenta las víctimas de trata de personas registradas en ${ctx.analysis.meta.state} por año${withSex ? ' y sexo' : ''}, ${st.periodText}, según ${st.source} (corte: ${st.cutDateText}). Total del periodo: ${st.total.text}.` : undefined,
        `Por año: ${formatList(pageRows.filter((r) => r[0]!.text !== 'Total').map((r) => `${r[0]!.text}, ${r[r.length - 1]!.text}`))}.`,
        suppressedYears.length
          ? `${suppressedYears.length === 1 ? 'El año' : 'Los años'} ${formatList(suppressedYears.map((r) => r.label))} ${suppressedYears.length === 1 ? 'aparece' : 'aparecen'} como ${formatList([...new Set(suppressedYears.map((r) => `«${r.count.text}»`))], 'o')}: la cifra se omite por confidencialidad y no se grafica. No mencionar la cifra exacta.`
          : undefined,
        p === 0 && st.byAgeBand.length ? `Por grupo de edad: ${formatList(st.byAgeBand.map((r) => `${r.label.toLowerCase()}, ${r.count.text}`))}.` : undefined,
        note,
        extraNotes(ctx, entry),
      ));
    },
  }));
};
