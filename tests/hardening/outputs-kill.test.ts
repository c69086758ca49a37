/**
 * Issue #12: a build killed at any moment leaves the previous outputs intact. Real builds
 * (`src/cli/report.ts prueba` on a copy of the fixture project) get SIGKILL at known moments —
 * the test hook DIAGNOSTICOS_PRUEBA_PAUSA_ESCRITURA prints each step of the commit and waits —
 * then the next command that starts recovers: previous files byte for byte (or, when every
 * rename was done and the journal says so, the new ones), no temporary, backup or journal left.
 * A second build while the first holds the lock stops with a Spanish message and writes nothing.
 * On the main of 2026-12-02 a kill between renames left a DOCX of the new build next to a deck
 * of the old one, plus temporaries, for good.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanProjects, makeProject } from '../data/helpers.js';
import { runCliAsync, type CliResult } from '../support/cli.js';
import { STACK, leftovers, outputsOf } from './outputs-helpers.js';

afterAll(cleanProjects);

const KILL_POINTS = ['bloqueo', 'temporales', 'reemplazo 2/3', 'terminado'] as const;
type Point = (typeof KILL_POINTS)[number];

interface Case {
  root: string;
  previous: Buffer[];
  build: CliResult & { killed: boolean };
  afterKill: (Buffer | null)[];
  second?: CliResult;
  next: CliResult;
}

const targets = (root: string) => {
  const o = outputsOf(root);
  return [o.docx, o.twin, o.deck];
};
const bytes = (files: string[]) => files.map((f) => (existsSync(f) ? readFileSync(f) : null));

async function killCase(point: Point, signal: NodeJS.Signals = 'SIGKILL'): Promise<Case> {
  const root = makeProject();
  // The previous outputs: recognisable bytes the new build would replace.
  const previous = targets(root).map((f) => {
    mkdirSync(path.dirname(f), { recursive: true });
    const b = Buffer.from(`versión anterior de ${path.basename(f)}\n`);
    writeFileSync(f, b);
    return b;
  });
  const pause = point === 'terminado' ? '1500' : '300';
  const running = runCliAsync('report.ts', ['prueba'], { root, env: { DIAGNOSTICOS_PRUEBA_PAUSA_ESCRITURA: pause } }, `[escritura] ${point}`, signal);
  let second: Promise<CliResult> | undefined;
  if (point === 'terminado' && signal === 'SIGKILL') {
    // While it holds the lock, a second build of the same project, told not to wait.
    second = new Promise((resolve) => {
      const poll = setInterval(() => {
        if (!existsSync(path.join(root, '.tmp/escritura/bloqueo.json'))) return;
        clearInterval(poll);
        resolve(runCliAsync('report.ts', ['prueba'], { root, env: { DIAGNOSTICOS_ESPERA_BLOQUEO: '0' } }));
      }, 50);
    });
  }
  const build = await running;
  const afterKill = bytes(targets(root));
  const secondResult = await second;
  // The next command to start: the state is not given, so it stops at once — after recovering.
  const next = await runCliAsync('report.ts', [], { root });
  return { root, previous, build, afterKill, second: secondResult, next };
}

describe('una generación interrumpida (SIGKILL) no deja resultados a medias', () => {
  const cases = new Map<Point, Case>();
  let ctrlC: Promise<Case>;
  beforeAll(async () => {
    ctrlC = killCase('reemplazo 2/3', 'SIGTERM');
    const done = await Promise.all(KILL_POINTS.map((p) => killCase(p)));
    await ctrlC;
    KILL_POINTS.forEach((p, i) => cases.set(p, done[i]!));
  }, 400_000);

  it('each build was killed where intended', () => {
    for (const [p, c] of cases) {
      expect(c.build.killed, `${p}: ${c.build.err}`).toBe(true);
      expect(c.build.signal, p).toBe('SIGKILL');
    }
  });

  it('killed while rendering (lock taken): outputs untouched, nothing to recover', () => {
    const c = cases.get('bloqueo')!;
    expect(c.afterKill).toEqual(c.previous);
    expect(c.next.err).not.toContain('Aviso');
    expect(bytes(targets(c.root))).toEqual(c.previous);
    expect(leftovers(c.root)).toEqual([]);
  });

  it('the lock of a killed build is taken over by the next command that recovers', () => {
    for (const p of ['temporales', 'reemplazo 2/3', 'terminado'] as const) {
      expect(existsSync(path.join(cases.get(p)!.root, '.tmp/escritura/bloqueo.json')), p).toBe(false);
    }
  });

  it('killed with the temporaries written: outputs untouched; the next start removes the temporaries', () => {
    const c = cases.get('temporales')!;
    expect(c.afterKill).toEqual(c.previous);
    expect(c.next.err).toContain('Aviso: una generación anterior se interrumpió');
    expect(c.next.err).toContain('se restauraron los archivos anteriores');
    expect(bytes(targets(c.root))).toEqual(c.previous);
    expect(leftovers(c.root)).toEqual([]);
  });

  it('killed between two renames (DOCX and twin new, deck old): the next start puts every previous file back', () => {
    const c = cases.get('reemplazo 2/3')!;
    expect(c.afterKill[0]!.equals(c.previous[0]!)).toBe(false); // mixed, until recovered
    expect(c.afterKill[2]).toEqual(c.previous[2]);
    expect(c.next.err).toContain('se restauraron los archivos anteriores');
    expect(c.next.err).not.toMatch(STACK);
    expect(bytes(targets(c.root))).toEqual(c.previous);
    expect(leftovers(c.root)).toEqual([]);
  });

  it('killed after the last rename was journaled: the new outputs stay and the backups go', async () => {
    const c = cases.get('terminado')!;
    expect(c.next.err).toContain('se completó la limpieza');
    const now = bytes(targets(c.root));
    expect(now).toEqual(c.afterKill);
    for (const [i, b] of now.entries()) expect(b!.equals(c.previous[i]!)).toBe(false);
    await JSZip.loadAsync(now[0]!);
    await JSZip.loadAsync(now[2]!);
    expect(leftovers(c.root)).toEqual([]);
  });

  it('Ctrl+C or SIGTERM during the commit: the commit finishes first, then the process ends by that signal', async () => {
    const c = await ctrlC;
    expect(c.build.killed).toBe(true);
    expect(c.build.signal).toBe('SIGTERM');
    expect(c.build.err).toContain('se terminó de escribir los resultados antes de salir');
    const now = bytes(targets(c.root));
    for (const [i, b] of now.entries()) expect(b!.equals(c.previous[i]!), String(i)).toBe(false);
    await JSZip.loadAsync(now[2]!);
    expect(leftovers(c.root)).toEqual([]);
    expect(existsSync(path.join(c.root, '.tmp/escritura/bloqueo.json'))).toBe(false);
  });

  it('a second build while the first runs says so in Spanish, without a stack, and writes nothing', () => {
    const s = cases.get('terminado')!.second!;
    expect(s.code).toBe(1);
    expect(s.err).toMatch(/Otra generación de resultados está en curso en esta carpeta del proyecto \(proceso \d+, iniciada el/);
    expect(s.err).toContain('no se escribió nada');
    expect(s.err).not.toMatch(STACK);
  });
});
