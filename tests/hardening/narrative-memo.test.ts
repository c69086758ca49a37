/**
 * #14: prepareNarrative remembers its last result per file (the live rebuild prepares the same
 * narratives after every save). A hit must give what preparing again would give: an equal,
 * unshared result and the same labels added to usedFootnotes; other labels taken must miss.
 */
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareNarrative, type NarrativeSource } from '../../src/render/markdown/narrative.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Prepares with a copy of `used`; gives the result and the labels in the set afterwards, in order. */
function run(source: NarrativeSource, used: string[], prefix = 'cap') {
  const set = new Set(used);
  const r = prepareNarrative(source, { footnotePrefix: prefix, usedFootnotes: set });
  return { ...r, used: [...set] };
}

/** A file name never prepared before in this process: the memo cannot answer for it. */
let fresh = 0;
function uncached(source: NarrativeSource, used: string[], prefix = 'cap') {
  const file = `${source.file}#sin-memo-${fresh++}`;
  const r = run({ file, markdown: source.markdown }, used, prefix);
  // The file name is part of the result: put the original back to compare.
  return JSON.parse(JSON.stringify(r).split(JSON.stringify(file).slice(1, -1)).join(JSON.stringify(source.file).slice(1, -1))) as typeof r;
}

const WITH_NOTES: NarrativeSource = {
  file: 'data/prueba/narrativa/memo.md',
  markdown: 'Texto con nota[^a] y otra[^b].\n\n[^a]: Primera.\n[^b]: Segunda.\n\n- uno\n- dos\n',
};

describe('prepareNarrative memo', () => {
  it('gives an equal, unshared result and replays the same labels', () => {
    const first = run(WITH_NOTES, ['x']);
    expect(first.problems).toEqual([]);
    expect(first.used).toEqual(['x', 'a', 'b']);
    first.narrative.sourceLines.push(99);
    first.narrative.counts.tables = 7;
    first.narrative.markdown = 'cambiado';
    const second = run(WITH_NOTES, ['x']);
    expect(second).toEqual(uncached(WITH_NOTES, ['x']));
    expect(second.used).toEqual(['x', 'a', 'b']);
    expect(second.narrative.counts.tables).toBe(0);
  });

  it('misses when other labels are taken, and when the text or the prefix change', () => {
    run(WITH_NOTES, []);
    const taken = run(WITH_NOTES, ['a']);
    expect(taken.used).toEqual(['a', 'cap-a', 'b']);
    expect(taken.narrative.markdown).toContain('[^cap-a]: Primera.');
    expect(taken).toEqual(uncached(WITH_NOTES, ['a']));
    expect(run(WITH_NOTES, ['a'])).toEqual(taken);
    expect(run(WITH_NOTES, ['a', 'cap-a'])).toEqual(uncached(WITH_NOTES, ['a', 'cap-a']));
    expect(run(WITH_NOTES, ['a'], 'otro')).toEqual(uncached(WITH_NOTES, ['a'], 'otro'));
    const edited = { ...WITH_NOTES, markdown: WITH_NOTES.markdown.replace('Primera', 'Primera, corregida') };
    expect(run(edited, ['a']).narrative.markdown).toContain('[^cap-a]: Primera, corregida.');
    expect(run(WITH_NOTES, [])).toEqual(uncached(WITH_NOTES, []));
  });

  it('remembers problems and empty narratives without adding labels', () => {
    const bad: NarrativeSource = { file: 'data/prueba/narrativa/mala.md', markdown: '# Título\n\nTexto[^a].\n\n[^a]: Nota.\n' };
    const first = run(bad, ['z']);
    expect(first.problems).toHaveLength(1);
    expect(run(bad, ['z'])).toEqual(first);
    expect(run(bad, ['z']).used).toEqual(['z']);
    const blank: NarrativeSource = { file: 'data/prueba/narrativa/vacia.md', markdown: '  \n' };
    expect(run(blank, ['z'])).toEqual(run(blank, ['z']));
  });

  it('on every shipped narrative, with free and taken footnote labels', () => {
    const dirs = readdirSync(path.join(root, 'data')).map((d) => path.join(root, 'data', d, 'narrativa')).filter((d) => {
      try {
        return readdirSync(d).length > 0;
      } catch {
        return false;
      }
    });
    const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => path.join(d, f)));
    expect(files.length).toBeGreaterThan(10);
    for (const abs of files) {
      const source = { file: path.relative(root, abs), markdown: readFileSync(abs, 'utf8') };
      const ids = [...source.markdown.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]!.toLowerCase());
      for (const used of [[], ids, ids.slice(0, 1), []]) {
        const want = uncached(source, used);
        expect(run(source, used)).toEqual(want);
        expect(run(source, used)).toEqual(want);
      }
    }
  });
});
