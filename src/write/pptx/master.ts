/**
 * Slide masters in the organisation's style (BRIEF §7): 16:9 (13.333 × 7.5 in), primary blue
 * title bar, Open Sans (pitchFamily 34 = swiss sans, so viewers without Open Sans fall back to
 * Arial), a footer with the state and the date in Spanish and the slide number. When the data
 * are a sample, the footer says so on every slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { FOOTER_BOX, FOOTER_Y, MARGIN_X, SLIDE_H, SLIDE_NUMBER_BOX, SLIDE_W, TITLE_BAR, TITLE_BOX } from './geometry.js';
import { MASTER_CONTENT, MASTER_COVER, type DeckStyle } from './context.js';
import { TEXT_INSET_PT } from './text-fit.js';

export const LAYOUT_NAME = 'CIE_16x9';
export const TITLE_PLACEHOLDER = 'titulo';
/** Footer and slide number: the smallest text of the deck (12 pt, the minimum of any slide text). */
export const FOOTER_FONT_SIZE = 12;

export function defineMasters(pptx: PptxGenJS, style: DeckStyle, footer: string): void {
  pptx.defineLayout({ name: LAYOUT_NAME, width: SLIDE_W, height: SLIDE_H });
  pptx.layout = LAYOUT_NAME;
  pptx.theme = { headFontFace: style.font, bodyFontFace: style.font };
  const c = style.colors;

  pptx.defineSlideMaster({
    title: MASTER_CONTENT,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { ...TITLE_BAR, fill: { color: c.primario }, line: { color: c.primario, width: 0 } } },
      // thin accent under the bar, in the secondary blue
      { rect: { x: 0, y: TITLE_BAR.h, w: SLIDE_W, h: 0.06, fill: { color: c.secundario }, line: { color: c.secundario, width: 0 } } },
      { line: { x: MARGIN_X, y: FOOTER_Y, w: SLIDE_W - 2 * MARGIN_X, h: 0, line: { color: c.tinte_claro, width: 1 } } },
      {
        text: {
          text: footer,
          options: { ...FOOTER_BOX, fontFace: style.font, fontSize: FOOTER_FONT_SIZE, color: c.gris, valign: 'middle', align: 'left', margin: 2 },
        },
      },
      {
        placeholder: {
          options: {
            // no fontSize here: pptxgenjs lets the placeholder's size win over the slide's, and
            // each slide's title gets the size text-fit chose for it
            name: TITLE_PLACEHOLDER, type: 'title', ...TITLE_BOX, fontFace: style.font, bold: true, color: 'FFFFFF', valign: 'middle', align: 'left', margin: TEXT_INSET_PT,
          },
          text: '',
        },
      },
    ],
    slideNumber: { ...SLIDE_NUMBER_BOX, fontFace: style.font, fontSize: FOOTER_FONT_SIZE, color: c.gris, align: 'right' },
  });

  pptx.defineSlideMaster({
    title: MASTER_COVER,
    background: { color: c.primario },
    objects: [
      { rect: { x: 0, y: SLIDE_H - 0.45, w: SLIDE_W, h: 0.45, fill: { color: c.secundario }, line: { color: c.secundario, width: 0 } } },
      {
        text: {
          text: footer,
          options: { x: MARGIN_X, y: SLIDE_H - 0.43, w: SLIDE_W - 2 * MARGIN_X, h: 0.4, fontFace: style.font, fontSize: FOOTER_FONT_SIZE, color: 'FFFFFF', valign: 'middle', align: 'left', margin: 2 },
        },
      },
    ],
  });
}
