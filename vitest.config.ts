/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests: fast, no browser, no build. They import src/ modules through Astro's Vite config.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // A unit test fails for what it checks, never because a busy machine ran it slowly: some walk
    // every route on the map or lay it out with ELK, which take a few seconds under load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The test files share their workers: no test changes a module's state or stubs a global, and
    // evaluating the content modules once per worker instead of once per file saves about 5 s.
    isolate: false,
  },
});
