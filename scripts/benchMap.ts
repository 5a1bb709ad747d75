/**
 * Progression map figures: the page's bytes, the JavaScript it loads, and how long selecting a
 * node takes to show, as Interaction to Next Paint, with the CPU slowed four times (Chromium
 * DevTools throttling). Each visit is a fresh page: a real mouse click on a node, then a real press
 * of the right arrow key (each held for 80 ms, as a person does), each timed by the browser's own
 * Event Timing entries (the figure INP is made of: input delay, handlers, and the wait for the next
 * frame; a click's INP is the longest of its pointerdown, pointerup and click). Prints the median and the worst
 * of the visits; asserts nothing. Run alone with `npm run bench:map` (after `npm run build`), or in
 * `npm run bench`. `node scripts/benchMap.ts <dist>` measures another build (an older one, say).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.ts';

const visits = 5;
/** Milliseconds between pressing and releasing, as a person clicks or taps (Playwright's default is none at all). */
const pressMs = 80;
/** The node clicked on each visit, and the arrow key pressed from it. */
const clicked = 'role:teaching-assistant-3';

export interface MapFigures {
  htmlGzipBytes: number;
  scripts: { file: string; gzipBytes: number }[];
  clickMs: number[];
  keyMs: number[];
  /** From the press to the frame in which the panel shows the node, click and key (the highlight comes first, in the frame INP measures). */
  panelMs: number[];
  /** The same click on the page's heading, which does nothing: what the machine itself takes to answer a click. */
  floorMs: number[];
  /** Whether the page followed the link on a click (the map's old bug) instead of only selecting. */
  clickNavigates: boolean;
}

declare global {
  interface Window {
    /** Event Timing entries seen so far, by interaction. */
    mapInteractions: { id: number; name: string; duration: number }[];
    /** Whether the last click on a map node was left to follow its link. */
    mapClickFollowed: boolean;
    /** When the last click or key press happened, and when the panel's heading next changed (at the frame after). */
    mapPressedAt: number;
    mapPanelAt: number;
  }
}

/** The longest Event Timing entry of the latest interaction whose events include `name`: its INP. */
async function latestInteraction(page: Page, name: string, since: number): Promise<number> {
  // Entries arrive after the frame that follows the interaction is presented; give it two frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
  return page.evaluate(
    ({ name, since }) => {
      const entries = window.mapInteractions.slice(since);
      const ids = new Set(entries.filter((entry) => entry.name === name).map((entry) => entry.id));
      // Event Timing reports nothing under 16 ms: an interaction with no entry took less.
      const durations = entries.filter((entry) => ids.has(entry.id)).map((entry) => entry.duration);
      return durations.length > 0 ? Math.max(...durations) : 16;
    },
    { name, since },
  );
}

