/** The report command as an analyst runs it: Spanish messages, exit codes, no stack traces. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

function report(...args: string[]) {
  return cli('report.ts', args);
}

function cli(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(REPO, 'src', 'cli', script), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run report', () => {
  it('refuses an unknown state in Spanish, without a stack trace', () => {
    const r = report('sonora');
    expect(r.code).toBe(1);
    expect(r.err).toContain('No existe el estado «sonora»');
    expect(r.err).toContain('chihuahua');
    expect(r.err).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it('refuses an unknown option in Spanish', () => {
    const r = report('--todo');
    expect(r.code).toBe(1);
    expect(r.err).toContain('opción desconocida');
  });

  it('says what to do when no state is given', () => {
    const r = report();
    expect(r.code).toBe(1);
    expect(r.err).toContain('Indique un estado o --all');
  });

  it('with --pdf and no LibreOffice, says so before building anything', () => {
    const r = cli('report.ts', ['chihuahua', '--pdf'], { SOFFICE: path.join(REPO, 'no-existe', 'soffice') });
    expect(r.code).toBe(1);
    expect(r.err).toContain('LibreOffice no está instalado');
    expect(r.err).toContain('No se generó nada');
    expect(r.err).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it('privacy review of a flowchart-only state explains the missing product', () => {
    const r = cli('privacy.ts', ['tabasco']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no tiene el producto «diagnostico»/);
  });

  it('refuses to build the diagnostic of a flowchart-only state', () => {
    // (Tabasco now has report products of its own: the rapid analysis, tests/tabasco/.)
    const r = report('baja-california');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no tiene el producto «diagnostico»/);
  });
});
