/**
 * Issue #12, output side: a build's outputs are committed all or nothing. When one output
 * cannot be replaced (a deck open in PowerPoint, a full disk, a twin path that is a folder, a
 * folder without write permission), every previous output stays byte for byte, no temporary
 * file stays behind, and the message is Spanish and names the file. Each test here failed on
 * the main of 2026-12-02 (the DOCX and twin were replaced before the deck failed, the temporary
 * stayed, and the error was «Error interno» with a stack).
 *
 * Failures the test machine cannot produce for real (it runs as root, so a read-only folder is
 * still writable; no file is "open in PowerPoint" on Linux) are injected where the system call
 * would fail, through DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA (src/util/atomic-write.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { reportProductsOf } from '../../src/pipeline/products/index.js';
import { renderProduct, runProducts } from '../../src/pipeline/run.js';
import type { OutputFile } from '../../src/pipeline/product.js';
import { commitFiles, recoverInterruptedWrites, withOutputLock, writeStateDir } from '../../src/util/atomic-write.js';
import { formatUserError } from '../../src/util/errors.js';
import { cleanProjects, makeProject, userError } from '../data/helpers.js';
import { leftovers, outputsOf } from './outputs-helpers.js';

afterAll(cleanProjects);
afterEach(() => {
  delete process.env.DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA;
  delete process.env.DIAGNOSTICOS_ESPERA_BLOQUEO;
});

function jobs(root: string) {
  const project = loadProjectConfig(root);
  return reportProductsOf('prueba', root).map((product) => ({ product, request: { root, outRoot: root, project, slug: 'prueba', options: {} } }));
}
const build = (root: string) => runProducts(jobs(root));

const snapshot = (files: string[]) => files.map((f) => (existsSync(f) ? readFileSync(f) : null));

describe('una generación que no puede reemplazar todos sus resultados no reemplaza ninguno', () => {
  let root: string;
  let before: (Buffer | null)[];
  let out: ReturnType<typeof outputsOf>;
  /** The second version's outputs, rendered (and privacy-scanned) but not written. */
  let next: OutputFile[];
  beforeAll(async () => {
    root = makeProject();
    out = outputsOf(root);
    await build(root);
    before = snapshot([out.docx, out.twin, out.deck]);
    expect(before.every(Boolean)).toBe(true);
    // The next build differs: its DOCX and twin would change if they were written.
    const narrative = path.join(root, 'data/prueba/narrativa/metodologia.md');
    writeFileSync(narrative, `${readFileSync(narrative, 'utf8')}\nUn párrafo nuevo de la segunda versión.\n`);
    next = [];
    for (const job of jobs(root)) next.push(...(await renderProduct(job)).files);
    expect(next.map((f) => path.relative(root, f.target)).sort()).toEqual(['reports/prueba/diagnostico-prueba.docx', 'reports/prueba/diagnostico-prueba.md', 'slides/prueba/presentacion-cie-prueba.pptx']);
  }, 180_000);

  it('the deck open in PowerPoint (rename refused): DOCX and twin keep their previous bytes, no temporary stays', async () => {
    process.env.DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA = 'renombrar:presentacion-cie-prueba.pptx:EBUSY';
    const e = await userError(() => build(root));
    const text = formatUserError(e);
    expect(text).toContain('no se modificó ningún archivo');
    expect(text).toContain('slides/prueba/presentacion-cie-prueba.pptx');
    expect(text).toContain('abierto en otro programa');
    expect(snapshot([out.docx, out.twin, out.deck])).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('the twin path is a folder: refused before anything is written, naming it', async () => {
    rmSync(out.twin);
    mkdirSync(out.twin);
    try {
      const e = await userError(() => commitFiles(next, { root }));
      expect(formatUserError(e)).toMatch(/reports\/prueba\/diagnostico-prueba\.md: es una carpeta/);
      expect(snapshot([out.docx, out.deck])).toEqual([before[0], before[2]]);
      expect(leftovers(root)).toEqual([]);
    } finally {
      rmSync(out.twin, { recursive: true });
      writeFileSync(out.twin, before[1]!);
    }
  });

  it('a full disk while writing the deck, and a folder without write permission: Spanish, nothing replaced', async () => {
    for (const [spec, says] of [
      ['escribir:presentacion-cie-prueba.pptx:ENOSPC', 'el disco está lleno'],
      ['escribir:diagnostico-prueba.docx:EACCES', 'no hay permiso para escribir aquí'],
      ['respaldar:diagnostico-prueba.md:EROFS', 'solo lectura'],
    ] as const) {
      process.env.DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA = spec;
      const e = await userError(() => commitFiles(next, { root }));
      expect(formatUserError(e)).toContain(says);
      expect(formatUserError(e)).not.toMatch(/\bat .+\.ts:\d+/);
      expect(snapshot([out.docx, out.twin, out.deck]), spec).toEqual(before);
      expect(leftovers(root), spec).toEqual([]);
    }
  });

  it('without the fault, the same outputs replace all three', async () => {
    await commitFiles(next, { root });
    const after = snapshot([out.docx, out.twin, out.deck]);
    expect(after[0]!.equals(before[0]!)).toBe(false);
    expect(after[1]!.toString()).toContain('Un párrafo nuevo de la segunda versión.');
    expect(leftovers(root)).toEqual([]);
    expect(existsSync(path.join(writeStateDir(root), 'bloqueo.json'))).toBe(false);
  });
});

