/**
 * vitest 3.2 gives each progress report a worker sends to the runner (`onTaskUpdate`) a fixed
 * 60 s wait for its acknowledgement (birpc's DEFAULT_TIMEOUT; no option reaches it). When a test
 * keeps its worker's event loop busy for more than a minute — a whole flowcharts build on this
 * 2-core machine under load — the acknowledgement, although it has arrived, is read after the
 * timer fires: every test passes and the run still exits 1 with
 * «[vitest-worker]: Timeout calling "onTaskUpdate"» (vitest-dev/vitest#8164). vitest 4 dropped
 * that wait (vitest-dev/vitest#8297, `timeout: -1`). This setup file does the same on 3.2 for
 * that one call: it wraps the worker's RPC client so that a timed-out acknowledgement of a
 * progress report is ignored; the report itself has already been sent (and is read by the
 * runner whenever it gets to it), and every other error of every call still propagates.
 *
 * It reaches vitest's worker state (`globalThis.__vitest_worker__`), which is internal: vitest is
 * pinned to 3.2 in package.json, and when the state is missing the file does nothing. Remove it
 * when moving to vitest ≥ 4. See docs/ARCHITECTURE.md, "Lean install".
 */
const ACK_TIMEOUT = /^\[vitest-worker\]: Timeout calling "onTaskUpdate"/;
const WRAPPED = Symbol.for('diagnosticos.rpc-timeout');

// The marker goes on the state: the RPC client answers every property, symbols included, with a remote call.
type WorkerState = { rpc?: object; [WRAPPED]?: true };
const state = (globalThis as { __vitest_worker__?: WorkerState }).__vitest_worker__;

if (state?.rpc && !state[WRAPPED]) {
  state[WRAPPED] = true;
  state.rpc = new Proxy(state.rpc, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'onTaskUpdate' || typeof value !== 'function') return value;
      return (...args: unknown[]) => (value as (...a: unknown[]) => Promise<unknown>)(...args).catch((e: unknown) => {
        if (e instanceof Error && ACK_TIMEOUT.test(e.message)) {
          process.stderr.write(`(ignored: ${e.message} — the report was sent; vitest 4 has no such wait)\n`);
          return undefined;
        }
        throw e;
      });
    },
  });
}
