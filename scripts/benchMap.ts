/**
 * Progression map figures: the JavaScript the map page loads, and how long selecting a node takes
 * to show in the panel with the CPU slowed four times (Chromium DevTools throttling). Prints;
 * asserts nothing. Run alone with `npm run bench:map` (after `npm run build`), or in `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.ts';

export interface MapFigures {
  scripts: { file: string; gzipBytes: number }[];
  selectMs: { median: number; max: number; samples: number };
}

export async function measureMap(dist: string, baseUrl: string, browser: Browser): Promise<MapFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: MapFigures['scripts'] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js'))
      scripts.push({ file: url.pathname, gzipBytes: gzipSync(readFileSync(join(dist, url.pathname)), { level: 9 }).length });
  });
  await page.goto(`${baseUrl}/map/`);
  await page.locator('.progression-map.is-enhanced').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = await page.evaluate(async () => {
    const nodes = [...document.querySelectorAll<SVGAElement>('a[data-node]')];
    const heading = () => document.querySelector('#map-panel-heading')?.textContent ?? '';
    const results: number[] = [];
    for (const node of nodes) {
      const started = performance.now();
      node.focus();
      const label = node.querySelector('text')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      // Wait until the panel shows the node and the browser has painted the frame.
      while (heading().replace(/\s+/g, ' ').trim() !== label) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      results.push(performance.now() - started);
    }
    return results;
  });
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  return {
    scripts,
    selectMs: { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0, samples: sorted.length },
  };
}

export function printMapFigures(figures: MapFigures): void {
  const total = figures.scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  console.log(`Map page JavaScript: ${(total / 1024).toFixed(1)} KiB gzipped in ${figures.scripts.length} files (budget 25 KiB)`);
  console.log(
    `Selecting a node, CPU slowed 4×: median ${figures.selectMs.median.toFixed(0)} ms, max ${figures.selectMs.max.toFixed(0)} ms over ${figures.selectMs.samples} nodes (goal 100 ms)`,
  );
}

if (import.meta.main) {
  const { serveStatic, serverUrl } = await import('./staticServer.ts');
  const dist = join(import.meta.dirname, '../dist');
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    printMapFigures(await measureMap(dist, serverUrl(server), browser));
  } finally {
    await browser.close();
    server.close();
  }
}
