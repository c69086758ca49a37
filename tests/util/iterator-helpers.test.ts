/**
 * The Iterator-helper polyfill (src/util/iterator-helpers.ts) that replaced core-js: it behaves
 * as the spec's Iterator.prototype.reduce, and it covers every helper remark-docx calls.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLYFILLED_ITERATOR_HELPERS } from '../../src/util/iterator-helpers.js';

type WithReduce = Iterator<unknown> & { reduce: (f: (a: unknown, v: unknown, i: number) => unknown, init?: unknown) => unknown };
const it$ = <T>(iterable: Iterable<T>) => iterable[Symbol.iterator]() as unknown as WithReduce;

describe('Iterator.prototype.reduce', () => {
  it('is on every built-in iterator (Map, Set, Array, String, generators), not enumerable', () => {
    const map = new Map([['a', 1], ['b', 2]]);
    expect(it$(map.entries()).reduce((acc: unknown, [k, v]: any) => ({ ...(acc as object), [k]: v }), {})).toEqual({ a: 1, b: 2 });
    expect(it$(new Set([1, 2, 3])).reduce((a: any, v: any) => a + v, 0)).toBe(6);
    expect(it$([1, 2, 3]).reduce((a: any, v: any) => a * v, 1)).toBe(6);
    expect(it$('abc').reduce((a: any, v: any) => v + a, '')).toBe('cba');
    function* gen() { yield 1; yield 2; }
    expect((gen() as unknown as WithReduce).reduce((a: any, v: any) => a + v, 10)).toBe(13);
    const proto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    expect(Object.getOwnPropertyDescriptor(proto, 'reduce')).toMatchObject({ writable: true, configurable: true, enumerable: false });
    expect(Object.keys(proto)).not.toContain('reduce');
  });

  it('passes a counter; without a seed the first value is the seed; an empty iterator without one is a TypeError', () => {
    const calls: Array<[unknown, unknown, number]> = [];
    expect(it$(['x', 'y', 'z']).reduce((a, v, i) => { calls.push([a, v, i]); return `${a}${v}`; })).toBe('xyz');
    expect(calls).toEqual([['x', 'y', 1], ['xy', 'z', 2]]);
    const seeded: number[] = [];
    it$(['x', 'y']).reduce((_a, _v, i) => seeded.push(i), 0);
    expect(seeded).toEqual([0, 1]);
    expect(() => it$([]).reduce((a) => a)).toThrow(TypeError);
    expect(it$([]).reduce((a) => a, 'seed')).toBe('seed');
    expect(it$([]).reduce((a) => a, undefined)).toBeUndefined();
  });

  it('closes the iterator when the reducer throws, and rejects a reducer that is not a function', () => {
    let closed = 0;
    const source = {
      i: 0,
      next() { return { done: false, value: this.i++ }; },
      return() { closed++; return { done: true, value: undefined }; },
    };
    Object.setPrototypeOf(source, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
    const boom = new Error('boom');
    expect(() => (source as unknown as WithReduce).reduce((_a, v) => { if (v === 3) throw boom; return v; }, 0)).toThrow(boom);
    expect(closed).toBe(1);
    expect(() => (source as unknown as WithReduce).reduce(42 as never)).toThrow(TypeError);
    expect(closed).toBe(2);
  });
});

describe('coverage of the dependencies', () => {
  const HELPERS = ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find'];

  it('remark-docx calls no Iterator helper the polyfill lacks', () => {
    const lib = path.join(import.meta.dirname, '..', '..', 'node_modules', 'remark-docx', 'lib');
    const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c|m)?js$/.test(f) && !/^plugins[\\/]/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const called = new Set<string>();
    for (const f of files) {
      const code = readFileSync(path.join(lib, f), 'utf8');
      // an iterator-returning call (Map/Set/Array .entries/.keys/.values, matchAll) followed by a helper
      for (const m of code.matchAll(/\.(?:entries|keys|values|matchAll)\([^()]*\)\s*\.\s*([A-Za-z]+)\(/g)) {
        if (HELPERS.includes(m[1]!)) called.add(m[1]!);
      }
      if (/\bIterator\s*\.\s*from\b/.test(code)) called.add('Iterator.from');
    }
    expect(called.has('reduce'), 'the call this polyfill exists for').toBe(true);
    expect([...called].filter((h) => !(POLYFILLED_ITERATOR_HELPERS as readonly string[]).includes(h))).toEqual([]);
  });
});
