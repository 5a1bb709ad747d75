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

  /** axe's violations on a page in a colour scheme, one line each: rule, then the offending elements. */
  async function violations(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${baseUrl}${path}`);
    return axeViolations(page);
  }

  describe(`every built page passes axe (WCAG 2.2 AA rules), shard ${shard} of ${shards}`, () => {
    it('has pages to check', () => {
      expect(pages.length * shards).toBeGreaterThan(100);
    });

    for (const path of pages) {
      it(path, async () => {
        expect(await violations(path, 'light')).toEqual([]);
      });
    }
  });

  // The dark colour scheme changes only colours, which come from the same stylesheet on every page
  // of a template, so each template is checked once in dark.
  describe(`each page template passes axe in the dark colour scheme, shard ${shard} of ${shards}`, () => {
    for (const path of inShard(onePagePerTemplate())) {
      it(path, async () => {
        expect(await violations(path, 'dark')).toEqual([]);
      });
    }
  });

  describe(`every built page reflows at 320 CSS pixels wide (WCAG 1.4.10), shard ${shard} of ${shards}`, () => {
    it('without sideways scrolling of the page', async () => {
      const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const narrowPage = await narrow.newPage();
      const overflowing: string[] = [];
      for (const path of pages) {
        await narrowPage.goto(`${baseUrl}${path}`);
        const width = await narrowPage.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) overflowing.push(`${path} is ${width}px wide`);
      }
      await narrow.close();
      expect(overflowing).toEqual([]);
    });
  });
}
