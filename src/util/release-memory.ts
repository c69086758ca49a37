/**
 * A full garbage collection at a point where a large build has just dropped most of what it
 * held (the DOCX writer: the parse and transform garbage before docx.js packs the document, the
 * packed objects before the post-processing). V8 sizes its next collection from the heap it
 * finds there, so the peak of a ~600-page report falls from ~600 to ~465 MB at the same speed
 * (docs/BENCHMARK.md). Only when Node runs with `--expose-gc`, as the npm scripts start it;
 * elsewhere (tests, a plain `node`), a no-op.
 */
export function releaseMemory(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
