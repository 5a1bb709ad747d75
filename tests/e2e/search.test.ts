import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keywordQuery } from '../../src/lib/search/searchPage';
import { searchAbbreviations } from '../../src/lib/search/searchTerms';
import { searchSynonyms } from '../../src/lib/search/synonyms';
import {
  comparisonUrl,
  jobDescriptionUrl,
  plannerUrl,
  qualificationUrl,
  recruitmentKitUrl,
  roleAuditUrl,
  roleUrl,
  selfAssessmentUrl,
  standardUrl,
  statusUrl,
  searchUrl,
} from '../../src/lib/site/urls';
import { baseUrl, openHydrated, waitForIslands, pollTimeout, useTestBrowser } from './site';

const { newPage } = useTestBrowser();

/**
 * Searches for a query as a reader does and waits for the result count and the first page of
 * results. On the search page already, it types the query into the field (clearing it first, so
 * the results waited for are this query's); anywhere else, or with `extra` address parameters,
 * it opens the search page's address for the query.
 */
async function searchFor(page: Page, query: string, extra = ''): Promise<string[]> {
  const field = page.getByRole('searchbox', { name: /Search roles/ });
  if (extra || new URL(page.url(), baseUrl).pathname !== searchUrl()) {
    await openHydrated(page, `${searchUrl({ query })}${extra}`);
  } else {
    await field.fill('');
    await page.locator('.search-status:empty').waitFor({ state: 'attached' });
    await field.fill(query);
  }
  await page.locator('.search-status', { hasText: `for “${keywordQuery(query)}”` }).waitFor();
  // Results are shown as they arrive: wait until all of the first page (or all there are) are in.
  await page.waitForFunction(() => {
    const total = Number(/^(\d+)/.exec(document.querySelector('.search-status')?.textContent ?? '')?.[1] ?? 0);
    return document.querySelectorAll('.result-title').length === Math.min(total, 10);
  });
  return page.locator('.result-title').allInnerTexts();
}

/** The addresses of the results, in order. */
async function resultUrls(page: Page): Promise<string[]> {
  return page
    .locator('.result-title')
    .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', 'http://x').pathname));
}

