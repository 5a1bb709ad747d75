import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../axe';
import { baseUrl, builtPages, launchChromium, onePagePerTemplate } from '../site';

/**
 * The accessibility pass over every built page, in shards: each shard file (shard-1-of-2.test.ts, …)
 * checks every n-th page, so Vitest can run the shards side by side on two cores.
 */
export function accessibilitySuite(shard: number, shards: number): void {
  const inShard = <T>(items: T[]) => items.filter((_, index) => index % shards === shard - 1);
  const pages = inShard(builtPages());

  // One browser, one context and one page for every URL (as Starlight's __a11y__ tests do): a new
  // context per page costs more than the check itself. Each page is loaded fresh, so nothing of one
  // page's DOM survives into the next.
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** axe's violations on a page in the light colour scheme, one line each: rule, then the offending elements. */
  async function violations(path: string): Promise<string[]> {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${baseUrl}${path}`);
    return axeViolations(page);
  }

  /** How wide the page is, in CSS pixels, once the window is 320 wide, as at 400% zoom on a 1280-pixel screen. */
  async function widthAt320(): Promise<number> {
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (viewport) await page.setViewportSize(viewport);
    return width;
  }

  describe(`every built page passes axe (WCAG 2.2 AA rules) and reflows at 320 CSS pixels (WCAG 1.4.10), shard ${shard} of ${shards}`, () => {
    it('has pages to check', () => {
      expect(pages.length * shards).toBeGreaterThan(100);
    });

    // The dark colour scheme changes only colours, which come from the same stylesheet on every page
    // of a template, so the first page of each template is checked in dark too, on the same load.
    const templates = new Set(onePagePerTemplate());
    for (const path of pages) {
      it(templates.has(path) ? `${path}, light and dark` : path, async () => {
        expect(await violations(path)).toEqual([]);
        // Zooming in narrows the window the page is laid out in: the page must fit it without sideways scrolling.
        expect(await widthAt320(), 'page width at 320 CSS pixels').toBeLessThanOrEqual(320);
        if (templates.has(path)) {
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await axeViolations(page), 'in the dark colour scheme').toEqual([]);
        }
      });
    }
  });
}
