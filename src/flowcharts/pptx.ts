/**
 * A flowchart on slides, readable from the back of a room (nothing under 12 pt, step text at
 * 18 pt): a swimlane diagram scaled to a 16:9 slide prints its steps at 5–9 pt, so the slides
 * show the route in two ways instead (the diagram itself is in the DOCX, SVG and PNG):
 *
 * 1. an overview slide — the route's stages: the runs of consecutive steps each institution
 *    (lane) takes, in order, as a chain of boxes («Fiscalía especializada · pasos 3–5»);
 * 2. detail slides — the steps in order, one row each: its number in the step's shape (oval,
 *    box, diamond, document), what is done (18 pt), who does it and where the flow goes next
 *    («Sí → 5 · No → 7»), as many rows per slide as fit the height and the character budget.
 *
 * Every text is a native, editable text box. The legal basis and time limit of each step go to
 * the speaker notes. Used by the CIE deck (with its master: `masterName`) and by the standalone
 * workshop deck of each state's flowcharts.
 */
import type PptxGenJS from 'pptxgenjs';
import { formatDate, formatList, plural } from '../util/format-es.js';
import { SECONDARY_PREFIXES } from '../review/deck.js';
import { fitText, heightNeeded } from '../write/pptx/text-fit.js';
import { palette, type FlowStyle } from './render.js';
import { flowStatus, type CieName, type FlowchartLayout, type NodeKind } from './types.js';

export const SLIDE = { width: 13.333, height: 7.5 };
/** Content area (inches) left for the flowchart between the title and the footer. */
export const CONTENT = { x: 0.4, y: 1.2, width: 12.53, height: 5.65 };

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowchartSlideOptions {
  /** Slide title; defaults to the flowchart's title. */
  title?: string;
  style: FlowStyle;
  /** Footer text; drawn only without `masterName` (a host master has its own footer). */
  footer?: string;
  /**
   * Slide master of a host deck (title bar, footer, slide number), e.g. the CIE deck's content
   * master: every slide is added with it, the title goes into its title placeholder and the
   * drawing stays inside `content`. Without it, slides use the default layout and draw their
   * own title and footer (standalone flowchart decks), and the notes are written here.
   */
  masterName?: string;
  /** With `masterName`: name of the master's title placeholder. */
  titlePlaceholder?: string;
  /** With `masterName`: fits a title to the placeholder (the host's text fitting) → text shown and size. */
  fitTitle?: (text: string) => { text: string; fontSize: number };
  /** With `masterName`: title colour (default white, on the master's title bar). */
  titleColor?: string;
  /** Where the slides may draw below the title, in inches (default CONTENT, or below the title with a master). */
  content?: Area;
  /** The state's CIE: the status line names it as the report does («Validado con la CICTP»). */
  cie?: CieName;
}

/** What one added slide holds: its title, the boxes drawn (inches) and its speaker notes. */
export interface FlowchartSlideInfo {
  title: string;
  kind: 'resumen' | 'pasos';
  shapes: { x: number; y: number; w: number; h: number; what: string }[];
  notes: string;
}

type Slide = ReturnType<PptxGenJS['addSlide']>;
type Resolved = FlowchartSlideOptions & { title: string; content: Area };

/** Sizes (points): step text is body text; the rest are labels (≥ 12 pt, named «Etiqueta · …»). */
export const FLOW_PT = { step: 18, label: 16, meta: 14, footer: 12, overview: 18, stage: 16 } as const;
/** Characters a slide may show besides its title (the deck review allows 600 with the title). */
const BUDGET = 500;
const LABEL = SECONDARY_PREFIXES[1];
const META_H = 0.44;
const HEAD_H = 0.42;
const GAP = 0.12;

const r3 = (v: number) => Math.round(v * 1000) / 1000;

function addTitle(slide: Slide, info: FlowchartSlideInfo, title: string, opts: Resolved): void {
  const style = opts.style;
  if (opts.masterName) {
    const fitted = opts.fitTitle ? opts.fitTitle(title) : { text: title, fontSize: 24 };
    info.title = fitted.text;
    slide.addText(fitted.text, {
      placeholder: opts.titlePlaceholder ?? 'title', fontFace: style.fuente, fontSize: fitted.fontSize, bold: true, color: opts.titleColor ?? 'FFFFFF', fit: 'none',
    });
    return;
  }
  const box = { x: 0.4, y: 0.2, w: 12.53, h: 0.75 };
  const fitted = fitText(title, box, { min: 18, max: 24, bold: true, maxLines: 2 });
  info.title = fitted.text;
  slide.addText(fitted.text, { ...box, fontFace: style.fuente, fontSize: fitted.fontSize, bold: true, color: style.colores.primario, valign: 'middle', margin: 6, fit: 'none' });
  info.shapes.push({ ...box, what: 'título' });
}

