/** The deck's worker thread (deck-thread.ts): builds each deck it is sent and sends its bytes back. */
import { parentPort } from 'node:worker_threads';
import { UserError } from '../../util/errors.js';
import type { DeckAnswer, DeckJob } from './deck-thread.js';
import { buildDeck } from './index.js';
import { setLiveLoop } from '../../util/live-loop.js';

// This thread only exists in the live loop: what pays off from one deck to the next is remembered.
setLiveLoop(true);

parentPort!.on('message', (job: DeckJob & { id: number }) => {
  void (async () => {
    let answer: DeckAnswer;
    try {
      answer = { id: job.id, ok: true, bytes: await buildDeck(job.analysis, job.data, job.flowcharts) };
    } catch (e) {
      answer = e instanceof UserError
        ? { id: job.id, ok: false, user: true, message: e.message, problems: e.problems }
        : { id: job.id, ok: false, user: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined };
    }
    parentPort!.postMessage(answer);
  })();
});