describe('search', () => {
  it('"safeguarding" finds the NOS unit on keeping children safe among the top results', async () => {
    const page = await newPage();
    expect((await searchFor(page, 'safeguarding')).slice(0, 3)).toContain('STL3: Help to keep children safe');
  });

  it('a question, "which unit covers safeguarding?", is searched on its main words and finds the unit', async () => {
    const page = await newPage();
    const results = await searchFor(page, 'which unit covers safeguarding?');
    expect(results[0]).toBe('STL3: Help to keep children safe');
    // "unit" is a weak word: it no longer narrows the search to the two pages that repeat it.
    expect(results.length).toBeGreaterThan(5);
    expect(await page.locator('.search-status').innerText()).toContain('“safeguarding” (the main words of your search)');
  });

  it('"what does a learning mentor do" puts a learning mentor profile among the first results', async () => {
    const page = await newPage();
    expect((await searchFor(page, 'what does a learning mentor do')).slice(0, 3)).toContain('Learning Mentor 1');
  });

  it('"midday" finds the midday supervision roles first', async () => {
    const page = await newPage();
    expect((await searchFor(page, 'midday')).slice(0, 3).sort()).toEqual([
      'Midday Supervision 1',
      'Midday Supervision 2',
      'Midday Supervision 3',
    ]);
  });

  it('"HLTA" puts the HLTA page first', async () => {
    const page = await newPage();
    expect((await searchFor(page, 'HLTA'))[0]).toBe('Higher Level Teaching Assistant status (HLTA)');
  });

  it('finds the page an abbreviation stands for among the top three results, for each of QTS, NOS, QCF and EAL', async () => {
    const page = await newPage();
    const misses: string[] = [];
    for (const [query, title] of [
      ['QTS', 'Qualified Teacher Status (QTS)'],
      ['NOS', 'Using the NOS in job design, job descriptions and recruitment'],
      ['QCF', 'Levels and frameworks'],
      ['EAL', 'STL35: Support bilingual/multilingual pupils'],
    ] as const) {
      const top = (await searchFor(page, query)).slice(0, 3);
      if (!top.includes(title)) misses.push(`"${query}" gave ${top.join(' | ')}, not ${title}`);
    }
    expect(misses).toEqual([]);
  });

  it('shows ten results at first, and "Show more" adds the next ones and moves focus to them', async () => {
    const page = await newPage();
    const first = await searchFor(page, 'learning');
    expect(first).toHaveLength(10);
    await page.getByRole('button', { name: /^Show \d+ more results$/ }).click();
    await expect.poll(() => page.locator('.result-title').count(), { timeout: pollTimeout }).toBeGreaterThan(10);
    // Focus moves once the new results are drawn.
    const eleventh = await page.locator('.result-title').nth(10).innerText();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: pollTimeout }).toBe(eleventh);
  });

  it('announces the number of results to screen readers', async () => {
    const page = await newPage();
    await searchFor(page, 'midday');
    expect(await page.getByRole('status').innerText()).toMatch(/^\d+ results for “midday”$/);
  });

  it('a type filter narrows the results to that type, and stays in the address', async () => {
    const page = await newPage();
    const all = await searchFor(page, 'learning');
    await page.getByRole('checkbox', { name: 'NOS unit' }).check();
    await page.waitForURL(/type=NOS\+unit/);
    await page.locator('.search-status', { hasText: 'for “learning”' }).waitFor();
    await expect
      .poll(async () => (await page.locator('.result-title').allInnerTexts()).join('|'), { timeout: pollTimeout })
      .not.toBe(all.join('|'));
    const types = await page.locator('.result-type').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set([' (NOS unit)']));
  });

  it('shows a query containing markup as literal text and runs nothing', async () => {
    const page = await newPage();
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
  });

  it('restores the query, filters and results from the address on reload', async () => {
    const page = await newPage();
    const before = await searchFor(page, 'mentor', '&type=Role+profile');
    await page.reload();
    await waitForIslands(page);
    await page.locator('.search-status', { hasText: 'for “mentor”' }).waitFor();
    // Results are drawn as their fragments arrive: wait for all of them, not the first.
    await expect.poll(() => page.locator('.result-title').allInnerTexts(), { timeout: pollTimeout }).toEqual(before);
    expect(await page.getByRole('checkbox', { name: 'Role profile' }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: /Search roles/ }).inputValue()).toBe('mentor');
  });

  it('the search field in the header of a content page submits to the search page', async () => {
    const page = await newPage();
    await openHydrated(page, `/roles/teaching-assistant-1/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('midday');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/search/?q=midday`);
    await page.locator('.search-status', { hasText: 'for “midday”' }).waitFor();
  });
});

/** What a query should find first: one address, or any page of a kind. */
type Expected = { page: string } | { any: RegExp; described: string };

// The queries people type for the tools and for their jobs, and the page each should find first.
const firstResults: [query: string, expected: Expected][] = [
  ['route planner', { page: plannerUrl() }],
  ['plan my route', { page: plannerUrl() }],
  ['self assessment', { page: selfAssessmentUrl() }],
  ['compare roles', { page: comparisonUrl() }],
  ['job description', { page: jobDescriptionUrl() }],
  ['recruitment', { page: recruitmentKitUrl() }],
  ['role audit', { page: roleAuditUrl }],
  ['dinner lady', { any: /^\/roles\/midday-supervision-\d\/$/, described: 'a Midday Supervision profile' }],
  ['lunchtime supervisor', { any: /^\/roles\/midday-supervision-\d\/$/, described: 'a Midday Supervision profile' }],
  ['midday assistant', { any: /^\/roles\/midday-supervision-\d\/$/, described: 'a Midday Supervision profile' }],
  ['classroom assistant', { any: /^\/roles\/teaching-assistant-\d\/$/, described: 'a Teaching Assistant profile' }],
  ['learning support assistant', { any: /^\/roles\/teaching-assistant-\d\/$/, described: 'a Teaching Assistant profile' }],
  ['LSA', { any: /^\/roles\/teaching-assistant-\d\/$/, described: 'a Teaching Assistant profile' }],
  ['SNA', { any: /^\/roles\/additional-support-needs-assistant-\d\/$/, described: 'an Additional Support Needs Assistant profile' }],
  // Not a profile here: the sources discuss the job with its qualification.
  ['cover supervisor', { page: qualificationUrl('level-3-certificate-cover-supervision') }],
  ['pastoral support', { page: roleUrl('pupil-wellbeing-management') }],
  ['which unit covers safeguarding?', { page: standardUrl('stl-3') }],
  ['EAL', { page: standardUrl('stl-35') }],
  ['HLTA', { page: statusUrl('hlta') }],
];

