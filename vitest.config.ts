import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Builds share reports/ and slides/ folders; run files one at a time to keep them apart.
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
