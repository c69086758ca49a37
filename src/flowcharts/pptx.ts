/**
 * Draws a laid-out flowchart as native, editable PowerPoint shapes (pptxgenjs): lane bands
 * and headers, step shapes with their text, orthogonal edges as line segments with an
 * arrowhead on the last one, and condition labels. Each part of the layout gets one slide,
 * scaled to fit the 16:9 content area between title and footer. When a part would need text
 * smaller than `minFontPt`, the slide shows the flowchart as an image instead, followed by an
 * editable table of its steps.
 *
 * pptxgenjs has no connectors bound to shapes: edges do not follow a moved shape.
 */
import type PptxGenJS from 'pptxgenjs';
import { formatDate } from '../util/format-es.js';
import { nodeColours, palette, renderPngSync, type FlowStyle } from './render.js';
import { FLOW_STATUS, type FlowchartLayout, type LayoutPart, type Point } from './types.js';

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
  /** Below this font size (points) a part is shown as an image plus a step table. Default 7. */
  minFontPt?: number;
  /**
   * Slide master of a host deck (title bar, footer, slide number), e.g. the CIE deck's content
   * master: every slide is added with it, the title goes into its title placeholder and the
   * drawing stays inside `content`. Without it, slides use the default layout and draw their
   * own title and footer (standalone flowchart decks).
   */
  masterName?: string;
  /** With `masterName`: name of the master's title placeholder. */
  titlePlaceholder?: string;
  /** With `masterName`: fits a title to the placeholder (the host's text fitting) → text shown and size. */
  fitTitle?: (text: string) => { text: string; fontSize: number };
  /** With `masterName`: title colour (default white, on the master's title bar). */
  titleColor?: string;
  /** Where the version line and the flowchart may draw, in inches (default CONTENT, or below the title with a master). */
  content?: Area;
}

/** What one added slide holds: its title and the boxes drawn (inches), for the host's checks. */
export interface FlowchartSlideInfo {
  title: string;
  shapes: { x: number; y: number; w: number; h: number; what: string }[];
}

type Slide = ReturnType<PptxGenJS['addSlide']>;
type Resolved = FlowchartSlideOptions & { title: string; content: Area };

/** Height of the version/status line above the flowchart when a master holds the title. */
const META_H = 0.26;
const META_GAP = 0.06;

/** Area of the drawing itself: with a master, the content area minus the version line. */
function drawingArea(opts: Resolved): Area {
  if (!opts.masterName) return opts.content;
  const c = opts.content;
  return { x: c.x, y: c.y + META_H + META_GAP, width: c.width, height: c.height - META_H - META_GAP };
}

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
  info.title = title;
  slide.addText(title, {
    x: 0.4, y: 0.25, w: 12.53, h: 0.6, fontFace: style.fuente, fontSize: 22, bold: true, color: style.colores.primario, valign: 'middle', margin: 0, fit: 'shrink',
  });
  info.shapes.push({ x: 0.4, y: 0.25, w: 12.53, h: 0.6, what: 'título' });
}

function header(slide: Slide, info: FlowchartSlideInfo, layout: FlowchartLayout, part: LayoutPart, opts: Resolved, extra = ''): void {
  const style = opts.style;
  const title = part.count > 1 ? `${opts.title} (parte ${part.index} de ${part.count})` : opts.title;
  addTitle(slide, info, title, opts);
  const meta = [`Versión ${layout.version}`, FLOW_STATUS[layout.estatus], formatDate(layout.fecha)].join(' · ');
  const hasConnectors = part.nodes.some((n) => n.kind === 'conector');
  const box = opts.masterName
    ? { x: opts.content.x, y: opts.content.y, w: opts.content.width, h: META_H }
    : { x: 0.4, y: 0.82, w: 12.53, h: 0.3 };
  slide.addText(`${meta}${hasConnectors ? ' · Los círculos con letra enlazan con otra parte del flujograma' : ''}${extra}`, {
    ...box, fontFace: style.fuente, fontSize: opts.masterName ? 10 : 11, color: style.colores.gris, margin: 0, valign: 'middle', fit: 'shrink',
  });
  info.shapes.push({ ...box, what: 'versión y estatus' });
  if (opts.footer && !opts.masterName) {
    slide.addText(opts.footer, { x: 0.4, y: 7.0, w: 12.53, h: 0.3, fontFace: style.fuente, fontSize: 9, color: style.colores.gris, margin: 0, valign: 'middle' });
    info.shapes.push({ x: 0.4, y: 7.0, w: 12.53, h: 0.3, what: 'pie' });
  }
}

