import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openHydrated, waitForIslands, pollTimeout, useTestBrowser } from './site';
import { axeViolations } from './axe';

const { newPage } = useTestBrowser();

/** Opens the builder with a Teaching Assistant 3 draft. */
async function startTa3(page: Page) {
  await openHydrated(page, `/tools/job-description/?profile=teaching-assistant-3`);
  await page.getByLabel('Job title').waitFor();
}

describe('the job description builder', () => {
  it('builds a Teaching Assistant 3 job description, adds a unit, and warns about a Teaching Assistant 5 duty', async () => {
    const page = await newPage();
    await startTa3(page);
    expect(await page.getByLabel('Job title').inputValue()).toBe('Teaching Assistant 3');
    expect(await page.getByText('Nothing in this draft is placed above Teaching Assistant 3 by the profiles.').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('The check compares words with the profiles’ own statements. It cannot see');

    await page.getByLabel('Search unit titles').fill('keep children safe');
    await page.getByLabel('STL3: Help to keep children safe').check();
    await page.getByLabel('From any role profile').selectOption({ label: 'Liaise with external agencies on a regular basis.' });
    await page.getByRole('button', { name: 'Add this duty' }).click();

    const warning = page.locator('.inline-warning');
    expect(await warning.count()).toBe(1);
    expect(await warning.innerText()).toContain('the profiles place this at Teaching Assistant 5');
    // A screen reader hears the warning with the duty it is about.
    const described = await page
      .getByRole('textbox', { name: /^Duty \d+$/ })
      .last()
      .getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).innerText()).toContain('Teaching Assistant 5');
    const document = page.locator('.tool-document');
    expect(await document.innerText()).toContain('STL3: Help to keep children safe');
    expect(await document.innerText()).toContain('Liaise with external agencies on a regular basis.');
  });

  it('keeps the draft after a reload', async () => {
    const page = await newPage();
    await startTa3(page);
    await page.getByLabel('Job title').fill('Literacy support assistant');
    await page.reload();
    await waitForIslands(page);
    await page.getByLabel('Job title').waitFor();
    expect(await page.getByLabel('Job title').inputValue()).toBe('Literacy support assistant');
  });

  it('reorders and removes duties from the keyboard, keeping focus on the control used', async () => {
    const page = await newPage();
    await startTa3(page);
    const first = await page.getByLabel('Duty 1', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Move down duty 1' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Duty 2', { exact: true }).inputValue()).toBe(first);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Move down');
    await page.getByRole('button', { name: 'Remove duty 2' }).click();
    expect(await page.locator('.tool-document').innerText()).not.toContain(first);
  });

  it('asks before a new start replaces a draft', async () => {
    const page = await newPage();
    await startTa3(page);
    await page.getByLabel('Role profile', { exact: true }).selectOption('teaching-assistant-1');
    await page.getByRole('button', { name: 'Start from this profile' }).click();
    await page.getByRole('button', { name: 'Keep my draft' }).click();
    expect(await page.getByLabel('Job title').inputValue()).toBe('Teaching Assistant 3');
  });

  it('prints the document alone, without navigation or controls', async () => {
    const page = await newPage();
    await startTa3(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.tool-document').isVisible()).toBe(true);
    for (const hidden of ['.site-nav', '.breadcrumbs', 'h1', '#jd-title', '#jd-start-profile']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
  });

  it('shows typed markup as text', async () => {
    const page = await newPage();
    await startTa3(page);
    await page.getByLabel('Job title').fill('<img src=x onerror=alert(1)><b>TA</b>');
    expect(await page.locator('#jd-document-title').innerText()).toBe('<img src=x onerror=alert(1)><b>TA</b>');
    expect(await page.locator('.tool-document img, .tool-document b').count()).toBe(0);
  });
});

