/**
 * What the live loop keeps between rebuilds (src/pipeline/live-loop.ts: section parses, scanner
 * answers, figure runs, DOCX tables, the deck worker) must never show in the outputs: in the loop, a build
 * writes the bytes a single build writes, after an edit the edited bytes, and after the edit is
 * undone the first bytes again — in this process, as `--vigilar` runs it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { enterLiveLoop, leaveLiveLoop } from '../../src/pipeline/live-loop.js';
import { reportProductsOf } from '../../src/pipeline/products/index.js';
import { runProducts } from '../../src/pipeline/run.js';
import { readZip } from '../../src/util/zip-reader.js';
import { outputsOf, trimmedProject } from '../perf/helpers.js';

const STATE = 'chihuahua';
const root = trimmedProject([STATE]);
afterAll(() => {
  leaveLiveLoop();
  rmSync(root, { recursive: true, force: true });
});

async function build(): Promise<Map<string, Buffer>> {
  const project = loadProjectConfig(root);
  const jobs = reportProductsOf(STATE, root).map((product) => ({ product, request: { root, outRoot: root, project, slug: STATE, options: { paginar: false } } }));
  await runProducts(jobs);
  return outputsOf(root);
}

function expectSame(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), file).toBe(true);
}

describe('the live loop', () => {
  it('writes what a single build writes, rebuild after rebuild, edits included', async () => {
    const single = await build();
    expect([...single.keys()].some((f) => f.endsWith('.docx'))).toBe(true);
    expect([...single.keys()].some((f) => f.endsWith('.pptx'))).toBe(true);
    enterLiveLoop();
    expectSame(await build(), single);

    const csv = path.join(root, 'data', STATE, 'recomendaciones.csv');
    const original = readFileSync(csv, 'utf8');
    const lines = original.split('\n');
    lines[1] = lines[1]!.replace(/"([^"]{20,})"/, (_m, cell: string) => `"${cell} (edición en vivo)"`);
    expect(lines.join('\n')).not.toBe(original);
    writeFileSync(csv, lines.join('\n'));
    const edited = await build();
    const twin = [...edited.keys()].find((f) => f.endsWith(`diagnostico-${STATE}.md`))!;
    expect(edited.get(twin)!.toString('utf8')).toContain('(edición en vivo)');
    const docx = [...edited.keys()].find((f) => f.endsWith('.docx'))!;
    expect(edited.get(docx)!.equals(single.get(docx)!)).toBe(false);
    // The edited cell is in a table of the DOCX: a table the loop builds again, next to the ones
    // it reuses (src/write/docx/builders/reused-blocks.ts).
    const body = readZip(edited.get(docx)!).find((p) => p.name === 'word/document.xml')!.text();
    expect(body.match(/<w:tbl>(?:(?!<\/w:tbl>).)*<\/w:tbl>/gs)!.some((t) => t.includes('(edición en vivo)'))).toBe(true);

    writeFileSync(csv, original);
    expectSame(await build(), single);
    leaveLiveLoop();
    // And a single build after the loop, with the edit again, writes what the loop wrote.
    writeFileSync(csv, lines.join('\n'));
    expectSame(await build(), edited);
    writeFileSync(csv, original);
  }, 300_000);
});
