/**
 * A map of Mexico with the programme's states highlighted and a count printed on each, drawn
 * on @napi-rs/canvas from the state outlines shipped in the npm package @svg-maps/mexico
 * (CC BY 4.0; nothing is fetched at run time). The shipped Open Sans draws the numbers, so the
 * PNG is the same on every machine.
 */
import mexicoMap from '@svg-maps/mexico';
import { createCanvas, Path2D } from '@napi-rs/canvas';
import { projectRoot } from '../../config/project.js';
import { DiskCache } from '../../util/disk-cache.js';
import { canvasFont, registerFonts } from '../text/index.js';

/** The package's data: a viewBox and one SVG path per state (its .d.ts names an uninstalled types package). */
const mexico = mexicoMap as unknown as { viewBox: string; locations: { id: string; name: string; path: string }[] };

/** INEGI state key → the package's location id. */
const INEGI_TO_MAP: Record<number, string> = {
  1: 'agu', 2: 'bcn', 3: 'bcs', 4: 'cam', 5: 'coa', 6: 'col', 7: 'chp', 8: 'chh', 9: 'cmx', 10: 'dur', 11: 'gua',
  12: 'gro', 13: 'hid', 14: 'jal', 15: 'mex', 16: 'mic', 17: 'mor', 18: 'nay', 19: 'nle', 20: 'oax', 21: 'pue',
  22: 'que', 23: 'roo', 24: 'slp', 25: 'sin', 26: 'son', 27: 'tab', 28: 'tam', 29: 'tla', 30: 'ver', 31: 'yuc', 32: 'zac',
};

export const MAP_ATTRIBUTION = 'mapa base de @svg-maps/mexico (CC BY 4.0)';

export interface MapState {
  /** INEGI key (estado.yaml clave_inegi). */
  inegi: number;
  /** Printed on the state: the count. */
  value: string;
  /** The state the document is about (darker fill). */
  current?: boolean;
}

export interface MapStyle {
  colores: { primario: string; tinte_claro: string; gris: string; tinte: string };
}

/**
 * Label anchor of a state: the centre of the bounding box of its largest ring (the mainland,
 * not an island). The package's outlines use only m/M, l and z commands.
 */
export function labelAnchor(d: string): { x: number; y: number } {
  const tokens = d.match(/[mMlLzZ]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings: { x: number; y: number }[][] = [];
  let ring: { x: number; y: number }[] = [];
  let cmd = 'm';
  let x = 0;
  let y = 0;
  let start = { x: 0, y: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/[a-zA-Z]/.test(t)) {
      cmd = t;
      if (t === 'z' || t === 'Z') {
        if (ring.length) rings.push(ring);
        ring = [];
        x = start.x;
        y = start.y;
      }
      continue;
    }
    const nx = Number(t);
    const ny = Number(tokens[++i]);
    const relative = cmd === 'm' || cmd === 'l';
    x = relative ? x + nx : nx;
    y = relative ? y + ny : ny;
    if (cmd === 'm' || cmd === 'M') {
      if (ring.length) rings.push(ring);
      ring = [];
      start = { x, y };
      cmd = cmd === 'm' ? 'l' : 'L'; // pairs after a moveto are linetos
    }
    ring.push({ x, y });
  }
  if (ring.length) rings.push(ring);
  const main = rings.reduce((best, r) => (r.length > best.length ? r : best), [] as { x: number; y: number }[]);
  const xs = main.map((p) => p.x);
  const ys = main.map((p) => p.y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/**
 * On-disk cache of map PNGs (src/util/disk-cache.ts, folder `imagenes`): the bytes are a pure
 * function of the states, the style, the width and the drawing code (this folder, the text
 * module, the outlines package, the canvas and the shipped font), all in the key.
 */
const pngCache = new DiskCache({
  folder: 'imagenes',
  code: ['render/map', 'render/text'],
  packages: ['@svg-maps/mexico', '@napi-rs/canvas', '@fontsource/open-sans'],
  root: projectRoot,
});

/** The map's PNG (from the on-disk cache when it holds it). */
export function renderStatesMapPng(states: MapState[], style: MapStyle, width = 1200): Promise<Buffer> {
  return pngCache.bytes('mapa', 'png', [states, style, width], () => drawStatesMapPng(states, style, width));
}

/** Draws the map (no cache). */
export async function drawStatesMapPng(states: MapState[], style: MapStyle, width = 1200): Promise<Buffer> {
  registerFonts();
  const [, , vw, vh] = mexico.viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const scale = width / vw;
  const height = Math.round(vh * scale);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, width, height);
  const byId = new Map(states.map((s) => [INEGI_TO_MAP[s.inegi], s]));
  ctx.save();
  ctx.scale(scale, scale);
  for (const loc of mexico.locations) {
    const p = new Path2D(loc.path);
    const s = byId.get(loc.id);
    ctx.fillStyle = s ? `#${s.current ? style.colores.primario : style.colores.tinte_claro}` : '#E6E6E6';
    ctx.fill(p);
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = '#FFFFFF';
    ctx.stroke(p);
  }
  ctx.restore();
  const centres = new Map(mexico.locations.filter((l) => byId.has(l.id)).map((l) => [l.id, labelAnchor(l.path)]));
  ctx.font = canvasFont(Math.round(width / 36), true);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const [id, s] of byId) {
    const c = centres.get(id!);
    if (!c) continue;
    const x = c.x * scale;
    const y = c.y * scale;
    ctx.lineWidth = 6;
    ctx.strokeStyle = '#FFFFFF';
    ctx.strokeText(s.value, x, y);
    ctx.fillStyle = '#1A1A1A';
    ctx.fillText(s.value, x, y);
  }
  return canvas.encode('png');
}
