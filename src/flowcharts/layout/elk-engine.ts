/** The ELK layered engine, run in-process (no fake worker, no timers). */
import { createRequire } from 'node:module';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/**
 * elkjs's layout engine (`elk-worker.min.js`, the script `elk.bundled.js` wraps and runs
 * in-process), called directly: `ELK.layout` goes through a fake worker that defers the request
 * and the answer with a `setTimeout(0)` each (≥ 1 ms in Node), which a search running ELK
 * hundreds of times per flowchart pays over and over. Same engine, same registration, same
 * input → same layout.
 */
interface ElkEngine {
  dispatcher: { saveDispatch(msg: { data: unknown }): void };
  onmessage?: (msg: { data: Answer }) => void;
}
type Answer = { id: number; data?: ElkNode; error?: unknown };
/** The engine, loaded and registered on the first layout: a build whose layouts all come from the disk cache never loads elkjs (~0.3 s). */
let dispatch: ((data: Record<string, unknown>) => Omit<Answer, 'id'>) | undefined;
function engineDispatch(): (data: Record<string, unknown>) => Omit<Answer, 'id'> {
  if (dispatch) return dispatch;
  const { Worker: ElkWorker } = createRequire(import.meta.url)('elkjs/lib/elk-worker.min.js') as { Worker: new () => ElkEngine };
  const engine = new ElkWorker();
  let answer: Answer | undefined;
  engine.onmessage = (msg) => { answer = msg.data; };
  const send = (data: Record<string, unknown>): Omit<Answer, 'id'> => {
    answer = undefined;
    engine.dispatcher.saveDispatch({ data: { id: 0, ...data } });
    const got = answer as Answer | undefined;
    if (!got) throw new Error('elkjs no respondió');
    return got;
  };
  // What `new ELK()` registers.
  send({ cmd: 'register', algorithms: ['layered', 'stress', 'mrtree', 'radial', 'force', 'disco', 'sporeOverlap', 'sporeCompaction', 'rectpacking'] });
  dispatch = send;
  return send;
}
export const elk = {
  async layout(graph: ElkNode): Promise<ElkNode> {
    const got = engineDispatch()({ cmd: 'layout', graph, layoutOptions: {}, options: { logging: false, measureExecutionTime: false } });
    if (got.error !== undefined) throw got.error;
    return got.data!;
  },
};
