/**
 * Outside the live loop, parseReportMarkdown (src/render/markdown/parse.ts) keeps each piece's
 * parse in the on-disk cache, and prepareNarrative (narrative.ts) its parses of each narrative: a
 * build in a new process parses only what an edit changed. Whatever the cache holds (nothing,
 * every piece, some, a corrupt entry), the tree is the one a single parse of the whole text
 * gives, positions included, and a narrative is prepared as without the cache.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseMarkdown, prepareNarrative } from '../../src/render/markdown/narrative.js';
import { parseReportMarkdown, splitSections } from '../../src/render/markdown/parse.js';

const root = path.resolve(import.meta.dirname, '../..');
const twin = readFileSync(path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.md'), 'utf8');

let dir: string;
const previous = process.env.DIAGNOSTICOS_CACHE;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cache-markdown-'));
  process.env.DIAGNOSTICOS_CACHE = dir;
});
afterAll(() => {
  if (previous === undefined) delete process.env.DIAGNOSTICOS_CACHE;
  else process.env.DIAGNOSTICOS_CACHE = previous;
  rmSync(dir, { recursive: true, force: true });
});

const entries = () => readdirSync(path.join(dir, 'markdown')).sort();

describe('parseReportMarkdown with the disk cache', () => {
  test('empty cache, full cache and an edited section all give the whole-text parse', () => {
    const whole = parseMarkdown(twin);
    expect(parseReportMarkdown(twin)).toStrictEqual(whole);
    const stored = entries();
    // One entry per piece (a few pieces may be grouped, never fewer than a handful).
    expect(stored.length).toBeGreaterThan(10);
    expect(stored.length).toBeLessThanOrEqual(splitSections(twin).length);

    // Every piece from the cache: nothing new is stored, the tree is the same.
    expect(parseReportMarkdown(twin)).toStrictEqual(whole);
    expect(entries()).toStrictEqual(stored);

    // One section edited: one new entry, and the positions after it move as a whole parse has them.
    const edited = twin.replace(/^# (.+)$/m, '# $1\n\nUn párrafo nuevo, con *énfasis*,\nen dos líneas.');
    expect(edited).not.toBe(twin);
    expect(parseReportMarkdown(edited)).toStrictEqual(parseMarkdown(edited));
    expect(entries().length).toBe(stored.length + 1);
  });

  test('a corrupt or truncated entry is parsed again, not trusted', () => {
    for (const [i, name] of entries().entries()) {
      const file = path.join(dir, 'markdown', name);
      const text = readFileSync(file, 'utf8');
      // A valid entry whose tree was changed (its hash no longer matches), and a truncated one.
      writeFileSync(file, i % 2 === 0 ? text.replace('"type":"heading"', '"type":"paragraph"').replace('"depth":1', '"depth":2') : text.slice(0, text.length >> 1));
    }
    expect(parseReportMarkdown(twin)).toStrictEqual(parseMarkdown(twin));
  });

  test('a piece repeated in the text gets a tree of its own', () => {
    const md = '# Uno\n\nTexto.\n\n# Uno\n\nTexto.\n\n# Dos\n';
    const tree = parseReportMarkdown(md);
    expect(tree).toStrictEqual(parseMarkdown(md));
    expect(tree.children[0]).not.toBe(tree.children[2]);
    expect(parseReportMarkdown(md)).toStrictEqual(parseMarkdown(md));
  });

  test('narratives are prepared the same from an empty cache, a full one and without it', () => {
    const folder = path.join(root, 'data', 'chihuahua', 'narrativa');
    const files = readdirSync(folder).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    // Each preparation under its own file name: prepareNarrative's in-process memo never answers.
    const prepare = (name: string, run: string) => {
      const used = new Set(['1']);
      const { narrative, problems } = prepareNarrative({ file: `${run}/${name}`, markdown: readFileSync(path.join(folder, name), 'utf8') }, { footnotePrefix: 'c', usedFootnotes: used });
      return { narrative: { ...narrative, file: name }, problems, used: [...used] };
    };
    for (const name of files) {
      process.env.DIAGNOSTICOS_CACHE = '0';
      const plain = prepare(name, 'sin-cache');
      process.env.DIAGNOSTICOS_CACHE = path.join(dir, 'narrativas');
      expect(prepare(name, 'cache-vacia'), name).toStrictEqual(plain);
      expect(prepare(name, 'cache-llena'), name).toStrictEqual(plain);
      expect(plain.narrative.markdown.length, name).toBeGreaterThan(100);
    }
    process.env.DIAGNOSTICOS_CACHE = dir;
    // Both parses of each narrative were stored: as written and as re-serialised (equal texts share one entry).
    expect(readdirSync(path.join(dir, 'narrativas', 'markdown')).filter((f) => f.startsWith('narrativa-')).length).toBeGreaterThanOrEqual(files.length);
  });

  test('with the cache off, one plain parse', () => {
    process.env.DIAGNOSTICOS_CACHE = '0';
    try {
      expect(parseReportMarkdown(twin)).toStrictEqual(parseMarkdown(twin));
    } finally {
      process.env.DIAGNOSTICOS_CACHE = dir;
    }
  });
});
