/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests: fast, no browser, no build. They import src/ modules through Astro's Vite config.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
