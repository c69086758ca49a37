/** npm run validate / npm run importar as a user runs them: Spanish output, exit codes, no stack traces. */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { FIXTURES, cleanProjects, makeProject } from './helpers.js';

afterAll(cleanProjects);

const run = (script: string, args: string[], root: string) => runCli(script, args, { root });

describe('npm run validate', () => {
  it('prints a summary and exits 0 for good data (--all includes flowchart-only states)', () => {
    const r = run('validate.ts', ['--all'], makeProject());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('✔ prueba: datos correctos');
    expect(r.out).toContain('✔ solo-flujos: estado.yaml correcto');
    expect(r.out).toContain('Todos los estados (2) tienen datos correctos.');
  });

  it('prints every problem, exits 1, and no stack trace', () => {
    const r = run('validate.ts', ['prueba'], makeProject('enum-invalido', 'referencia-rota'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Error: Se encontraron 3 problemas en los datos de prueba');
    expect(r.err).toContain('data/prueba/entrevistas.csv, línea 3, columna 3 [modalidad]: "telefonica" no es una modalidad válida');
    expect(r.err).toContain('data/prueba/segmentos.csv, línea 4, columna 3 [codigo]');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('translates argument errors to Spanish', () => {
    const r = run('validate.ts', ['--todo'], makeProject());
    expect(r.code).toBe(1);
    expect(r.err).toContain('opción desconocida: --todo');
    expect(r.err).toContain('Uso: npm run validate');
    const none = run('validate.ts', [], makeProject());
    expect(none.code).toBe(1);
    expect(none.err).toContain('Indique un estado o --all');
  });

  it('also checks the chapter templates, the deck template and the flowcharts', () => {
    const root = makeProject();
    const config = path.join(root, 'proyecto.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('    - canalizacion', '    - canalisacion'));
    const r = run('validate.ts', ['--all'], root);
    expect(r.code).toBe(1);
    expect(r.err).toContain('proyecto.yaml');
    expect(r.err).toContain('«canalisacion» no tiene plantilla');
  });

  it('an unknown state is a user error', () => {
    const r = run('validate.ts', ['sonora'], makeProject());
    expect(r.code).toBe(1);
    expect(r.err).toContain('No existe el estado «sonora»');
  });
});

describe('npm run importar', () => {
  it('prints segmentos.csv from a Taguette export', () => {
    const root = makeProject();
    const r = run('importar.ts', ['taguette', path.join(FIXTURES, 'importar', 'taguette-resaltados.csv'), '--estado', 'prueba', '--codificador', 'ana',
      '--documentos', path.join(FIXTURES, 'importar', 'documentos.csv')], root);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\r\n');
    expect(lines[0]).toBe('segmento_id,entrevista_id,codigo,etapa,valencia,perfil,extracto,codificador');
    expect(lines[1]).toBe('tg-11,ENT-01,det-sin-protocolo,deteccion,barrera,,"No tenemos un protocolo escrito, todo depende de quién atienda.",ana');
    expect(lines).toHaveLength(7);
    expect(r.err).toContain('6 segmentos importados');
    expect(r.err).toContain('2 fragmentos sin código omitidos');
  });

  it('writes the file with --salida, and the result validates as the state\'s segmentos.csv', () => {
    const root = makeProject();
    const target = path.join(root, 'data', 'prueba', 'segmentos.csv');
    const args = ['qualcoder', path.join(FIXTURES, 'importar', 'qualcoder-codificaciones.csv'), '--estado', 'prueba', '--salida', target];
    const before = readFileSync(target, 'utf8');
    // An existing segmentos.csv is never replaced by accident…
    const refused = run('importar.ts', args, root);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ya existe y no se modificó');
    expect(readFileSync(target, 'utf8')).toBe(before);
    // …only with --reemplazar.
    const r = run('importar.ts', [...args, '--reemplazar'], root);
    expect(r.code).toBe(0);
    expect(r.err).toContain('→ data/prueba/segmentos.csv');
    expect(readFileSync(target, 'utf8').startsWith('\uFEFFsegmento_id,')).toBe(true);
    const v = run('validate.ts', ['prueba'], root);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/segmentos\.csv\s+5 filas/);
  });

  it('reports export problems in Spanish with file and line', () => {
    const r = run('importar.ts', ['taguette', path.join(FIXTURES, 'importar', 'taguette-errores.csv'), '--estado', 'prueba', '--codificador', 'ana'], makeProject());
    expect(r.code).toBe(1);
    expect(r.err).toContain('Se encontraron 3 problemas en');
    expect(r.err).toContain('taguette-errores.csv, línea 2, columna 3 [tag]');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
