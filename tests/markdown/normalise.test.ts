import { describe, expect, it } from 'vitest';
import { normaliseMarkdown } from '../../src/render/markdown/normalise.js';
import { oracion } from '../../src/render/markdown/helpers/gramatica.js';

describe('normaliseMarkdown', () => {
  it('ends a list before a paragraph that follows it directly (no lazy continuation)', () => {
    expect(normaliseMarkdown('- uno\n- dos\nAsimismo, otro párrafo.\n')).toBe('- uno\n- dos\n\nAsimismo, otro párrafo.\n');
  });

  it('keeps list items and their indented continuation together', () => {
    expect(normaliseMarkdown('- uno\n  sigue\n- dos\n')).toBe('- uno\n  sigue\n- dos\n');
    expect(normaliseMarkdown('1. uno\n2. dos\n')).toBe('1. uno\n2. dos\n');
  });
});

describe('heading outline', () => {
  it('never skips a level', () => {
    expect(normaliseMarkdown('# Uno\n\n### Sub\n\n## Dos\n\n#### Hondo\n')).toBe('# Uno\n\n## Sub\n\n## Dos\n\n### Hondo\n');
  });
});

describe('oracion helper', () => {
  it('ends a sentence with exactly one period', () => {
    const opts = { name: 'oracion', hash: {}, data: {}, loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } };
    expect(oracion('Texto con punto.', opts)).toBe('Texto con punto.');
    expect(oracion('Texto sin punto', opts)).toBe('Texto sin punto.');
    expect(oracion('Texto *raro*..', opts)).toBe('Texto \\*raro\\*.');
  });
});
