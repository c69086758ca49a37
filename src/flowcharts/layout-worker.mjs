/**
 * Worker thread of `layoutStateFlowcharts` (state-layouts.ts): lays out the flowcharts it is sent.
 * Plain JavaScript that registers tsx itself, so it starts the same under tsx, `node --import tsx`
 * and vitest (whose TypeScript loader workers do not inherit).
 */
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { computeTask } = await import('./state-layouts.ts');
parentPort.on('message', async (task) => {
  try {
    parentPort.postMessage(await computeTask(task));
  } catch (e) {
    parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
