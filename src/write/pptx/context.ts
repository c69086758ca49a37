/** What every slide builder receives: the presentation, the data and the deck's style. */
import type PptxGenJS from 'pptxgenjs';
import type { Analysis, ColorName } from '../../analyse/types.js';
import type { StateData } from '../../load/types.js';
import type { PlaceholderName } from './template.js';
import type { Box } from './geometry.js';

export interface DeckStyle {
  font: string;
  fallbackFont: string;
  colors: Record<ColorName, string>;
  /** Body text colour (dark grey, not pure black). */
  text: string;
  /** Light background of cards and table stripes. */
  light: string;
}

/** One shape placed on a slide, for the bounds and overlap checks. */
export interface PlacedShape {
  box: Box;
  what: string;
}

export interface SlideRecord {
  /** Index in the deck (1-based). */
  number: number;
  kind: string;
  title: string;
  notes: string;
  shapes: PlacedShape[];
}

export interface DeckContext {
  pptx: PptxGenJS;
  analysis: Analysis;
  data: StateData;
  style: DeckStyle;
  placeholders: Partial<Record<PlaceholderName, string>>;
  /** Deck title (template `titulo`, placeholders filled). */
  title: string;
  /** Footer text (state · date · sample-data notice). */
  footer: string;
  /** Every slide added, in order (filled by the primitives). */
  slides: SlideRecord[];
  /** Agenda entries, in template order (computed before any slide is drawn). */
  agenda: string[];
  /** The state's flowchart layouts (may be empty). */
  flowcharts: unknown[];
  /** Draws one flowchart layout as native shapes on new slides (src/flowcharts/pptx.ts), when available. */
  flowchartRenderer?: FlowchartRenderer;
  /** Template file, for error messages. */
  templateFile: string;
}

export type FlowchartRenderer = (pptx: PptxGenJS, layout: unknown, opts: Record<string, unknown>) => unknown;

export const MASTER_CONTENT = 'CIE_CONTENIDO';
export const MASTER_COVER = 'CIE_PORTADA';

export const SAMPLE_DATA_NOTICE = 'Datos ilustrativos — no describen casos reales';

export function deckStyle(data: StateData): DeckStyle {
  const e = data.project.estilo;
  return {
    font: e.fuente,
    fallbackFont: e.fuente_alternativa,
    colors: { ...e.colores },
    text: '333333',
    light: 'EEF2FA',
  };
}
