import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { comparisonPairUrl } from '../../src/lib/site/urls';
import { dutyTickKey } from '../../src/lib/storage/nextLevelStore';
import { content } from '../unit/siteContent';
import { emptyJobDescription, jobDescriptionVersion } from '../../src/lib/leadersTools/jobDescription';
import { openHydrated, waitForIslands, pollTimeout, useTestBrowser } from './site';
import { portfolioVersion } from '../../src/lib/storage/portfolioStore';

// Issue 20: saved work is never lost. Each tool's document, damaged, too large to copy aside,
// saved by a newer version in another tab, or at the limits its reader enforces.

const { newPage } = useTestBrowser();

interface Tool {
  name: string;
  path: string;
  key: string;
  format: string;
  version: number;
  /** Waits until the tool is ready to use. */
  ready: (page: Page) => Promise<void>;
  /** One change a person makes, which the tool saves at once. */
  edit: (page: Page) => Promise<void>;
}

const tools: Tool[] = [
  {
    name: 'the self-assessment',
    path: '/self-assessment/',
    key: 'pathways.portfolio',
    format: 'pathways-portfolio',
    version: portfolioVersion,
    ready: (page) => page.getByRole('heading', { name: 'Summary' }).waitFor(),
    edit: (page) => page.getByRole('group', { name: /^1\. / }).getByLabel('Developing').check(),
  },
  {
    name: 'the job description builder',
    path: '/tools/job-description/',
    key: 'pathways.job-description',
    format: 'pathways-job-description',
    version: jobDescriptionVersion,
    ready: (page) => page.getByRole('button', { name: 'Start from this profile' }).waitFor(),
    edit: (page) => page.getByRole('button', { name: 'Start from this profile' }).click(),
  },
  {
    name: 'the role audit',
    path: '/tools/role-audit/',
    key: 'pathways.role-audit',
    format: 'pathways-role-audit',
    version: 1,
    // By id: finding a button by its name reads every element's name, slow with a thousand roles.
    ready: (page) => page.locator('#audit-add-role').waitFor(),
    edit: (page) => page.getByRole('button', { name: 'Add a role' }).click(),
  },
  {
    name: 'the next-level checklist',
    path: comparisonPairUrl('teaching-assistant-2', 'teaching-assistant-3'),
    key: 'pathways.next-level',
    format: 'pathways-next-level',
    version: 1,
    ready: (page) => page.getByRole('group', { name: /I already do$/ }).waitFor(),
    edit: (page) =>
      page
        .getByRole('group', { name: /I already do$/ })
        .getByRole('checkbox')
        .first()
        .check(),
  },
];

/** Opens the tool, writes `raw` as its saved document once it has hydrated, and reloads, as a later visit would. */
async function openWithSaved(page: Page, tool: Tool, raw: string | { repeat: number; prefix: string }) {
  await openHydrated(page, tool.path);
  await page.evaluate(
    ({ key, raw }) => {
      localStorage.setItem(key, typeof raw === 'string' ? raw : raw.prefix + 'x'.repeat(raw.repeat));
    },
    { key: tool.key, raw },
  );
  await page.reload();
  await waitForIslands(page);
  await tool.ready(page);
}

const stored = (page: Page, key: string) => page.evaluate((key) => localStorage.getItem(key), key);
const storedKeys = (page: Page, prefix: string) =>
  page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), prefix);

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe('unreadable saved data too large to copy aside (issue 20, 1)', () => {
  // Over half of the browser's 5 MB: there is no room for a second copy.
  const large = (tool: Tool) => ({ prefix: `{"format":"${tool.format}","version":${tool.version},"notes":"`, repeat: 3_000_000 });

  it.each(tools)('$name says it could not be copied aside, offers it, and saves nothing until the person chooses', async (tool) => {
    const page = await newPage();
    await openWithSaved(page, tool, large(tool));
    const alert = page.getByRole('alert').filter({ hasText: 'no room' });
    expect(await alert.innerText()).toContain("There is no room in this browser's storage to copy it aside");

    await tool.edit(page);
    expect(await page.getByRole('status').innerText()).not.toContain('Saved in this browser.');
    const raw = await stored(page, tool.key);
    expect(raw?.length).toBe(large(tool).prefix.length + large(tool).repeat);
    const file = await downloaded(page, 'Download the saved data that could not be read');
    expect(file.length).toBe(raw?.length);
    expect(file.startsWith(large(tool).prefix)).toBe(true);

    await page.getByRole('button', { name: 'Discard it and start afresh' }).click();
    await page.getByRole('status').getByText('Saved in this browser.').waitFor();
    expect(JSON.parse((await stored(page, tool.key)) ?? '{}')).toMatchObject({ format: tool.format, version: tool.version });
  });

  it('keeps it untouched, and says nothing here is saved, when the person keeps it', async () => {
    const [tool] = tools;
    const page = await newPage();
    await openWithSaved(page, tool!, large(tool!));
    await page.getByRole('button', { name: 'Keep it, and do not save here' }).click();
    await tool!.edit(page);
    await expect
      .poll(() => page.getByRole('status').innerText(), { timeout: pollTimeout })
      .toContain('Nothing you do on this page is saved in this browser');
    expect((await stored(page, tool!.key))?.length).toBe(large(tool!).prefix.length + large(tool!).repeat);
    // Reloading asks again: the choice was for this visit only.
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Discard it and start afresh' }).waitFor();
  });
});

