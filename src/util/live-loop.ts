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
