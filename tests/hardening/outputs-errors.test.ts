/**
 * Issue #12: whatever goes wrong, the analyst reads Spanish and never a stack.
 * - An unexpected error in any command (injected with DIAGNOSTICOS_PRUEBA_ERROR_INTERNO, thrown
 *   in the command, from a timer, or as a forgotten rejected promise) is one Spanish line with
 *   the path of a log file that holds the stack; exit 2.
 * - SOURCE_DATE_EPOCH has one reader; a value that is not a whole number of seconds in a zip's
 *   date range is a Spanish error (it was silently ignored, or a crash for a huge number).
 * - The remaining input classes of the issue, through the real commands: a path that is a
 *   folder or missing, umbral_supresion 0 and 1, a YAML alias bomb (refused quickly), a SESNSP
 *   file without the state's rows.
 * The first two groups failed on the main of 2026-12-02; the last one is the command-level
 * check of fixes that landed with tests/hardening/inputs.test.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStateConfig } from '../../src/load/state.js';
import { readProjectConfig } from '../../src/config/project.js';
import { todayIso } from '../../src/privacy/retention.js';
import { buildDate } from '../../src/util/deterministic-zip.js';
import { sourceDate } from '../../src/util/source-date.js';
import { formatUserError } from '../../src/util/errors.js';
import { REPO, cleanProjects, expectProblem, makeProject, userError } from '../data/helpers.js';
import { runCliAsync, type CliResult } from '../support/cli.js';
import { STACK } from './outputs-helpers.js';

afterAll(cleanProjects);

describe('errores internos: una línea en español y un registro con los detalles', () => {
  const CLIS: [string, string[]][] = [
    ['report.ts', ['prueba']],
    ['validate.ts', ['prueba']],
    ['flujogramas.ts', ['prueba']],
    ['privacy.ts', ['prueba']],
    ['importar.ts', ['taguette', 'x.csv', '--estado', 'prueba']],
  ];
  const results = new Map<string, CliResult & { root: string }>();
  beforeAll(async () => {
    const runs = [
      ...CLIS.map(([script, args]) => [script, args, 'sincrono'] as const),
      ['report.ts', ['prueba'], 'asincrono'] as const,
      ['report.ts', ['prueba'], 'promesa'] as const,
    ];
    // Each its own project: two builds of one project would wait for each other's lock.
    await Promise.all(runs.map(async ([script, args, kind]) => {
      const root = makeProject();
      results.set(`${script} ${kind}`, { root, ...(await runCliAsync(script, [...args], { root, env: { DIAGNOSTICOS_PRUEBA_ERROR_INTERNO: kind } })) });
    }));
  }, 180_000);

  it('every command: exit 2, one Spanish line naming the log, no stack on screen', () => {
    for (const [name, r] of results) {
      expect(r.code, `${name}: ${r.err}`).toBe(2);
      expect(r.err, name).not.toMatch(STACK);
      const lines = r.err.trim().split('\n');
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toMatch(/^Error interno inesperado \(no se debe a sus datos\); no se modificó ningún resultado\. Los detalles están en \.tmp\/registro-errores\/[\w-]+\.log: envíe ese archivo al equipo de desarrollo\.$/);
    }
  });

  it('the log holds the error, its stack and the command; it is git-ignored', () => {
    for (const r of results.values()) {
      expect(readdirSync(path.join(r.root, '.tmp/registro-errores'))).toHaveLength(1);
      const shown = /(\.tmp\/registro-errores\/[\w-]+\.log)/.exec(r.err)![1]!;
      const text = readFileSync(path.join(r.root, shown), 'utf8');
      expect(text).toContain("TypeError: Cannot read properties of undefined (reading 'prueba')");
      expect(text).toMatch(/\n\s+at .+/);
      expect(text).toMatch(/^Fecha: \d{4}-/);
      expect(text).toContain('Comando: ');
    }
    expect(readFileSync(path.join(REPO, '.gitignore'), 'utf8').split('\n')).toContain('.tmp/');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('one reader in src/: src/util/source-date.ts', () => {
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const f = path.join(dir, d.name);
        if (d.isDirectory()) walk(f);
        else if (f.endsWith('.ts') && /(?:env|process\.env)(?:\?)?\.SOURCE_DATE_EPOCH|\['SOURCE_DATE_EPOCH'\]/.test(readFileSync(f, 'utf8'))) readers.push(path.relative(REPO, f));
      }
    };
    walk(path.join(REPO, 'src'));
    expect(readers).toEqual(['src/util/source-date.ts']);
  });

  it('unset or blank: no date; a valid value: that second', () => {
    expect(sourceDate({})).toBeUndefined();
    expect(sourceDate({ SOURCE_DATE_EPOCH: ' ' })).toBeUndefined();
    expect(sourceDate({ SOURCE_DATE_EPOCH: '1767225600' })!.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(todayIso({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
  });

  it('not a whole number, or outside 1980–2107: a Spanish error naming the variable, wherever it is read', async () => {
    for (const bad of ['mañana', '1767225600.5', '-1', '1e9', '0', '99999999999999999999', '2026-01-01']) {
      const e = await userError(() => sourceDate({ SOURCE_DATE_EPOCH: bad }));
      expect(e.message).toBe('SOURCE_DATE_EPOCH no es una fecha válida');
      expect(formatUserError(e)).toContain(`SOURCE_DATE_EPOCH: «${bad}»`);
      expect(formatUserError(e)).toContain('segundos desde 1970');
      await userError(() => todayIso({ SOURCE_DATE_EPOCH: bad }));
    }
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = 'ayer';
    try {
      await userError(() => buildDate('2026-01-01'));
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('through the command: Spanish, exit 1, nothing written', async () => {
    const root = makeProject();
    const r = await runCliAsync('report.ts', ['prueba'], { root, env: { SOURCE_DATE_EPOCH: '99999999999999' } });
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain('Error: SOURCE_DATE_EPOCH no es una fecha válida');
    expect(r.err).not.toMatch(STACK);
    expect(existsSync(path.join(root, 'reports/prueba'))).toBe(false);
  });
});

describe('las demás clases de entrada, por los comandos reales', () => {
  const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]}]`)].join('\n');

  it('a YAML alias bomb in estado.yaml and proyecto.yaml is refused in Spanish, in well under a second', async () => {
    const root = makeProject();
    const file = path.join(root, 'data/prueba/estado.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nbomba:\n  ${BOMB.split('\n').join('\n  ')}\n`);
    let started = performance.now();
    const e = await userError(() => loadStateConfig('prueba', root));
    expect(performance.now() - started).toBeLessThan(1000);
    expectProblem(e, { file: 'data/prueba/estado.yaml', says: ['demasiados alias'] });
    writeFileSync(path.join(root, 'proyecto.yaml'), `${readFileSync(path.join(root, 'proyecto.yaml'), 'utf8')}\n${BOMB}\n`);
    started = performance.now();
    const r = readProjectConfig(root);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.problems.map((p) => p.message).join('\n')).toContain('demasiados alias');
  });

  const cases: { name: string; script: string; args: (root: string) => string[]; setup?: (root: string) => void; says: RegExp }[] = [
    { name: '--sesnsp is a folder', script: 'report.ts', args: (root) => ['prueba', '--sesnsp', path.join(root, 'data')], says: /es una carpeta/ },
    { name: '--sesnsp does not exist', script: 'report.ts', args: (root) => ['prueba', '--sesnsp', path.join(root, 'no-existe.csv')], says: /no se encontró el archivo/ },
    { name: "the importer's export is a folder", script: 'importar.ts', args: (root) => ['taguette', path.join(root, 'data'), '--estado', 'prueba', '--codificador', 'ana'], says: /es una carpeta/ },
    { name: "the importer's export does not exist", script: 'importar.ts', args: (root) => ['taguette', path.join(root, 'no-existe.csv'), '--estado', 'prueba', '--codificador', 'ana'], says: /No existe el archivo exportado/ },
    {
      name: "a state's estado.yaml is a folder", script: 'validate.ts', args: () => ['prueba'],
      setup: (root) => { rmSync(path.join(root, 'data/prueba/estado.yaml')); mkdirSync(path.join(root, 'data/prueba/estado.yaml')); },
      says: /estado\.yaml.*es una carpeta/,
    },
    ...[0, 1].map((v) => ({
      name: `umbral_supresion: ${v}`, script: 'report.ts', args: () => ['prueba'],
      setup: (root: string) => { const f = path.join(root, 'proyecto.yaml'); writeFileSync(f, readFileSync(f, 'utf8').replace(/umbral_supresion: \d+/, `umbral_supresion: ${v}`)); },
      says: new RegExp(`proyecto\\.yaml, línea \\d+.*umbral_supresion.*se encontró ${v}`),
    })),
    {
      name: 'a SESNSP file without rows of the state', script: 'report.ts',
      args: (root) => ['prueba', '--sesnsp', path.join(root, 'otra.csv')],
      setup: (root) => writeFileSync(path.join(root, 'otra.csv'), 'Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,Rango de edad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre\r\n2024,7,Chiapas,La sociedad,Trata de personas,Trata de personas,Trata de personas,Mujer,Adultos (18 y más),1,0,0,0,0,0,0,0,0,0,0,0\r\n'),
      says: /no tiene filas|ninguna fila|Clave_Ent = 8/,
    },
    {
      name: 'a YAML alias bomb', script: 'validate.ts', args: () => ['prueba'],
      setup: (root) => { const f = path.join(root, 'data/prueba/estado.yaml'); writeFileSync(f, `${readFileSync(f, 'utf8')}\nbomba:\n  ${BOMB.split('\n').join('\n  ')}\n`); },
      says: /demasiados alias/,
    },
  ];

  it.concurrent.each(cases.map((c) => [c.name, c] as const))('%s: Spanish error with the file, exit 1, no stack, nothing written', async (_name, c) => {
    const root = makeProject();
    c.setup?.(root);
    const r = await runCliAsync(c.script, c.args(root), { root });
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(/^(✘ prueba\n)?Error: /);
    expect(r.err).toMatch(c.says);
    expect(r.err).not.toMatch(STACK);
    expect(r.err).not.toContain('Error interno');
    expect(existsSync(path.join(root, 'reports'))).toBe(false);
  });
});
