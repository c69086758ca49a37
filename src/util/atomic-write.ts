/**
 * All-or-nothing writes of a build's outputs, safe against a killed process and against a
 * second build of the same project at the same time.
 *
 * Commit (commitFiles), under the project's output lock:
 *   1. every target is checked (a target that is a folder stops everything before any write);
 *   2. a journal `<root>/.tmp/escritura/diario-<pid>-<n>.json` lists every target with its
 *      temporary file and its backup name (phase «preparando»);
 *   3. every output is written to its temporary file beside its target (`.<name>.<pid>.tmp`,
 *      fsync'ed) and every existing target gets a backup (`.<name>.<pid>.anterior`, a hard link,
 *      or a copy where links are not supported); the journal moves to «reemplazando»;
 *   4. each temporary is renamed over its target (rename(2): atomic within a folder) and each
 *      stale output is removed; the journal moves to «terminado»;
 *   5. backups and the journal are deleted.
 * A failure in steps 1–4 (a file open in PowerPoint, a full disk, no permission) restores every
 * previous file from its backup, removes every temporary and raises a Spanish UserError naming
 * the file. A journal left by a killed process is recovered by the next command that starts
 * (runCli → recoverInterruptedWrites) or the next build (withOutputLock): rolled back to the
 * previous files unless it reached «terminado», then completed; either way with a Spanish notice.
 *
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP arriving during a commit take effect once it is done.
 *
 * Lock: `<root>/.tmp/escritura/bloqueo.json` holds the pid, host and start time of the build that
 * writes. A second build waits for it up to DIAGNOSTICOS_ESPERA_BLOQUEO seconds (default 60), then
 * stops with a Spanish message naming the other process. A lock whose process no longer exists
 * (same host), or older than 6 hours, is stale and taken over.
 *
 * Test hooks (environment): DIAGNOSTICOS_PRUEBA_PAUSA_ESCRITURA=<ms> prints «[escritura] <paso>»
 * to stderr at every step and waits that long (to kill a build at a known moment);
 * DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA=<escribir|respaldar|renombrar>:<file name>:<errno code>
 * makes that step fail for that file as the system would (e.g. renombrar:x.pptx:EBUSY, ENOSPC).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync,
  renameSync, rmSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { UserError, type Problem } from './errors.js';
import { displayPath } from './paths.js';

export interface StagedFile {
  target: string;
  bytes: Buffer | string;
}

export interface CommitOptions {
  /** Project root: journal and lock live in `<root>/.tmp/escritura/`; paths are shown relative to it. */
  root: string;
  /** Files removed in the same commit (stale outputs); missing ones are ignored. */
  remove?: string[];
}

type Phase = 'preparando' | 'reemplazando' | 'terminado';

interface JournalEntry {
  destino: string;
  /** Temporary file beside the target; null for a removal. */
  temporal: string | null;
  /** Backup name of the previous file; it exists only once the backup is made. */
  anterior: string;
  /** Whether the target existed before the commit. */
  existia: boolean;
}

interface Journal {
  version: 1;
  pid: number;
  inicio: string;
  fase: Phase;
  archivos: JournalEntry[];
}

interface LockHolder {
  pid: number;
  host: string;
  inicio: string;
}

const STALE_LOCK_MS = 6 * 60 * 60 * 1000;

export function writeStateDir(root: string): string {
  return path.join(path.resolve(root), '.tmp', 'escritura');
}
const lockFile = (root: string) => path.join(writeStateDir(root), 'bloqueo.json');

// ---------------------------------------------------------------------------------------------
// Test hooks

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function step(name: string): void {
  const ms = Number(process.env.DIAGNOSTICOS_PRUEBA_PAUSA_ESCRITURA ?? '');
  if (!(ms > 0)) return;
  process.stderr.write(`[escritura] ${name}\n`);
  sleepSync(ms);
}

