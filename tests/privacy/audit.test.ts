/** The interval audit's model and solver (src/privacy/audit.ts) on small hand-made publications. */
import { describe, expect, it } from 'vitest';
import { auditTables, feasibleIntervals, formatInterval, modelOf, type PublishedTable, type PublishedValue } from '../../src/privacy/audit.js';

const shown = (key: string, value: number): PublishedValue => ({ key, kind: 'shown', value });
const small = (key: string): PublishedValue => ({ key, kind: 'primary' });
const c = (key: string): PublishedValue => ({ key, kind: 'secondary' });
/** A one-line table: cells and their total (the line repeated as its own column totals). */
const line = (...cells: PublishedValue[]): PublishedTable => ({ grid: [cells, cells] });

describe('feasibleIntervals / modelOf', () => {
  it('«24 | <5 | <5 | 32»: both hidden cells are exactly 4', () => {
    const iv = feasibleIntervals(modelOf([line(shown('m', 24), small('h'), small('n'), shown('t', 32))], 5));
    expect(formatInterval(iv.get('h')!)).toBe('[4, 4]');
    expect(formatInterval(iv.get('n')!)).toBe('[4, 4]');
  });

  it('«C | <5 | 6»: C ≥ 5 and <5 ≥ 1 pin both (5 and 1)', () => {
    const iv = feasibleIntervals(modelOf([line(c('m'), small('h'), shown('t', 6))], 5));
    expect([formatInterval(iv.get('m')!), formatInterval(iv.get('h')!)]).toEqual(['[5, 5]', '[1, 1]']);
  });

  it('a hidden total is unbounded above when nothing closes it', () => {
    const iv = feasibleIntervals(modelOf([line(shown('a', 10), c('b'), c('t'))], 5));
    expect(formatInterval(iv.get('b')!)).toBe('[5, ∞)');
    expect(formatInterval(iv.get('t')!)).toBe('[15, ∞)');
  });

  it('a percentage printed with one decimal is an interval: 7.5 % of 40 pins a «<5» to 3', () => {
    const tables = [line(shown('a', 37), small('x'), c('y'), c('t'))];
    expect(formatInterval(feasibleIntervals(modelOf(tables, 5)).get('x')!)).toBe('[1, 4]');
    const withPct = modelOf(tables, 5, [{ part: small('x'), whole: shown('n', 40), percent: 7.5, decimals: 1 }]);
    expect(formatInterval(feasibleIntervals(withPct).get('x')!)).toBe('[3, 3]');
    // rounded to whole percent, 8 % of 40 leaves 3 only too (3/40 = 7.5 % → 8 %; 2/40 = 5 %, 4/40 = 10 %)
    const whole = modelOf(tables, 5, [{ part: small('x'), whole: shown('n', 40), percent: 8, decimals: 0 }]);
    expect(formatInterval(feasibleIntervals(whole).get('x')!)).toBe('[3, 3]');
  });

  it('a value shown anywhere is known everywhere; two different prints of one quantity are refused', () => {
    const iv = feasibleIntervals(modelOf([line(shown('m', 24), small('h'), small('n'), c('t')), line(shown('t', 32), shown('t2', 32))], 5));
    expect(formatInterval(iv.get('h')!)).toBe('[4, 4]');
    expect(() => modelOf([line(shown('t', 32), shown('u', 1)), line(shown('t', 31), shown('u', 1))], 5)).toThrow(/se publica con dos valores/);
  });

  it('inconsistent published values are an error, not an empty interval', () => {
    expect(() => feasibleIntervals(modelOf([line(shown('a', 10), small('x'), shown('t', 30))], 5))).toThrow(/no son coherentes/);
  });
});

describe('auditTables', () => {
  it('judges «<5» against the widest interval its labels allow', () => {
    // a total «<5» over two «<5»: each is at most 3 whatever is printed, so [1, 3] is safe
    const t = line(small('a'), small('b'), shown('z', 0), small('t'));
    const truth = new Map([['a', 1], ['b', 2], ['t', 3]]);
    const audit = auditTables([t], truth, 5);
    expect(audit.map((x) => [x.key, formatInterval(x.interval), formatInterval(x.attainable), x.safe])).toEqual([
      ['a', '[1, 3]', '[1, 3]', true], ['b', '[1, 3]', '[1, 3]', true], ['t', '[2, 4]', '[2, 4]', true],
    ]);
    // printing the total pins what the labels left open
    const printed = auditTables([line(small('a'), small('b'), shown('t', 3))], truth, 5);
    expect(printed.every((x) => !x.safe)).toBe(true);
  });
});
