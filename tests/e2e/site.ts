import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
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
 * when its component has rendered in the browser) and has read what it starts from (saved work,
 * the address: an island marks what it shows with `data-loading` until then, see
 * src/islands/Loading.tsx). So a test never races an island: storage written before the island
 * has read it may be read, set aside or overwritten by the island as it starts.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')) &&
      document.querySelector('astro-island [data-loading]') === null,
  );
}

/** Opens a path of the built site and waits for its islands to hydrate. */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await waitForIslands(page);
}

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
 * What a test may ask of the browser its page is in: each different set gets its own context.
 * `profile` names another person's browser, which shares nothing with the default one (a file
 * exported in one and imported in the other).
 */
export type PageOptions = Pick<BrowserContextOptions, 'viewport' | 'colorScheme' | 'javaScriptEnabled' | 'isMobile' | 'hasTouch'> & {
  profile?: string;
};

/** A test file's browser, as its tests see it. */
export interface TestBrowser {
  /**
   * The page for this test, in a browser where the site has stored nothing, showing a blank page
   * with no history. One page for each set of options per test: a second tab is
   * page.context().newPage().
   */
  newPage: (options?: PageOptions) => Promise<Page>;
}

/** A browser context kept for a file's tests, with the page they take turns to use. */
interface KeptBrowser {
  context: BrowserContext;
  page?: Page;
  viewport: { width: number; height: number };
  /** Whether the page has been handed to the test now running. */
  inUse: boolean;
}

/**
 * Starts Chromium for the tests of one file (call it at the top of the file) and hands out pages.
 *
 * The browser tests are bound by the CPU, and a new page costs three times what a page load in an
 * open one does (0.25 against 0.09 CPU-seconds on the test machine: a new page starts a renderer
 * with cold caches), and a new context twice as much again. So the tests of a file share one
 * context and one page for each set of options, and nothing of one test reaches the next: after
 * each test, every other page it opened is closed (so none hears another's storage events), and
 * the kept page loses the test's listeners and routes, its print emulation and size, its document
 * and its history; before the next test has it, the site's storage is emptied.
 */
export function useTestBrowser(): TestBrowser {
  let browser: Browser | undefined;
  const kept = new Map<string, KeptBrowser>();
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const entry of kept.values()) {
      entry.inUse = false;
      const { page } = entry;
      await Promise.all(entry.context.pages().flatMap((other) => (other === page ? [] : [other.close()])));
      if (!page || page.isClosed()) continue;
      page.removeAllListeners();
      await page.unrouteAll();
      await page.emulateMedia({ media: null });
      await page.setViewportSize(entry.viewport);
      await page.goto('about:blank');
      const session = await entry.context.newCDPSession(page);
      await session.send('Page.resetNavigationHistory');
      await session.detach();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: async (options = {}) => {
      if (!browser) throw new Error('useTestBrowser(): the browser starts in beforeAll; ask for pages inside a test');
      const { profile, ...contextOptions } = options;
      const key = JSON.stringify([profile, contextOptions]);
      let entry = kept.get(key);
      if (!entry) {
        entry = {
          context: await browser.newContext(contextOptions),
          viewport: contextOptions.viewport ?? { width: 1280, height: 720 },
          inUse: false,
        };
        kept.set(key, entry);
      }
      // Emptying the storage would take it from under the page the test already has.
      if (entry.inUse) throw new Error('This test already has a page in this browser: open a second tab with page.context().newPage()');
      entry.inUse = true;
      if (!entry.page || entry.page.isClosed()) entry.page = await entry.context.newPage();
      const session = await entry.context.newCDPSession(entry.page);
      await session.send('Storage.clearDataForOrigin', {
        origin: new URL(baseUrl).origin,
        storageTypes: 'local_storage,session_storage,indexeddb,cache_storage,service_workers',
      });
      await session.detach();
      return entry.page;
    },
  };
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