/** A text box whose size was measured: shape named for the deck review (labels are secondary). */
function text(slide: Slide, info: FlowchartSlideInfo, value: string, box: { x: number; y: number; w: number; h: number }, o: {
  font: string; size: number; name: string; label?: boolean; bold?: boolean; color?: string; align?: 'left' | 'center' | 'right'; valign?: 'top' | 'middle' | 'bottom'; italic?: boolean;
}): void {
  const b = { x: r3(box.x), y: r3(box.y), w: r3(box.w), h: r3(box.h) };
  slide.addText(value, {
    ...b, fontFace: o.font, fontSize: o.size, bold: o.bold ?? false, italic: o.italic ?? false, color: o.color ?? '333333',
    align: o.align ?? 'left', valign: o.valign ?? 'top', margin: 6, fit: 'none', wrap: true, objectName: o.label ? `${LABEL} ${o.name}` : o.name,
  });
  info.shapes.push({ ...b, what: o.name });
}

function meta(layout: FlowchartLayout, cie?: CieName): string {
  return [`Versión ${layout.version}`, flowStatus(layout.estatus, cie), formatDate(layout.fecha)].join(' · ');
}

/** Where the flow goes after each step: «→ 4», «Sí → 5 · No → 7», or nothing (an end). */
export function successors(layout: FlowchartLayout): Map<string, { to: string; label?: string }[]> {
  const numberOf = new Map(layout.steps.map((s) => [s.id, s.number]));
  const nodes = new Map(layout.parts.flatMap((p) => p.nodes.map((n) => [n.id, n] as const)));
  const out = new Map<string, { to: string; label?: string }[]>();
  for (const part of layout.parts) {
    for (const e of part.edges) {
      const from = nodes.get(e.from);
      const to = nodes.get(e.to);
      if (!from || !to || from.kind === 'conector') continue;
      const target = numberOf.get(to.stepId);
      if (!target) continue;
      const list = out.get(from.stepId) ?? [];
      const label = e.label?.lines.join(' ').trim();
      if (!list.some((x) => x.to === target && x.label === label)) list.push({ to: target, ...(label ? { label } : {}) });
      out.set(from.stepId, list);
    }
  }
  return out;
}

function nextText(list: { to: string; label?: string }[] | undefined): string {
  if (!list?.length) return 'Fin';
  return list.map((x) => (x.label ? `${x.label} → ${x.to}` : `→ ${x.to}`)).join('\n');
}

/** Consecutive steps of one lane, in step order: the route's stages. */
export function laneRuns(layout: FlowchartLayout): { lane: string; steps: string[] }[] {
  const runs: { lane: string; steps: string[] }[] = [];
  for (const s of layout.steps) {
    const last = runs[runs.length - 1];
    if (last && last.lane === s.lane) last.steps.push(s.number);
    else runs.push({ lane: s.lane, steps: [s.number] });
  }
  return runs;
}

const range = (steps: string[]) => (steps.length === 1 ? `paso ${steps[0]}` : `pasos ${steps[0]}–${steps[steps.length - 1]}`);

function shapeOf(pptx: PptxGenJS, kind: NodeKind): PptxGenJS.SHAPE_NAME {
  if (kind === 'decision') return pptx.ShapeType.diamond;
  if (kind === 'documento') return pptx.ShapeType.flowChartDocument;
  if (kind === 'inicio' || kind === 'fin') return pptx.ShapeType.ellipse;
  return pptx.ShapeType.roundRect;
}

function colours(style: FlowStyle, kind: NodeKind): { fill: string; line: string } {
  const p = palette(style);
  if (kind === 'inicio') return p.inicio;
  if (kind === 'fin') return p.fin;
  if (kind === 'decision') return p.decision;
  if (kind === 'documento') return p.documento;
  return p.node;
}

