/**
 * Text measurement and wrapping for every output, and the one place that registers fonts:
 * `fonts.ts` (the shipped Open Sans on @napi-rs/canvas), `measure.ts` (exact canvas widths,
 * the deck's conservative estimate, character counts), `wrap.ts` (the greedy wrap, in time
 * proportional to the text whatever its tokens).
 */
export { CANVAS_FAMILIES, CANVAS_FAMILY, canvasFont, FONT_FAMILY, registerFonts } from './fonts.js';
export { characterCount, estimateWidth, measureText } from './measure.js';
export { breakWord, words, wrapCollapsed, wrapParagraphs, wrapWords, type WidthOf, type WrapOptions, type Wrapped } from './wrap.js';
