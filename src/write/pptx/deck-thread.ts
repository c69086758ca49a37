/**
 * The CIE deck built in a worker thread while this thread writes the report's DOCX: the live
 * loop (`--vigilar`) turns it on, and its worker stays warm from one rebuild to the next, so the
 * deck (~0.2–0.3 s of a rebuild) costs no wall time. Elsewhere (a single build, `--all`'s
 * processes, tests) the deck is built in this thread as before: starting a worker costs more
 * than it saves once. The worker runs the same `buildDeck` on a structured clone of the same
 * inputs, so the bytes are the same; whatever the worker cannot do falls back to this thread.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { Analysis } from '../../analyse/types.js';
import type { FlowchartLayout } from '../../flowcharts/types.js';
import type { StateData } from '../../load/types.js';
import { UserError, type Problem } from '../../util/errors.js';
import { buildDeck } from './index.js';

export interface DeckJob {
  analysis: Analysis;
  /** Without the narratives: the deck does not read them, and they are the bulk of the clone. */
  data: StateData;
  flowcharts: FlowchartLayout[];
}

export type DeckAnswer =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; user: boolean; message: string; problems?: Problem[]; stack?: string };

let worker: Worker | undefined;
let enabled = false;
let next = 0;
let built = 0;

/** How many decks the worker has answered for (tests: the worker path really ran). */
export function workerAnswers(): number {
  return built;
}
/** Jobs sent and not answered yet, with the worker that has them. */
const waiting = new Map<number, { worker: Worker; resolve: (a: DeckAnswer | undefined) => void }>();

/** Turns the deck's worker thread on (the live loop) or off (and ends it). */
export function deckInWorker(on: boolean): void {
  enabled = on;
  if (!on && worker) {
    void worker.terminate();
    worker = undefined;
  }
}

/**
 * Starts the deck now (in the worker, when on) or leaves it for later (in this thread); the
 * returned function gives its bytes. Starting early lets the worker build it meanwhile.
 */
export function startDeck(analysis: Analysis, data: StateData, flowcharts: FlowchartLayout[]): () => Promise<Buffer> {
  const here = () => buildDeck(analysis, data, flowcharts);
  if (!enabled) return here;
  const answer = ask({ analysis, data: { ...data, narrativa: {} }, flowcharts });
  return async () => {
    const a = await answer;
    if (!a) return here(); // no worker: this thread
    if (a.ok) return Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength);
    if (a.user) throw new UserError(a.message, a.problems);
    const e = new Error(a.message);
    if (a.stack) e.stack = a.stack;
    throw e;
  };
}

function ask(job: DeckJob): Promise<DeckAnswer | undefined> {
  const w = started();
  if (!w) return Promise.resolve(undefined);
  const id = next++;
  return new Promise((resolve) => {
    waiting.set(id, { worker: w, resolve });
    try {
      w.postMessage({ id, ...job });
    } catch {
      waiting.delete(id);
      resolve(undefined);
    }
  });
}

/** A worker that ended before answering once is not started again in this process. */
let broken = false;

/** The worker, started on first use; undefined when it cannot start. */
function started(): Worker | undefined {
  if (worker) return worker;
  if (broken) return undefined;
  try {
    // Started from the launcher's bundle (src/cli/launch.mjs) or, under tsx and vitest, from a
    // JavaScript entry that registers tsx itself.
    const bundle = process.env.DIAGNOSTICOS_PAQUETE;
    const entry = bundle ? path.join(bundle, 'deck-worker-main.mjs') : new URL('./deck-worker.mjs', import.meta.url);
    const w = new Worker(entry, { execArgv: [] });
    w.unref();
    let answered = false;
    w.on('message', (a: DeckAnswer) => {
      answered = true;
      built++;
      waiting.get(a.id)?.resolve(a);
      waiting.delete(a.id);
    });
    const gone = () => {
      // Ended by itself (not by deckInWorker(false), which lets go of it first) before answering once.
      if (worker === w) {
        worker = undefined;
        if (!answered) broken = true;
      }
      // Its unanswered jobs go back to the main thread (a newer worker's are not its own).
      for (const [id, job] of waiting) {
        if (job.worker !== w) continue;
        job.resolve(undefined);
        waiting.delete(id);
      }
    };
    w.on('error', gone);
    w.on('exit', gone);
    worker = w;
    return w;
  } catch {
    return undefined;
  }
}
