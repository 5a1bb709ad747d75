// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { contentJson } from './src/integrations/contentJson';
import { securityHeaders } from './src/integrations/securityHeaders';

export default defineConfig({
  // The public address, for canonical links and the sitemap. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://pathways.example.org',
  // Tests that sync broken fixture content use a scratch cache so the real content store is untouched.
  ...(process.env.PATHWAYS_CACHE_DIR ? { cacheDir: process.env.PATHWAYS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [contentJson(), mdx(), preact(), sitemap(), securityHeaders()],
  security: {
    // A strict Content Security Policy in a <meta> on every page: Astro hashes the styles and
    // scripts it emits, so nothing inline runs unless the build put it there. frame-ancestors
    // cannot be set from a <meta>; the _headers file (written after the build) carries it.
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  build: {
    // The one small stylesheet goes inside each page, so a page arrives whole in its first round trip.
    inlineStylesheets: 'always',
  },
});
