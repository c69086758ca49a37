/**
 * The one wrap (render/text): greedy lines, over-long tokens cut where they stop fitting, and a
 * cost proportional to the text whatever its tokens (counted in characters measured, not timed).
 */
import { describe, expect, it } from 'vitest';
import { breakWord, characterCount, estimateWidth, measureText, wrapCollapsed, wrapParagraphs, wrapWords, words, type WidthOf } from '../../src/render/text/index.js';

/** A width function that counts the characters it is asked to measure. */
function counting(width: WidthOf = characterCount): { width: WidthOf; measured: () => number } {
  let total = 0;
  return { width: (s) => { total += s.length; return width(s); }, measured: () => total };
}

describe('wrapWords', () => {
  it('joins words greedily while the line fits', () => {
    expect(wrapWords(words('uno dos tres cuatro cinco'), 9, characterCount).lines).toEqual(['uno dos', 'tres', 'cuatro', 'cinco']);
    expect(wrapWords([], 10, characterCount)).toEqual({ lines: [], broken: false });
  });

  it('cuts only a word wider than the line, and says so', () => {
    const w = wrapWords(words('la canalización interinstitucional'), 10, characterCount);
    expect(w.broken).toBe(true);
    expect(w.lines).toEqual(['la', 'canalizaci', 'ón', 'interinsti', 'tucional']);
    expect(w.lines.every((l) => l.length <= 10)).toBe(true);
  });

  it('hyphenates a cut in a plain word between two letters only; URLs, e-mails and numbers get none', () => {
    const hy = { hyphenate: true };
    expect(wrapWords(['Representación'], 8, characterCount, hy).lines).toEqual(['Represe-', 'ntación']);
    expect(wrapWords(['¿Indicadores?'], 8, characterCount, hy).lines).toEqual(['¿Indica-', 'dores?']);
    const url = 'https://www.gob.mx/segob/documentos/protocolo-nacional-trata';
    const lines = wrapWords([url], 12, characterCount, hy).lines;
    expect(lines.every((l) => l.length <= 12)).toBe(true);
    expect(lines.join('')).toBe(url);
    expect(wrapWords(['atencion.victimas@fiscalia.gob.mx'], 10, characterCount, hy).lines.join('')).toBe('atencion.victimas@fiscalia.gob.mx');
    expect(wrapWords(['1234567890123'], 5, characterCount, hy).lines).toEqual(['12345', '67890', '123']);
  });

  it('keeps words up to keepWordsUpTo whole, cutting only longer ones', () => {
    expect(wrapWords(['Identificación', 'y', 'canalización'], 10, characterCount, { keepWordsUpTo: 30 }).lines).toEqual(['Identificación', 'y', 'canalización']);
    expect(wrapWords(['x'.repeat(45)], 10, characterCount, { keepWordsUpTo: 30 }).lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    const emoji = '😀'.repeat(7); // 14 UTF-16 code units
    const pieces = breakWord(emoji, 3, characterCount);
    expect(pieces.join('')).toBe(emoji);
    for (const p of pieces) expect(p).toBe([...p].join('')); // no lone surrogate
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p) && !/^[\uDC00-\uDFFF]/.test(p))).toBe(true);
  });
});

describe('paragraphs and collapsed text', () => {
  it('wrapParagraphs keeps "\\n" paragraphs and empty lines (a slide text box)', () => {
    expect(wrapParagraphs('uno dos\n\ntres', 20, characterCount).lines).toEqual(['uno dos', '', 'tres']);
  });
  it('wrapCollapsed treats all whitespace as one space (a flowchart box)', () => {
    expect(wrapCollapsed('  uno\n dos\t tres ', 20, characterCount).lines).toEqual(['uno dos tres']);
    expect(wrapCollapsed('   ', 20, characterCount).lines).toEqual([]);
  });
});

describe('time proportional to the text, whatever its tokens', () => {
  const N = 100_000;
  const cases: [string, string][] = [
    ['one 100,000-character word', 'x'.repeat(N)],
    ['a long URL among words', `Véase ${'https://example.org/'.repeat(N / 20)} y lo demás`],
    ['many short words', 'ab '.repeat(N / 3)],
    ['a long run of wide letters', 'W'.repeat(N)],
  ];
  it.each(cases)('%s: every piece fits, the text reads back, at most ~40 characters measured per character', (_name, text) => {
    const c = counting();
    const { lines } = wrapCollapsed(text, 40, c.width);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(c.measured()).toBeLessThan(40 * text.length);
  });

  it('the deck estimate and the canvas measure cut a 100,000-character word in bounded work', () => {
    const word = 'Palabra'.padEnd(N, 'x');
    const deck = counting((s) => estimateWidth(s, 12));
    const slide = wrapParagraphs(word, 4 * 72, deck.width); // a 4-inch box at 12 pt
    expect(slide.broken).toBe(true);
    expect(deck.measured()).toBeLessThan(40 * N);
    const canvas = counting((s) => measureText(s, 12));
    const box = wrapCollapsed(word, 150, canvas.width, { hyphenate: true });
    expect(box.lines.every((l) => measureText(l, 12) <= 150)).toBe(true);
    expect(canvas.measured()).toBeLessThan(40 * N);
  });
});
