/**
 * The one place that registers fonts: the Open Sans shipped by `@fontsource/open-sans`, with
 * @napi-rs/canvas `GlobalFonts`. Everything we draw or measure on a canvas (chart PNGs,
 * flowchart PNGs, the flowcharts' text measurement) uses it.
 *
 * - Without a registered font @napi-rs/canvas draws *no text* and raises no error.
 * - The files are registered under a private family name (`CANVAS_FAMILY`), not «Open Sans»: a
 *   machine with Open Sans installed (another version, other metrics) would otherwise answer
 *   «Open Sans» with its own files, and layouts and PNG bytes would depend on the machine.
 * - Every subset of the two weights is registered: a letter outside the latin subset (ő, ř, Ω,
 *   Ж…) comes from the same Open Sans rather than from whatever system font the machine falls
 *   back to. Characters Open Sans lacks altogether still fall back to a system font.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/** The font's name as written into outputs (SVG `font-family`, the layout's `font.family`). */
export const FONT_FAMILY = 'Open Sans';
/** The family name the shipped latin files are registered under: no installed font has it. */
export const CANVAS_FAMILY = 'Open Sans DiagnosticosTrata';
/** The other subsets, a family of their own, used only for characters the latin subset lacks. */
const CANVAS_FALLBACK_FAMILY = 'Open Sans DiagnosticosTrata Extendida';
/** What a canvas font names: the latin subset, then the others. */
export const CANVAS_FAMILIES = `"${CANVAS_FAMILY}", "${CANVAS_FALLBACK_FAMILY}"`;

/**
 * Subsets of @fontsource/open-sans besides latin (the one Spanish text uses). They share a few
 * code points with latin (and with each other): registered under the same family, a typeface
 * of another subset could be picked for latin text, so they have a family of their own.
 */
const FALLBACK_SUBSETS = ['latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'hebrew', 'math', 'symbols'] as const;
const WEIGHTS = [400, 700] as const;

let registered = false;

/** Registers the shipped Open Sans (400 and 700, every subset) once per process. */
export function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/open-sans/package.json')), 'files');
  const register = (subset: string, family: string) => {
    for (const weight of WEIGHTS) {
      const file = path.join(dir, `open-sans-${subset}-${weight}-normal.woff2`);
      if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`No se pudo registrar la fuente ${file}`);
    }
  };
  register('latin', CANVAS_FAMILY);
  for (const subset of FALLBACK_SUBSETS) register(subset, CANVAS_FALLBACK_FAMILY);
  if (!GlobalFonts.has(CANVAS_FAMILY)) throw new Error(`La fuente ${FONT_FAMILY} no quedó registrada; las imágenes saldrían sin texto.`);
  registered = true;
}

/** CSS font shorthand for a canvas: `bold 12px "Open Sans DiagnosticosTrata", …`. */
export function canvasFont(sizePx: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${sizePx}px ${CANVAS_FAMILIES}`;
}
