/**
 * A state's flowcharts laid out for slides and for print at once. On a cold cache the print
 * searches dominate a build (ELK hundreds of times per flowchart), one flowchart after another on
 * one core: where that pays (`workersPay`), the missing layouts are computed in worker threads,
 * one flowchart per worker at a time, and handed to the ordinary cached path (`provideLayout`), which stores them exactly as if they
 * had been computed in this thread. Workers only save time: any failure of theirs (no tsx loader,
 * a crash, an error in a layout) leaves that layout to the in-thread computation.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageGeometry } from '../render/page/geometry.js';
import { isLayoutCached, provideLayout } from './layout-cache.js';
import { layoutFlowchartForSlides, slideLayoutJob } from './layout/index.js';
import { layoutFlowchartForPrint, printLayoutJob } from './print.js';
import type { Flowchart, FlowchartLayout } from './types.js';

export interface StateLayouts {
  slides: FlowchartLayout[];
  print: FlowchartLayout[];
  /** How many of them worker threads computed. */
  computedInWorkers: number;
}

export interface StateLayoutOptions {
  /** Worker threads: `true` whenever two or more layouts are missing, `false` never; by default `workersPay()`. */
  workers?: boolean;
  /** The workers' entry module (tests: one that fails). */
  workerEntry?: URL;
}

/** What a worker is asked: one flowchart, which of its layouts. */
export interface WorkerTask {
  fc: Flowchart;
  geometry: PageGeometry;
  slides: boolean;
  print: boolean;
}
export type WorkerAnswer = { slides?: FlowchartLayout; print?: FlowchartLayout } | { error: string };

/** Slide and print layouts of `fcs`, in order: the same as `layoutFlowchartForSlides` and `layoutFlowchartForPrint` of each. */
export async function layoutStateFlowcharts(fcs: Flowchart[], geometry: PageGeometry, opts: StateLayoutOptions = {}): Promise<StateLayouts> {
  let computedInWorkers = 0;
  if (opts.workers ?? workersPay()) {
    const tasks = fcs
      .map((fc): WorkerTask => {
        const slides = slideLayoutJob(fc);
        return { fc, geometry, slides: !isLayoutCached(slides.kind, slides.inputs), print: !printLayoutJob(fc, geometry).known() };
      })
      .filter((t) => t.slides || t.print);
    if (tasks.reduce((n, t) => n + Number(t.slides) + Number(t.print), 0) >= 2) computedInWorkers = await inWorkers(tasks, opts.workerEntry ?? new URL('./layout-worker.mjs', import.meta.url));
  }
  const slides: FlowchartLayout[] = [];
  const print: FlowchartLayout[] = [];
  for (const fc of fcs) {
    slides.push(await layoutFlowchartForSlides(fc));
    print.push(await layoutFlowchartForPrint(fc, geometry));
  }
  return { slides, print, computedInWorkers };
}

/**
 * Whether worker threads can win here. Each one loads and JIT-compiles elkjs again (~2 s of CPU,
 * on V8's background threads, which the in-thread search already keeps busy): on 2 cores they
 * measured slower than this thread (chihuahua's layouts 4.4–6.1 s against 3.3–4.5 s). A forked
 * child (IPC channel: `report --all`'s processes) shares the cores with its siblings.
 */
export function workersPay(): boolean {
  return availableParallelism() >= MIN_CORES && !process.send;
}
const MIN_CORES = 4;

/** Computes the tasks in workers and provides their layouts (how many); whatever fails is left to the caller. */
async function inWorkers(tasks: WorkerTask[], entry: URL): Promise<number> {
  let provided = 0;
  // Largest first: the longest searches start early and the workers finish together.
  const queue = [...tasks].sort((a, b) => b.fc.pasos.length - a.fc.pasos.length);
  const count = Math.min(availableParallelism(), tasks.length);
  const slot = async () => {
    let worker: Worker;
    try {
      worker = new Worker(entry, { execArgv: [] });
      worker.on('error', () => {}); // a crash between tasks must not throw here; `ask` sees it
    } catch {
      return;
    }
    try {
      for (let task = queue.shift(); task; task = queue.shift()) {
        const answer = await ask(worker, task);
        if (!answer) return; // the worker did not start or died: the rest goes to the others or this thread
        if ('error' in answer) continue; // left to the in-thread path, which reports it as it would without workers
        for (const [job, layout] of [[slideLayoutJob(task.fc), answer.slides], [printLayoutJob(task.fc, task.geometry), answer.print]] as const) {
          if (!layout) continue;
          provideLayout(job.kind, job.inputs, Promise.resolve(layout));
          provided++;
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: count }, slot));
  return provided;
}

/** One task's answer; undefined when the worker fails to start or dies. */
function ask(worker: Worker, task: WorkerTask): Promise<WorkerAnswer | undefined> {
  return new Promise((resolve) => {
    const done = (answer?: WorkerAnswer) => {
      worker.off('message', done).off('error', failed).off('exit', failed);
      resolve(answer);
    };
    const failed = () => done(undefined);
    worker.on('message', done).on('error', failed).on('exit', failed);
    worker.postMessage(task);
  });
}

/** A worker's job (layout-worker.mjs): the asked layouts of one flowchart, computed as in-thread. */
export async function computeTask(task: WorkerTask): Promise<WorkerAnswer> {
  return {
    ...(task.slides ? { slides: await slideLayoutJob(task.fc).compute() } : {}),
    ...(task.print ? { print: await printLayoutJob(task.fc, task.geometry).compute() } : {}),
  };
}
