/**
 * Search figures, measured in Chromium against a built site: bytes downloaded before the first
 * results appear; how long a person waits, from their last keystroke in the search page's field to
 * the first frame that shows results, at normal speed and with the CPU slowed four times; and how
 * long Pagefind alone takes to search. Prints; asserts nothing.
 * Run alone with `npm run bench:search` (after `npm run build`), or as part of `npm run bench`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.ts';

/** Realistic queries: what staff and leaders type. */
export const benchmarkQueries = [
  'safeguarding',
  'midday',
  'HLTA',
  'teaching assistant level 3',
  'learning mentor',
  'behaviour',
  'QTS',
  'foundation degree',
  'NOS',
  'job description',
  'interview',
  'special educational needs',
  'EAL',
  'first aid',
  'attendance',
  'apprenticeship',
  'English and maths',
  'cover supervision',
  'CPD',
  'job evaluation',
];

/** Milliseconds over a set of samples. */
export interface Spread {
  median: number;
  p95: number;
  max: number;
}

/** What a person typing into the search page waits for, at one CPU speed. */
export interface TypingFigures {
  /** 1 for the machine's own speed, 4 for Chromium's CPU throttling at 4×. */
  cpuSlowdown: number;
  /** The first query typed after the page has loaded (Pagefind warmed however the page warms it). */
  firstMs: number;
  /** Every later query: last keystroke to the first frame with its results. */
  laterMs: Spread;
  /** Requests the page made while all the queries were typed, and how many of them were the favicon. */
  requests: number;
  faviconRequests: number;
}

export interface SearchFigures {
  indexBytesOnDisk: number;
  indexFiles: number;
  /** Everything the browser fetched for the search page until the first results showed. */
  bytesToFirstResults: { total: number; search: number; page: number; files: string[] };
  /** Keystroke to results on the page, as a person sees it. */
  typing: TypingFigures[];
  /** Pagefind's own search and fragment loading, without the page around it. */
  firstSearchMs: number;
  laterSearchMs: Spread;
}

/** Milliseconds between keystrokes: a quick typist. */
const keystrokeDelay = 80;