describe('commitFiles', () => {
  it('a failed rename after others succeeded puts the replaced files back and removes stale-file deletions too', async () => {
    const root = makeProject();
    const [a, b, c, gone] = ['a.txt', 'sub/b.txt', 'c.txt', 'viejo.txt'].map((f) => path.join(root, 'salida', f));
    mkdirSync(path.dirname(b!), { recursive: true });
    for (const f of [a, b, gone]) writeFileSync(f!, `antes ${path.basename(f!)}`);
    process.env.DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA = 'renombrar:c.txt:EPERM';
    const e = await userError(() => commitFiles([{ target: a!, bytes: 'nuevo a' }, { target: b!, bytes: 'nuevo b' }, { target: c!, bytes: 'nuevo c' }], { root, remove: [gone!] }));
    expect(formatUserError(e)).toContain('salida/c.txt');
    expect(readFileSync(a!, 'utf8')).toBe('antes a.txt');
    expect(readFileSync(b!, 'utf8')).toBe('antes b.txt');
    expect(readFileSync(gone!, 'utf8')).toBe('antes viejo.txt');
    expect(existsSync(c!)).toBe(false);
    expect(leftovers(root)).toEqual([]);

    delete process.env.DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA;
    await commitFiles([{ target: a!, bytes: 'nuevo a' }, { target: c!, bytes: 'nuevo c' }], { root, remove: [gone!] });
    expect(readFileSync(a!, 'utf8')).toBe('nuevo a');
    expect(readFileSync(c!, 'utf8')).toBe('nuevo c');
    expect(existsSync(gone!)).toBe(false);
    expect(leftovers(root)).toEqual([]);
  });

  it('where the lock cannot be created (.tmp is a file): a Spanish error, nothing written', async () => {
    const root = makeProject();
    writeFileSync(path.join(root, '.tmp'), 'no soy una carpeta');
    const target = path.join(root, 'salida.md');
    const e = await userError(() => commitFiles([{ target, bytes: 'x' }], { root }));
    expect(formatUserError(e)).toContain('.tmp/escritura/bloqueo.json: una parte de la ruta es un archivo, no una carpeta');
    expect(existsSync(target)).toBe(false);
  });

  it('a journal left by a killed process is rolled back (or completed) by the next command, with a Spanish notice', () => {
    const root = makeProject();
    const t = path.join(root, 'salida', 'x.docx');
    const u = path.join(root, 'salida', 'y.docx');
    mkdirSync(path.dirname(t), { recursive: true });
    writeFileSync(t, 'anterior x');
    // What a process killed after replacing x (and before y) leaves: x new, its backup, y's temporary.
    const dir = writeStateDir(root);
    mkdirSync(dir, { recursive: true });
    const bx = path.join(path.dirname(t), '.x.docx.999999.anterior');
    writeFileSync(bx, 'anterior x');
    writeFileSync(t, 'nuevo x');
    const ty = path.join(path.dirname(u), '.y.docx.999999.tmp');
    writeFileSync(ty, 'nuevo y');
    const journal = (fase: string) => JSON.stringify({
      version: 1, pid: 999999, inicio: '2026-12-02T01:00:00.000Z', fase,
      archivos: [
        { destino: t, temporal: path.join(path.dirname(t), '.x.docx.999999.tmp'), anterior: bx, existia: true },
        { destino: u, temporal: ty, anterior: path.join(path.dirname(u), '.y.docx.999999.anterior'), existia: false },
      ],
    });
    writeFileSync(path.join(dir, 'diario-999999-1.json'), journal('reemplazando'));
    const notices = recoverInterruptedWrites(root);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Aviso: una generación anterior se interrumpió \(proceso 999999, 2026-12-02 01:00:00 UTC\) antes de terminar; se restauraron los archivos anteriores/);
    expect(readFileSync(t, 'utf8')).toBe('anterior x');
    expect(existsSync(u)).toBe(false);
    expect(leftovers(root)).toEqual([]);
    expect(recoverInterruptedWrites(root)).toEqual([]);

    // Killed after the last rename: the new files stay, the backups go.
    writeFileSync(bx, 'anterior x');
    writeFileSync(t, 'nuevo x');
    writeFileSync(u, 'nuevo y');
    writeFileSync(path.join(dir, 'diario-999999-2.json'), journal('terminado'));
    expect(recoverInterruptedWrites(root)[0]).toContain('se completó la limpieza');
    expect(readFileSync(t, 'utf8')).toBe('nuevo x');
    expect(readFileSync(u, 'utf8')).toBe('nuevo y');
    expect(leftovers(root)).toEqual([]);
  });
});