describe('the recruitment kit', () => {
  /** Chooses the first `count` units behind Teaching Assistant 3's qualifications in the builder, and returns their labels. */
  async function chooseTa3Units(page: Page, count: number): Promise<string[]> {
    const labels = page.locator('.unit-chooser label').filter({ hasText: "behind Teaching Assistant 3's qualifications" });
    const chosen: string[] = [];
    for (let index = 0; index < count; index++) {
      await labels.nth(index).locator('input').check();
      chosen.push((await labels.nth(index).innerText()).replace(/\s*\(behind.*$/, '').trim());
    }
    return chosen;
  }
  const questionBoxes = (page: Page) => page.getByRole('textbox', { name: /^Question \d+/ });
  const scoreRows = (page: Page, member: number) =>
    page.getByRole('table', { name: `Scores for panel member ${member}` }).locator('tbody tr');

  it('is written from the standards chosen in the builder, with a score sheet per panel member', async () => {
    const page = await newPage();
    await startTa3(page);
    await page.getByLabel('STL3: Help to keep children safe').check();
    await page.getByLabel('STL30: Contribute to assessment for learning').check();
    await openHydrated(page, `/tools/recruitment-kit/?panel=2`);
    await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('show that you can help to keep children safe');
    expect(text).toContain('Tell us about a time you had to contribute to assessment for learning');
    expect(await page.getByRole('heading', { name: /^6\. Score sheet/ }).count()).toBe(2);
  });

  it('keeps two questions on each standard to begin with, and the leader rewords, removes and adds their own, kept after a reload', async () => {
    const page = await newPage();
    await startTa3(page);
    const units = await chooseTa3Units(page, 2);
    await openHydrated(page, `/tools/recruitment-kit/?panel=1`);
    await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
    expect(await questionBoxes(page).count()).toBe(units.length * 2);
    expect(await scoreRows(page, 1).count()).toBe(units.length * 2);

    await questionBoxes(page).first().fill('Tell us about keeping a child safe on a school trip.');
    await page.getByRole('button', { name: 'Remove question 2' }).click();
    await page.getByLabel('Your question').fill('Why do you want to work in this school?');
    await page.getByRole('button', { name: 'Add your question' }).click();
    // A third suggestion on the first standard, added back from the list.
    await page
      .getByRole('button', { name: /^Add this question on .*, knowledge$/ })
      .first()
      .click();

    const expected = async () => questionBoxes(page).evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
    const before = await expected();
    expect(before).toHaveLength(units.length * 2 + 1);
    expect(before[0]).toBe('Tell us about keeping a child safe on a school trip.');
    expect(before).toContain('Why do you want to work in this school?');
    const sheet = await scoreRows(page, 1).allInnerTexts();
    expect(
      sheet.map((row) =>
        row
          .split('\t')[0]
          ?.replace(/^\d+\.\s*/, '')
          .replace(/\s*\([^)]*\)\s*$/, ''),
      ),
    ).toEqual(before);

    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
    expect(await expected()).toEqual(before);
  });

  it('refuses an eleventh question, saying why', async () => {
    const page = await newPage();
    await startTa3(page);
    await chooseTa3Units(page, 5);
    await openHydrated(page, `/tools/recruitment-kit/`);
    await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
    expect(await questionBoxes(page).count()).toBe(10);
    await page.getByLabel('Your question').fill('One more?');
    await page.getByRole('button', { name: 'Add your question' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: pollTimeout }).toContain('as many as it keeps');
    expect(await questionBoxes(page).count()).toBe(10);
  });

  it('prints a four-unit Teaching Assistant 3 post’s kit, with three panel members’ score sheets, in at most 6 A4 pages', async () => {
    const page = await newPage();
    await startTa3(page);
    await chooseTa3Units(page, 4);
    await openHydrated(page, `/tools/recruitment-kit/`);
    await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
    expect(await page.getByRole('heading', { name: /^6\. Score sheet/ }).count()).toBe(3);
    // Chromium's own PDF of the printed page: one /Type /Page object per page.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    console.log(`Recruitment kit, four-unit Teaching Assistant 3 post, 3 panel members: ${pages} A4 pages`);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it('says how to start when there is no job description yet', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/recruitment-kit/`);
    await page.getByText('There are no standards to recruit against yet.').waitFor();
  });
});

