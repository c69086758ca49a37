/**
 * The live loop (`npm run report <estado> -- --vigilar`) keeps what pays off from one rebuild to
 * the next, and only it: each section's parse (src/render/markdown/parse.ts), the privacy
 * scanner's answers (src/privacy/identifiers.ts), the docx.js objects of unchanged DOCX blocks with their XML
 * (src/write/docx/builders/reused-blocks.ts) and a warm worker thread for the CIE deck
 * (src/write/pptx/deck-thread.ts). A single build would only hold them until it exits.
 */
import { rememberScans } from '../privacy/identifiers.js';
import { setLiveLoop } from '../util/live-loop.js';
import { deckInWorker } from '../write/pptx/deck-thread.js';

export function enterLiveLoop(): void {
  setLiveLoop(true);
  rememberScans(true);
  deckInWorker(true);
}

export function leaveLiveLoop(): void {
  setLiveLoop(false);
  rememberScans(false);
  deckInWorker(false);
}