function injectedFault(action: 'escribir' | 'respaldar' | 'renombrar', file: string): void {
  const spec = process.env.DIAGNOSTICOS_PRUEBA_FALLO_ESCRITURA;
  if (!spec) return;
  const [a, name, code] = spec.split(':');
  if (a === action && name === path.basename(file)) {
    throw Object.assign(new Error(`${code}: fallo inyectado (${action} ${file})`), { code: code ?? 'EIO' });
  }
}

// ---------------------------------------------------------------------------------------------
// Spanish messages for what the file system says

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EISDIR': return 'es una carpeta; no se puede reemplazar por un archivo (cambie su nombre o muévala)';
    case 'EBUSY': return 'el archivo está abierto en otro programa (p. ej. Word o PowerPoint); ciérrelo y vuelva a ejecutar el comando';
    case 'EACCES':
    case 'EPERM': return 'no hay permiso para escribir aquí, o el archivo está abierto en otro programa (p. ej. Word o PowerPoint); ciérrelo o revise los permisos de la carpeta';
    case 'ENOSPC': return 'el disco está lleno; libere espacio y vuelva a ejecutar el comando';
    case 'EDQUOT': return 'se agotó la cuota de disco; libere espacio y vuelva a ejecutar el comando';
    case 'EROFS': return 'la carpeta está en un disco de solo lectura';
    case 'ENOTDIR': return 'una parte de la ruta es un archivo, no una carpeta';
    case 'ENAMETOOLONG': return 'la ruta es demasiado larga para el sistema de archivos';
    case 'EMFILE':
    case 'ENFILE': return 'el sistema tiene demasiados archivos abiertos; cierre otros programas y vuelva a intentar';
    default: return `el sistema no permitió escribirlo (${code ?? (e as Error)?.message ?? String(e)})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Small fs helpers

function writeDurably(file: string, bytes: Buffer | string): void {
  const fd = openSync(file, 'w');
  try {
    const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

function writeJournal(file: string, j: Journal): void {
  const tmp = `${file}.tmp`;
  writeDurably(tmp, JSON.stringify(j, null, 1));
  renameSync(tmp, file);
}

// ---------------------------------------------------------------------------------------------
// Rollback and recovery

/** Puts every previous file back and removes every temporary; throws if a file cannot be restored. */
function rollBack(j: Journal): void {
  const failures: string[] = [];
  for (const e of [...j.archivos].reverse()) {
    try {
      // rename(2) between two links of one file does nothing: the target was not replaced yet.
      if (exists(e.anterior)) {
        if (sameFile(e.anterior, e.destino)) unlinkSync(e.anterior);
        else renameSync(e.anterior, e.destino);
      }
      else if (!e.existia && j.fase !== 'preparando' && exists(e.destino) && !isDirectory(e.destino)) unlinkSync(e.destino);
    } catch {
      failures.push(e.destino);
    }
    if (e.temporal) rmSync(e.temporal, { force: true });
  }
  if (failures.length) throw Object.assign(new Error('restauración incompleta'), { files: failures });
}

/** After «terminado»: every new file is in place; only backups and temporaries remain. */
function finish(j: Journal): void {
  for (const e of j.archivos) {
    rmSync(e.anterior, { force: true });
    if (e.temporal) rmSync(e.temporal, { force: true });
  }
}

function readJournal(file: string): Journal | undefined {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8')) as Journal;
    return j && Array.isArray(j.archivos) ? j : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Recovers every journal left in `root` by a process that was killed while committing. The
 * caller holds the lock. Returns one Spanish notice per journal.
 */
function recoverJournals(root: string): string[] {
  const dir = writeStateDir(root);
  if (!existsSync(dir)) return [];
  const notices: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (/^diario-.*\.json\.tmp$/.test(name)) {
      rmSync(file, { force: true });
      continue;
    }
    if (!/^diario-.*\.json$/.test(name)) continue;
    const j = readJournal(file);
    if (!j) {
      rmSync(file, { force: true });
      continue;
    }
    const when = j.inicio ? ` (proceso ${j.pid}, ${j.inicio.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')})` : '';
    const n = j.archivos.length;
    if (j.fase === 'terminado') {
      finish(j);
      notices.push(`Aviso: una generación anterior se interrumpió${when} después de reemplazar todos sus archivos; se completó la limpieza (${n} archivo${n === 1 ? '' : 's'}).`);
    } else {
      try {
        rollBack(j);
      } catch (e) {
        const files = ((e as { files?: string[] }).files ?? []).map((f) => displayPath(root, f));
        throw new UserError('Una generación anterior se interrumpió y no se pudieron restaurar sus archivos anteriores', files.map((f) => ({ file: f, message: 'no se pudo restaurar; cierre el programa que lo tenga abierto y vuelva a ejecutar el comando' })));
      }
      notices.push(`Aviso: una generación anterior se interrumpió${when} antes de terminar; se restauraron los archivos anteriores y se borraron los temporales (${n} archivo${n === 1 ? '' : 's'}).`);
    }
    rmSync(file, { force: true });
  }
  return notices;
}

