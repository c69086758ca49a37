/** Helpers of the output-side hardening tests (issue #12): spawned commands on a fixture project. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../data/helpers.js';

export const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Output paths of the fixture state «prueba» (proyecto.yaml → salidas). */
export function outputsOf(root: string) {
  return {
    docx: path.join(root, 'reports/prueba/diagnostico-prueba.docx'),
    twin: path.join(root, 'reports/prueba/diagnostico-prueba.md'),
    deck: path.join(root, 'slides/prueba/presentacion-cie-prueba.pptx'),
    flowDocx: path.join(root, 'reports/prueba/flujogramas-prueba.docx'),
    flowDeck: path.join(root, 'slides/prueba/flujogramas-prueba.pptx'),
  };
}

/** Environment of a spawned command: the test project as root, no inherited test hooks. */
export function cliEnv(root: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DIAGNOSTICOS_ROOT: root };
  for (const k of Object.keys(env)) if (k.startsWith('DIAGNOSTICOS_PRUEBA_') || k === 'SOURCE_DATE_EPOCH' || k === 'DIAGNOSTICOS_ESPERA_BLOQUEO') delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs `src/cli/<script>` synchronously. */
export function cliSync(script: string, args: string[], env: NodeJS.ProcessEnv): CliResult {
  const r = spawnSync(process.execPath, [TSX, path.join(REPO, 'src', 'cli', script), ...args], { cwd: REPO, encoding: 'utf8', env });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/**
 * Runs `src/cli/<script>` in the background, in one process (tsx as a loader: the tsx command
 * would run the script in a child that a SIGKILL of the parent leaves running). When `killOn`
 * appears as a line of its stderr the process gets `signal` (SIGKILL by default). Resolves once it has exited.
 */
export function cliAsync(script: string, args: string[], env: NodeJS.ProcessEnv, killOn?: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<CliResult & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src', 'cli', script), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('close', (code, signal) => resolve({ code, signal, out, err, killed }));
  });
}

/** Every file under `dir` (recursive), relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
}

/** Temporaries and backups a commit leaves beside its targets, and journals of the write state. */
export function leftovers(root: string): string[] {
  const beside = listFiles(root).filter((f) => /\.(tmp|anterior)$/.test(f) && !f.startsWith('node_modules'));
  const journals = listFiles(path.join(root, '.tmp', 'escritura')).filter((f) => f.startsWith('diario-'));
  return [...beside, ...journals.map((j) => `.tmp/escritura/${j}`)];
}

export const read = (f: string) => readFileSync(f);

/** A stack trace line of our sources or of node. */
export const STACK = /\bat .+\.(ts|js|mjs):\d+|node:internal/;
