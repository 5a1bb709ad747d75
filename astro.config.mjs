// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  // The public address, for canonical links and the sitemap. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://pathways.example.org',
  // Tests that sync broken fixture content use a scratch cache so the real content store is untouched.
  ...(process.env.PATHWAYS_CACHE_DIR ? { cacheDir: process.env.PATHWAYS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap()],
  build: {
    // The one small stylesheet goes inside each page, so a page arrives whole in its first round trip.
    inlineStylesheets: 'always',
  },
});