/** Scale (inches per layout px) and offset that fit a part in the content area, centred. */
export function fitPart(part: LayoutPart, area: Area = CONTENT): { scale: number; ox: number; oy: number } {
  const scale = Math.min(area.width / part.width, area.height / part.height, 1 / 96);
  return { scale, ox: area.x + (area.width - part.width * scale) / 2, oy: area.y + (area.height - part.height * scale) / 2 };
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

function drawPart(pptx: PptxGenJS, slide: Slide, layout: FlowchartLayout, part: LayoutPart, style: FlowStyle, area: Area): void {
  const { scale, ox, oy } = fitPart(part, area);
  const X = (v: number) => r3(ox + v * scale);
  const Y = (v: number) => r3(oy + v * scale);
  const L = (v: number) => r3(v * scale);
  const pt = (px: number) => Math.round(px * scale * 72 * 10) / 10; // px in layout units → points
  const p = palette(style);
  const font = style.fuente;

  part.lanes.forEach((lane, i) => {
    slide.addShape(pptx.ShapeType.rect, {
      x: X(lane.band.x), y: Y(lane.band.y), w: L(lane.band.width), h: L(lane.band.height),
      fill: { color: p.laneFill[i % 2]! }, line: { color: p.laneLine, width: 0.75 },
    });
    slide.addText(lane.headerLines.join(' '), {
      shape: pptx.ShapeType.rect, x: X(lane.header.x), y: Y(lane.header.y), w: L(lane.header.width), h: L(lane.header.height),
      fill: { color: p.headerFill }, line: { color: p.laneLine, width: 0.75 }, color: p.headerText, bold: true,
      fontFace: font, fontSize: pt(layout.font.headerSize), align: 'center', valign: 'middle', margin: 2,
    });
  });

  for (const e of part.edges) drawEdge(pptx, slide, e.points, X, Y, p.edge, Math.max(0.75, pt(1.5)));

  for (const e of part.edges) {
    if (!e.label) continue;
    slide.addText(e.label.lines.join('\n'), {
      x: X(e.label.x), y: Y(e.label.y), w: L(e.label.width), h: L(e.label.height), fill: { color: p.labelFill },
      fontFace: font, fontSize: pt(layout.font.labelSize), color: p.labelText, align: 'center', valign: 'middle', margin: 0, wrap: false,
    });
  }

  for (const n of part.nodes) {
    const c = nodeColours(style, n);
    const shape = n.kind === 'decision' ? pptx.ShapeType.diamond
      : n.kind === 'documento' ? pptx.ShapeType.flowChartDocument
        : n.kind === 'conector' ? pptx.ShapeType.ellipse
          : n.kind === 'inicio' || n.kind === 'fin' ? pptx.ShapeType.roundRect : pptx.ShapeType.roundRect;
    const common = {
      x: X(n.x), y: Y(n.y), w: L(n.width), h: L(n.height),
      fill: { color: c.fill }, line: { color: c.line, width: Math.max(0.75, pt(1.8)) },
      rectRadius: n.kind === 'inicio' || n.kind === 'fin' ? 0.5 : n.kind === 'proceso' ? 0.08 : undefined,
    };
    const textOpts = {
      fontFace: font, fontSize: pt(layout.font.size), color: c.text, bold: n.kind === 'conector', align: 'center' as const, valign: 'middle' as const,
      margin: 0, wrap: false, lineSpacing: pt(layout.font.lineHeight),
    };
    if (n.kind === 'decision' || n.kind === 'documento') {
      // PowerPoint insets text in these shapes; put the text in its own box where the layout measured it.
      slide.addShape(shape, common);
      slide.addText(n.lines.join('\n'), { ...textOpts, x: X(n.text.x), y: Y(n.text.y), w: L(n.text.width), h: L(n.text.height) });
    } else {
      slide.addText(n.lines.join('\n'), { ...common, ...textOpts, shape });
    }
  }
}

/** One line shape per orthogonal segment; the last one carries the arrowhead. */
function drawEdge(pptx: PptxGenJS, slide: Slide, pts: Point[], X: (v: number) => number, Y: (v: number) => number, colour: string, width: number): void {
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    const x = Math.min(X(a.x), X(b.x));
    const y = Math.min(Y(a.y), Y(b.y));
    slide.addShape(pptx.ShapeType.line, {
      x, y, w: r3(Math.abs(X(b.x) - X(a.x))), h: r3(Math.abs(Y(b.y) - Y(a.y))),
      flipH: b.x < a.x, flipV: b.y < a.y,
      line: { color: colour, width, ...(i + 2 === pts.length ? { endArrowType: 'triangle' as const } : {}) },
    });
  }
}

/**
 * Adds one slide per part of the flowchart (or an image and a step table when too dense) and
 * returns what each added slide holds, in order.
 * Synchronous: every slide exists when it returns (the deck counts slides right after the call).
 */
