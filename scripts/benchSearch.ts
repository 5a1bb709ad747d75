/**
 * Search figures, measured in Chromium against a built site: bytes downloaded before the first
 * results appear, and how long the first and later searches take. Prints; asserts nothing.
 * Run alone with `npm run bench:search` (after `npm run build`), or as part of `npm run bench`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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

export interface SearchFigures {
  indexBytesOnDisk: number;
  indexFiles: number;
  /** Everything the browser fetched for the search page until the first results showed. */
  bytesToFirstResults: { total: number; search: number; page: number; files: string[] };
  firstSearchMs: number;
  laterSearchMs: { median: number; p95: number; max: number };
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

  // Latency, in a fresh page: the first search pays for loading Pagefind and its index.
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

  const later = times.slice(1).sort((a, b) => a - b);
  const at = (fraction: number) => later[Math.min(later.length - 1, Math.floor(fraction * later.length))] ?? 0;
  return {
    indexBytesOnDisk: index.bytes,
    indexFiles: index.files,
    bytesToFirstResults: { total, search, page: total - search, files },
    firstSearchMs: times[0] ?? 0,
    laterSearchMs: { median: at(0.5), p95: at(0.95), max: later[later.length - 1] ?? 0 },
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
  console.log(
    `Search latency over ${benchmarkQueries.length} queries: first ${figures.firstSearchMs.toFixed(0)} ms (loads Pagefind); later median ${figures.laterSearchMs.median.toFixed(1)} ms, p95 ${figures.laterSearchMs.p95.toFixed(1)} ms, max ${figures.laterSearchMs.max.toFixed(1)} ms`,
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
