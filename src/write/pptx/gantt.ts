/**
 * The work plan's timetable as native, editable PowerPoint shapes (pptxgenjs): one row per
 * activity or product, a bar from its first to its last day on a month grid, a dashed line at
 * the status date. Labels are fitted by text-fit.ts (never under 12 pt); rows that do not fit
 * one slide continue on the next. Deterministic bytes via normaliseOoxml.
 */
import PptxGenJS from 'pptxgenjs';
import type { ProjectConfig } from '../../config/project.js';
import { dayNumber, type GanttBar, type GanttSpec } from '../../analyse/programa/index.js';
import { buildDate, normaliseOoxml } from '../../util/deterministic-zip.js';
import { MONTHS } from '../../util/format-es.js';
import { fitText, TEXT_INSET_PT } from './text-fit.js';

type Style = ProjectConfig['estilo'];

/** Slide geometry (inches, LAYOUT_WIDE 13.333 × 7.5). */
export const GANTT_LAYOUT = { left: 0.5, labelWidth: 4.6, right: 0.4, top: 1.55, bottom: 0.5, slideW: 13.333, slideH: 7.5 } as const;
/** Rows share the height between the month labels and the footer, at most this many per slide (≥ 0.45 in each: two lines of 12 pt). */
const ROWS_PER_SLIDE = 12;
const MAX_ROW = 0.6;

function barColor(b: GanttBar, style: Style): string {
  const c = style.colores;
  if (b.kind === 'actividad') return c.primario;
  if (b.state === 'entregado') return c.verde;
  if (b.state === 'entregado_con_retraso') return c.amarillo;
  if (b.state === 'atrasado' || b.state === 'incompleto') return c.rojo;
  return c.secundario;
}

/** x (inches) of the start of a day on the timeline. */
export function dayX(spec: GanttSpec, iso: string): number {
  const x0 = GANTT_LAYOUT.left + GANTT_LAYOUT.labelWidth;
  const width = GANTT_LAYOUT.slideW - GANTT_LAYOUT.right - x0;
  return x0 + (width * (dayNumber(iso) - dayNumber(spec.from))) / (dayNumber(spec.to) - dayNumber(spec.from));
}

function months(spec: GanttSpec): string[] {
  const out: string[] = [];
  let [y, m] = spec.from.split('-').map(Number) as [number, number];
  for (;;) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > spec.to) break;
    out.push(iso);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

const next = (iso: string) => {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);
  return d.toISOString().slice(0, 10);
};

export async function buildGanttDeck(spec: GanttSpec, o: { title: string; subtitle: string; footer: string; date: string; style: Style; organisation: string }): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = o.title;
  pptx.company = o.organisation;
  const { style } = o;
  const font = style.fuente;
  const L = GANTT_LAYOUT;
  const pages = Math.max(1, Math.ceil(spec.bars.length / ROWS_PER_SLIDE));
  for (let page = 0; page < pages; page++) {
    const slide = pptx.addSlide();
    const rows = spec.bars.slice(page * ROWS_PER_SLIDE, (page + 1) * ROWS_PER_SLIDE);
    slide.addText(pages > 1 ? `${o.title} (${page + 1} de ${pages})` : o.title, { x: L.left, y: 0.3, w: L.slideW - L.left - L.right, h: 0.6, fontFace: font, fontSize: 26, bold: true, color: style.colores.primario, margin: 0, valign: 'middle' });
    slide.addText(o.subtitle, { x: L.left, y: 0.8, w: L.slideW - L.left - L.right, h: 0.3, fontFace: font, fontSize: 14, color: style.colores.gris, margin: 0, valign: 'middle' });
    const rowHeight = Math.min(MAX_ROW, (L.slideH - L.top - L.bottom) / Math.max(rows.length, Math.min(ROWS_PER_SLIDE, spec.bars.length)));
    const gridTop = L.top - 0.3;
    const gridBottom = L.top + rows.length * rowHeight;
    const ms = months(spec);
    ms.forEach((m, k) => {
      const x = dayX(spec, m);
      slide.addShape(pptx.ShapeType.line, { x, y: gridTop, w: 0, h: gridBottom - gridTop, line: { color: 'D0D0D0', width: 0.75 } });
      const end = dayX(spec, ms[k + 1] ?? spec.to);
      if (end - x > 0.6) slide.addText(`${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`, { x, y: gridTop - 0.05, w: end - x, h: 0.3, fontFace: font, fontSize: 12, color: '333333', align: 'center', margin: 0 });
    });
    rows.forEach((b, i) => {
      const y = L.top + i * rowHeight;
      const label = { x: L.left, y, w: L.labelWidth - 0.1, h: rowHeight };
      // Drawn without inner margins: fit as if the box had text-fit's insets around it.
      const inset = (2 * TEXT_INSET_PT) / 72;
      const fitted = fitText(b.label, { ...label, w: label.w + inset, h: label.h + inset }, { min: 12, max: 12, maxLines: 2, spacing: 1.2, bold: b.kind === 'actividad' });
      slide.addText(fitted.text, { ...label, fontFace: font, fontSize: fitted.fontSize, color: '1A1A1A', bold: b.kind === 'actividad', valign: 'middle', margin: 0, fit: 'none', lineSpacingMultiple: 1, objectName: `Etiqueta ${b.id}` });
      const x = dayX(spec, b.start);
      slide.addShape(pptx.ShapeType.rect, { x, y: y + rowHeight * 0.18, w: Math.max(0.05, dayX(spec, next(b.end)) - x), h: rowHeight * 0.64, fill: { color: barColor(b, style) }, line: { color: barColor(b, style), width: 0 }, objectName: `Barra ${b.id}` });
    });
    if (spec.marker) {
      const x = dayX(spec, spec.marker.date) + (dayX(spec, next(spec.marker.date)) - dayX(spec, spec.marker.date)) / 2;
      slide.addShape(pptx.ShapeType.line, { x, y: gridTop, w: 0, h: gridBottom - gridTop, line: { color: style.colores.rojo, width: 2, dashType: 'dash' }, objectName: 'Fecha de corte' });
      slide.addText(spec.marker.label, { x: x - 3.1, y: gridBottom + 0.02, w: 3, h: 0.3, fontFace: font, fontSize: 12, bold: true, color: style.colores.rojo, align: 'right', margin: 0 });
    }
    slide.addText(o.footer, { x: L.left, y: L.slideH - 0.4, w: L.slideW - L.left - L.right, h: 0.3, fontFace: font, fontSize: 12, color: style.colores.gris, margin: 0 });
  }
  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return normaliseOoxml(raw, buildDate(o.date), { title: o.title, subject: spec.caption, keywords: 'plan de trabajo, cronograma' });
}
