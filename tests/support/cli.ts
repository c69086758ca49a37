/**
 * The one way tests run a command as an analyst does: `src/cli/<script>` (or another TypeScript
 * entry point) in a child Node process with tsx as a loader (one process: the tsx command would
 * run the script in a grandchild that a SIGKILL of its parent leaves running), from the
 * repository, on a project root of the test's choosing (`DIAGNOSTICOS_ROOT`), with an environment
 * free of the test hooks.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..', '..');

export interface CliOptions {
  /** Project root the command works on (`DIAGNOSTICOS_ROOT`); default: the repository. */
  root?: string;
  /** Variables to set (a string) or to remove (undefined) on top of the cleaned environment. */
  env?: Record<string, string | undefined>;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/**
 * Environment of a spawned command: the test process's, minus the hooks a test may have set
 * for itself (`DIAGNOSTICOS_PRUEBA_*`, the lock wait, SOURCE_DATE_EPOCH), plus `opts`.
 */
export function cliEnv(opts: CliOptions = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('DIAGNOSTICOS_PRUEBA_') || k === 'SOURCE_DATE_EPOCH' || k === 'DIAGNOSTICOS_ESPERA_BLOQUEO' || k === 'DIAGNOSTICOS_ROOT' || k === 'DIAGNOSTICOS_PAQUETE') delete env[k];
  if (opts.root) env.DIAGNOSTICOS_ROOT = opts.root;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** `src/cli/<script>`, or a path (absolute or relative to the repository) to another entry point. */
function entry(script: string): string {
  return script.includes('/') ? path.resolve(REPO, script) : path.join(REPO, 'src', 'cli', script);
}

/** Runs a command and waits for it. */
export function runCli(script: string, args: string[] = [], opts: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry(script), ...args], { cwd: REPO, encoding: 'utf8', env: cliEnv(opts), maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/**
 * Runs a command in the background; when `killOn` appears as a line of its stderr the process
 * gets `signal` (SIGKILL by default). Resolves once the process has exited (and been reaped).
 */
export function runCliAsync(script: string, args: string[], opts: CliOptions = {}, killOn?: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<CliResult & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry(script), ...args], { cwd: REPO, env: cliEnv(opts), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (killOn && !killed && err.split('\n').includes(killOn)) {
        killed = true;
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, out, err, killed }));
  });
}
