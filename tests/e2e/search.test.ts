import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium, openHydrated, waitForIslands } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Opens the search page for a query and waits for the result count. */
async function searchFor(page: Page, query: string, extra = ''): Promise<string[]> {
  await openHydrated(page, `/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.locator('.search-status', { hasText: 'for “' }).waitFor();
  return page.locator('.result-title').allInnerTexts();
}

describe('search', () => {
  it('"safeguarding" finds the NOS unit on keeping children safe among the top results', async () => {
    const page = await browser.newPage();
    expect((await searchFor(page, 'safeguarding')).slice(0, 3)).toContain('Help to keep children safe');
    await page.close();
  });

  it('a question, "which unit covers safeguarding?", is searched on its main words and finds the unit', async () => {
    const page = await browser.newPage();
    expect((await searchFor(page, 'which unit covers safeguarding?')).slice(0, 3)).toContain('Help to keep children safe');
    expect(await page.locator('.search-status').innerText()).toContain('“unit safeguarding” (the main words of your search)');
    await page.close();
  });

  it('"what does a learning mentor do" puts a learning mentor profile among the first results', async () => {
    const page = await browser.newPage();
    expect((await searchFor(page, 'what does a learning mentor do')).slice(0, 3)).toContain('Learning Mentor 1');
    await page.close();
  });

  it('"midday" finds the midday supervision roles first', async () => {
    const page = await browser.newPage();
    expect((await searchFor(page, 'midday')).slice(0, 3).sort()).toEqual([
      'Midday Supervision 1',
      'Midday Supervision 2',
      'Midday Supervision 3',
    ]);
    await page.close();
  });

  it('"HLTA" puts the HLTA page first', async () => {
    const page = await browser.newPage();
    expect((await searchFor(page, 'HLTA'))[0]).toBe('Higher Level Teaching Assistant status (HLTA)');
    await page.close();
  });

  it.each([
    ['QTS', 'Qualified Teacher Status (QTS)'],
    ['NOS', 'Using the NOS in job design, job descriptions and recruitment'],
    ['QCF', 'Levels and frameworks'],
    ['EAL', 'Support bilingual/multilingual pupils'],
  ])('the abbreviation "%s" finds "%s" among the top results', async (query, title) => {
    const page = await browser.newPage();
    expect((await searchFor(page, query)).slice(0, 3)).toContain(title);
    await page.close();
  });

  it('shows ten results at first, and "Show more" adds the next ones and moves focus to them', async () => {
    const page = await browser.newPage();
    const first = await searchFor(page, 'learning');
    expect(first).toHaveLength(10);
    await page.getByRole('button', { name: /^Show \d+ more results$/ }).click();
    await expect.poll(() => page.locator('.result-title').count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await page.locator('.result-title').nth(10).innerText());
    await page.close();
  });

  it('announces the number of results to screen readers', async () => {
    const page = await browser.newPage();
    await searchFor(page, 'midday');
    expect(await page.getByRole('status').innerText()).toMatch(/^\d+ results for “midday”$/);
    await page.close();
  });

  it('a type filter narrows the results to that type, and stays in the address', async () => {
    const page = await browser.newPage();
    const all = await searchFor(page, 'learning');
    await page.getByRole('checkbox', { name: 'NOS unit' }).check();
    await page.waitForURL(/type=NOS\+unit/);
    await page.locator('.search-status', { hasText: 'for “learning”' }).waitFor();
    await expect.poll(async () => (await page.locator('.result-title').allInnerTexts()).join('|')).not.toBe(all.join('|'));
    const types = await page.locator('.result-type').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set([' (NOS unit)']));
    await page.close();
  });

  it('shows a query containing markup as literal text and runs nothing', async () => {
    const page = await browser.newPage();
    let dialog = false;
    page.on('dialog', (opened) => {
      dialog = true;
      void opened.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)><b>bold</b>';
    await searchFor(page, hostile);
    expect(await page.getByRole('status').innerText()).toContain(hostile);
    expect(await page.getByRole('searchbox', { name: /Search roles/ }).inputValue()).toBe(hostile);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(dialog).toBe(false);
    await page.close();
  });

  it('restores the query, filters and results from the address on reload', async () => {
    const page = await browser.newPage();
    const before = await searchFor(page, 'mentor', '&type=Role+profile');
    await page.reload();
    await waitForIslands(page);
    await page.locator('.search-status', { hasText: 'for “mentor”' }).waitFor();
    expect(await page.locator('.result-title').allInnerTexts()).toEqual(before);
    expect(await page.getByRole('checkbox', { name: 'Role profile' }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: /Search roles/ }).inputValue()).toBe('mentor');
    await page.close();
  });

  it('the search field in the header of a content page submits to the search page', async () => {
    const page = await browser.newPage();
    await openHydrated(page, `/roles/teaching-assistant-1/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('midday');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/search/?q=midday`);
    await page.locator('.search-status', { hasText: 'for “midday”' }).waitFor();
    await page.close();
  });
});

describe('every guidance page', () => {
  it('is found by searching for its title', async () => {
    const page = await browser.newPage();
    await openHydrated(page, `/guidance/`);
    const titles = await page.locator('main li a[href^="/guidance/"]').allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(9);
    const missing: string[] = [];
    for (const title of titles) {
      const results = await searchFor(page, title);
      if (!results.slice(0, 5).includes(title)) missing.push(title);
    }
    expect(missing).toEqual([]);
    await page.close();
  });
});

describe('search when JavaScript is unavailable', () => {
  it('says plainly that search needs JavaScript and links to the indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/?q=midday`);
    // Playwright's text and role locators skip <noscript>, so read the rendered text instead.
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript, which is off or not available in your browser.');
    for (const index of ['/roles/', '/standards/', '/qualifications/', '/guidance/']) {
      expect(await page.locator(`main a[href="${index}"]`).isVisible(), index).toBe(true);
    }
    await context.close();
  });
});