describe('the role audit', () => {
  async function addRole(page: Page, title: string, profileId: string) {
    await page.getByRole('button', { name: 'Add a role' }).click();
    const position = await page.locator('.audit-role').count();
    await page
      .getByLabel('Job title')
      .nth(position - 1)
      .fill(title);
    await page
      .getByLabel('Closest profile')
      .nth(position - 1)
      .selectOption(profileId);
  }

  const findings = (page: Page) => page.locator('section[aria-labelledby="audit-findings"]').innerText();

  it('shows gaps, overlaps and duties above a role’s profile', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await addRole(page, 'Reading TA', 'teaching-assistant-2');
    await page
      .getByLabel('Add a responsibility from another profile')
      .selectOption({ label: 'Liaise with external agencies on a regular basis.' });
    await page.getByRole('button', { name: 'Add to role 1' }).click();
    await addRole(page, 'Class TA', 'teaching-assistant-3');

    // The findings follow once the leader pauses. Both roles' profiles list this key duty, so choosing them ticked it in both.
    await expect
      .poll(() => findings(page), { timeout: pollTimeout })
      .toMatch(/Support pupils in social and emotional well-being[^\n]*: Reading TA, Class TA/);
    const text = await findings(page);
    expect(text).toMatch(
      /Reading TA \(Teaching Assistant 2\): “Liaise with external agencies on a regular basis\.” is placed at\s+Teaching Assistant 5/,
    );
    expect(text).toContain('Responsibilities nobody holds');
    expect(text).toContain('The check compares words with the profiles’ own statements. It cannot see');
  });

  it('ticks a profile’s key duties when it is chosen, and the leader unticks what the job does not do', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await addRole(page, 'Reading TA', 'teaching-assistant-2');
    const boxes = page.getByRole('group', { name: 'Responsibilities this role carries out' }).getByRole('checkbox');
    const labels = await page.locator('.audit-checklist label').allInnerTexts();
    const checked = await boxes.evaluateAll((items) => items.map((item) => (item as HTMLInputElement).checked));
    // Key duties ticked, "may also" duties left for the leader.
    expect(checked).toEqual(labels.map((label) => !label.startsWith('May also')));
    expect(checked.filter(Boolean).length).toBeGreaterThan(3);

    const first = labels[0]?.split('\n')[0] ?? '';
    await boxes.first().uncheck();
    await expect.poll(() => findings(page), { timeout: pollTimeout }).toContain(first);
    const gaps = await page
      .getByRole('heading', { name: 'Responsibilities nobody holds' })
      .locator('xpath=following-sibling::ul[1]')
      .innerText();
    expect(gaps.split('\n')).toHaveLength(1);
    expect(gaps).toContain(first);
  });

  it('prints the findings, expanded, and each role with what it holds, not the form', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await page.getByLabel('School').fill('Hillside Primary');
    await addRole(page, 'Reading TA', 'teaching-assistant-2');
    const boxes = page.getByRole('group', { name: 'Responsibilities this role carries out' }).getByRole('checkbox');
    await boxes.first().uncheck();
    const unticked = (await page.locator('.audit-checklist label').first().innerText()).trim();
    const ticked = (await page.locator('.audit-checklist label').nth(1).innerText()).trim();
    await expect.poll(() => findings(page), { timeout: pollTimeout }).toContain(unticked.split('\n')[0] ?? '-');

    await page.emulateMedia({ media: 'print' });
    for (const form of ['#audit-school', '.audit-role input', '.audit-role select', '#audit-add-role']) {
      expect(await page.locator(form).first().isVisible(), form).toBe(false);
    }
    expect(await page.getByText('Hillside Primary', { exact: true }).isVisible()).toBe(true);
    const printed = await page.locator('.audit-role').innerText();
    expect(printed).toContain(ticked.split('\n')[0]);
    expect(await page.locator('.audit-checklist li').first().isVisible()).toBe(false);
    // Folded lists print unfolded: the standards behind the role and across the school.
    for (const list of await page.locator('details.print-open > ul > li:first-child').all()) expect(await list.isVisible()).toBe(true);
    expect(await page.locator('details.print-open').count()).toBe(2);
    for (const heading of [
      'Duties above the role',
      'Responsibilities nobody holds',
      'Responsibilities held by more than one role',
      'Standards across the school',
    ]) {
      expect(await page.getByRole('heading', { name: heading }).isVisible(), heading).toBe(true);
    }
  });

  it('keeps what was typed when the page is reloaded straight after', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await addRole(page, 'Reading TA', 'teaching-assistant-2');
    await page.getByLabel('Job title').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (KS1)');
    await page.reload();
    await waitForIslands(page);
    await page.getByLabel('Job title').waitFor();
    expect(await page.getByLabel('Job title').inputValue()).toBe('Reading TA (KS1)');
  });

  it('exports, clears and imports back to the same audit', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await addRole(page, 'Midday lead', 'midday-supervision-2');
    // Typed key by key, as a person would: "7." on the way to "7.5" must not be lost.
    await page.getByLabel('Hours a week').click();
    await page.keyboard.type('7.5');
    expect(await page.getByLabel('Hours a week').inputValue()).toBe('7.5');
    const savedHours = async () =>
      (
        JSON.parse((await page.evaluate(() => localStorage.getItem('pathways.role-audit'))) ?? '{}') as {
          roles?: { hoursPerWeek: number }[];
        }
      ).roles?.[0]?.hoursPerWeek;
    await expect.poll(savedHours, { timeout: pollTimeout }).toBe(7.5);
    const before = await page.evaluate(() => localStorage.getItem('pathways.role-audit'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'pathways-role-audit',
      roles: [{ title: 'Midday lead', hoursPerWeek: 7.5 }],
    });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Add a role' }).waitFor();
    expect(await page.locator('.audit-role').count()).toBe(0);
    await page.getByLabel('Import an audit you exported').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace with the imported file' }).click();
    expect(await page.getByLabel('Job title').inputValue()).toBe('Midday lead');
    const after = JSON.parse((await page.evaluate(() => localStorage.getItem('pathways.role-audit'))) ?? '{}') as Record<string, unknown>;
    const expected = JSON.parse(before ?? '{}') as Record<string, unknown>;
    expect({ ...after, revision: 0, updatedAt: '' }).toEqual({ ...expected, revision: 0, updatedAt: '' });
  });

  it('says when the hours cannot be read, and keeps the hours saved before', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await addRole(page, 'Midday lead', 'midday-supervision-2');
    await page.getByLabel('Hours a week').fill('10');
    await page.getByLabel('Hours a week').fill('ten');
    expect(await page.getByText('Give the hours as a number from 0 to 168').isVisible()).toBe(true);
    const savedHours = async () =>
      (
        JSON.parse((await page.evaluate(() => localStorage.getItem('pathways.role-audit'))) ?? '{}') as {
          roles?: { hoursPerWeek: number }[];
        }
      ).roles?.[0]?.hoursPerWeek;
    // Typing is saved when it pauses.
    await expect.poll(savedHours, { timeout: pollTimeout }).toBe(10);
  });

  it('downloads the audit as CSV', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await addRole(page, 'Reading TA', 'teaching-assistant-2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toMatch(/^"role","hours_per_week","closest_profile"/);
  });

  it('keeps damaged saved data aside, says so, and offers it for download', async () => {
    const page = await newPage();
    await openHydrated(page, `/tools/role-audit/`);
    await page.evaluate(() => localStorage.setItem('pathways.role-audit', '{"format":"pathways-role-audit","version":1,"roles":[{'));
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Download the saved data that could not be read' }).waitFor();
    await expect
      .poll(() => page.getByRole('status').innerText(), { timeout: pollTimeout })
      .toContain('could not be read, so it has been kept aside');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pathways.role-audit.unreadable-')));
    expect(kept).toHaveLength(1);
  });
});

