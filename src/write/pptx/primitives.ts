/**
 * Layout primitives: every shape of the deck is placed through these functions, which fit the
 * text to its box (text-fit.ts), refuse anything outside the slide (geometry.ts) and record
 * what was placed so the builder can check bounds and overlaps.
 */
import type PptxGenJS from 'pptxgenjs';
import { assertOnSlide, TITLE_BOX, type Box } from './geometry.js';
import { MASTER_CONTENT, type DeckContext, type SlideRecord } from './context.js';
import { fitBullets, fitText, TEXT_INSET_PT, type FitOptions, type Fitted } from './text-fit.js';
import { TITLE_PLACEHOLDER } from './master.js';
import { SECONDARY_PREFIXES } from '../../review/deck.js';

const SECONDARY_PREFIX = SECONDARY_PREFIXES[0];

export interface SlideHandle {
  slide: PptxGenJS.Slide;
  record: SlideRecord;
  ctx: DeckContext;
}

/** Title font range: 28 pt, down to 20 pt on two lines, then shortened at a word boundary. */
export const TITLE_FIT: FitOptions = { min: 20, max: 28, bold: true, maxLines: 2 };

export function newSlide(ctx: DeckContext, kind: string, title: string, master = MASTER_CONTENT): SlideHandle {
  const slide = ctx.pptx.addSlide({ masterName: master });
  const record: SlideRecord = { number: ctx.slides.length + 1, kind, title, notes: '', shapes: [] };
  ctx.slides.push(record);
  const h: SlideHandle = { slide, record, ctx };
  if (master === MASTER_CONTENT) {
    const fitted = fitText(title, TITLE_BOX, TITLE_FIT);
    record.title = fitted.text;
    slide.addText(fitted.text, { placeholder: TITLE_PLACEHOLDER, fontSize: fitted.fontSize, fontFace: ctx.style.font, bold: true, color: 'FFFFFF', fit: 'none' });
    record.shapes.push({ box: TITLE_BOX, what: 'título' });
  }
  return h;
}

function place(h: SlideHandle, box: Box, what: string): Box {
  assertOnSlide(box, `${h.record.kind} «${h.record.title}»: ${what}`);
  h.record.shapes.push({ box, what });
  return box;
}

export interface TextStyle {
  color?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  fill?: string;
  /** Line spacing multiple (default text-fit LINE_HEIGHT). */
  spacing?: number;
  name?: string;
  /**
   * Secondary text (a source, a note under a figure, a label): may be 12–17 pt, where body text
   * is 18 pt or more. Its shape is named «Nota · …», the name `src/review/deck.ts` reads.
   */
  secondary?: boolean;
}

/** Shape name of a text: secondary texts carry the prefix the deck review recognises. */
export function shapeName(name: string, secondary = false): string {
  return secondary ? `${SECONDARY_PREFIX} ${name}` : name;
}

/** Adds a text box whose font size is chosen so the text fits; returns what was placed. */
export function addText(h: SlideHandle, text: string, box: Box, fit: FitOptions, style: TextStyle = {}): Fitted {
  const fitted = fitText(text, box, { ...fit, bold: style.bold ?? fit.bold, spacing: style.spacing ?? fit.spacing });
  const name = style.name ?? `texto «${text.slice(0, 30)}»`;
  place(h, box, name);
  h.slide.addText(fitted.text, {
    ...box,
    fontFace: h.ctx.style.font,
    fontSize: fitted.fontSize,
    color: style.color ?? h.ctx.style.text,
    bold: style.bold ?? fit.bold ?? false,
    italic: style.italic ?? false,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    margin: TEXT_INSET_PT,
    fit: 'none',
    wrap: true,
    ...(style.fill ? { fill: { color: style.fill } } : {}),
    ...(style.spacing || fit.spacing ? { lineSpacingMultiple: style.spacing ?? fit.spacing } : {}),
    ...(style.name || style.secondary ? { objectName: shapeName(name, style.secondary) } : {}),
  });
  return fitted;
}

/**
 * Adds a bullet list fitted to the box. Returns the items that did not fit (the caller puts
 * them on a continuation slide) — empty when everything fitted.
 */
export function addBullets(
  h: SlideHandle,
  items: string[],
  box: Box,
  fit: FitOptions & { maxLinesPerItem?: number },
  style: TextStyle & { bulletColor?: string; numbered?: boolean } = {},
): { rest: string[]; fontSize: number } {
  if (!items.length) return { rest: [], fontSize: fit.max };
  const res = fitBullets(items, box, { ...fit, paragraphGap: 0.35 });
  const page = res.pages[0] ?? [];
  place(h, box, style.name ?? 'lista');
  const runs: PptxGenJS.TextProps[] = page.map((t) => ({
    text: t,
    options: {
      bullet: style.numbered ? { type: 'number' } : { code: '25A0', indent: 20 },
      paraSpaceAfter: Math.round(res.fontSize * 0.35),
      breakLine: true,
    },
  }));
  h.slide.addText(runs, {
    ...box,
    fontFace: h.ctx.style.font,
    fontSize: res.fontSize,
    color: style.color ?? h.ctx.style.text,
    bold: style.bold ?? false,
    valign: style.valign ?? 'top',
    align: 'left',
    margin: TEXT_INSET_PT,
    fit: 'none',
    ...(style.fill ? { fill: { color: style.fill } } : {}),
  });
  const placed = page.length;
  return { rest: items.slice(placed), fontSize: res.fontSize };
}

export function addRect(h: SlideHandle, box: Box, fill: string, opts: { line?: string; rounded?: boolean; name?: string } = {}): void {
  place(h, box, opts.name ?? 'rectángulo');
  h.slide.addShape(opts.rounded ? 'roundRect' : 'rect', {
    ...box,
    fill: { color: fill },
    line: { color: opts.line ?? fill, width: opts.line ? 1 : 0 },
    ...(opts.rounded ? { rectRadius: 0.08 } : {}),
    ...(opts.name ? { objectName: opts.name } : {}),
  });
}

/** A right-pointing block arrow between two boxes. */
export function addArrow(h: SlideHandle, box: Box, fill: string): void {
  place(h, box, 'flecha');
  h.slide.addShape('rightArrow', { ...box, fill: { color: fill }, line: { color: fill, width: 0 } });
}

export function addNotes(h: SlideHandle, notes: string): void {
  const text = notes.trim();
  h.record.notes = text;
  if (text) h.slide.addNotes(text);
}

/** Registers a shape drawn directly with pptxgenjs (charts, tables) for the checks. */
export function registerShape(h: SlideHandle, box: Box, what: string): Box {
  return place(h, box, what);
}
