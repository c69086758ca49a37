/**
 * Whether this process is the live loop (`npm run report <estado> -- --vigilar`; set by
 * src/pipeline/live-loop.ts): what only pays off from one rebuild to the next is remembered
 * only there, a single build would only hold it in memory until it exits.
 */
let on = false;

export function setLiveLoop(value: boolean): void {
  on = value;
}

export function inLiveLoop(): boolean {
  return on;
}

/**
 * A cache of what an input text gives (its parse), kept only in the live loop: `remember(key,
 * compute)` computes outside the loop, and in the loop returns the kept result of an unchanged
 * key. Old keys (texts of edited files) go all at once past `limit`: a loop session holds a few
 * hundred at most.
 */
export function liveLoopCache<T>(limit = 500): (key: string, compute: () => T) => T {
  const kept = new Map<string, T>();
  return (key, compute) => {
    if (!on) return compute();
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size > limit) kept.clear();
      kept.set(key, (value = compute()));
    }
    return value;
  };
}