// ---------------------------------------------------------------------------------------------
// Lock

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process its parent has not reaped yet is a zombie: it no longer writes anything.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' ? h : undefined;
  } catch {
    return undefined;
  }
}

function isStale(h: LockHolder | undefined): boolean {
  if (!h) return true;
  const age = Date.now() - Date.parse(h.inicio);
  if (!(age < STALE_LOCK_MS)) return true;
  return h.host === hostname() && (h.pid === process.pid || !processAlive(h.pid));
}

/** One attempt: the lock, or the holder that has it. */
function tryLock(root: string): { ok: true } | { ok: false; holder: LockHolder } {
  const dir = writeStateDir(root);
  mkdirSync(dir, { recursive: true });
  const file = lockFile(root);
  const mine: LockHolder = { pid: process.pid, host: hostname(), inicio: new Date().toISOString() };
  const tmp = `${file}.${process.pid}.tmp`;
  writeDurably(tmp, JSON.stringify(mine));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(tmp, file); // exclusive: fails when a lock exists
        return { ok: true };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = readHolder(file);
      if (!isStale(holder)) return { ok: false, holder: holder! };
      // Take the stale lock over: move it aside, and put it back if it changed meanwhile.
      const aside = `${file}.${process.pid}.viejo`;
      try {
        renameSync(file, aside);
      } catch {
        continue;
      }
      const moved = readHolder(aside);
      if (JSON.stringify(moved) !== JSON.stringify(holder) && !isStale(moved)) {
        try {
          linkSync(aside, file);
        } catch { /* someone else took it */ }
      }
      rmSync(aside, { force: true });
    }
    const holder = readHolder(file);
    return holder ? { ok: false, holder } : { ok: false, holder: { pid: 0, host: '?', inicio: '' } };
  } finally {
    rmSync(tmp, { force: true });
  }
}

function releaseLock(root: string): void {
  const file = lockFile(root);
  const h = readHolder(file);
  if (h && h.pid === process.pid && h.host === hostname()) rmSync(file, { force: true });
}

function describeHolder(h: LockHolder): string {
  const when = h.inicio ? `, iniciada el ${h.inicio.slice(0, 10)} a las ${h.inicio.slice(11, 19)} UTC` : '';
  return `proceso ${h.pid}${h.host && h.host !== hostname() ? ` en ${h.host}` : ''}${when}`;
}

function waitSeconds(): number {
  const raw = process.env.DIAGNOSTICOS_ESPERA_BLOQUEO;
  const n = raw === undefined || raw.trim() === '' ? 60 : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 60;
}