describe('dos generaciones a la vez', () => {
  function lockWith(root: string, holder: object) {
    mkdirSync(writeStateDir(root), { recursive: true });
    writeFileSync(path.join(writeStateDir(root), 'bloqueo.json'), JSON.stringify(holder));
  }

  it('a lock held by a live process: the second build waits the bounded time, then says so in Spanish and writes nothing', async () => {
    const root = makeProject();
    // The test runner's parent: alive, and not this process.
    lockWith(root, { pid: process.ppid, host: hostname(), inicio: new Date().toISOString() });
    process.env.DIAGNOSTICOS_ESPERA_BLOQUEO = '0.3';
    const target = path.join(root, 'salida.md');
    const started = performance.now();
    const e = await userError(() => commitFiles([{ target, bytes: 'x' }], { root }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(e.message).toMatch(/^Otra generación de resultados está en curso en esta carpeta del proyecto \(proceso \d+, iniciada el \d{4}-\d\d-\d\d a las \d\d:\d\d:\d\d UTC\); no se escribió nada/);
    expect(formatUserError(e)).toContain('.tmp/escritura/bloqueo.json');
    expect(existsSync(target)).toBe(false);
  });

  it('a stale lock (its process is gone, or it is hours old) is taken over', async () => {
    const root = makeProject();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const target = path.join(root, 'salida.md');
    for (const holder of [
      { pid: dead, host: hostname(), inicio: new Date().toISOString() },
      { pid: process.ppid, host: 'otra-maquina', inicio: '2026-01-01T00:00:00.000Z' },
      'no es JSON',
    ]) {
      lockWith(root, typeof holder === 'string' ? { texto: holder } : holder);
      process.env.DIAGNOSTICOS_ESPERA_BLOQUEO = '0';
      await commitFiles([{ target, bytes: JSON.stringify(holder) }], { root });
      expect(readFileSync(target, 'utf8')).toBe(JSON.stringify(holder));
      expect(existsSync(path.join(writeStateDir(root), 'bloqueo.json'))).toBe(false);
    }
  });

  it('within one process, builds of the same folder run one after the other', async () => {
    const root = makeProject();
    const order: string[] = [];
    const job = (name: string) => withOutputLock(root, async () => {
      order.push(`${name}:inicio`);
      await new Promise((r) => setTimeout(r, 50));
      await commitFiles([{ target: path.join(root, `${name}.txt`), bytes: name }], { root }); // re-entrant
      order.push(`${name}:fin`);
    });
    await Promise.all([job('a'), job('b')]);
    expect(order).toEqual(['a:inicio', 'a:fin', 'b:inicio', 'b:fin']);
  });
});