describe('a newer version saved in another tab (issue 20, 2)', () => {
  it.each(tools)('$name asks, never overwrites it, and keeps it aside if the person keeps their own', async (tool) => {
    const page = await newPage();
    await openHydrated(page, tool.path);
    await tool.ready(page);
    const newer = JSON.stringify({
      format: tool.format,
      version: tool.version + 1,
      revision: 5,
      updatedAt: '2027-01-01T00:00:00.000Z',
      fieldOfTheFuture: [],
    });
    const other = await page.context().newPage();
    await openHydrated(other, '/');
    await other.evaluate(({ key, newer }) => localStorage.setItem(key, newer), { key: tool.key, newer });

    const alert = page.getByRole('alert').filter({ hasText: 'by a newer version of this site' });
    await alert.waitFor();
    await tool.edit(page);
    expect(await stored(page, tool.key)).toBe(newer);

    await alert.getByRole('button', { name: /^Keep this one/ }).click();
    await page.getByRole('status').getByText('Saved in this browser.').waitFor();
    const [copy] = await storedKeys(page, `${tool.key}.unreadable-`);
    expect(await stored(page, copy ?? '')).toBe(newer);
    expect(JSON.parse((await stored(page, tool.key)) ?? '{}')).toMatchObject({ format: tool.format, version: tool.version });
    expect(await downloaded(page, 'Download the saved data that could not be read')).toBe(newer);
  });
});

