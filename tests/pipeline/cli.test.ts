/** The report command as an analyst runs it: Spanish messages, exit codes, no stack traces. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

function report(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(REPO, 'src', 'cli', 'report.ts'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
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

  it('refuses to build the diagnostic of a flowchart-only state', () => {
    const r = report('tabasco');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no tiene el producto «diagnostico»/);
  });
});
