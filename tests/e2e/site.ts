import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where globalSetup serves dist/: a free port the system chose, so two checkouts can test at once. */
    baseUrl: string;
  }
}

export const distDir = join(import.meta.dirname, '../../dist');
export const baseUrl = inject('baseUrl');

/**
 * Waits until every island on the page has hydrated (Astro removes an island's `ssr` attribute
 * when its component has rendered in the browser), so a test never races the island: storage
 * written before hydration may be read, or overwritten, by the island as it starts.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
}

/** Opens a path of the built site and waits for its islands to hydrate. */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await waitForIslands(page);
}

/** The axe rule sets the site is held to: WCAG 2 A and AA, 2.1 AA and 2.2 AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every built HTML page as a URL path ("/roles/teaching-assistant-3/"), the 404 page included. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(distDir, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** One page per template: every top-level page, and the first page of each section (/roles/x/, /standards/y/, …). */
export function onePagePerTemplate(): string[] {
  const pages = builtPages();
  const section = (path: string) => path.split('/').filter(Boolean).slice(0, -1).join('/');
  return pages.filter((path, index) => section(path) === '' || !pages.slice(0, index).some((other) => section(other) === section(path)));
}

/** Debian's Chromium, started the way these machines need (no network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
}

/**
 * The built path of every page whose source mounts an island (a `client:` directive in
 * src/pages): "src/pages/tools/role-audit.astro" → "/tools/role-audit/". These are the only pages
 * allowed to load JavaScript. A dynamic route names every page it builds: "compare/[pair].astro"
 * stands for each built page one folder under /compare/.
 */
export function islandPages(): string[] {
  const pagesDir = join(import.meta.dirname, '../../src/pages');
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro') && /\sclient:[a-z]+/.test(readFileSync(join(pagesDir, file), 'utf8')))
    .flatMap((file) => {
      const route = file
        .split(sep)
        .join('/')
        .replace(/\.astro$/, '')
        .replace(/(^|\/)index$/, '');
      if (!route.includes('[')) return [route === '' ? '/' : `/${route}/`];
      const built = new RegExp(`^/${route.replace(/\[[^\]]+\]/g, '[^/]+')}/$`);
      const pages = builtPages().filter((path) => built.test(path));
      if (pages.length === 0) throw new Error(`${file} mounts an island but built no page`);
      return pages;
    })
    .sort();
}

/**
 * How long `expect.poll` waits for a condition before failing: generous, because a busy two-core
 * machine can be many times slower than an idle one; a healthy run meets the condition at once.
 */
export const pollTimeout = 60_000;