describe('limits the reader enforces, enforced where an item is added (issue 20, 3)', () => {
  /**
   * Saves a document whose `lists` are filled to `count` copies of `item` ("#" in its text becomes
   * the item's number), built in the page, then reloads and checks that nothing was set aside.
   */
  async function openAtLimit(
    page: Page,
    tool: Tool,
    base: Record<string, unknown>,
    lists: Record<string, { count: number; item: object }>,
  ) {
    await openHydrated(page, tool.path);
    const document: Record<string, unknown> = {
      format: tool.format,
      version: tool.version,
      revision: 1,
      updatedAt: '2026-10-01T00:00:00.000Z',
      ...base,
    };
    await page.evaluate(
      ({ key, document, lists }) => {
        for (const [name, { count, item }] of Object.entries(lists)) {
          const text = JSON.stringify(item);
          document[name] = Array.from({ length: count }, (_, index) => JSON.parse(text.replaceAll('#', String(index))) as unknown);
        }
        localStorage.setItem(key, JSON.stringify(document));
      },
      { key: tool.key, document, lists },
    );
    await page.reload();
    await waitForIslands(page);
    await tool.ready(page);
    expect(await page.getByText('could not be read').count()).toBe(0);
  }
  const count = (page: Page, key: string, list: string) =>
    page.evaluate(({ key, list }) => (JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown[]>)[list]?.length, {
      key,
      list,
    });
  async function reloadedUnharmed(page: Page, tool: Tool) {
    await page.reload();
    await waitForIslands(page);
    await tool.ready(page);
    expect(await page.getByText('could not be read').count()).toBe(0);
  }

  it('the self-assessment refuses a piece of evidence past 5,000, and says why', async () => {
    const tool = tools[0]!;
    const page = await newPage();
    await openAtLimit(
      page,
      tool,
      { ratings: {} },
      { evidence: { count: 5000, item: { id: 'e#', date: '2026-10-01', description: 'Entry #', standards: ['hlta-29'], location: '' } } },
    );
    const message = 'This portfolio already holds 5,000 pieces of evidence, as many as it can keep.';
    expect(await page.locator('.evidence-form').getByText(message).count()).toBe(1);
    const form = page.getByRole('form', { name: 'Add evidence' });
    await form.getByLabel('Date').fill('2026-10-02');
    await form.getByLabel('What you did').fill('One more');
    await form.getByRole('checkbox', { name: /^29\. / }).check();
    await form.getByRole('button', { name: 'Add evidence' }).click();
    await expect.poll(() => form.getByRole('alert').innerText(), { timeout: pollTimeout }).toContain(message);
    expect(await count(page, tool.key, 'evidence')).toBe(5000);
    await reloadedUnharmed(page, tool);
  });

  it('the job description builder refuses a duty past 200 and a line past 200, and says why', async () => {
    const tool = tools[1]!;
    const page = await newPage();
    await openAtLimit(
      page,
      tool,
      { ...emptyJobDescription(), jobTitle: 'Full draft' },
      {
        duties: { count: 200, item: { id: 'd#', text: 'Duty #', fromProfileId: null } },
        personSpec: { count: 200, item: { id: 'p#', text: 'Line #', priority: 'essential' } },
      },
    );
    const duties = 'This draft already has 200 duties, as many as it can keep.';
    await page.getByLabel('In your own words').fill('One more duty');
    await page.getByRole('button', { name: 'Add duty' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: pollTimeout }).toContain(duties);
    expect(await page.getByText(duties).count()).toBe(2);
    await page.getByLabel('From any role profile').selectOption({ label: 'Liaise with external agencies on a regular basis.' });
    await page.getByRole('button', { name: 'Add this duty' }).click();
    expect(await count(page, tool.key, 'duties')).toBe(200);

    const lines = 'The person specification already has 200 lines, as many as it can keep.';
    await page.getByRole('button', { name: 'Add a line' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: pollTimeout }).toContain(lines);
    expect(await count(page, tool.key, 'personSpec')).toBe(200);
    await reloadedUnharmed(page, tool);
  });
  it('the role audit refuses a role past 1,000, and says why, and a trust-sized audit stays usable', async () => {
    const tool = tools[2]!;
    const page = await newPage();
    await openAtLimit(
      page,
      tool,
      { school: 'Hillside Trust' },
      {
        roles: {
          count: 1000,
          item: { id: 'r#', title: 'Role #', hoursPerWeek: 27.5, profileId: 'teaching-assistant-2', responsibilities: [] },
        },
      },
    );
    expect(await page.locator('.audit-role').count()).toBe(1000);
    const message = 'This audit already has 1,000 roles, as many as it can keep.';
    expect(await page.locator('.inline-warning').filter({ hasText: message }).count()).toBe(1);
    await page.locator('#audit-add-role').click();
    expect(await page.locator('[role="status"]').innerText()).toContain(message);
    expect(await count(page, tool.key, 'roles')).toBe(1000);
    await reloadedUnharmed(page, tool);
  });
});

describe('the way back stays until the person removes it (issue 20, 4)', () => {
  it('the self-assessment shows the kept copy and its download after every reload, until it is removed', async () => {
    const tool = tools[0]!;
    const damaged = '{"format":"pathways-portfolio", broken';
    const page = await newPage();
    await openWithSaved(page, tool, damaged);
    // What this test is about is the notice that stays: the status line's announcement of the same
    // thing is checked by the self-assessment's own tests (it once went unseen here, see issue 13's note).
    await page.getByText('A saved portfolio that could not be read is kept aside in this browser').waitFor();
    for (let visit = 0; visit < 2; visit++) {
      await page.reload();
      await waitForIslands(page);
      await tool.ready(page);
      expect(await page.getByText('A saved portfolio that could not be read is kept aside in this browser').count()).toBe(1);
    }
    expect(await downloaded(page, 'Download the saved data that could not be read')).toBe(damaged);

    await page.getByRole('button', { name: 'Remove the kept copy' }).click();
    await page.getByRole('button', { name: 'No, keep it' }).click();
    expect(await storedKeys(page, `${tool.key}.unreadable-`)).toHaveLength(1);
    await page.getByRole('button', { name: 'Remove the kept copy' }).click();
    await page.getByRole('button', { name: 'Yes, remove the kept copy' }).click();
    expect(await storedKeys(page, `${tool.key}.unreadable-`)).toEqual([]);
    await page.reload();
    await waitForIslands(page);
    await tool.ready(page);
    expect(await page.getByText('could not be read').count()).toBe(0);
  });

  it('the recruitment kit leaves a damaged draft where it is and offers it; the builder then keeps it aside, and both keep saying so', async () => {
    const tool = tools[1]!;
    const damaged = '{"format":"pathways-job-description","version":1,"duties":[{';
    const page = await newPage();
    await openHydrated(page, '/tools/recruitment-kit/');
    await page.evaluate(({ key, damaged }) => localStorage.setItem(key, damaged), { key: tool.key, damaged });
    await page.reload();
    await waitForIslands(page);
    await page.getByText('The saved job description draft could not be read.').waitFor();
    expect(await downloaded(page, 'Download the saved data that could not be read')).toBe(damaged);
    expect(await stored(page, tool.key)).toBe(damaged);
    expect(await storedKeys(page, `${tool.key}.unreadable-`)).toEqual([]);

    await openHydrated(page, tool.path);
    await tool.ready(page);
    await expect
      .poll(() => page.getByRole('status').innerText(), { timeout: pollTimeout })
      .toContain('could not be read, so it has been kept aside');
    const notice = 'A saved job description draft that could not be read is kept aside in this browser';
    expect(await page.getByText(notice).count()).toBe(1);
    await page.reload();
    await waitForIslands(page);
    await tool.ready(page);
    expect(await page.getByText(notice).count()).toBe(1);

    await openHydrated(page, '/tools/recruitment-kit/');
    await page.getByText(notice).waitFor();
    expect(await downloaded(page, 'Download the saved data that could not be read')).toBe(damaged);
  });
});

