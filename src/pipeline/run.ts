/**
 * Runs products: render in memory → privacy scan of every output → either compare the
 * committed twins (`--check`) or commit every file of every product at once. A failure at any
 * stage of any product leaves every previous output exactly as it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commitFiles, withOutputLock } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { guardOutputs } from './privacy-gate.js';
import type { Product, ProductBuild, ProductRequest } from './product.js';

export interface ProductJob {
  product: Product;
  request: ProductRequest;
}

export interface ProductResult {
  product: Product;
  slug?: string;
  /** Written files (repository-relative) with their sizes; empty in check mode. */
  files: { path: string; bytes: number }[];
  /** Stale files removed after the commit. */
  removed: string[];
  /** Check mode: committed twins that differ from a fresh render (repository-relative). */
  staleTwins: string[];
  summary?: string;
  ms: number;
}

/** Renders one product and runs the output privacy scan on it; nothing is written. */
export async function renderProduct(job: ProductJob): Promise<ProductBuild> {
  const { product, request } = job;
  const build = await product.render(request);
  await guardOutputs(request.root, request.outRoot, request.project, build);
  return build;
}

function twinDiffers(file: string, bytes: Buffer | string): boolean {
  if (!existsSync(file)) return true;
  return !readFileSync(file).equals(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
}

/**
 * Renders every job; then, in check mode, compares the twins with the committed ones (writing
 * nothing), otherwise commits every file of every job together and removes stale files, all or
 * nothing (src/util/atomic-write.ts). Problems of several jobs are reported together. A build
 * holds the output lock of its output folder from rendering to commit: a second build of the
 * same project waits (bounded), and a commit interrupted by a killed process is recovered first.
 */
export interface RunOptions {
  check?: boolean;
  /**
   * Renders a job elsewhere (e.g. a worker process, src/pipeline/workers.ts) instead of in this
   * process. Every job is started at once; the privacy scan and the commit stay here.
   */
  render?: (job: ProductJob) => Promise<ProductBuild>;
}

export async function runProducts(jobs: ProductJob[], opts: RunOptions = {}): Promise<ProductResult[]> {
  const outRoot = jobs[0]?.request.outRoot;
  if (outRoot === undefined) return [];
  // Check mode writes nothing (and may run in a read-only checkout): no lock.
  if (opts.check) return runLocked(outRoot, jobs, opts);
  return withOutputLock(outRoot, () => runLocked(outRoot, jobs, opts));
}

async function runLocked(outRoot: string, jobs: ProductJob[], opts: RunOptions): Promise<ProductResult[]> {
  const rendered: { job: ProductJob; build: ProductBuild; ms: number }[] = [];
  const failures: UserError[] = [];
  const started = performance.now();
  const remote = opts.render && jobs.map((job) => {
    const build = opts.render!(job).then((b) => ({ build: b, ms: performance.now() - started }));
    build.catch(() => undefined); // awaited below, in order
    return build;
  });
  for (const [i, job] of jobs.entries()) {
    const from = performance.now();
    try {
      if (remote) {
        const { build, ms } = await remote[i]!;
        await guardOutputs(job.request.root, job.request.outRoot, job.request.project, build);
        rendered.push({ job, build, ms });
      } else rendered.push({ job, build: await renderProduct(job), ms: performance.now() - from });
    } catch (e) {
      if (!(e instanceof UserError) || jobs.length === 1) throw e;
      failures.push(e);
    }
  }
  if (failures.length === 1) throw failures[0]!;
  if (failures.length > 1) {
    throw new UserError(`${failures.length} productos tienen problemas; no se escribió nada`, failures.flatMap((f) => (f.problems.length ? f.problems : [{ file: '', message: f.message }])));
  }

  const removals = rendered.map(({ build }) => {
    const written = new Set(build.files.map((f) => path.resolve(f.target)));
    return (build.stale ?? []).filter((f) => !written.has(path.resolve(f)) && existsSync(f));
  });
  if (!opts.check) await commitFiles(rendered.flatMap((r) => r.build.files), { root: outRoot, remove: removals.flat() });
  return rendered.map(({ job, build, ms }, i) => {
    const shown = (f: string) => displayPath(job.request.outRoot, f);
    if (opts.check) {
      const staleTwins = build.files.filter((f) => f.twin && twinDiffers(f.target, f.bytes)).map((f) => shown(f.target));
      return { product: job.product, slug: job.request.slug, files: [], removed: [], staleTwins, summary: build.summary, ms };
    }
    const removed = removals[i]!;
    return {
      product: job.product,
      slug: job.request.slug,
      files: build.files.map((f) => ({ path: shown(f.target), bytes: Buffer.byteLength(f.bytes) })),
      removed: removed.map(shown),
      staleTwins: [],
      summary: build.summary,
      ms,
    };
  });
}
