/**
 * `npm run report -- --all` renders states in worker processes (src/pipeline/workers.ts) and
 * commits once in the parent: the written bytes are those of the serial path, and a state
 * that fails leaves every output of every state untouched.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputsOf, report, trimmedProject } from './helpers.js';

const STATES = ['chiapas', 'tabasco'];
const cache = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-perf-cache-'));
const serial = trimmedProject(STATES);
const parallel = trimmedProject(STATES);
afterAll(() => {
  for (const d of [cache, serial, parallel]) rmSync(d, { recursive: true, force: true });
});

describe('report --all in worker processes', () => {
  it('writes the same bytes as the serial build, in one commit', () => {
    const a = report(serial, cache, ['--all', '--trabajos', '1', '--sin-paginar']);
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    const b = report(parallel, cache, ['--all', '--trabajos', '2', '--sin-paginar']);
    expect(b.err).toBe('');
    expect(b.code).toBe(0);
    expect(b.out).toContain('en 2 procesos');
    for (const s of STATES) expect(b.out).toContain(`✔ ${s}`);

    const one = outputsOf(serial);
    const two = outputsOf(parallel);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    expect(one.size).toBeGreaterThanOrEqual(4);
    expect([...one.keys()].some((f) => f.endsWith('.docx'))).toBe(true);
    expect([...one.keys()].some((f) => f.endsWith('.pptx'))).toBe(true);
    for (const [file, bytes] of one) expect(two.get(file)!.equals(bytes), file).toBe(true);
  }, 900_000);

  it('writes nothing for any state when one state fails', () => {
    const before = outputsOf(parallel);
    expect(before.size).toBeGreaterThan(0);
    const twin = [...before.keys()].find((f) => f.startsWith(path.join('reports', 'chiapas')) && f.endsWith('.md'))!;
    rmSync(path.join(parallel, twin)); // would be written again by a commit
    const csv = path.join(parallel, 'data', 'tabasco', 'entrevistas.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/\n/, '\n"sin cerrar,\n'));
    const r = report(parallel, cache, ['--all', '--trabajos', '2', '--sin-paginar']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/entrevistas\.csv/);
    expect(r.err).not.toMatch(/\bat .+\.ts:\d+/);
    expect(existsSync(path.join(parallel, twin))).toBe(false);
    const after = outputsOf(parallel);
    for (const [file, bytes] of after) expect(before.get(file)!.equals(bytes), file).toBe(true);
  }, 900_000);
});