describe('evidence entries that share an id (issue 20, 5)', () => {
  it('removing one removes only that one, and it stays removed', async () => {
    const tool = tools[0]!;
    const entry = (description: string) => ({ id: 'e1', date: '2026-10-01', description, standards: ['hlta-29'], location: '' });
    const portfolio = {
      format: tool.format,
      version: tool.version,
      revision: 1,
      updatedAt: '2026-10-01T00:00:00.000Z',
      ratings: {},
      evidence: [entry('Led a phonics group'), entry('Planned a lesson')],
    };
    const page = await newPage();
    await openWithSaved(page, tool, JSON.stringify(portfolio));
    expect(await page.locator('.evidence-list > li').count()).toBe(2);
    await page.getByRole('button', { name: 'Remove evidence from 1 October 2026' }).first().click();
    expect(await page.locator('.evidence-list').innerText()).toContain('Planned a lesson');
    expect(await page.locator('.evidence-list > li').count()).toBe(1);
    await page.reload();
    await waitForIslands(page);
    await tool.ready(page);
    expect(await page.locator('.evidence-list > li').count()).toBe(1);
  });
});

describe('import from the first visit (issue 20, 6)', () => {
  const firstDutyOf = (roleId: string) => content.roles.find((role) => role.id === roleId)?.data.keyDuties[0]?.text ?? '';
  const files: Record<string, { label: string; document: Record<string, unknown>; shows: (page: Page) => Promise<void> }> = {
    'pathways.portfolio': {
      label: 'Import a file you exported',
      document: { ratings: { 'hlta-2': 'confident' }, evidence: [] },
      shows: async (page) => {
        expect(await page.getByRole('group', { name: /^2\. / }).getByLabel('Confident').isChecked()).toBe(true);
      },
    },
    'pathways.job-description': {
      label: 'Import a draft you exported',
      document: { ...emptyJobDescription(), jobTitle: 'Imported reading assistant' },
      shows: async (page) => {
        expect(await page.getByLabel('Job title').inputValue()).toBe('Imported reading assistant');
      },
    },
    'pathways.role-audit': {
      label: 'Import an audit you exported',
      document: {
        school: 'Hillside',
        roles: [{ id: 'a', title: 'Imported TA', hoursPerWeek: null, profileId: null, responsibilities: [] }],
      },
      shows: async (page) => {
        expect(await page.getByLabel('Job title').inputValue()).toBe('Imported TA');
      },
    },
    'pathways.next-level': {
      label: 'Import a checklist you exported',
      document: { done: { 'teaching-assistant-3': [dutyTickKey(firstDutyOf('teaching-assistant-3'))] } },
      shows: async (page) => {
        await expect.poll(() => page.getByLabel(firstDutyOf('teaching-assistant-3')).isChecked(), { timeout: pollTimeout }).toBe(true);
      },
    },
  };

  it.each(tools)('$name imports a file before anything is saved', async (tool) => {
    const file = files[tool.key]!;
    const page = await newPage();
    await openHydrated(page, tool.path);
    await tool.ready(page);
    const document = { format: tool.format, version: tool.version, revision: 3, updatedAt: '2026-10-01T00:00:00.000Z', ...file.document };
    await page
      .getByLabel(file.label)
      .setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
    await page.getByRole('button', { name: 'Replace with the imported file' }).click();
    await file.shows(page);
  });
});