function spread(samples: number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * Types each benchmark query into the search page's field, as a person would (one key at a time),
 * and times from the last keystroke to the first animation frame in which the results for the
 * whole query are on the page. The field is emptied between queries, so no earlier results count.
 */
async function measureTyping(context: BrowserContext, baseUrl: string, cpuSlowdown: number): Promise<TypingFigures> {
  const page = await context.newPage();
  let requests = 0;
  let faviconRequests = 0;
  page.on('request', (request) => {
    requests++;
    if (new URL(request.url()).pathname.startsWith('/favicon')) faviconRequests++;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(`${baseUrl}/search/`);
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
  requests = 0;
  faviconRequests = 0;
  const field = page.getByRole('searchbox', { name: /Search roles/ });
  const times: number[] = [];
  for (const query of benchmarkQueries) {
    await field.fill('');
    await page.locator('.result-title').first().waitFor({ state: 'detached' });
    // In the page: note the time of every keystroke, and the first frame after it in which the
    // results for the whole query are shown: the summary quotes the words searched, and until the
    // last key is in, its last word is unfinished (the benchmark queries end in a word the search
    // keeps, not a question word).
    await page.evaluate(
      (lastWord) => {
        const state = { lastKey: 0, shown: 0 };
        (window as unknown as { benchTyping: typeof state }).benchTyping = state;
        const showing = () =>
          document.querySelector('.result-title') !== null &&
          (document.querySelector('.search-status')?.textContent ?? '').includes(`${lastWord}”`);
        document.addEventListener('keydown', (event) => {
          state.lastKey = event.timeStamp;
          state.shown = 0;
        });
        const observer = new MutationObserver(() => {
          if (state.shown || !state.lastKey || !showing()) return;
          requestAnimationFrame((frame) => {
            state.shown = frame;
          });
          observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      query.split(' ').at(-1) ?? query,
    );
    await field.pressSequentially(query, { delay: keystrokeDelay });
    await page.waitForFunction(() => (window as unknown as { benchTyping: { shown: number } }).benchTyping.shown > 0);
    times.push(
      await page.evaluate(() => {
        const state = (window as unknown as { benchTyping: { lastKey: number; shown: number } }).benchTyping;
        return state.shown - state.lastKey;
      }),
    );
  }
  await page.close();
  return { cpuSlowdown, firstMs: times[0] ?? 0, laterMs: spread(times.slice(1)), requests, faviconRequests };
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Bytes the server sent, by path, since the last reset; the bench server reports every response here. */
export const sentBytes = new Map<string, number>();
export function recordSent(path: string, bytes: number): void {
  sentBytes.set(path, (sentBytes.get(path) ?? 0) + bytes);
}

export async function measureSearch(dist: string, baseUrl: string, browser: Browser): Promise<SearchFigures> {
  const index = folderBytes(join(dist, 'pagefind'));
  const context = await browser.newContext();
  const page = await context.newPage();

  // The user's journey: open the search page with a query, wait for results. Counted at the
  // server, because Pagefind fetches its WebAssembly and index from a worker.
  sentBytes.clear();
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(benchmarkQueries[0] ?? 'safeguarding')}`);
  await page.locator('.result-title').first().waitFor();
  let total = 0;
  let search = 0;
  const files: string[] = [];
  for (const [path, bytes] of sentBytes) {
    total += bytes;
    if (path.startsWith('/pagefind/')) search += bytes;
    files.push(`${path.split('?')[0] ?? path} ${(bytes / 1024).toFixed(1)} KiB`);
  }

  // Keystroke to results, as a person sees it, in fresh pages at each speed.
  const typing: TypingFigures[] = [];
  for (const cpuSlowdown of [1, 4]) {
    const fresh = await browser.newContext();
    typing.push(await measureTyping(fresh, baseUrl, cpuSlowdown));
    await fresh.close();
  }

  // Pagefind alone, in a fresh page: the first search pays for loading Pagefind and its index.
  const timing = await context.newPage();
  await timing.goto(`${baseUrl}/search/`);
  const times = await timing.evaluate(async (queries) => {
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    const results: number[] = [];
    const started = performance.now();
    const pagefind = (await import(/* @vite-ignore */ url)) as {
      search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
    };
    for (const query of queries) {
      const from = results.length === 0 ? started : performance.now();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
      results.push(performance.now() - from);
    }
    return results;
  }, benchmarkQueries);
  await context.close();

  return {
    indexBytesOnDisk: index.bytes,
    indexFiles: index.files,
    bytesToFirstResults: { total, search, page: total - search, files },
    typing,
    firstSearchMs: times[0] ?? 0,
    laterSearchMs: spread(times.slice(1)),
  };
}

export function printSearchFigures(figures: SearchFigures): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(
    `Search index on disk: ${kb(figures.indexBytesOnDisk)} in ${figures.indexFiles} files (including Pagefind's unused UI bundles)`,
  );
  console.log(
    `Bytes before first results: ${kb(figures.bytesToFirstResults.total)} in all (search page and island ${kb(figures.bytesToFirstResults.page)}, Pagefind and index ${kb(figures.bytesToFirstResults.search)}), as transferred (text gzipped, as a host would)`,
  );
  console.log(`  fetched: ${figures.bytesToFirstResults.files.join('; ')}`);
  for (const typing of figures.typing) {
    console.log(
      `Last keystroke to results on screen, ${typing.cpuSlowdown === 1 ? 'normal speed' : `CPU slowed ${typing.cpuSlowdown}×`} (goal ${typing.cpuSlowdown === 1 ? 100 : 150} ms), ${benchmarkQueries.length} queries typed ${keystrokeDelay} ms a key: first ${typing.firstMs.toFixed(0)} ms; later median ${typing.laterMs.median.toFixed(0)} ms, p95 ${typing.laterMs.p95.toFixed(0)} ms, max ${typing.laterMs.max.toFixed(0)} ms; ${typing.requests} requests while typing, ${typing.faviconRequests} of them the favicon`,
    );
  }
  console.log(
    `Pagefind alone over ${benchmarkQueries.length} queries: first ${figures.firstSearchMs.toFixed(0)} ms (loads Pagefind); later median ${figures.laterSearchMs.median.toFixed(1)} ms, p95 ${figures.laterSearchMs.p95.toFixed(1)} ms, max ${figures.laterSearchMs.max.toFixed(1)} ms`,
  );
}

if (import.meta.main) {
  const { serveStatic, serverUrl } = await import('./staticServer.ts');
  const dist = join(import.meta.dirname, '../dist');
  const server = await serveStatic(dist, recordSent);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    printSearchFigures(await measureSearch(dist, serverUrl(server), browser));
  } finally {
    await browser.close();
    server.close();
  }
}
