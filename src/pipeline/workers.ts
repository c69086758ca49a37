/**
 * Renders state products in worker processes, several at once (`npm run report -- --all`).
 * A worker only renders (ProductBuild in memory, nothing written); the parent keeps everything
 * else exactly as the serial path does it: the privacy scan of every output and the single
 * all-or-nothing commit (src/pipeline/run.ts), under the output lock. Rendering is a pure
 * function of the project's files, so a worker's build is the same build the parent would make;
 * tests/perf/parallel.test.ts checks that the written bytes are identical.
 *
 * Workers are child processes (child_process.fork) running src/pipeline/worker-child.ts with
 * the same TypeScript loader (tsx) as the parent; builds come back over IPC with the
 * 'advanced' serialisation (structured clone: Buffers travel as bytes, not JSON).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError, type Problem } from '../util/errors.js';
import type { ProductBuild } from './product.js';
import type { ProductJob } from './run.js';

/** What the parent sends: a job without its Product object and project config (the worker reloads them). */
export interface WorkerRequest {
  id: number;
  productId: string;
  root: string;
  outRoot: string;
  slug?: string;
  options: ProductJob['request']['options'];
}

export type WorkerReply =
  | { id: number; ok: true; build: ProductBuild }
  | { id: number; ok: false; user: boolean; message: string; problems?: Problem[]; stack?: string };

/** Cores this process may use (os.availableParallelism honours CPU affinity). */
export function availableCores(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

const CHILD = path.join(import.meta.dirname, 'worker-child.ts');

/** Node options for a child that must load TypeScript: the parent's, plus tsx when the parent was not started by it. */
function childExecArgv(): string[] {
  const own = process.execArgv.filter((a) => !a.startsWith('--inspect'));
  return own.some((a) => a.includes('tsx')) ? own : [...own, '--import', 'tsx'];
}

/** Structured clone turns Buffers into plain Uint8Arrays: make them Buffers again. */
function reviveBuild(build: ProductBuild): ProductBuild {
  return {
    ...build,
    files: build.files.map((f) => ({ ...f, bytes: typeof f.bytes === 'string' ? f.bytes : Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) })),
  };
}

interface Pending {
  request: WorkerRequest;
  resolve: (b: ProductBuild) => void;
  reject: (e: unknown) => void;
}

/** A fixed number of worker processes taking jobs from one queue. `render` has the shape runProducts' `render` option expects. */
export class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly busy = new Map<ChildProcess, Pending>();
  private readonly idle: ChildProcess[] = [];
  private readonly children: ChildProcess[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    // Started by src/cli/launch.mjs: the child from the same bundle, without tsx.
    const bundled = process.env.DIAGNOSTICOS_PAQUETE && path.join(process.env.DIAGNOSTICOS_PAQUETE, 'worker-child.mjs');
    const child = bundled && existsSync(bundled)
      ? fork(bundled, [], { execArgv: process.execArgv.filter((a) => !a.startsWith('--inspect')), serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      : fork(CHILD, [], { execArgv: childExecArgv(), serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.children.push(child);
    child.on('message', (reply: WorkerReply) => {
      const job = this.busy.get(child);
      if (!job || job.request.id !== reply.id) return;
      this.busy.delete(child);
      if (reply.ok) job.resolve(reviveBuild(reply.build));
      else if (reply.user) job.reject(new UserError(reply.message, reply.problems ?? []));
      else job.reject(Object.assign(new Error(reply.message), { stack: reply.stack ?? reply.message }));
      this.idle.push(child);
      this.pump();
    });
    child.on('exit', (code, signal) => {
      const job = this.busy.get(child);
      this.busy.delete(child);
      const at = this.idle.indexOf(child);
      if (at >= 0) this.idle.splice(at, 1);
      if (job) job.reject(new Error(`el proceso de trabajo terminó inesperadamente (código ${code ?? '-'}, señal ${signal ?? '-'}) al generar ${job.request.productId} de ${job.request.slug ?? 'el programa'}`));
      if (!this.closed && (job || this.queue.length > 0)) {
        this.spawn();
        this.pump();
      }
    });
    this.idle.push(child);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const child = this.idle.shift()!;
      const job = this.queue.shift()!;
      this.busy.set(child, job);
      child.send(job.request);
    }
  }

  render = (job: ProductJob): Promise<ProductBuild> => {
    if (this.closed) return Promise.reject(new Error('WorkerPool cerrado'));
    const { request } = job;
    const wire: WorkerRequest = { id: this.nextId++, productId: job.product.id, root: request.root, outRoot: request.outRoot, slug: request.slug, options: request.options };
    return new Promise<ProductBuild>((resolve, reject) => {
      this.queue.push({ request: wire, resolve, reject });
      this.pump();
    });
  };

  /** Ends every worker (pending jobs are rejected). */
  close(): void {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('WorkerPool cerrado'));
    for (const child of this.children) if (child.connected) child.disconnect();
  }
}
