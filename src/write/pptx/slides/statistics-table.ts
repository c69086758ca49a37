/**
 * estadisticas-tabla: the official victims' counts as a compact native table, year by year
 * (and by sex), printed exactly as the report publishes them: only the SuppressedCount `.text`
 * values ("<5", «C» or the es-MX number), never a suppressed value. A short legend of the marks
 * and the source sit under the table (the full suppression note is in the speaker notes; the age
 * groups are on the chart slide before).
 * The charts of the `estadisticas` slide omit the suppressed years; this slide says they exist.
 */
import type { StatisticsAnalysis, SuppressedCount } from '../../../analyse/types.js';
import { formatList } from '../../../util/format-es.js';
import { CONTENT, rows, type Box } from '../geometry.js';
import { addNotes, addText, newSlide } from '../primitives.js';
import { paragraphs } from '../notes.js';
import { drawTable, layoutTable, type TableCell, type TableColumn, type TableLayout } from '../table.js';
import { extraNotes, titleOf, type Planner, type PlannedSlide } from './plan.js';

const YEAR_W = 1.25;
const FIT = { min: 12, max: 16 };

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

/** Pages of the year table: the Total row always closes the last page. */
function paginateYears(grid: Grid, maxHeight: number): { layout: TableLayout; pages: TableCell[][][] } {
  const layout = layoutTable(grid.columns, [...grid.body, grid.footer], maxHeight, FIT);
  return { layout, pages: layout.pages.map((p) => p.rows) };
}

export const planStatisticsTable: Planner<'estadisticas-tabla'> = (entry, ctx) => {
  const st = ctx.analysis.statistics;
  if (!st.hasData || !st.byYear.length) return [];
  const { style } = ctx;
  const bySex = (entry.desglose ?? 'sexo') === 'sexo';
  const note = st.anySuppressed ? st.note : undefined;
  // on the slide, a short legend of the marks and the source; the full note is in the speaker notes
  const marks = [...new Set(st.byYear.flatMap((r) => [r.count, ...(st.yearBySex.cells[st.byYear.indexOf(r)] ?? [])]).filter((c) => c.suppressed).map((c) => c.text))];
  const legend = marks.length ? `${formatList(marks.map((m) => (m === 'C' ? '«C»: cifra suprimida para que no se deduzca de los totales' : `«${m}»: menos de ${m.replace(/^</, '')}, cifra omitida por confidencialidad`)), 'y')}. ` : '';
  const foot = `${legend}Fuente: ${st.source}, corte al ${st.cutDateText}.`;
  // body above the note; the year table on the left, the age-group table on the right
  const [area, footBox] = rows(CONTENT, [4.5, 0.95], 0.12) as [Box, Box];
  // the age groups are in the chart slide before: this slide keeps the year table alone
  const left = area;
  const years = yearGrid(st, left.w, bySex, style.light);
  const { layout, pages } = paginateYears(years, left.h);
  const withSex = years.columns.length > 2;
  const baseTitle = titleOf(ctx, entry, `Víctimas registradas por año${withSex ? ' y sexo' : ''}, ${st.periodText}`);

  return pages.map((pageRows, p): PlannedSlide => ({
    render() {
      const title = pages.length > 1 ? `${baseTitle} (${p + 1} de ${pages.length})` : baseTitle;
      const h = newSlide(ctx, 'estadisticas-tabla', title);
      drawTable(h, years.columns, layout, layout.pages[p]!, { x: left.x, y: left.y }, 'tabla de víctimas por año');
      addText(h, foot, footBox, { min: 12, max: 12, maxLines: 3 }, { color: style.colors.gris, valign: 'top', name: 'nota de confidencialidad', secondary: true });

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
