/**
 * Entry of the deck's worker thread under tsx and vitest (deck-thread.ts): plain JavaScript that
 * registers tsx itself (a worker does not inherit its parent's TypeScript loader).
 */
import { register } from 'tsx/esm/api';

register();
await import('./deck-worker-main.ts');
