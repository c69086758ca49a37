/** npm run minuta / plan / informe as a user runs them: Spanish output, exit codes, no stack traces, nothing half-written. */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project.js';
import { runCli } from '../support/cli.js';

const REPO = projectRoot();

function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'programa-cli-'));
  for (const item of ['proyecto.yaml', 'data', 'templates', 'reports']) cpSync(path.join(REPO, item), path.join(dir, item), { recursive: true, filter: (src) => !src.endsWith('.docx') });
  return dir;
}

const run = (script: string, args: string[], root: string) => runCli(script, args, { root });

describe('programme commands', () => {
  it('answer --help in Spanish', () => {
    for (const [script, first] of [['minuta.ts', 'npm run minuta -- <archivo>'], ['plan.ts', 'npm run plan'], ['informe.ts', 'npm run informe -- actividades <n>']] as const) {
      const r = run(script, ['--help'], REPO);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Uso:');
      expect(r.out).toContain(first);
    }
  });

  it('write one minute and the register, then --check passes; a stale twin fails --check with exit 1', () => {
    const root = copyProject();
    const r = run('minuta.ts', ['data/programa/minutas/2026-08-05-inicio.md', '--fecha', '2026-09-01'], root);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Minutas: 1 de 8; registro de acuerdos al 1 de septiembre de 2026 (3 acuerdos)');
    expect(existsSync(path.join(root, 'reports/programa/minutas/2026-08-05-inicio.docx'))).toBe(true);
    // The register was written at another date than the committed one: --check (default date) says so.
    const check = run('minuta.ts', ['--todas', '--check'], root);
    expect(check.code).toBe(1);
    expect(check.err).toContain('reports/programa/registro-acuerdos.md: desactualizado; ejecute «npm run minuta -- --todas»');
    expect(check.err).not.toMatch(/\n\s+at /);
    expect(run('minuta.ts', ['--todas'], root).code).toBe(0);
    expect(run('minuta.ts', ['--todas', '--check'], root).code).toBe(0);
  }, 120_000);

  it('refuse an e-mail in a minute, masked, exit 1, nothing written', () => {
    const root = copyProject();
    appendFileSync(path.join(root, 'data/programa/minutas/2026-11-12-taller-cdmx.md'), '\nEscribir a enlace.personal@correo-ejemplo.mx para la constancia.\n');
    const before = readFileSync(path.join(root, 'reports/programa/informe-final.md'), 'utf8');
    const r = run('informe.ts', ['final'], root);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Se bloqueó la generación');
    expect(r.err).toContain('data/programa/minutas/2026-11-12-taller-cdmx.md, línea');
    expect(r.err).toContain('correo electrónico');
    expect(r.err).not.toContain('enlace.personal@correo-ejemplo.mx');
    expect(readFileSync(path.join(root, 'reports/programa/informe-final.md'), 'utf8')).toBe(before);
    expect(existsSync(path.join(root, 'reports/programa/informe-final.docx'))).toBe(false);
  }, 120_000);

  it('explain argument mistakes in Spanish', () => {
    const a = run('informe.ts', ['actividades', 'dos'], REPO);
    expect(a.code).toBe(1);
    expect(a.err).toContain('El periodo debe ser un número (recibió «dos»)');
    const b = run('plan.ts', ['--fecha', '2026-02-30'], REPO);
    expect(b.code).toBe(1);
    expect(b.err).toContain('--fecha debe ser una fecha AAAA-MM-DD que exista');
    const c = run('minuta.ts', [], REPO);
    expect(c.code).toBe(1);
    expect(c.err).toContain('Indique una minuta o --todas');
  }, 60_000);
});
