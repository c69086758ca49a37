/**
 * Spanish of the committed report twins (#13): no sentence starts with a digit, and a count of
 * one never takes a plural noun from the templates' own vocabulary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statesWithProduct } from '../../src/load/state.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const STATES = statesWithProduct('diagnostico', ROOT);

/** Prose lines of a twin: no tables, captions, sources, headings, quotations or list markers. */
function prose(md: string): { line: number; text: string }[] {
  return md.split('\n').map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text.trim() !== '' && !/^(\||Tabla:|Figura:|Fuente:|#|>|<!--|!\[)/.test(text));
}

describe.each(STATES)('Spanish of reports/%s', (state) => {
  const md = readFileSync(path.join(ROOT, 'reports', state, `diagnostico-${state}.md`), 'utf8');
  it('no sentence starts with a digit', () => {
    const bad = prose(md).flatMap(({ line, text }) => {
      // a list item may lead with a bold label («- **Acceso a la justicia**: 37 fragmentos…»): not a sentence start
      const lead = /^(?:- |\d+\. )(\*\*[^*]+\*\*:? ?)?/.exec(text);
      const body = text.slice(lead?.[0].length ?? 0);
      const starts = lead?.[1] ? /[.!?] (\d\S* \S+)/g : /(?:^|[.!?] )(\d\S* \S+)/g;
      return [...body.matchAll(starts)]
        .filter((m) => !/\bnúm\.$/.test(body.slice(0, m.index + 1))) // «(núm. 29)»
        .map((m) => `${line}: «${m[1]}»`);
    });
    expect(bad).toEqual([]);
  });
  it('a count of one takes a singular noun', () => {
    const plurals = ['entrevistas', 'menciones', 'fragmentos', 'instituciones', 'instrumentos', 'herramientas', 'recomendaciones', 'organizaciones', 'municipios', 'sectores', 'etapas', 'víctimas', 'barreras', 'retos', 'avances'];
    const bad = prose(md).flatMap(({ line, text }) => [...text.matchAll(new RegExp(`(?<![\\d,.])1 (${plurals.join('|')})\\b`, 'g'))].map((m) => `${line}: «${m[0]}»`));
    expect(bad).toEqual([]);
  });
});
