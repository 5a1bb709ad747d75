import { describe, expect, it } from 'vitest';
import { changesUrl, nationsUrl, nationUrl, qtsDegreeAnchors, qualificationUrl, statusUrl, todayUrl } from '../../src/lib/site/urls';
import { content } from '../unit/siteContent';
import { baseUrl, pollTimeout, useTestBrowser } from './site';

const { newPage } = useTestBrowser();

const routes = content.statuses.find((entry) => entry.id === 'qts')!.data.routes;

describe('the QTS page, when JavaScript is unavailable', () => {
  it('asks "Do you have a degree?" and takes a reader without one to the routes for them, listed first', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${statusUrl('qts')}`);

    // The page's own sections, after its "On this page" list.
    const headings = (await page.locator('main h2').allInnerTexts()).filter((heading) => heading !== 'On this page');
    expect(headings[0]).toBe('Do you have a degree?');
    expect(headings.indexOf('If you do not have a degree')).toBeLessThan(headings.indexOf('If you have a degree'));

    await page.getByRole('link', { name: 'No, I do not have a degree' }).click();
    await page.waitForURL(`**#${qtsDegreeAnchors.without}`);
    await expect
      .poll(() => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, qtsDegreeAnchors.without), {
        timeout: pollTimeout,
      })
      .toBeLessThan(100);

    const section = page.locator(`section:has(> h2#${qtsDegreeAnchors.without})`);
    const names = await section.locator('h3').allInnerTexts();
    const withoutDegree = routes.filter((route) => !route.needsDegree);
    expect(withoutDegree.length).toBeGreaterThan(0);
    expect(names).toHaveLength(withoutDegree.length);
    withoutDegree.forEach((route, index) => {
      expect(names[index]).toContain(route.name);
      if (route.nations.length === 1) expect(names[index]).toContain('England only');
    });
    for (const route of withoutDegree) {
      const text = await section.locator(`section:has(> h3#${route.id})`).innerText();
      if (route.whoFor) expect(text).toContain(route.whoFor);
      expect(text).toContain('Facts as of');
      if (route.asOf) expect(text).toContain(route.asOf);
      if (route.payAndFees) expect(text).toContain(route.payAndFees);
    }
    expect(await section.innerText()).not.toContain(routes.find((route) => route.needsDegree)!.name);
  });
});

describe('the pages about today', () => {
  const pages = [
    changesUrl(),
    nationsUrl,
    ...content.nations.map((entry) => nationUrl(entry.id)),
    ...content.today.map((entry) => todayUrl(entry.id)),
    ...content.statuses.map((entry) => statusUrl(entry.id)),
    ...content.qualifications.filter((entry) => entry.data.now.facts.length > 2).map((entry) => qualificationUrl(entry.id)),
  ];

  it('fit 320 CSS pixels without sideways scrolling, long source addresses and all', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(`${baseUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${path}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
  });
});
