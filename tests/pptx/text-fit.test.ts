/** Text fitting: sizes within bounds, truncation at word boundaries, lists split across slides. */
import { describe, expect, it } from 'vitest';
import { breaksWord, commonFontSize, fitBullets, fits, fitText, textWidth, truncateToLines, wrap } from '../../src/write/pptx/text-fit.js';
import { layoutTable } from '../../src/write/pptx/table.js';
import { assertOnSlide, columns, CONTENT, inside, SLIDE_H, SLIDE_W } from '../../src/write/pptx/geometry.js';

const box = { x: 1, y: 1, w: 4, h: 1 };
const LOREM = 'La canalización de víctimas entre instituciones depende de directorios que no se actualizan y de acuerdos informales entre personas servidoras públicas';

describe('width estimate', () => {
  it('grows with length and size; bold is wider; wide letters are wider than narrow ones', () => {
    expect(textWidth('abc', 20)).toBeGreaterThan(textWidth('abc', 10));
    expect(textWidth('abcd', 12)).toBeGreaterThan(textWidth('abc', 12));
    expect(textWidth('Detección', 12, true)).toBeGreaterThan(textWidth('Detección', 12));
    expect(textWidth('mmmm', 12)).toBeGreaterThan(textWidth('iiii', 12));
    // accented letters measure as their base letter
    expect(textWidth('Ó', 12)).toBe(textWidth('O', 12));
  });
});

describe('fitText', () => {
  it('uses the largest size that fits', () => {
    const f = fitText('Hola', box, { min: 10, max: 40 });
    expect(f.fontSize).toBe(40);
    expect(f.truncated).toBe(false);
    const g = fitText(LOREM, box, { min: 8, max: 40 });
    expect(g.fontSize).toBeLessThan(40);
    expect(g.fontSize).toBeGreaterThanOrEqual(8);
    expect(fits(g.text, box, g.fontSize)).toBe(true);
    expect(fits(g.text, box, g.fontSize + 1)).toBe(false);
  });

  it('at the minimum size, shortens at a word boundary with "…", never mid-word', () => {
    const f = fitText(LOREM, { x: 0, y: 0, w: 3, h: 0.5 }, { min: 14, max: 18 });
    expect(f.truncated).toBe(true);
    expect(f.text.endsWith('…')).toBe(true);
    const kept = f.text.slice(0, -1);
    expect(LOREM.startsWith(kept)).toBe(true);
    const words = LOREM.split(' ');
    expect(words).toContain(kept.split(' ').pop());
    expect(fits(f.text, { x: 0, y: 0, w: 3, h: 0.5 }, 14)).toBe(true);
  });

  it('respects maxLines', () => {
    const f = fitText(LOREM, { x: 0, y: 0, w: 12, h: 3 }, { min: 20, max: 28, maxLines: 1 });
    expect(wrap(f.text, 12 - 2 * (6 / 72), f.fontSize).length).toBe(1);
  });

  it('prefers a smaller size to splitting a word', () => {
    const narrow = { x: 0, y: 0, w: 1.6, h: 1.2 };
    const f = fitText('semiestructuradas', narrow, { min: 8, max: 24 });
    expect(breaksWord(f.text, narrow.w - 2 * (6 / 72), f.fontSize)).toBe(false);
  });

  it('truncateToLines leaves text that fits untouched', () => {
    expect(truncateToLines('Dos palabras', 5, 12, 1)).toEqual({ text: 'Dos palabras', truncated: false });
  });

  it('commonFontSize is the size the hardest text needs', () => {
    const a = { text: 'Detección', box };
    const b = { text: 'Canalización y contrarreferencia', box };
    const s = commonFontSize([a, b], { min: 8, max: 40, maxLines: 1 });
    expect(s).toBe(fitText(b.text, box, { min: 8, max: 40, maxLines: 1 }).fontSize);
  });
});

describe('pathological text: long tokens, URLs, long table cells', () => {
  const WORD = 'Palabra'.padEnd(100_000, 'x');
  const URL = `https://example.org/${'segmento/'.repeat(60)}fin`;

  it('fitText keeps a 100,000-character word inside its box, shortened with "…"', () => {
    const f = fitText(WORD, box, { min: 10, max: 20 });
    expect(f.truncated).toBe(true);
    expect(f.fontSize).toBe(10);
    expect(f.text.startsWith('Palabraxxx')).toBe(true);
    expect(f.text.endsWith('…')).toBe(true);
    expect(fits(f.text, box, 10)).toBe(true);
  });

  it('truncateToLines cuts a first word longer than the lines allowed instead of dropping it', () => {
    const t = truncateToLines(WORD, 3, 12, 2);
    expect(t.truncated).toBe(true);
    expect(t.text).toMatch(/^Palabrax+…$/);
    expect(wrap(t.text, 3, 12)).toHaveLength(2);
    // words before a long token are kept whole
    expect(truncateToLines(`Véase ${URL} para el detalle`, 3, 12, 1).text).toBe('Véase…');
  });

  it('fitBullets and the deck table measure and paginate long cells in bounded time', () => {
    const items = [`Incorporar ${WORD} al protocolo`, URL, LOREM];
    const r = fitBullets(items, { x: 0, y: 0, w: 6, h: 3 }, { min: 12, max: 18, maxLinesPerItem: 4 });
    expect(r.pages.flat()).toHaveLength(3);
    const columns = [{ header: 'Recomendación', width: 5, maxLines: 4 }, { header: 'Responsable', width: 2 }];
    const rows = [[{ text: `Incorporar ${WORD}` }, { text: URL }], [{ text: LOREM }, { text: 'Consejo Estatal' }]];
    const t = layoutTable(columns, rows, 4, { min: 10, max: 14 });
    expect(t.truncated).toBe(true);
    expect(t.pages.flatMap((p) => p.rows)).toHaveLength(2);
    for (const p of t.pages) for (const row of p.rows) row.forEach((cell, j) => expect(wrap(cell.text, columns[j]!.width - 0.14, t.fontSize).length).toBeLessThanOrEqual(columns[j]!.maxLines ?? 99));
  });
});

describe('fitBullets', () => {
  it('one page when the list fits', () => {
    const r = fitBullets(['Uno', 'Dos', 'Tres'], CONTENT, { min: 12, max: 24 });
    expect(r.pages).toEqual([['Uno', 'Dos', 'Tres']]);
    expect(r.fontSize).toBe(24);
  });

  it('splits a long list across pages at the minimum size, keeping every item once and in order', () => {
    const items = Array.from({ length: 40 }, (_, i) => `Punto ${i + 1}: ${LOREM}`);
    const r = fitBullets(items, { x: 0, y: 0, w: 6, h: 3 }, { min: 14, max: 20, maxLinesPerItem: 2 });
    expect(r.fontSize).toBe(14);
    expect(r.pages.length).toBeGreaterThan(1);
    const flat = r.pages.flat();
    expect(flat.length).toBe(40);
    flat.forEach((t, i) => expect(t.startsWith(`Punto ${i + 1}:`)).toBe(true));
  });
});

describe('geometry', () => {
  it('boxes inside the slide pass; outside throws', () => {
    expect(inside({ x: 0, y: 0, w: SLIDE_W, h: SLIDE_H })).toBe(true);
    expect(() => assertOnSlide({ x: 12, y: 1, w: 2, h: 1 }, 'prueba')).toThrow(/fuera de la diapositiva/);
    for (const c of columns(CONTENT, 3)) expect(inside(c)).toBe(true);
  });
});
