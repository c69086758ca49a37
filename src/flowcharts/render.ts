/**
 * Serialises a laid-out flowchart part to SVG (a string) and PNG (@napi-rs/canvas with the
 * shipped Open Sans). No layout happens here: every coordinate comes from the layout.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { projectRoot, type ProjectConfig } from '../config/project.js';
import { canvasFont, FONT_FAMILY, registerFonts } from '../render/text/index.js';
import { DiskCache } from '../util/disk-cache.js';
import type { Box, FlowchartLayout, LayoutNode, LayoutPart, Point } from './types.js';

export type FlowStyle = ProjectConfig['estilo'];

/** Colours of each element, from the project's palette (hex without "#"). */
export function palette(style: FlowStyle) {
  const c = style.colores;
  return {
    text: '1A1A1A',
    edge: '3D3D3D',
    laneFill: ['FFFFFF', 'F3F6FB'],
    laneLine: c.tinte_claro,
    headerFill: c.primario,
    headerText: 'FFFFFF',
    node: { fill: 'FFFFFF', line: c.primario },
    inicio: { fill: 'DDF1EF', line: c.verde },
    fin: { fill: 'E3EAF6', line: c.primario },
    decision: { fill: 'FFF3D6', line: c.amarillo },
    documento: { fill: 'FFFFFF', line: c.secundario },
    conector: { fill: c.naranja, line: c.naranja, text: 'FFFFFF' },
    labelFill: 'FFFFFF',
    labelText: '333333',
  };
}

export function nodeColours(style: FlowStyle, n: LayoutNode): { fill: string; line: string; text: string } {
  const p = palette(style);
  switch (n.kind) {
    case 'inicio': return { ...p.inicio, text: p.text };
    case 'fin': return { ...p.fin, text: p.text };
    case 'decision': return { ...p.decision, text: p.text };
    case 'documento': return { ...p.documento, text: p.text };
    case 'conector': return p.conector;
    default: return { ...p.node, text: p.text };
  }
}

/** Outline of a document shape: a rectangle whose bottom edge is one wave. */
export function documentPath(b: Box): string {
  const w = 8; // wave amplitude
  const bottom = b.y + b.height - w;
  return `M${b.x},${b.y} H${b.x + b.width} V${bottom} C${b.x + b.width * 0.75},${bottom - w} ${b.x + b.width * 0.5},${bottom - w} ${b.x + b.width * 0.5},${bottom} S${b.x + b.width * 0.25},${bottom + w} ${b.x},${bottom} Z`;
}

/** Arrowhead triangle at the last point of a polyline. */
export function arrowHead(points: Point[], size = 9): Point[] {
  const a = points[points.length - 2]!;
  const b = points[points.length - 1]!;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const base = { x: b.x - ux * size, y: b.y - uy * size };
  return [b, { x: base.x - uy * size * 0.45, y: base.y + ux * size * 0.45 }, { x: base.x + uy * size * 0.45, y: base.y - ux * size * 0.45 }];
}