async function acquireFileLock(root: string): Promise<void> {
  const deadline = Date.now() + waitSeconds() * 1000;
  let told = false;
  for (;;) {
    let r: ReturnType<typeof tryLock>;
    try {
      r = tryLock(root);
    } catch (e) {
      throw new UserError('No se pudo preparar la escritura de los resultados; no se modificó ningún archivo', [
        { file: displayPath(root, lockFile(root)), message: reason(e) },
      ]);
    }
    if (r.ok) return;
    if (Date.now() >= deadline) {
      throw new UserError(
        `Otra generación de resultados está en curso en esta carpeta del proyecto (${describeHolder(r.holder)}); no se escribió nada. Espere a que termine y vuelva a ejecutar el comando.`,
        [{ file: displayPath(root, lockFile(root)), message: 'si está seguro de que no hay otra generación en curso (p. ej. la computadora se reinició), borre este archivo' }],
      );
    }
    if (!told) {
      process.stderr.write(`Otra generación está en curso en esta carpeta (${describeHolder(r.holder)}); esperando hasta ${waitSeconds()} s a que termine…\n`);
      told = true;
    }
    await new Promise((res) => setTimeout(res, Math.min(250, Math.max(0, deadline - Date.now()))));
  }
}

const held = new AsyncLocalStorage<ReadonlySet<string>>();
const queues = new Map<string, Promise<void>>();

/**
 * Runs `fn` holding the output lock of `root` (re-entrant within the same async call chain;
 * serialised between calls of this process; exclusive between processes). On taking the lock,
 * any journal left by a killed process is recovered first.
 */
export async function withOutputLock<T>(root: string, fn: () => Promise<T>): Promise<T> {
  const key = path.resolve(root);
  if (held.getStore()?.has(key)) return fn();
  const previous = queues.get(key) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((res) => (done = res));
  const tail = previous.then(() => mine);
  queues.set(key, tail);
  await previous;
  try {
    await acquireFileLock(key);
    try {
      step('bloqueo');
      for (const n of recoverJournals(key)) process.stderr.write(`${n}\n`);
      return await held.run(new Set([...(held.getStore() ?? []), key]), fn);
    } finally {
      releaseLock(key);
    }
  } finally {
    done();
    if (queues.get(key) === tail) queues.delete(key);
  }
}

/**
 * For a command that starts: recovers a journal left by a killed process, unless another live
 * process holds the lock (it is then that process's business). Returns the Spanish notices.
 */
export function recoverInterruptedWrites(root: string): string[] {
  const key = path.resolve(root);
  const dir = writeStateDir(key);
  if (!existsSync(dir) || !readdirSync(dir).some((n) => n.startsWith('diario-'))) return [];
  if (held.getStore()?.has(key)) return [];
  const r = tryLock(key);
  if (!r.ok) return [];
  try {
    return recoverJournals(key);
  } finally {
    releaseLock(key);
  }
}

// ---------------------------------------------------------------------------------------------
// Commit

let commitCounter = 0;

function fail(root: string, file: string, e: unknown, extra: Problem[] = []): never {
  throw new UserError('No se pudieron escribir los resultados; no se modificó ningún archivo (se conservan los anteriores)', [
    { file: displayPath(root, file), message: reason(e) },
    ...extra,
  ]);
}

