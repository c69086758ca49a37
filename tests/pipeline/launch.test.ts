/**
 * src/cli/launch.mjs, how the npm scripts start a command: from a bundle of src/ made once per
 * version of src/ (in the repository's cache folder), each module keeping its own import.meta (fonts,
 * templates, elkjs are found relative to the modules); through tsx when the cache is off.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cliEnv, REPO } from '../support/cli.js';

const cache = mkdtempSync(path.join(tmpdir(), 'lanzador-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const launch = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--expose-gc', path.join(REPO, 'src', 'cli', 'launch.mjs'), ...args], { cwd: REPO, encoding: 'utf8', env: cliEnv({ env }), maxBuffer: 64 * 1024 * 1024 });

describe('the command launcher', () => {
  test('builds a state from the bundle, with charts and flowcharts laid out from scratch (empty caches)', () => {
    const r = launch(['report', 'chihuahua', '--check'], { DIAGNOSTICOS_CACHE: cache });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✔ chihuahua: el gemelo Markdown está al día');
    // The bundle sits in the repository (it imports the packages beside it), the data caches where told.
    const bundles = readdirSync(path.join(REPO, '.tmp', 'cache', 'comandos')).filter((b) => /^report-[0-9a-f]{16}$/.test(b));
    expect(bundles.some((b) => existsSync(path.join(REPO, '.tmp', 'cache', 'comandos', b, 'report.mjs')) && existsSync(path.join(REPO, '.tmp', 'cache', 'comandos', b, 'worker-child.mjs')))).toBe(true);
    expect(existsSync(path.join(cache, 'comandos'))).toBe(false);
    // What the build computed went to the same cache: the flowchart layouts and chart pictures.
    expect(readdirSync(path.join(cache, 'flujogramas')).length).toBeGreaterThan(0);
    expect(readdirSync(path.join(cache, 'imagenes')).length).toBeGreaterThan(0);
  }, 240_000);

  test('runs through tsx, making no bundle, when the cache is off', () => {
    const folder = path.join(REPO, '.tmp', 'cache', 'comandos');
    const bundles = () => (existsSync(folder) ? readdirSync(folder).filter((b) => b.startsWith('validate-')).sort() : []);
    const before = bundles();
    const r = launch(['validate', 'chihuahua'], { DIAGNOSTICOS_CACHE: '0' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('chihuahua');
    expect(bundles()).toEqual(before);
  }, 120_000);

  test('refuses an unknown command in Spanish', () => {
    const r = launch(['reporte'], { DIAGNOSTICOS_CACHE: cache });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Orden desconocida: «reporte»');
  });
});
