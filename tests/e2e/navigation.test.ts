import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, builtPages, distDir, waitForIslands, useTestBrowser } from './site';
import { content } from '../unit/siteContent';

const { newPage } = useTestBrowser();

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (element: { tag: string; text: string; href: string | null }) => boolean, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { tag: element?.tagName ?? '', text: element?.textContent.trim() ?? '', href: element?.getAttribute('href') ?? null };
    });
    if (matches(focused)) return focused;
  }
  throw new Error(`No matching element within ${limit} presses of Tab`);
}

describe('a keyboard user', () => {
  it('reaches a role page from the home page with Tab and Enter alone', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await tabTo(page, (element) => element.text === 'Role profiles');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/roles/`);
    await tabTo(page, (element) => element.text === 'Teaching Assistant 3');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/roles/teaching-assistant-3/`);
    expect(await page.locator('h1').innerText()).toContain('Teaching Assistant 3');
  });

  it('meets the skip link first, and it moves focus to the main content', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/learning-mentor-2/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('sees a focus indicator on everything it tabs to', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/midday-supervision-2/`);
    const unmarked: string[] = [];
    let visited = 0;
    // Tab through the whole page once: focus returns to the body after the last element.
    for (;;) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        if (element === document.body) return undefined;
        const computed = getComputedStyle(element);
        return { name: element.textContent.trim().slice(0, 60), outline: computed.outlineStyle, shadow: computed.boxShadow };
      });
      if (!style || visited > 100) break;
      visited++;
      if (style.outline === 'none' && style.shadow === 'none') unmarked.push(style.name);
    }
    expect(visited).toBeGreaterThan(10);
    expect(unmarked).toEqual([]);
  });
});

describe('a role page', () => {
  it('shows the JE table with its factors, alternatives and total', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/midday-supervision-2/`);
    const table = page.getByRole('table', { name: 'NJC job evaluation of Midday Supervision 2: 13 factors' });
    expect(await table.locator('tbody th').count()).toBe(13);
    // The total exactly as the source prints it ("332- 345"), not tidied.
    const printed = content.roles.find((role) => role.id === 'midday-supervision-2')!.data.jobEvaluation!.totalAsPrinted!;
    expect((await table.locator('tfoot').innerText()).replace(/\s+/g, ' ')).toContain(`Total as printed ${printed}`);
  });

  it("shows the source's misprinted figure with the note that explains it", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/behaviour-management/`);
    const row = page.getByRole('row', { name: /2\. Mental Skills/ });
    expect(await row.innerText()).toContain('80 (see note 1)');
    await page.getByRole('link', { name: '(see note 1)' }).click();
    expect(await page.locator('#je-note-1').innerText()).toContain('80');
  });

  it('links to the level above and below on its ladder', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/teaching-assistant-3/`);
    await page.getByRole('link', { name: /Level above: Teaching Assistant 4/ }).click();
    await page.waitForURL(`${baseUrl}/roles/teaching-assistant-4/`);
    await page.getByRole('link', { name: /Level below: Teaching Assistant 3/ }).click();
    await page.waitForURL(`${baseUrl}/roles/teaching-assistant-3/`);
  });
});

describe('the job evaluation page', () => {
  it("is reached from a role's JE table and lands on that ladder's levels side by side", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/roles/learning-mentor-2/`);
    await page.getByRole('link', { name: "How the factors score, and this profile's levels beside the others" }).click();
    await page.waitForURL(`${baseUrl}/roles/job-evaluation/#learning-mentor`);
    const table = page.getByRole('table', { name: /Learning Mentor 1, Learning Mentor 2, Learning Mentor 3$/ });
    expect(await table.getByRole('row', { name: /^1\. Knowledge/ }).innerText()).toMatch(
      /Level 3: 60 points\s+Level 4: 80 points \(rises\)\s+Level 4: 80 points$/,
    );
    expect(await table.locator('tfoot').innerText()).toMatch(/384\s+443–456\s+482–508/);
  });

  it("shows Behaviour Management's misprinted figure as printed, linked to the note that explains it", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/job-evaluation/`);
    const row = page.getByRole('table', { name: /Behaviour Management/ }).getByRole('row', { name: /^2\. Mental Skills/ });
    await row.getByRole('link', { name: '(see the note on Behaviour Management)' }).click();
    await page.waitForURL(`${baseUrl}/roles/behaviour-management/#je-note-1`);
    expect(await page.locator('#je-note-1').innerText()).toContain('80');
  });
});