async function visit(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/map/`);
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
  await page.evaluate(() => {
    window.mapInteractions = [];
    window.mapClickFollowed = false;
    new PerformanceObserver((list) => {
      // interactionId is in Chromium's Event Timing entries but not yet in TypeScript's DOM types.
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (entry.interactionId) window.mapInteractions.push({ id: entry.interactionId, name: entry.name, duration: entry.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    window.addEventListener('pointerdown', (event) => (window.mapPressedAt = event.timeStamp), true);
    window.addEventListener('keydown', (event) => (window.mapPressedAt = event.timeStamp), true);
    new MutationObserver(() => {
      requestAnimationFrame((frame) => {
        if (window.mapPanelAt < window.mapPressedAt) window.mapPanelAt = frame;
      });
    }).observe(document.querySelector('.map-panel') ?? document.body, { subtree: true, childList: true, characterData: true });
    window.mapPanelAt = 0;
    // Listening last, on the window: a click the map left to follow its link is noted, then stopped,
    // so a map with the old bug can still be measured.
    window.addEventListener('click', (event) => {
      if (!(event.target as Element).closest('a[data-node]')) return;
      if (!event.defaultPrevented) window.mapClickFollowed = true;
      event.preventDefault();
    });
  });
  const node = page.locator(`a[data-node="${clicked}"]`);
  await node.scrollIntoViewIfNeeded();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Start from a quiet page: hydration and anything else the page queued has finished.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  const heading = page.locator('#map-panel-heading');
  const label = (await node.locator('text').textContent())?.replace(/\s+/g, ' ').trim() ?? '';

  let since = await page.evaluate(() => window.mapInteractions.length);
  await page.locator('h1').click({ delay: pressMs });
  const floorMs = await latestInteraction(page, 'pointerdown', since);

  since = await page.evaluate(() => window.mapInteractions.length);
  await node.click({ delay: pressMs });
  await page.waitForFunction(
    (text) => document.querySelector('#map-panel-heading')?.textContent.replace(/\s+/g, ' ').trim() === text,
    label,
  );
  const clickMs = await latestInteraction(page, 'pointerdown', since);
  const clickPanelMs = await page.evaluate(() => window.mapPanelAt - window.mapPressedAt);

  since = await page.evaluate(() => window.mapInteractions.length);
  const before = await heading.textContent();
  await page.keyboard.press('ArrowRight', { delay: pressMs });
  await page.waitForFunction((text) => document.querySelector('#map-panel-heading')?.textContent !== text, before);
  const keyMs = await latestInteraction(page, 'keydown', since);
  const keyPanelMs = await page.evaluate(() => window.mapPanelAt - window.mapPressedAt);

  const clickNavigates = await page.evaluate(() => window.mapClickFollowed);
  await context.close();
  return { clickMs, keyMs, floorMs, panelMs: [clickPanelMs, keyPanelMs], clickNavigates };
}

export async function measureMap(dist: string, baseUrl: string, browser: Browser): Promise<MapFigures> {
  const scripts: MapFigures['scripts'] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js'))
      scripts.push({ file: url.pathname, gzipBytes: gzipSync(readFileSync(join(dist, url.pathname)), { level: 9 }).length });
  });
  await page.goto(`${baseUrl}/map/`);
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
  await context.close();
  const figures: MapFigures = {
    htmlGzipBytes: gzipSync(readFileSync(join(dist, 'map/index.html')), { level: 9 }).length,
    scripts,
    clickMs: [],
    keyMs: [],
    floorMs: [],
    panelMs: [],
    clickNavigates: false,
  };
  for (let count = 0; count < visits; count++) {
    const result = await visit(browser, baseUrl);
    figures.clickMs.push(result.clickMs);
    figures.keyMs.push(result.keyMs);
    figures.floorMs.push(result.floorMs);
    figures.panelMs.push(...result.panelMs);
    figures.clickNavigates ||= result.clickNavigates;
  }
  return figures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const describe = (values: number[]) => `median ${median(values).toFixed(0)} ms, worst ${Math.max(...values).toFixed(0)} ms`;

export function printMapFigures(figures: MapFigures): void {
  const total = figures.scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  console.log(`Map page HTML (with its inline CSS): ${(figures.htmlGzipBytes / 1024).toFixed(1)} KiB gzipped`);
  console.log(`Map page JavaScript: ${(total / 1024).toFixed(1)} KiB gzipped in ${figures.scripts.length} files`);
  console.log(`Selecting a node, INP with the CPU slowed 4× over ${figures.clickMs.length} visits (goal 50 ms; under 16 ms reads as 16):`);
  console.log(
    `  by a click:     ${describe(figures.clickMs)}${figures.clickNavigates ? ' (and the click then follows the link, leaving the map)' : ''}`,
  );
  console.log(`  by an arrow key: ${describe(figures.keyMs)}`);
  console.log(`  the panel filled in, click or key: ${describe(figures.panelMs)}`);
  console.log(`  (a click on the heading, which does nothing: ${describe(figures.floorMs)})`);
}

if (import.meta.main) {
  const { serveStatic, serverUrl } = await import('./staticServer.ts');
  const dist = process.argv[2] ?? join(import.meta.dirname, '../dist');
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    printMapFigures(await measureMap(dist, serverUrl(server), browser));
  } finally {
    await browser.close();
    server.close();
  }
}
