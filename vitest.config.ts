import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: two files share the cores, and a shared machine can be several times slower.
    testTimeout: 240_000,
    hookTimeout: 300_000,
    // Test files run in parallel, each in its own process: no test writes the repository's
    // reports/ or slides/ (builds go to a temporary copy of the project, tests/pipeline/helpers.ts
    // and tests/data/helpers.ts, which is also their output root and output lock; commands are
    // spawned on such a root, tests/support/cli.ts). One worker per core: vitest's default
    // (cores − 1) would leave a 2-core machine running one file at a time.
    maxWorkers: Math.max(1, availableParallelism()),
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // vitest 3.2's fixed 60 s acknowledgement wait on worker progress reports (gone in vitest 4).
    setupFiles: ['./tests/support/rpc-timeout.ts'],
  },
});
