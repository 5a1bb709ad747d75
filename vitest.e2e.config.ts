import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's /usr/bin/chromium) against the built site in dist/.
// Run `npm run build` first; `npm test` does.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // Generous, because a busy two-core machine can be several times slower than an idle one;
    // tests wait for conditions, so a healthy run never comes near these.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Files share nothing but the static server (each launches its own browser and contexts), so
    // two run side by side: one per core. The accessibility pass is split into shards for this.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
