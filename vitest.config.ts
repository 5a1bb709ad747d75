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
  },
});
