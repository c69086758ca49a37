/** Helpers of the performance tests: a trimmed copy of the project and the report command run on it. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../pipeline/helpers.js';

export { REPO };
export const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const TSX_LOADER = pathToFileURL(path.join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** A copy of the project (config, data, templates) keeping only the given states of data/. */
export function trimmedProject(keep: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-perf-'));
  for (const item of ['proyecto.yaml', 'data', 'templates']) cpSync(path.join(REPO, item), path.join(dir, item), { recursive: true });
  for (const entry of readdirSync(path.join(dir, 'data'))) {
    if (existsSync(path.join(dir, 'data', entry, 'estado.yaml')) && !keep.includes(entry)) rmSync(path.join(dir, 'data', entry), { recursive: true });
  }
  return dir;
}

export function envFor(root: string, cache: string): NodeJS.ProcessEnv {
  return { ...process.env, DIAGNOSTICOS_ROOT: root, DIAGNOSTICOS_CACHE: cache, SOURCE_DATE_EPOCH: '1767225600' };
}

export function report(root: string, cache: string, args: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(REPO, 'src', 'cli', 'report.ts'), ...args], { cwd: root, encoding: 'utf8', env: envFor(root, cache) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * A long-running report process (the live loop). Started as `node --import <tsx loader>`, like
 * the npm scripts start Node directly: through tsx's CLI a signal goes to a relay process that
 * kills the command outright when it does not acknowledge the signal within 30 ms (a busy
 * moment under load), so a clean stop could not be told from a crash.
 */
export function spawnReport(root: string, cache: string, args: string[]) {
  return spawn(process.execPath, ['--import', TSX_LOADER, path.join(REPO, 'src', 'cli', 'report.ts'), ...args], { cwd: root, env: envFor(root, cache), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every file under the given folders of a root, relative path → bytes. */
export function outputsOf(root: string, folders = ['reports', 'slides']): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else out.set(child, readFileSync(path.join(root, child)));
    }
  };
  for (const f of folders) walk(f);
  return out;
}
