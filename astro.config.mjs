// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://pathways.example.org',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap()],
});