describe('the first result', () => {
  it('is the right page for each query people type for the tools and for their jobs', async () => {
    const page = await newPage();
    const misses: string[] = [];
    for (const [query, expected] of firstResults) {
      await searchFor(page, query);
      const [first = 'no result'] = await resultUrls(page);
      const right = 'page' in expected ? first === expected.page : expected.any.test(first);
      if (!right) misses.push(`"${query}" gave ${first}, not ${'page' in expected ? expected.page : expected.described}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('result excerpts', () => {
  const abbreviations = searchAbbreviations.map(({ abbreviation }) => abbreviation).join('|');
  // Three abbreviations in a row is a keyword list ("TA HLTA ASN"); the page's own words have two at most ("NOS STL").
  const keywordList = new RegExp(`\\b(?:${abbreviations})(?:,?\\s+(?:${abbreviations})\\b){2,}`);
  const everydayNames = searchSynonyms.flatMap((synonym) => synonym.names).filter((name) => name.includes(' '));

  it("hold the pages' own words, for each of six queries: no keyword list, no list of names, no note on where a title came from", async () => {
    const page = await newPage();
    for (const query of ['EAL', 'HLTA', 'SEN', 'dinner lady', 'classroom assistant', 'which unit covers safeguarding?']) {
      await searchFor(page, query);
      const excerpts = await page.locator('.result-excerpt').allInnerTexts();
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt, query).not.toMatch(keywordList);
        expect(excerpt, query).not.toMatch(/The title was|Source:/);
        expect(
          everydayNames.filter((name) => excerpt.toLowerCase().includes(`${name}, `)),
          query,
        ).toEqual([]);
      }
    }
  });
});

describe('a job typed by its everyday name', () => {
  it('is explained: the results say what the profiles call it', async () => {
    const page = await newPage();
    await searchFor(page, 'dinner lady');
    expect(await page.locator('.search-note').innerText()).toBe('“dinner lady”: the role profiles call this job Midday Supervision.');
  });
});

describe('on a 390 × 844 phone', () => {
  it('the first result is on the first screen', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await searchFor(page, 'teaching assistant');
    const box = await page.locator('.result-title').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  });
});

describe('grade results', () => {
  it("say what they are: a grade of one employer's scheme", async () => {
    const page = await newPage();
    const titles = await searchFor(page, 'first aid', '&type=Grade');
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^Grade \d+: student support services, one employer's scheme$/);
  });
});

describe('every guidance page', () => {
  it('is found by searching for its title', async () => {
    const page = await newPage();
    await openHydrated(page, `/guidance/`);
    const titles = await page.locator('main li a[href^="/guidance/"]').allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(9);
    const missing: string[] = [];
    for (const title of titles) {
      const results = await searchFor(page, title);
      if (!results.slice(0, 5).includes(title)) missing.push(title);
    }
    expect(missing).toEqual([]);
  });
});

describe('search when JavaScript is unavailable', () => {
  it('says plainly that search needs JavaScript and links to the indexes', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/?q=midday`);
    // Playwright's text and role locators skip <noscript>, so read the rendered text instead.
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript, which is off or not available in your browser.');
    for (const index of ['/roles/', '/standards/', '/qualifications/', '/guidance/']) {
      expect(await page.locator(`main a[href="${index}"]`).isVisible(), index).toBe(true);
    }
  });
});
