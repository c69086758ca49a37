/**
 * Shared CLI runner: Spanish messages, no stack trace on screen, non-zero exit on any error.
 * The user's mistakes (UserError) print their problems (exit 1). Anything else — a bug, in the
 * command or in a callback that escapes it — prints one Spanish line with the path of a log file
 * (`.tmp/registro-errores/<fecha>-<pid>.log`, git-ignored) that holds the details (exit 2).
 * On start, a commit of outputs interrupted by a killed process is recovered (atomic-write.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { projectRoot } from '../config/project.js';
import { recoverInterruptedWrites } from '../util/atomic-write.js';
import { UserError, formatUserError, maskForLog } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { listStates, loadStateConfig, statesWithProduct } from '../load/state.js';
import type { ProductResult } from '../pipeline/run.js';
import { formatNumber } from '../util/format-es.js';

export function parseCli<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  // Every command answers --help / -h / --ayuda with its usage, whatever options it declares.
  const args = config.args ?? process.argv.slice(2);
  if (args.some((a) => a === '--help' || a === '-h' || a === '--ayuda')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    const err = e as { code?: string; message: string };
    const option = /'([^']+)'/.exec(err.message)?.[1];
    const messages: Record<string, string> = {
      ERR_PARSE_ARGS_UNKNOWN_OPTION: `opción desconocida: ${option ?? ''}`,
      ERR_PARSE_ARGS_INVALID_OPTION_VALUE: `valor no válido para la opción ${option ?? ''}`,
      ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: `argumento inesperado: ${option ?? ''}`,
    };
    throw new UserError(`${messages[err.code ?? ''] ?? 'argumentos no válidos'}\n${usage}`);
  }
}

/** Writes the details of an unexpected error to a log file; returns its path as shown to the user. */
export function writeErrorLog(e: unknown, root = projectRoot()): string {
  const now = new Date();
  const name = `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`;
  const details = [
    `Fecha: ${now.toISOString()}`,
    `Comando: ${process.argv.slice(2).join(' ')}`,
    `Programa: ${path.basename(process.argv[1] ?? '')}`,
    `Node.js: ${process.version} (${process.platform} ${process.arch})`,
    '',
    e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e),
    ...(e instanceof Error && e.cause !== undefined ? ['', 'Causa:', (e.cause as Error)?.stack ?? String(e.cause)] : []),
    '',
  ].join('\n');
  // Messages may quote data: identifiers are masked here as on screen.
  const text = maskForLog(details);
  for (const dir of [path.join(root, '.tmp', 'registro-errores'), path.join(tmpdir(), 'diagnosticos-registro-errores')]) {
    try {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return displayPath(root, file);
    } catch { /* next place */ }
  }
  return '(no se pudo escribir el registro: la carpeta del proyecto y la temporal no admiten escritura)';
}

function reportUnexpected(e: unknown): void {
  let where: string;
  try {
    where = writeErrorLog(e);
  } catch {
    where = writeErrorLog(e, process.cwd());
  }
  process.stderr.write(`Error interno inesperado (no se debe a sus datos); no se modificó ningún resultado. Los detalles están en ${where}: envíe ese archivo al equipo de desarrollo.\n`);
  process.exitCode = 2;
}

function failOnInternal(e: unknown): never {
  reportUnexpected(e);
  process.exit(2);
}

/** Test hook: DIAGNOSTICOS_PRUEBA_ERROR_INTERNO=sincrono|asincrono|promesa makes the command fail as a bug would. */
function injectedBug(): void {
  const kind = process.env.DIAGNOSTICOS_PRUEBA_ERROR_INTERNO;
  if (!kind) return;
  const bug = new TypeError("Cannot read properties of undefined (reading 'prueba')");
  if (kind === 'asincrono') setTimeout(() => { throw bug; }, 0);
  else if (kind === 'promesa') void Promise.reject(bug);
  else throw bug;
}

export async function runCli(main: () => Promise<void>): Promise<void> {
  // Errors thrown outside main's promise chain (timers, event handlers, forgotten promises).
  process.on('uncaughtException', failOnInternal);
  process.on('unhandledRejection', failOnInternal);
  try {
    for (const notice of recoverInterruptedWrites(projectRoot())) process.stderr.write(`${notice}\n`);
    injectedBug();
    await main();
    if (process.env.DIAGNOSTICOS_PRUEBA_ERROR_INTERNO) await new Promise((res) => setTimeout(res, 50));
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`${formatUserError(e)}\n`);
      process.exitCode = 1;
      return;
    }
    reportUnexpected(e);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** What a run of products wrote: each product's summary, its files with their sizes, the removed ones, and the total time. */
export function printWritten(results: ProductResult[], startedMs: number): void {
  for (const r of results) {
    process.stdout.write(`${r.summary}\n`);
    for (const f of r.files) process.stdout.write(`  ${f.path}  ${formatBytes(f.bytes)}\n`);
    for (const f of r.removed) process.stdout.write(`  (eliminado por obsoleto) ${f}\n`);
  }
  const secs = (performance.now() - startedMs) / 1000;
  process.stdout.write(`Listo: ${results.reduce((n, r) => n + r.files.length, 0)} archivos escritos en ${formatNumber(secs, 1)} s.\n`);
}

/**
 * The states a command works on: the ones named, each checked against data/, or with --all
 * every state that has the given product (all states when no product is given).
 */
export function selectStates(opts: { positionals: string[]; all: boolean; root: string; usage: string; product?: string }): string[] {
  const known = listStates(opts.root);
  if (opts.all) {
    const states = opts.product ? statesWithProduct(opts.product, opts.root) : known;
    if (states.length === 0) throw new UserError(`No hay estados${opts.product ? ` con el producto «${opts.product}»` : ''} en data/ (carpetas con estado.yaml).`);
    return states;
  }
  if (opts.positionals.length === 0) throw new UserError(`Indique un estado o --all (el --all va después de «--»: npm run <comando> -- --all).\n${opts.usage}`);
  for (const s of opts.positionals) {
    if (known.includes(s) && opts.product && !(loadStateConfig(s, opts.root).productos as string[]).includes(opts.product)) {
      throw new UserError(`El estado «${s}» no tiene el producto «${opts.product}» en data/${s}/estado.yaml (productos: ${loadStateConfig(s, opts.root).productos.join(', ')}).`);
    }
    if (!known.includes(s)) throw new UserError(`No existe el estado «${s}». Estados disponibles: ${known.join(', ') || '(ninguno)'}. Escriba el nombre de la carpeta de data/ tal cual (minúsculas, sin acentos); para crear un estado nuevo vea «Añadir un estado» en docs/guia-analistas.md.`);
  }
  return opts.positionals;
}