/** The polyline shortened so the line stops at the arrowhead's base. */
function trimmed(points: Point[], size = 9): Point[] {
  const pts = points.map((p) => ({ ...p }));
  const a = pts[pts.length - 2]!;
  const b = pts[pts.length - 1]!;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const cut = Math.min(size * 0.8, len);
  b.x -= ((b.x - a.x) / len) * cut;
  b.y -= ((b.y - a.y) / len) * cut;
  return pts;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const f = (n: number) => String(Math.round(n * 100) / 100);

/** Standalone SVG of one part. Text stays text (searchable, accessible). */
export function renderSvg(layout: FlowchartLayout, part: LayoutPart, style: FlowStyle): string {
  const p = palette(style);
  const font = `font-family="${escapeXml(FONT_FAMILY)}, ${escapeXml(style.fuente_alternativa)}, sans-serif"`;
  const out: string[] = [];
  const title = part.count > 1 ? `${layout.title} (parte ${part.index} de ${part.count})` : layout.title;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${part.width}" height="${part.height}" viewBox="0 0 ${part.width} ${part.height}" role="img" aria-label="${escapeXml(title)}">`);
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<rect x="0" y="0" width="${part.width}" height="${part.height}" fill="#FFFFFF"/>`);
  part.lanes.forEach((l, i) => {
    out.push(`<rect x="${f(l.band.x)}" y="${f(l.band.y)}" width="${f(l.band.width)}" height="${f(l.band.height)}" fill="#${p.laneFill[i % 2]}" stroke="#${p.laneLine}" stroke-width="1"/>`);
    out.push(`<rect x="${f(l.header.x)}" y="${f(l.header.y)}" width="${f(l.header.width)}" height="${f(l.header.height)}" fill="#${p.headerFill}" stroke="#${p.laneLine}" stroke-width="1"/>`);
    out.push(textBlockSvg(l.headerLines, l.header, layout.font.headerSize, layout.font.headerLineHeight, p.headerText, font, true));
  });
  for (const e of part.edges) {
    out.push(`<polyline points="${trimmed(e.points).map((q) => `${f(q.x)},${f(q.y)}`).join(' ')}" fill="none" stroke="#${p.edge}" stroke-width="1.5" stroke-linejoin="round"/>`);
    out.push(`<polygon points="${arrowHead(e.points).map((q) => `${f(q.x)},${f(q.y)}`).join(' ')}" fill="#${p.edge}"/>`);
  }
  for (const e of part.edges) {
    if (!e.label) continue;
    out.push(`<rect x="${f(e.label.x)}" y="${f(e.label.y)}" width="${f(e.label.width)}" height="${f(e.label.height)}" fill="#${p.labelFill}" fill-opacity="0.92" rx="3"/>`);
    out.push(textBlockSvg(e.label.lines, { ...e.label, y: e.label.y + 2, height: e.label.height - 4 }, layout.font.labelSize, layout.font.labelLineHeight, p.labelText, font, false));
  }
  for (const n of part.nodes) {
    const c = nodeColours(style, n);
    const attrs = `fill="#${c.fill}" stroke="#${c.line}" stroke-width="1.8"`;
    if (n.kind === 'decision') {
      const cx = n.x + n.width / 2;
      const cy = n.y + n.height / 2;
      out.push(`<polygon points="${f(cx)},${f(n.y)} ${f(n.x + n.width)},${f(cy)} ${f(cx)},${f(n.y + n.height)} ${f(n.x)},${f(cy)}" ${attrs}/>`);
    } else if (n.kind === 'documento') out.push(`<path d="${documentPath(n)}" ${attrs}/>`);
    else if (n.kind === 'conector') out.push(`<circle cx="${f(n.x + n.width / 2)}" cy="${f(n.y + n.height / 2)}" r="${f(n.width / 2)}" ${attrs}/>`);
    else {
      const r = n.kind === 'inicio' || n.kind === 'fin' ? n.height / 2 : 5;
      out.push(`<rect x="${f(n.x)}" y="${f(n.y)}" width="${f(n.width)}" height="${f(n.height)}" rx="${f(Math.min(r, 22))}" ${attrs}/>`);
    }
    out.push(textBlockSvg(n.lines, n.text, layout.font.size, layout.font.lineHeight, c.text, font, n.kind === 'conector'));
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function textBlockSvg(lines: string[], box: Box, size: number, lh: number, colour: string, font: string, bold: boolean, italic = false): string {
  const cx = box.x + box.width / 2;
  const top = box.y + (box.height - lines.length * lh) / 2;
  const tspans = lines.map((l, i) => `<tspan x="${f(cx)}" y="${f(top + i * lh + lh / 2)}">${escapeXml(l)}</tspan>`).join('');
  return `<text ${font} font-size="${size}"${bold ? ' font-weight="bold"' : ''}${italic ? ' font-style="italic"' : ''} fill="#${colour}" text-anchor="middle" dominant-baseline="central">${tspans}</text>`;
}

/**
 * On-disk cache of flowchart PNGs (src/util/disk-cache.ts, folder `imagenes`): a part's bytes are a
 * pure function of the layout, the part, the style, the scale and the drawing code (this module,
 * the layout types, the text module, the canvas and the shipped font), all in the key.
 */
const pngCache = new DiskCache({
  folder: 'imagenes',
  code: ['flowcharts/render.ts', 'flowcharts/types.ts', 'render/text'],
  packages: ['@napi-rs/canvas', '@fontsource/open-sans'],
  root: projectRoot,
});

/**
 * PNG of one part at `scale` × the layout's pixel size (2 = crisp at 96-dpi page sizes). Deterministic
 * bytes, from the on-disk cache when it holds them.
 */
export async function renderPng(layout: FlowchartLayout, part: LayoutPart, style: FlowStyle, scale = 2): Promise<Buffer> {
  // Encoding the PNG is most of the cost (~60 ms for a large part): `encode` runs it on libuv's
  // thread pool, so parts rendered together use both cores and leave the main thread free.
  return pngCache.bytes('flujograma', 'png', [layout, part, style, scale], async () => draw(layout, part, style, scale).encode('png'));
}

/** Synchronous twin of renderPng (same bytes, never cached), for callers that cannot await (slide drawing). */
export function renderPngSync(layout: FlowchartLayout, part: LayoutPart, style: FlowStyle, scale = 2): Buffer {
  return draw(layout, part, style, scale).toBuffer('image/png');
}

function draw(layout: FlowchartLayout, part: LayoutPart, style: FlowStyle, scale: number): Canvas {
  registerFonts();
  const p = palette(style);
  const canvas = createCanvas(Math.ceil(part.width * scale), Math.ceil(part.height * scale));
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, part.width, part.height);
  ctx.lineJoin = 'round';
  part.lanes.forEach((l, i) => {
    ctx.fillStyle = `#${p.laneFill[i % 2]}`;
    ctx.fillRect(l.band.x, l.band.y, l.band.width, l.band.height);
    ctx.strokeStyle = `#${p.laneLine}`;
    ctx.lineWidth = 1;
    ctx.strokeRect(l.band.x, l.band.y, l.band.width, l.band.height);
    ctx.fillStyle = `#${p.headerFill}`;
    ctx.fillRect(l.header.x, l.header.y, l.header.width, l.header.height);
    ctx.strokeRect(l.header.x, l.header.y, l.header.width, l.header.height);
    textBlock(ctx, l.headerLines, l.header, layout.font.headerSize, layout.font.headerLineHeight, p.headerText, true);
  });
  for (const e of part.edges) {
    ctx.strokeStyle = `#${p.edge}`;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    trimmed(e.points).forEach((q, i) => (i === 0 ? ctx.moveTo(q.x, q.y) : ctx.lineTo(q.x, q.y)));
    ctx.stroke();
    const head = arrowHead(e.points);
    ctx.fillStyle = `#${p.edge}`;
    ctx.beginPath();
    head.forEach((q, i) => (i === 0 ? ctx.moveTo(q.x, q.y) : ctx.lineTo(q.x, q.y)));
    ctx.closePath();
    ctx.fill();
  }
  for (const e of part.edges) {
    if (!e.label) continue;
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.beginPath();
    ctx.roundRect(e.label.x, e.label.y, e.label.width, e.label.height, 3);
    ctx.fill();
    textBlock(ctx, e.label.lines, { ...e.label, y: e.label.y + 2, height: e.label.height - 4 }, layout.font.labelSize, layout.font.labelLineHeight, p.labelText, false);
  }
  for (const n of part.nodes) {
    const c = nodeColours(style, n);
    ctx.fillStyle = `#${c.fill}`;
    ctx.strokeStyle = `#${c.line}`;
    ctx.lineWidth = 1.8;
    ctx.beginPath();
    if (n.kind === 'decision') {
      ctx.moveTo(n.x + n.width / 2, n.y);
      ctx.lineTo(n.x + n.width, n.y + n.height / 2);
      ctx.lineTo(n.x + n.width / 2, n.y + n.height);
      ctx.lineTo(n.x, n.y + n.height / 2);
      ctx.closePath();
    } else if (n.kind === 'documento') {
      const w = 8;
      const bottom = n.y + n.height - w;
      ctx.moveTo(n.x, n.y);
      ctx.lineTo(n.x + n.width, n.y);
      ctx.lineTo(n.x + n.width, bottom);
      ctx.bezierCurveTo(n.x + n.width * 0.75, bottom - w, n.x + n.width * 0.5, bottom - w, n.x + n.width * 0.5, bottom);
      ctx.bezierCurveTo(n.x + n.width * 0.5, bottom + w, n.x + n.width * 0.25, bottom + w, n.x, bottom);
      ctx.closePath();
    } else if (n.kind === 'conector') {
      ctx.arc(n.x + n.width / 2, n.y + n.height / 2, n.width / 2, 0, Math.PI * 2);
    } else {
      const r = n.kind === 'inicio' || n.kind === 'fin' ? Math.min(n.height / 2, 22) : 5;
      ctx.roundRect(n.x, n.y, n.width, n.height, r);
    }
    ctx.fill();
    ctx.stroke();
    textBlock(ctx, n.lines, n.text, layout.font.size, layout.font.lineHeight, c.text, n.kind === 'conector');
  }
  return canvas;
}

function textBlock(ctx: SKRSContext2D, lines: string[], box: Box, size: number, lh: number, colour: string, bold: boolean): void {
  ctx.fillStyle = `#${colour}`;
  ctx.font = canvasFont(size, bold);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const cx = box.x + box.width / 2;
  const top = box.y + (box.height - lines.length * lh) / 2;
  lines.forEach((l, i) => ctx.fillText(l, cx, top + i * lh + lh / 2));
}
