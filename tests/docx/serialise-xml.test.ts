/**
 * The DOCX body is written by `serialiseXml` instead of docx.js's bundled `xml` package, and its
 * placeholders are replaced in one pass (src/write/docx/xmlify.ts). Both must give the bytes
 * docx.js's own path gives: compared on the package's quirks, on random trees, and on whole
 * documents (the DOCX fixture and the shipped Chihuahua twin) built both ways.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownToDocx, type ImageResolver } from '../../src/write/docx/index.js';
import { serialiseXml } from '../../src/write/docx/serialise-xml.js';
import { xmlifyMode } from '../../src/write/docx/xmlify.js';
import { FIXTURES, fixture, fixtureImages, testInfo } from './support.js';

// docx.js's dependency (pinned in package.json as a dev dependency so the test can load it).
const xml = createRequire(import.meta.url)('xml') as (input: unknown) => string;

describe('serialiseXml writes what the xml package writes', () => {
  const cases: [string, unknown][] = [
    ['empty element closes itself', { 'w:b': {} }],
    ['empty array opens and closes', { 'w:body': [] }],
    ['attributes from _attr, in key order, escaped', { 'w:t': { _attr: { 'xml:space': 'preserve', 'w:val': 'a<b & "c" \'d\'' } } }],
    ['non-string attribute values as they are', { 'w:sz': { _attr: { 'w:val': 24, 'w:on': true, 'w:x': undefined, 'w:y': 0 } } }],
    ['_attr as the first key of an array item', { 'w:p': [{ _attr: { 'w:rsidR': '00' } }, { 'w:r': [] }] }],
    ['text content escaped', { 'w:t': ['Víctimas & «trata» <5> "x"'] }],
    ['a string replaces the item before it', { 'w:p': [{ 'w:r': [] }, 'texto', { 'w:x': {} }] }],
    ['two strings: the last one stays', { 'w:p': ['uno', 'dos'] }],
    ['number and boolean content', { 'w:p': [7, { a: 0 }, false] }],
    ['string value of an element', { 'w:t': 'a & b' }],
    ['empty string value', { 'w:t': '' }],
    ['undefined value', { 'w:t': undefined }],
    ['null value', { 'w:t': null }],
    ['cdata', { 'w:x': { _cdata: 'a ]]> b' } }],
    ['cdata and attributes', { 'w:x': { _attr: { k: 'v' }, _cdata: 'c' } }],
    ['nested document', { 'w:document': [{ _attr: { 'xmlns:w': 'urn:w' } }, { 'w:body': [{ 'w:p': [{ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': 'Heading1' } } }] }, { 'w:r': [{ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'Título'] }] }] }] }] }],
    ['top-level array', [{ a: {} }, { b: ['x'] }]],
    ['object with a second key ignored', { a: { _attr: { k: 1 } }, b: {} }],
    ['empty object item', { a: [{}] }],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      expect(serialiseXml(input)).toBe(xml(input));
    });
  }

  it('on random trees (fast-check)', () => {
    const name = fc.constantFrom('w:p', 'w:r', 'w:t', 'w:tbl');
    const text = fc.constantFrom('a&b', 'x<y>', '"q"', "'s'", 'ñú «»', '', '0', 'texto');
    const scalar = fc.oneof(text, fc.integer({ min: 0, max: 99 }), fc.boolean(), fc.constant(undefined));
    const attrs = fc.dictionary(fc.constantFrom('w:val', 'xml:space', 'k'), scalar, { maxKeys: 3 });
    const { tree } = fc.letrec<{ tree: unknown; value: unknown }>((tie) => ({
      tree: fc.dictionary(name, tie('value'), { minKeys: 1, maxKeys: 1 }),
      value: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.constant({}),
        attrs.map((a) => ({ _attr: a })),
        fc.array(fc.oneof(tie('tree'), attrs.map((a) => ({ _attr: a })), scalar), { maxLength: 5 }),
      ),
    }));
    fc.assert(fc.property(tree, (t) => serialiseXml(t) === xml(t)), { numRuns: 2000, seed: 20261202 });
  });
});

describe('a whole DOCX is the same byte for byte through docx.js and through xmlify.ts', () => {
  afterEach(() => {
    xmlifyMode.fast = true;
  });

  async function bothWays(markdown: string, images: ImageResolver): Promise<[Buffer, Buffer]> {
    xmlifyMode.fast = false;
    const slow = await markdownToDocx(markdown, testInfo(), images);
    xmlifyMode.fast = true;
    const fast = await markdownToDocx(markdown, testInfo(), images);
    return [slow, fast];
  }

  it('the fixture (lists, tables, footnotes, links, a figure, cross-references)', async () => {
    const [slow, fast] = await bothWays(fixture('informe-completo.md'), fixtureImages);
    expect(fast.length).toBeGreaterThan(10_000);
    expect(fast.equals(slow)).toBe(true);
  });

  it('the shipped Chihuahua twin (every chart replaced by the fixture picture)', async () => {
    const twin = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'reports', 'chihuahua', 'diagnostico-chihuahua.md'), 'utf8');
    const png = readFileSync(path.join(FIXTURES, 'grafica-casos.png'));
    const anyPicture: ImageResolver = async () => ({ data: png, width: 640, height: 360 });
    const [slow, fast] = await bothWays(twin, anyPicture);
    expect(fast.length).toBeGreaterThan(100_000);
    expect(fast.equals(slow)).toBe(true);
  }, 60_000);
});