describe('from a role to the standards', () => {
  it('a Teaching Assistant 3 reaches a NOS unit page in three clicks or fewer', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/teaching-assistant-3/`);
    await page.getByRole('link', { name: 'Level 3 Certificate in Supporting Teaching and Learning in Schools' }).first().click();
    await page.waitForURL(`${baseUrl}/qualifications/level-3-certificate-supporting-teaching-and-learning/`);
    await page.getByRole('link', { name: 'STL30: Contribute to assessment for learning' }).click();
    await page.waitForURL(`${baseUrl}/standards/stl-30/`);
    expect(await page.locator('h1').innerText()).toContain('Contribute to assessment for learning');
  });

  it('a NOS unit page leads back to the qualification unit and the roles', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/standards/stl-3/`);
    await page.getByRole('link', { name: 'Safeguarding the welfare of children and young people' }).click();
    await page.waitForURL(
      `${baseUrl}/qualifications/level-2-certificate-supporting-teaching-and-learning/#unit-l2-safeguarding-the-welfare-of-children-and-young-people`,
    );
    expect(await page.getByRole('link', { name: 'Teaching Assistant 1' }).count()).toBeGreaterThan(0);
  });
});

describe('the open data', () => {
  it('downloads as JSON and CSV', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/data/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'roles.csv' }).click()]);
    expect(download.suggestedFilename()).toBe('roles.csv');
    const json = await page.request.get(`${baseUrl}/data/nos-units.json`);
    expect(json.headers()['content-type']).toContain('application/json');
    expect(((await json.json()) as unknown[]).length).toBe(69);
  });
});

describe('a school leader', () => {
  it("reaches every guidance page from the leaders' page", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/leaders/`);
    const linked = await page.locator('main a[href^="/guidance/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const guidance = builtPages().filter((path) => /^\/guidance\/[^/]+\/$/.test(path));
    expect(guidance.length).toBeGreaterThanOrEqual(9);
    expect([...new Set(linked)].sort()).toEqual(guidance.sort());
  });

  it("gets from the home page to the leaders' page through the leaders' door", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('region', { name: 'I lead a school' }).getByRole('link', { name: 'Guidance for school leaders' }).click();
    await page.waitForURL(`${baseUrl}/leaders/`);
  });

  it("prints a checklist without the site's navigation, with a box to tick on every item", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/guidance/planning-support-staff-development/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    const checklist = page.getByRole('group', { name: 'Circumstances that can create development needs' });
    expect(await checklist.isVisible()).toBe(true);
    const boxes = await checklist
      .locator('li')
      .evaluateAll((items) => items.map((item) => getComputedStyle(item, '::before').borderTopStyle));
    expect(boxes.length).toBe(7);
    expect(new Set(boxes)).toEqual(new Set(['solid']));
  });
});

describe('when printed', () => {
  it('a role page hides the navigation and keeps the JE table', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/learning-mentor-3/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('table').isVisible()).toBe(true);
  });
});

describe('an unknown address', () => {
  it('gets the not found page with a 404 status', async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl}/roles/teaching-assistant-9/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
  });
});

/** The pages the search index files as tools: the planner, comparison, self-assessment and the leaders' tools. */
function toolPages(): string[] {
  return builtPages().filter((path) =>
    /data-pagefind-filter="type:Tool"/.test(readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8')),
  );
}

describe('the tools', () => {
  it('are each one click from the home page', async () => {
    const tools = toolPages();
    expect(tools).toEqual(expect.arrayContaining(['/planner/', '/compare/', '/self-assessment/', '/tools/job-description/']));
    const page = await newPage();
    for (const tool of tools) {
      await page.goto(`${baseUrl}/`);
      await page.locator(`main a[href="${tool}"]`).first().click();
      await page.waitForURL(`${baseUrl}${tool}`);
    }
  });

  it("are each in the header of every page, or on the leaders' page the header links to", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/teaching-assistant-3/`);
    const header = page.getByRole('navigation', { name: 'Main' });
    const inHeader = await header.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await header.getByRole('link', { name: "Leaders' tools" }).click();
    await page.waitForURL(`${baseUrl}/leaders/`);
    const onLeadersPage = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(toolPages().filter((tool) => !inHeader.includes(tool) && !onLeadersPage.includes(tool))).toEqual([]);
    expect(inHeader).not.toContain('/grades/');
  });
});

