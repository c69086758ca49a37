/**
 * On-disk cache of flowchart layouts. A layout is a pure function of the flowchart, the layout
 * options and the code that lays it out (the layout modules, the text measurement, the shipped
 * font, elkjs): the cache key hashes all of them, so an edit to any of them misses the cache
 * instead of serving a stale layout. The print-layout search is the costliest step of a build;
 * with the cache a rebuild that did not touch a flowchart skips it.
 *
 * - Entries live in `.tmp/cache/flujogramas/` (git-ignored) or `$DIAGNOSTICOS_CACHE`;
 *   `DIAGNOSTICOS_CACHE=0` turns the cache off.
 * - An entry carries its key and the hash of its content: a corrupt, truncated or foreign entry
 *   is ignored and recomputed, never trusted. Writes go to a temporary file renamed into place.
 * - Any failure of the cache itself (read-only folder, full disk) only costs the time saved.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../config/project.js';
import type { FlowchartLayout } from './types.js';

/** Bump to drop every entry written before an incompatible change of the entry format. */
const FORMAT = 1;

const SRC = path.resolve(import.meta.dirname, '..');
/** Source folders and files whose code decides a layout (relative to src/). */
const CODE = ['flowcharts/layout', 'flowcharts/print.ts', 'flowcharts/types.ts', 'flowcharts/layout-cache.ts', 'render/text', 'render/page'];
/** Packages whose version decides a layout. */
const PACKAGES = ['elkjs', '@napi-rs/canvas', '@fontsource/open-sans'];

let codeHash: string | undefined;

/** Hash of the code and package versions a layout depends on (computed once per process). */
function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256').update(`formato ${FORMAT}\n`);
  const files = (rel: string): string[] => {
    const abs = path.join(SRC, rel);
    try {
      return readdirSync(abs, { withFileTypes: true })
        .map((e) => path.join(rel, e.name))
        .sort()
        .flatMap((child) => (child.endsWith('.ts') ? [child] : files(child)));
    } catch {
      return [rel];
    }
  };
  for (const rel of CODE.flatMap(files)) {
    h.update(`${rel}\n`);
    try {
      h.update(readFileSync(path.join(SRC, rel)));
    } catch {
      h.update('(sin archivo)');
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    let version = '(sin versión)';
    try {
      version = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    } catch {
      /* unresolvable: hashed as such */
    }
    h.update(`${name}@${version}\n`);
  }
  codeHash = h.digest('hex');
  return codeHash;
}

/** The cache folder, or undefined when the cache is off. */
export function layoutCacheDir(): string | undefined {
  const env = process.env.DIAGNOSTICOS_CACHE;
  if (env === '0') return undefined;
  return env && env.length > 0 ? path.resolve(env, 'flujogramas') : path.join(projectRoot(), '.tmp', 'cache', 'flujogramas');
}

interface Entry {
  key: string;
  sha: string;
  layout: FlowchartLayout;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function read(file: string, key: string): FlowchartLayout | undefined {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<Entry>;
    if (entry.key !== key || typeof entry.sha !== 'string' || !entry.layout) return undefined;
    return sha256(JSON.stringify(entry.layout)) === entry.sha ? entry.layout : undefined;
  } catch {
    return undefined;
  }
}

function write(dir: string, file: string, key: string, layout: FlowchartLayout): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const entry: Entry = { key, sha: sha256(JSON.stringify(layout)), layout };
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/**
 * The layout `compute` would return for these inputs, from the cache when a valid entry exists.
 * `kind` names the layout function and `inputs` everything it is given (flowchart and options).
 */
export async function cachedLayout(kind: string, inputs: unknown, compute: () => Promise<FlowchartLayout>): Promise<FlowchartLayout> {
  const dir = layoutCacheDir();
  if (!dir) return compute();
  const key = sha256(JSON.stringify([kind, codeFingerprint(), inputs]));
  const file = path.join(dir, `${kind}-${key.slice(0, 32)}.json`);
  const hit = read(file, key);
  if (hit) return hit;
  // What is returned on a miss is what a hit would return (JSON drops undefined fields): the
  // two paths cannot diverge downstream.
  const layout = JSON.parse(JSON.stringify(await compute())) as FlowchartLayout;
  write(dir, file, key, layout);
  return layout;
}