function commitNow(root: string, files: StagedFile[], remove: string[]): void {
  const tag = `${process.pid}`;
  const beside = (target: string, ext: string) => path.join(path.dirname(target), `.${path.basename(target)}.${tag}.${ext}`);

  // 1. Check every target before touching anything.
  const seen = new Set<string>();
  const entries: (JournalEntry & { bytes?: Buffer | string })[] = [];
  for (const f of files) {
    const destino = path.resolve(f.target);
    if (seen.has(destino)) continue;
    seen.add(destino);
    if (isDirectory(destino)) fail(root, destino, Object.assign(new Error(), { code: 'EISDIR' }));
    entries.push({ destino, temporal: beside(destino, 'tmp'), anterior: beside(destino, 'anterior'), existia: exists(destino), bytes: f.bytes });
  }
  for (const r of remove) {
    const destino = path.resolve(r);
    if (seen.has(destino) || !exists(destino) || isDirectory(destino)) continue;
    seen.add(destino);
    entries.push({ destino, temporal: null, anterior: beside(destino, 'anterior'), existia: true });
  }
  if (entries.length === 0) return;

  // 2. The journal first: whatever happens next, the next start knows what to undo.
  const dir = writeStateDir(root);
  mkdirSync(dir, { recursive: true });
  const journalFile = path.join(dir, `diario-${tag}-${++commitCounter}.json`);
  const journal: Journal = {
    version: 1,
    pid: process.pid,
    inicio: new Date().toISOString(),
    fase: 'preparando',
    archivos: entries.map(({ destino, temporal, anterior, existia }) => ({ destino, temporal, anterior, existia })),
  };
  writeJournal(journalFile, journal);

  let current = '';
  try {
    // 3. Temporaries beside their targets, then backups of the previous files.
    for (const e of entries) {
      if (!e.temporal) continue;
      current = e.destino;
      mkdirSync(path.dirname(e.destino), { recursive: true });
      injectedFault('escribir', e.destino);
      writeDurably(e.temporal, e.bytes!);
    }
    step('temporales');
    for (const e of entries) {
      if (!e.existia) continue;
      current = e.destino;
      injectedFault('respaldar', e.destino);
      try {
        linkSync(e.destino, e.anterior);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
          rmSync(e.anterior, { force: true });
          linkSync(e.destino, e.anterior);
        } else copyFileSync(e.destino, e.anterior); // file systems without hard links
      }
    }
    journal.fase = 'reemplazando';
    writeJournal(journalFile, journal);
    step('respaldos');

    // 4. Replace (or remove) each target.
    let i = 0;
    for (const e of entries) {
      current = e.destino;
      if (e.temporal) {
        injectedFault('renombrar', e.destino);
        renameSync(e.temporal, e.destino);
      } else unlinkSync(e.destino);
      step(`reemplazo ${++i}/${entries.length}`);
    }
    journal.fase = 'terminado';
    writeJournal(journalFile, journal);
  } catch (e) {
    if (e instanceof UserError) throw e;
    try {
      rollBack(journal);
      rmSync(journalFile, { force: true });
    } catch (undo) {
      const stuck = ((undo as { files?: string[] }).files ?? []).map((f) => displayPath(root, f));
      throw new UserError('No se pudieron escribir los resultados, y algunos archivos anteriores no se pudieron restaurar todavía', [
        { file: displayPath(root, current), message: reason(e) },
        ...stuck.map((f) => ({ file: f, message: 'se restaurará la próxima vez que ejecute un comando; cierre el programa que lo tenga abierto' })),
      ]);
    }
    fail(root, current, e);
  }

  // 5. Clean up; the new files are in place whatever happens here (the next start finishes it).
  step('terminado');
  try {
    finish(journal);
    rmSync(journalFile, { force: true });
  } catch { /* recovered at the next start */ }
}

/**
 * Writes every file and removes every stale one, all or nothing (see the top of this file).
 * Takes the output lock of `opts.root` unless the caller holds it.
 */
export async function commitFiles(files: StagedFile[], opts: CommitOptions): Promise<void> {
  const root = path.resolve(opts.root);
  await withOutputLock(root, async () => {
    // Ctrl+C (or a polite kill) during the commit: the commit is synchronous, so a listener
    // present meanwhile receives the signal only after it ends; the signal is then re-raised
    // with its default action. Only SIGKILL or a power cut interrupt a commit, and the journal
    // covers those.
    const received: NodeJS.Signals[] = [];
    const hold = (sig: NodeJS.Signals) => received.push(sig);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const sig of signals) process.on(sig, hold);
    try {
      commitNow(root, files, opts.remove ?? []);
    } finally {
      await new Promise((res) => setTimeout(res, 20)); // let a pending signal reach its listener
      for (const sig of signals) process.off(sig, hold);
    }
    if (received.length) {
      process.stderr.write('Se recibió una señal de interrupción; se terminó de escribir los resultados antes de salir.\n');
      releaseLock(root);
      process.kill(process.pid, received[0]!);
    }
  });
}
