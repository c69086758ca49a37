/** A template entry expands to zero or more slides; each knows how to draw itself. */
import type { DeckContext } from '../context.js';
import type { SlideEntry } from '../template.js';
import { fillPlaceholders, type PlaceholderName } from '../template.js';

export interface PlannedSlide {
  render(ctx: DeckContext): void;
}

export type Planner<K extends SlideEntry['tipo']> = (entry: Extract<SlideEntry, { tipo: K }>, ctx: DeckContext, index: number) => PlannedSlide[];

/** Title of an entry: its `titulo` (or the kind's default) with placeholders filled. */
export function titleOf(ctx: DeckContext, entry: SlideEntry, fallback: string, extra: Partial<Record<PlaceholderName, string>> = {}): string {
  return fillPlaceholders(entry.titulo ?? fallback, { ...ctx.placeholders, ...extra }).replace(/\s+/g, ' ').trim();
}

export function fill(ctx: DeckContext, text: string, extra: Partial<Record<PlaceholderName, string>> = {}): string {
  return fillPlaceholders(text, { ...ctx.placeholders, ...extra });
}

/** Extra notes written in the template, appended to the generated ones. */
export function extraNotes(ctx: DeckContext, entry: SlideEntry, extra: Partial<Record<PlaceholderName, string>> = {}): string | undefined {
  return entry.notas ? fill(ctx, entry.notas, extra) : undefined;
}