function stepNotes(layout: FlowchartLayout, numbers: Set<string>): string {
  return layout.steps.filter((s) => numbers.has(s.number)).map((s) => {
    const extra = [s.fundamento ? `fundamento: ${s.fundamento}` : '', s.plazo ? `plazo: ${s.plazo}` : ''].filter(Boolean).join('; ');
    return `${s.number}. ${s.text} (${s.lane}${extra ? `; ${extra}` : ''}).`;
  }).join('\n');
}

/**
 * Adds the overview slide and the detail slides of one flowchart and returns what each added
 * slide holds, in order. Synchronous: every slide exists when it returns (the deck counts
 * slides right after the call).
 */
export function addFlowchartSlides(pptx: PptxGenJS, layout: FlowchartLayout, options: FlowchartSlideOptions): FlowchartSlideInfo[] {
  const content = options.content ?? (options.masterName ? { x: 0.5, y: 1.3, width: 12.333, height: 5.55 } : CONTENT);
  const opts: Resolved = { ...options, title: options.title ?? layout.title, content };
  const style = opts.style;
  const font = style.fuente;
  const out: FlowchartSlideInfo[] = [];
  const newSlide = (kind: FlowchartSlideInfo['kind'], title: string) => {
    const slide = opts.masterName ? pptx.addSlide({ masterName: opts.masterName }) : pptx.addSlide();
    const info: FlowchartSlideInfo = { title: '', kind, shapes: [], notes: '' };
    out.push(info);
    addTitle(slide, info, title, opts);
    text(slide, info, meta(layout, opts.cie), { x: content.x, y: content.y, w: content.width, h: META_H }, { font, size: FLOW_PT.meta, name: 'versión y estatus', label: true, color: style.colores.gris, valign: 'middle' });
    if (opts.footer && !opts.masterName) {
      text(slide, info, opts.footer, { x: 0.4, y: 6.95, w: 12.53, h: 0.4 }, { font, size: FLOW_PT.footer, name: 'pie', label: true, color: style.colores.gris, valign: 'middle' });
    }
    return { slide, info };
  };
  const top = content.y + META_H + GAP;
  const bottom = content.y + content.height;

  // 1. overview: the route's stages
  {
    const runs = laneRuns(layout);
    const lanes = [...new Set(layout.steps.map((s) => s.lane))];
    const decisions = layout.steps.filter((s) => s.tipo === 'decision').length;
    const sentence = `La ruta tiene ${plural(layout.steps.length, 'paso', 'pasos')} a cargo de ${plural(lanes.length, 'institución', 'instituciones')}${decisions ? `, con ${plural(decisions, 'decisión', 'decisiones')}` : ''}. En orden:`;
    let brief = false;
    // «pasos 3, 5 y 9»; when the slide would show too much, an institution with many steps shows their number
    const label = (r: { steps: string[] }) => (r.steps.every((n, i) => i === 0 || Number(n) === Number(r.steps[i - 1]) + 1)
      ? range(r.steps) : brief && r.steps.length > 3 ? plural(r.steps.length, 'paso', 'pasos') : `pasos ${formatList(r.steps)}`);
    const chars = (items: { lane: string; steps: string[] }[]) => items.reduce((t, r) => t + r.lane.length + label(r).length + 2, sentence.length);
    // consecutive runs when they fit the budget; else one box per institution with all its steps
    const items = runs.length <= 12 && chars(runs) + opts.title.length + meta(layout, opts.cie).length + (opts.footer && !opts.masterName ? opts.footer.length : 0) <= BUDGET + 60 ? runs : lanes.map((lane) => ({ lane, steps: layout.steps.filter((s) => s.lane === lane).map((s) => s.number) }));
    const limit = BUDGET + 60 - opts.title.length - meta(layout, opts.cie).length - (opts.footer && !opts.masterName ? opts.footer.length : 0);
    if (chars(items) > limit) brief = true;
    const { slide, info } = newSlide('resumen', opts.title);
    text(slide, info, sentence, { x: content.x, y: top, w: content.width, h: 0.55 }, { font, size: FLOW_PT.overview, name: 'resumen de la ruta' });
    const perRow = items.length <= 4 ? items.length : items.length <= 8 ? Math.ceil(items.length / 2) : Math.ceil(items.length / 3);
    const rowsN = Math.ceil(items.length / perRow);
    const arrowW = 0.38;
    const boxW = (content.width - (perRow - 1) * (arrowW + 0.1)) / perRow;
    const areaTop = top + 0.7;
    const rowH = Math.min(1.9, (bottom - areaTop - (rowsN - 1) * 0.25) / rowsN);
    items.forEach((r, i) => {
      const row = Math.floor(i / perRow);
      const col = i % perRow;
      const x = content.x + col * (boxW + arrowW + 0.1);
      const y = areaTop + row * (rowH + 0.25);
      const box = { x: r3(x), y: r3(y), w: r3(boxW), h: r3(rowH) };
      slide.addShape(pptx.ShapeType.roundRect, { ...box, fill: { color: i === 0 ? palette(style).inicio.fill : 'F3F6FB' }, line: { color: style.colores.primario, width: 1 }, rectRadius: 0.08, objectName: `etapa ${i + 1}` });
      info.shapes.push({ ...box, what: `etapa ${i + 1}` });
      const stepsLine = label(r);
      const laneFit = fitText(r.lane, { x: 0, y: 0, w: boxW - 0.1, h: rowH - 0.5 }, { min: 14, max: FLOW_PT.stage, bold: true, maxLines: 4 });
      text(slide, info, r.lane, { x: box.x + 0.05, y: box.y + 0.05, w: box.w - 0.1, h: box.h - 0.5 }, { font, size: laneFit.fontSize, bold: true, name: `institución ${i + 1}`, label: true, color: style.colores.primario, align: 'center', valign: 'middle' });
      text(slide, info, stepsLine, { x: box.x + 0.05, y: box.y + box.h - 0.47, w: box.w - 0.1, h: 0.42 }, { font, size: FLOW_PT.meta, name: `pasos ${i + 1}`, label: true, align: 'center', valign: 'middle' });
      if (col < perRow - 1 && i < items.length - 1) {
        const arrow = { x: r3(x + boxW + 0.05), y: r3(y + rowH / 2 - 0.2), w: arrowW, h: 0.4 };
        slide.addShape(pptx.ShapeType.rightArrow, { ...arrow, fill: { color: style.colores.secundario }, line: { color: style.colores.secundario, width: 0 } });
        info.shapes.push({ ...arrow, what: 'flecha' });
      }
    });
    info.notes = [
      `${opts.title}. ${sentence.replace(/ En orden:$/, '')}`,
      `La ruta: ${items.map((r) => `${r.lane} (${label(r)})`).join('; ')}.`,
      'Las diapositivas siguientes presentan cada paso con su responsable; el diagrama completo está en el documento de flujogramas.',
    ].join('\n\n');
  }

  // 2. detail: the steps in rows
  const next = successors(layout);
  const kindOf = new Map(layout.steps.map((s) => [s.number, s.tipo as NodeKind]));
  const badgeW = 0.95;
  const nextW = 1.9;
  const laneW = 3.2;
  const textW = content.width - badgeW - laneW - nextW - 3 * 0.15;
  const xs = { badge: content.x, text: content.x + badgeW + 0.15, lane: content.x + badgeW + textW + 0.3, next: content.x + content.width - nextW };
  const rowsOf = layout.steps.map((s) => {
    const nx = nextText(next.get(s.id));
    const h = Math.max(0.8,
      heightNeeded(s.text, textW, FLOW_PT.step),
      heightNeeded(s.lane, laneW, FLOW_PT.label),
      heightNeeded(nx, nextW, FLOW_PT.label));
    return { s, nx, h, chars: s.number.length + s.text.length + s.lane.length + nx.length };
  });
  const avail = bottom - top - HEAD_H - 0.08;
  // characters left for the rows once the title, the version line and the headers are counted
  const footerChars = opts.footer && !opts.masterName ? opts.footer.length : 0;
  const fixed = opts.title.length + 16 + meta(layout, opts.cie).length + 35 + footerChars;
  const paginate = (cap: number): (typeof rowsOf)[] => {
    const out: (typeof rowsOf)[] = [];
    let page: typeof rowsOf = [];
    let used = 0;
    let chars = 0;
    for (const r of rowsOf) {
      // a row whose institution is the row above's does not repeat it
      const rowChars = (p: typeof rowsOf) => r.chars - (p.length && p[p.length - 1]!.s.lane === r.s.lane ? r.s.lane.length : 0);
      if (page.length && (page.length >= cap || used + r.h + 0.08 > avail || fixed + chars + rowChars(page) > BUDGET + 70)) {
        out.push(page);
        page = [];
        used = 0;
        chars = 0;
      }
      chars += rowChars(page);
      page.push(r);
      used += r.h + 0.08;
    }
    if (page.length) out.push(page);
    return out;
  };
  // as few slides as the limits allow, with the steps spread evenly over them
  const greedy = paginate(Infinity);
  const count = greedy.length;
  const sizes = Array.from({ length: count }, (_, i) => Math.floor(rowsOf.length / count) + (i < rowsOf.length % count ? 1 : 0));
  const even: (typeof rowsOf)[] = [];
  sizes.reduce((start, n) => (even.push(rowsOf.slice(start, start + n)), start + n), 0);
  const shownChars = (rows: typeof rowsOf) => rows.reduce((t, r, i) => t + r.chars - (i > 0 && rows[i - 1]!.s.lane === r.s.lane ? r.s.lane.length : 0), 0);
  const fitsPage = (rows: typeof rowsOf) => rows.reduce((t, r) => t + r.h + 0.08, 0) <= avail && fixed + shownChars(rows) <= BUDGET + 70;
  const pages = even.every(fitsPage) ? even : greedy;
  pages.forEach((rows, p) => {
    const first = rows[0]!.s.number;
    const last = rows[rows.length - 1]!.s.number;
    const { slide, info } = newSlide('pasos', `${opts.title}: ${first === last ? `paso ${first}` : `pasos ${first}–${last}`}`);
    const headers: [string, number, number][] = [['Paso', xs.badge, badgeW], ['Qué se hace', xs.text, textW], ['Responsable', xs.lane, laneW], ['Sigue', xs.next, nextW]];
    for (const [t, x, w] of headers) text(slide, info, t, { x, y: top, w, h: HEAD_H }, { font, size: FLOW_PT.meta, bold: true, name: `encabezado ${t}`, label: true, color: style.colores.primario, valign: 'bottom' });
    const rule = { x: content.x, y: r3(top + HEAD_H + 0.02), w: content.width, h: 0 };
    slide.addShape(pptx.ShapeType.line, { ...rule, line: { color: style.colores.tinte_claro, width: 1 } });
    let y = top + HEAD_H + 0.08;
    for (const [k, { s, nx, h }] of rows.entries()) {
      const kind = kindOf.get(s.number) ?? 'proceso';
      const c = colours(style, kind);
      const badge = { x: r3(xs.badge), y: r3(y + (Math.min(h, 0.8) - 0.7) / 2), w: badgeW, h: 0.7 };
      slide.addText(s.number, {
        ...badge, shape: shapeOf(pptx, kind), fill: { color: c.fill }, line: { color: c.line, width: 1.5 }, fontFace: font, fontSize: FLOW_PT.label, bold: true,
        color: '1A1A1A', align: 'center', valign: 'middle', margin: 0, objectName: `${LABEL} paso ${s.number}`, ...(kind === 'proceso' ? { rectRadius: 0.08 } : {}),
      });
      info.shapes.push({ ...badge, what: `paso ${s.number}` });
      text(slide, info, s.text, { x: xs.text, y, w: textW, h }, { font, size: FLOW_PT.step, name: `texto del paso ${s.number}` });
      if (k === 0 || rows[k - 1]!.s.lane !== s.lane) text(slide, info, s.lane, { x: xs.lane, y, w: laneW, h }, { font, size: FLOW_PT.label, name: `responsable del paso ${s.number}`, label: true, color: style.colores.primario });
      text(slide, info, nx, { x: xs.next, y, w: nextW, h }, { font, size: FLOW_PT.label, name: `siguiente del paso ${s.number}`, label: true, color: '555555' });
      y += h + 0.08;
    }
    info.notes = [
      `${opts.title}, ${first === last ? `paso ${first}` : `pasos ${first} a ${last}`} de ${layout.steps.length}.`,
      stepNotes(layout, new Set(rows.map((r) => r.s.number))),
    ].join('\n\n');
  });

  if (!opts.masterName) {
    const slides = (pptx as unknown as { _slides?: Slide[] })._slides ?? [];
    const added = slides.slice(slides.length - out.length);
    added.forEach((s, i) => { if (out[i]!.notes) s.addNotes(out[i]!.notes); });
  }
  return out;
}