describe('the leaders’ tools when JavaScript is unavailable', () => {
  it.each([
    ['/tools/job-description/', 'The builder needs JavaScript.'],
    ['/tools/recruitment-kit/', 'The kit needs JavaScript'],
    ['/tools/role-audit/', 'The audit needs JavaScript.'],
  ])('%s says so and points to pages that work without it', async (path, message) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('main').innerText()).toContain(message);
  });

  it('the leaders page links to all three tools', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/leaders/`);
    for (const name of ['Job description builder', 'Recruitment kit', 'Role audit']) {
      expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
  });
});

// The whole-site axe walk sees each tool before anything is entered; these check them in use.
describe('the leaders’ tools in use pass axe and reflow at 320 pixels', () => {
  async function filledIn(page: Page) {
    await startTa3(page);
    await page.getByLabel('STL30: Contribute to assessment for learning').check();
    await page.getByLabel('In your own words').fill('Deliver whole-class teaching');
    await page.getByRole('button', { name: 'Add duty' }).click();
    await page.locator('.inline-warning').waitFor();
  }

  it('the builder with a draft and warnings, the kit and the audit pass axe in light and dark, and fit 320 CSS pixels', async () => {
    const page = await newPage();
    /** Checks the tool as it is now in both colour schemes, then in a window narrowed to 320 pixels (400% zoom). */
    const check = async (tool: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${tool}, ${colorScheme}`).toEqual([]);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${tool}, width at 320 pixels`).toBeLessThanOrEqual(320);
      await page.setViewportSize({ width: 1280, height: 720 });
    };
    await filledIn(page);
    await check('the job description builder');
    await openHydrated(page, `/tools/recruitment-kit/`);
    await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
    await check('the recruitment kit');
    await openHydrated(page, `/tools/role-audit/`);
    await page.getByRole('button', { name: 'Add a role' }).click();
    await page.getByLabel('Closest profile').selectOption('teaching-assistant-2');
    await page.getByRole('button', { name: /Tick all/ }).click();
    await check('the role audit');
  });
});
