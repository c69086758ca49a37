/**
 * The live loop of `npm run report <estado> -- --vigilar`: rebuilds a state's report products
 * on every save of its inputs — data/<estado>/ (CSV, narratives, estado.yaml, flowcharts),
 * data/comun/, templates/ and proyecto.yaml — and keeps going whatever happens. Each rebuild is
 * an ordinary run of the pipeline (render → privacy scan → all-or-nothing commit), in this
 * process so that modules, fonts and layouts stay warm: an edit that breaks something prints
 * its Spanish error and leaves the last good outputs exactly as they were.
 *
 * Saves arrive as bursts of fs.watch events (editors write, rename, touch): they are debounced,
 * and a save during a rebuild queues exactly one more rebuild after it.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import type { ProductResult } from './run.js';

export interface WatchOptions {
  root: string;
  slug: string;
  /** One rebuild; throws a UserError for the user's mistakes. */
  build: () => Promise<ProductResult[]>;
  /** Called after each rebuild: the results, or the error (the outputs were not touched). */
  onBuild: (outcome: { ok: true; results: ProductResult[]; ms: number; cause?: string } | { ok: false; error: unknown; ms: number; cause?: string }) => void;
  /** Called when a rebuild starts, with the file (repository-relative) whose change triggered it. */
  onStart?: (cause: string | undefined) => void;
  debounceMs?: number;
}

export interface Watcher {
  /** The folders and files watched (repository-relative), for the user's message. */
  watched: string[];
  /** Starts a rebuild now (the first build), or queues one after the running one. */
  trigger(): void;
  close(): void;
}

/** Files whose change matters: inputs, not editors' scratch files or outputs. */
function relevant(file: string): boolean {
  const base = path.basename(file);
  if (base.startsWith('.') || base.endsWith('~') || /\.(swp|swx|tmp)$|^4913$/.test(base)) return false;
  return !file.split(/[\\/]/).includes('privado');
}

export function watchState(opts: WatchOptions): Watcher {
  const { root, slug } = opts;
  // Long enough for an editor's burst (write, rename, touch: a few ms apart), short enough not to be felt.
  const debounce = opts.debounceMs ?? 120;
  const watchers: FSWatcher[] = [];
  const watched: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending: string | undefined;
  let dirty = false;
  let closed = false;

  const run = async (cause: string | undefined): Promise<void> => {
    opts.onStart?.(cause);
    const started = performance.now();
    try {
      const results = await opts.build();
      opts.onBuild({ ok: true, results, ms: performance.now() - started, cause });
    } catch (error) {
      opts.onBuild({ ok: false, error, ms: performance.now() - started, cause });
    }
  };
  const kick = () => {
    if (closed) return;
    if (running) {
      dirty = true;
      return;
    }
    const cause = pending;
    pending = undefined;
    running = run(cause).finally(() => {
      running = undefined;
      if (dirty) {
        dirty = false;
        kick();
      }
    });
  };
  const changed = (file: string) => {
    if (closed || !relevant(file)) return;
    pending = file;
    clearTimeout(timer);
    timer = setTimeout(kick, debounce);
  };

  const dirs = [path.join('data', slug), path.join('data', 'comun'), 'templates'];
  for (const rel of dirs) {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) continue;
    watchers.push(watch(abs, { recursive: true }, (_event, name) => changed(path.join(rel, String(name ?? '')))));
    watched.push(`${rel}/`);
  }
  // proyecto.yaml: its folder is watched (editors often replace a file rather than write it).
  watchers.push(watch(root, (_event, name) => {
    if (name === 'proyecto.yaml') changed('proyecto.yaml');
  }));
  watched.push('proyecto.yaml');
  for (const w of watchers) w.on('error', () => undefined);

  return {
    watched,
    trigger: kick,
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}

/** The Spanish lines for a failed rebuild. */
export function describeFailure(error: unknown, formatUserError: (e: UserError) => string): string {
  if (error instanceof UserError) return formatUserError(error);
  return `Error interno inesperado (no se debe a sus datos): ${error instanceof Error ? error.message : String(error)}`;
}
