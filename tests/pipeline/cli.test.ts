/** The report command as an analyst runs it: Spanish messages, exit codes, no stack traces. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { cleanProjects, makeProject } from '../data/helpers.js';
import { REPO } from './helpers.js';

afterAll(cleanProjects);

function report(...args: string[]) {
  return cli('report.ts', args);
}

const cli = (script: string, args: string[], env: Record<string, string> = {}) => runCli(script, args, { env });

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

  // A flowchart-only state of the fixture project (data/solo-flujos, productos: [flujogramas]),
  // on its own root: if the refusal ever regressed, the build would not land in the repository.
  it('privacy review of a flowchart-only state explains the missing product', () => {
    const r = runCli('privacy.ts', ['solo-flujos'], { root: makeProject() });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no tiene el producto «diagnostico»/);
  });

  it('refuses to build the diagnostic of a flowchart-only state', () => {
    const r = runCli('report.ts', ['solo-flujos'], { root: makeProject() });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no tiene el producto «diagnostico»/);
  });
});