export function addFlowchartSlides(pptx: PptxGenJS, layout: FlowchartLayout, options: FlowchartSlideOptions): FlowchartSlideInfo[] {
  const content = options.content ?? (options.masterName ? { x: 0.5, y: 1.3, width: 12.333, height: 5.55 } : CONTENT);
  const opts: Resolved = { ...options, title: options.title ?? layout.title, content };
  const minPt = opts.minFontPt ?? 7;
  const area = drawingArea(opts);
  const out: FlowchartSlideInfo[] = [];
  const newSlide = () => {
    const slide = opts.masterName ? pptx.addSlide({ masterName: opts.masterName }) : pptx.addSlide();
    const info: FlowchartSlideInfo = { title: '', shapes: [] };
    out.push(info);
    return { slide, info };
  };
  for (const part of layout.parts) {
    const { slide, info } = newSlide();
    const { scale, ox, oy } = fitPart(part, area);
    const drawn = { x: r3(ox), y: r3(oy), w: r3(part.width * scale), h: r3(part.height * scale) };
    const fontPt = layout.font.size * scale * 72;
    if (fontPt >= minPt) {
      header(slide, info, layout, part, opts);
      drawPart(pptx, slide, layout, part, opts.style, area);
      info.shapes.push({ ...drawn, what: 'flujograma' });
      continue;
    }
    // Too dense: the picture, then its steps in an editable table.
    header(slide, info, layout, part, opts, ' · Imagen; los pasos siguen en una tabla editable');
    const png = renderPngSync(layout, part, opts.style, 2);
    slide.addImage({ data: `image/png;base64,${png.toString('base64')}`, ...drawn, altText: opts.title });
    info.shapes.push({ ...drawn, what: 'imagen del flujograma' });
    // the table's slide is added (and recorded) by newSlide; its auto-paged continuations are returned
    out.push(...addStepTable(layout, part, opts, newSlide));
  }
  return out;
}

function addStepTable(
  layout: FlowchartLayout, part: LayoutPart, opts: Resolved,
  newSlide: () => { slide: Slide; info: FlowchartSlideInfo },
): FlowchartSlideInfo[] {
  const ids = new Set(part.nodes.filter((n) => n.kind !== 'conector').map((n) => n.stepId));
  const steps = layout.steps.filter((s) => ids.has(s.id));
  const style = opts.style;
  const head = ['Paso', 'Responsable', 'Actividad', 'Fundamento legal', 'Plazo'].map((t) => ({
    text: t, options: { bold: true, color: 'FFFFFF', fill: { color: style.colores.primario } },
  }));
  const rows = steps.map((s) => [s.number, s.lane, s.text, s.fundamento ?? '—', s.plazo ?? '—'].map((t) => ({ text: t })));
  const { slide, info } = newSlide();
  const title = `${opts.title}: pasos${part.count > 1 ? ` (parte ${part.index} de ${part.count})` : ''}`;
  addTitle(slide, info, title, opts);
  const c = opts.masterName ? opts.content : { x: 0.4, y: 1.1, width: 12.53, height: 5.8 };
  const colW = [0.7, 2.8, 4.6, 2.9, 1.53].map((w) => r3((w * c.width) / 12.53));
  const props: PptxGenJS.TableProps & { slideMargin: number[] } = {
    x: c.x, y: c.y, w: c.width, colW, fontFace: style.fuente, fontSize: 10, border: { type: 'solid', color: 'BFBFBF', pt: 0.5 },
    autoPage: true, autoPageRepeatHeader: true, autoPageSlideStartY: c.y, margin: 0.05,
    // pages end above the footer (top, right, bottom, left in inches)
    slideMargin: [c.y, SLIDE.width - c.x - c.width, SLIDE.height - c.y - c.height, c.x],
  };
  slide.addTable([head, ...rows], props);
  info.shapes.push({ x: c.x, y: c.y, w: c.width, h: c.height, what: 'tabla de pasos' });
  if (opts.footer && !opts.masterName) slide.addText(opts.footer, { x: 0.4, y: 7.0, w: 12.53, h: 0.3, fontFace: style.fuente, fontSize: 9, color: style.colores.gris, margin: 0 });
  const extra = (slide as unknown as { newAutoPagedSlides?: Slide[] }).newAutoPagedSlides ?? [];
  return extra.map((s, k) => {
    const more: FlowchartSlideInfo = { title: '', shapes: [{ x: c.x, y: c.y, w: c.width, h: c.height, what: 'tabla de pasos' }] };
    addTitle(s, more, `${title} (continuación${extra.length > 1 ? ` ${k + 1}` : ''})`, opts);
    return more;
  });
}
