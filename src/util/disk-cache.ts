/**
 * The project's on-disk cache of pure computations: flowchart layouts (src/flowcharts/layout-cache.ts),
 * rendered PNGs (charts, flowchart parts) and the LP bounds of the suppression audit. An entry's key
 * hashes the computation's inputs, the code that computes it (source files under src/, package
 * versions, Node version, platform): an edit to any of them misses the cache instead of serving a
 * stale result.
 *
 * - Entries live in `<root>/.tmp/cache/<folder>/` (git-ignored) or `$DIAGNOSTICOS_CACHE/<folder>/`;
 *   `DIAGNOSTICOS_CACHE=0` turns the cache off.
 * - An entry carries its whole key and the hash of its content: a corrupt, truncated or foreign
 *   entry is ignored and recomputed (and rewritten), never trusted. Writes go to a temporary file
 *   renamed into place, so concurrent builds never read a half-written entry.
 * - Any failure of the cache itself (read-only folder, full disk) only costs the time saved.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..');

export interface DiskCacheOptions {
  /** Sub-folder of the cache for these entries (e.g. `imagenes`). */
  folder: string;
  /** Source files and folders (relative to src/) whose code decides an entry; this module is always added. */
  code: string[];
  /** Packages whose installed version decides an entry. */
  packages: string[];
  /** The project root (default location `<root>/.tmp/cache`); asked when an entry is looked up. */
  root: () => string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Hash of the code and package versions an entry depends on. */
function fingerprint(code: string[], packages: string[]): string {
  const h = createHash('sha256').update(`node ${process.versions.node} ${process.platform} ${process.arch}\n`);
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
  for (const rel of [...code, 'util/disk-cache.ts'].flatMap(files)) {
    h.update(`${rel}\n`);
    try {
      h.update(readFileSync(path.join(SRC, rel)));
    } catch {
      h.update('(sin archivo)');
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of packages) {
    let version = '(sin versión)';
    try {
      version = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    } catch {
      /* unresolvable: hashed as such */
    }
    h.update(`${name}@${version}\n`);
  }
  return h.digest('hex');
}

function writeAtomically(dir: string, file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

export class DiskCache {
  private code?: string;

  constructor(private readonly opts: DiskCacheOptions) {}

  /** The cache folder, or undefined when the cache is off. */
  dir(): string | undefined {
    const env = process.env.DIAGNOSTICOS_CACHE;
    if (env === '0') return undefined;
    return env && env.length > 0 ? path.resolve(env, this.opts.folder) : path.join(this.opts.root(), '.tmp', 'cache', this.opts.folder);
  }

  /** The full key of an entry: `kind` names the computation, `inputs` is everything it is given (JSON). */
  key(kind: string, inputs: unknown): string {
    this.code ??= fingerprint(this.opts.code, this.opts.packages);
    return sha256(JSON.stringify([kind, this.code, inputs]));
  }

  private file(dir: string, kind: string, key: string, ext: string): string {
    return path.join(dir, `${kind}-${key.slice(0, 32)}.${ext}`);
  }

  /**
   * The JSON value `compute` returns for these inputs, from the cache when a valid entry exists.
   * What a miss returns is what a hit would return (`encode`/`decode` round-trip the value through
   * JSON), so the two paths cannot diverge downstream. Nothing is stored when `compute` throws.
   */
  async json<T, J = T>(kind: string, inputs: unknown, compute: () => Promise<T>, codec?: { encode: (v: T) => J; decode: (j: J) => T }): Promise<T> {
    const slot = this.jsonSlot(kind, inputs, codec);
    if (!slot) return compute();
    return slot.hit ? slot.value() : slot.store(await compute());
  }

  /** Whether `json(kind, inputs, …)` would answer from a valid entry (false when the cache is off). */
  hasJson(kind: string, inputs: unknown): boolean {
    const dir = this.dir();
    if (!dir) return false;
    const key = this.key(kind, inputs);
    return this.readJson(this.file(dir, kind, key, 'json'), key) !== undefined;
  }

  /** Synchronous twin of `json`, for pure synchronous computations. */
  jsonSync<T, J = T>(kind: string, inputs: unknown, compute: () => T, codec?: { encode: (v: T) => J; decode: (j: J) => T }): T {
    const slot = this.jsonSlot(kind, inputs, codec);
    if (!slot) return compute();
    return slot.hit ? slot.value() : slot.store(compute());
  }

  /** The entry of `json`/`jsonSync`: its valid cached value, or how to store a computed one (undefined: no cache). */
  private jsonSlot<T, J>(kind: string, inputs: unknown, codec?: { encode: (v: T) => J; decode: (j: J) => T }): { hit: boolean; value(): T; store(v: T): T } | undefined {
    const dir = this.dir();
    if (!dir) return undefined;
    const key = this.key(kind, inputs);
    const file = this.file(dir, kind, key, 'json');
    const hit = this.readJson<J>(file, key);
    const decode = codec?.decode ?? ((j: J) => j as unknown as T);
    return {
      hit: hit !== undefined,
      value: () => decode(hit as J),
      store: (v: T) => {
        const encoded = JSON.parse(JSON.stringify((codec?.encode ?? ((x: T) => x as unknown as J))(v))) as J;
        this.writeJson(dir, file, key, encoded);
        return decode(encoded);
      },
    };
  }

  /** The bytes `compute` returns for these inputs (e.g. a PNG), from the cache when a valid entry exists. */
  async bytes(kind: string, ext: string, inputs: unknown, compute: () => Promise<Buffer>): Promise<Buffer> {
    const dir = this.dir();
    if (!dir) return compute();
    const key = this.key(kind, inputs);
    const file = this.file(dir, kind, key, ext);
    const hit = this.readBytes(file, key);
    if (hit) return hit;
    const bytes = await compute();
    // Header: the full key and the content's hash, one line each; then the bytes.
    writeAtomically(dir, file, Buffer.concat([Buffer.from(`${key}\n${sha256(bytes)}\n`, 'latin1'), bytes]));
    return bytes;
  }

  private readJson<J>(file: string, key: string): J | undefined {
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; sha?: unknown; value?: J };
      if (entry.key !== key || typeof entry.sha !== 'string' || entry.value === undefined) return undefined;
      return sha256(JSON.stringify(entry.value)) === entry.sha ? entry.value : undefined;
    } catch {
      return undefined;
    }
  }

  private writeJson(dir: string, file: string, key: string, value: unknown): void {
    writeAtomically(dir, file, JSON.stringify({ key, sha: sha256(JSON.stringify(value)), value }));
  }

  private readBytes(file: string, key: string): Buffer | undefined {
    try {
      const data = readFileSync(file);
      const header = 64 + 1 + 64 + 1;
      if (data.length < header || data.toString('latin1', 0, 65) !== `${key}\n` || data[header - 1] !== 0x0a) return undefined;
      const bytes = data.subarray(header);
      return sha256(bytes) === data.toString('latin1', 65, 129) ? Buffer.from(bytes) : undefined;
    } catch {
      return undefined;
    }
  }
}
