/**
 * Whether this process is the live loop (`npm run report <estado> -- --vigilar`). What only pays
 * off from one rebuild to the next — each chapter's parse, the privacy scanner's answers — is
 * remembered only there: a single build would only hold it in memory until it exits.
 */
let on = false;

export function setLiveLoop(value: boolean): void {
  on = value;
}

export function inLiveLoop(): boolean {
  return on;
}