describe('a role page', () => {
  it('plans a route from the role, in one click', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/teaching-assistant-3/`);
    await page.getByRole('link', { name: 'Plan a route from here' }).click();
    await page.waitForURL(/\/planner\/\?from=/);
    await waitForIslands(page);
    const from = page.getByLabel('I am a…');
    expect(await from.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe('Teaching Assistant 3');
  });

  it('compares the role with the next level, and starts a job description from the profile', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/midday-supervision-1/`);
    await page.getByRole('link', { name: /^Compare with the next level/ }).click();
    await page.waitForURL(`${baseUrl}/compare/midday-supervision-1-vs-midday-supervision-2/`);
    await page.goto(`${baseUrl}/roles/midday-supervision-1/`);
    await page.getByRole('link', { name: 'Build a job description from this profile' }).click();
    await page.waitForURL(`${baseUrl}/tools/job-description/?profile=midday-supervision-1`);
  });

  it('links to the HLTA self-assessment when, and only when, the HLTA standards concern the role', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/statuses/hlta/`);
    const concerned = await page
      .locator('#roles-it-belongs-to ~ p')
      .first()
      .locator('a[href^="/roles/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(concerned.length).toBeGreaterThan(0);
    const roles = builtPages().filter((path) => /^\/roles\/[^/]+\/$/.test(path) && path !== '/roles/job-evaluation/');
    for (const role of roles) {
      await page.goto(`${baseUrl}${role}`);
      const tools = page.getByRole('navigation', { name: /^Tools for / });
      expect(await tools.locator('a[href="/self-assessment/"]').count(), role).toBe(concerned.includes(role) ? 1 : 0);
    }
  });

  it('opens with a list of its sections, each linked to its heading', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/roles/teaching-assistant-3/`);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const listed = await contents.getByRole('link').allInnerTexts();
    const headings = await page.locator('main h2').allInnerTexts();
    expect(listed).toEqual(headings.filter((heading) => heading !== 'On this page'));
    expect(listed.length).toBeGreaterThanOrEqual(4);
    await contents.getByRole('link', { name: 'Job evaluation' }).click();
    await page.waitForURL(`${baseUrl}/roles/teaching-assistant-3/#job-evaluation`);
  });
});

describe('on a 390 px phone', () => {
  it('the header folds behind a Menu button that works without JavaScript, so the first screen shows the heading and lede', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/guidance/planning-support-staff-development/`);
    const header = page.getByRole('navigation', { name: 'Main' });
    expect(await header.getByRole('link', { name: 'Role profiles' }).isVisible()).toBe(false);
    for (const element of [page.locator('h1'), page.locator('main .lede')]) {
      const box = await element.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    }
    await page.locator('summary', { hasText: 'Menu' }).click();
    await header.getByRole('link', { name: 'Role profiles' }).click();
    await page.waitForURL(`${baseUrl}/roles/`);
  });

  it("a long page's contents fold to one line, so its first section starts on the first screen", async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/roles/teaching-assistant-3/`);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    expect(await contents.getByRole('link', { name: 'Key duties' }).isVisible()).toBe(false);
    const firstSection = await page.locator('main h2:visible').first().boundingBox();
    expect(firstSection && firstSection.y + firstSection.height).toBeLessThanOrEqual(844);
    await contents.locator('summary').click();
    await contents.getByRole('link', { name: 'Key duties' }).click();
    await page.waitForURL(`${baseUrl}/roles/teaching-assistant-3/#key-duties`);
  });

  it('a wide screen shows the navigation in full, with no Menu button', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('summary', { hasText: 'Menu' }).isVisible()).toBe(false);
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    for (const link of await links.all()) expect(await link.isVisible(), await link.innerText()).toBe(true);
  });
});

describe('a wide table on a 320 px screen', () => {
  it("keeps a role's JE factor names in view when scrolled to its last column, and shows it scrolls", async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${baseUrl}/roles/learning-mentor-2/`);
    const box = page.getByRole('region', { name: /NJC job evaluation of Learning Mentor 2/ });
    const sizes = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await box.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const shown = await box.evaluate((element) => element.getBoundingClientRect());
    const factor = await box.getByRole('rowheader', { name: /^1\. Knowledge/ }).boundingBox();
    expect(factor).not.toBeNull();
    expect(factor!.x).toBeGreaterThanOrEqual(shown.left - 1);
    expect(factor!.x + factor!.width).toBeLessThanOrEqual(shown.right + 1);
    // The points of the same row are on screen beside it.
    const points = await box
      .getByRole('row', { name: /^1\. Knowledge/ })
      .getByRole('cell')
      .last()
      .boundingBox();
    expect(points!.x).toBeGreaterThanOrEqual(factor!.x + factor!.width - 1);
    expect(points!.x + points!.width).toBeLessThanOrEqual(shown.right + 1);
  });
});
