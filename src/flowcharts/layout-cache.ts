/**
 * On-disk cache of flowchart layouts (src/util/disk-cache.ts, folder `flujogramas`). A layout is a
 * pure function of the flowchart, the layout options and the code that lays it out (the layout
 * modules, the text measurement, the shipped font, elkjs): the cache key hashes all of them, so an
 * edit to any of them misses the cache instead of serving a stale layout. The print-layout search
 * is the costliest step of a build; with the cache a rebuild that did not touch a flowchart skips it.
 * A corrupt, truncated or foreign entry is ignored and recomputed.
 */
import { projectRoot } from '../config/project.js';
import { DiskCache } from '../util/disk-cache.js';
import type { FlowchartLayout } from './types.js';

const cache = new DiskCache({
  folder: 'flujogramas',
  code: ['flowcharts/layout', 'flowcharts/print.ts', 'flowcharts/types.ts', 'flowcharts/layout-cache.ts', 'render/text', 'render/page'],
  packages: ['elkjs', '@napi-rs/canvas', '@fontsource/open-sans'],
  root: projectRoot,
});

/** The cache folder of layouts, or undefined when the cache is off. */
export function layoutCacheDir(): string | undefined {
  return cache.dir();
}

/** A cached layout: its cache entry (`kind`, `inputs`, as `cachedLayout` takes them) and its computation. */
export interface LayoutJob {
  kind: string;
  inputs: unknown;
  compute: () => Promise<FlowchartLayout>;
}

/** Layouts computed elsewhere (worker threads), each used by the next `cachedLayout` call for its entry. */
const provided = new Map<string, Promise<FlowchartLayout>>();
const providedKey = (kind: string, inputs: unknown) => JSON.stringify([kind, inputs]);

/** Whether a valid cache entry exists for these inputs (false when the cache is off). */
export function isLayoutCached(kind: string, inputs: unknown): boolean {
  return cache.hasJson(kind, inputs);
}

/** The layout computed for this entry elsewhere: the next `cachedLayout` call for it uses it instead of `compute`. */
export function provideLayout(kind: string, inputs: unknown, layout: Promise<FlowchartLayout>): void {
  provided.set(providedKey(kind, inputs), layout);
}

/**
 * The layout `compute` would return for these inputs, from the cache when a valid entry exists.
 * `kind` names the layout function and `inputs` everything it is given (flowchart and options).
 * What is returned on a miss is what a hit would return (JSON drops undefined fields).
 */
export function cachedLayout(kind: string, inputs: unknown, compute: () => Promise<FlowchartLayout>): Promise<FlowchartLayout> {
  if (provided.size > 0) {
    const key = providedKey(kind, inputs);
    const layout = provided.get(key);
    if (layout) {
      provided.delete(key);
      return cache.json(kind, inputs, () => layout);
    }
  }
  return cache.json(kind, inputs, compute);
}
