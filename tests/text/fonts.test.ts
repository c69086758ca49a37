/** Fonts: the shipped Open Sans, registered under a private family name, measures the same on every machine. */
import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CANVAS_FAMILY, canvasFont, FONT_FAMILY, measureText, registerFonts } from '../../src/render/text/index.js';

const SAMPLE = 'Canalización de víctimas — Fiscalía WWW';
const IMPOSTORS = [
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
];

describe('registerFonts / measureText', () => {
  it('measures with the shipped Open Sans (its metrics, pinned)', () => {
    expect(measureText(SAMPLE, 12)).toBe(230.525390625);
    expect(measureText(SAMPLE, 12, true)).toBe(247.40625);
  });

  // What a machine with another Open Sans installed looks like: a different font answers to the
  // name. The impostor is a system font (CI installs fonts-liberation2); without one, skipped.
  const impostor = IMPOSTORS.find((f) => existsSync(f));
  it.skipIf(!impostor)('an installed font called «Open Sans» does not stand in for the shipped one', () => {
    registerFonts();
    expect(GlobalFonts.registerFromPath(impostor!, FONT_FAMILY)).toBeTruthy();
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `12px "${FONT_FAMILY}"`;
    expect(ctx.measureText(SAMPLE).width).not.toBe(230.525390625); // the name alone is no longer ours…
    ctx.font = canvasFont(12);
    expect(ctx.measureText(SAMPLE).width).toBe(230.525390625); // …the private family still is
    expect(canvasFont(12, true)).toContain(CANVAS_FAMILY);
  });

  it('letters beyond the latin subset come from Open Sans too (not a system fallback)', () => {
    registerFonts();
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `12px "${CANVAS_FAMILY}"`;
    const latinOnly = ctx.measureText('ő Ω Ж').width;
    ctx.font = canvasFont(12);
    expect(ctx.measureText('ő Ω Ж').width).not.toBe(latinOnly);
    expect(measureText('ő', 12)).toBe(7.21875);
  });
});
