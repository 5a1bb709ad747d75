import { defineConfig } from 'vitest/config';

// Build tests: each runs Astro on a fixture content folder to prove that broken content stops the
// build. Slower than unit tests (seconds per run), so they sit apart from `npm run test:quick`.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 240_000,
    // Each test waits on an Astro process: two at a time keep both cores busy.
    sequence: { concurrent: true },
    maxConcurrency: 2,
    hookTimeout: 480_000,
  },
});
