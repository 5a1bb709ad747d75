import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, builtPages, launchChromium, onePagePerTemplate, wcagTags } from './site';

const pages = builtPages();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** axe's violations on a page, one line each: rule, then the offending elements. */
async function violations(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser.newContext({ colorScheme });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  } finally {
    await context.close();
  }
}

describe('every built page passes axe (WCAG 2.2 AA rules)', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  for (const path of pages) {
    it(path, async () => {
      expect(await violations(path, 'light')).toEqual([]);
    });
  }
});

// The dark colour scheme changes only colours, which come from the same stylesheet on every page
// of a template, so each template is checked once in dark.
describe('each page template passes axe in the dark colour scheme', () => {
  for (const path of onePagePerTemplate()) {
    it(path, async () => {
      expect(await violations(path, 'dark')).toEqual([]);
    });
  }
});

describe('every built page reflows at 320 CSS pixels wide (WCAG 1.4.10)', () => {
  it('without sideways scrolling of the page', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(`${baseUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${path} is ${width}px wide`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });
});
