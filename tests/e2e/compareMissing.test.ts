import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonPairUrl, plannerUrl } from '../../src/lib/site/urls';
import { adjacentPairs } from '../../src/lib/progression/roleComparison';
import { content, graph } from '../unit/siteContent';
import { baseUrl, openHydrated, pollTimeout, waitForIslands, useTestBrowser } from './site';
import { axeViolations } from './axe';

const { newPage } = useTestBrowser();

const role = (id: string) => content.roles.find((entry) => entry.id === id)!;
const [lower, higher] = [role('teaching-assistant-2'), role('teaching-assistant-3')];
const pairPage = comparisonPairUrl(lower.id, higher.id);
/** What a person ticks: the higher profile's duties, a duty with lettered sub-items by its sub-items ("(a) …"). */
const tickable = higher.data.keyDuties.flatMap((duty) =>
  duty.subItems.length === 0 ? [duty.text] : duty.subItems.map((item) => `(${item.label}) ${item.text}`),
);
const [firstDuty, secondDuty] = tickable as [string, string];
const checklist = (page: import('playwright-core').Page) =>
  page.getByRole('group', { name: `The duties of ${higher.data.title} I already do` });

describe('what am I missing for the next level', () => {
  it('without JavaScript, is a checklist of the higher level with empty boxes to print, what covers it, and the route', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${pairPage}`);
    await page.getByRole('heading', { name: `What am I missing for ${higher.data.title}?` }).waitFor();
    const printable = page.locator('.next-level-print li');
    const items = (await printable.allInnerTexts()).map((text) => text.split('\n')[0]?.trim());
    for (const duty of higher.data.keyDuties) expect(items).toContain(duty.text);
    // An empty box before each duty, drawn by the page: nothing to click that would do nothing.
    expect(await page.locator('.next-level-print input').count()).toBe(0);
    const box = await printable.first().evaluate((item) => getComputedStyle(item, '::before').borderTopWidth);
    expect(box).not.toBe('0px');
    for (const { id } of higher.data.relevantQualifications)
      await page
        .getByRole('link', { name: graph.qualification(id).data.title, exact: true })
        .first()
        .waitFor();
    expect(
      await page.getByRole('link', { name: `Plan your route from ${lower.data.title} to ${higher.data.title}` }).getAttribute('href'),
    ).toBe(plannerUrl({ from: `role:${lower.id}`, to: `role:${higher.id}` }));
  });

  it('ticking the duties already done shows what is left, and the ticks are still there after a reload', async () => {
    const page = await newPage();
    await openHydrated(page, pairPage);
    await checklist(page).getByLabel(firstDuty).check();
    await checklist(page).getByLabel(secondDuty).check();
    const status = page.getByText(`You already do 2 of the ${tickable.length} duties. ${tickable.length - 2} are left:`);
    await status.waitFor({ timeout: pollTimeout });
    const left = await page.locator('.next-level-left > li').allInnerTexts();
    expect(left.join('\n')).not.toContain(firstDuty);
    expect(left.join('\n')).not.toContain(secondDuty);
    expect(left[0]).toContain(tickable[2]);
    await page.reload();
    await waitForIslands(page);
    expect(await checklist(page).getByLabel(firstDuty).isChecked()).toBe(true);
    await status.waitFor({ timeout: pollTimeout });
  });

  it('prints which duties are done and which are left, without the buttons', async () => {
    const page = await newPage();
    await openHydrated(page, pairPage);
    await checklist(page).getByLabel(firstDuty).check();
    await page.emulateMedia({ media: 'print' });
    expect(await checklist(page).locator('label').first().innerText()).toBe(`Done: ${firstDuty}`);
    expect(await checklist(page).locator('label').nth(1).innerText()).toBe(`To do: ${secondDuty}`);
    expect(await page.getByRole('button', { name: 'Export to a file' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'What is left' }).isVisible()).toBe(true);
  });

  it('exports the ticks to a file that brings them back in another browser, after asking', async () => {
    const page = await newPage();
    await openHydrated(page, pairPage);
    await checklist(page).getByLabel(firstDuty).check();
    await page.getByText('Saved in this browser.').waitFor({ timeout: pollTimeout });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
    const file = readFileSync(await download.path(), 'utf8');

    const other = await newPage({ profile: 'another browser' });
    await openHydrated(other, pairPage);
    await other
      .getByLabel('Import a checklist you exported')
      .setInputFiles({ name: 'checklist.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await other.getByText('The file holds 1 duty ticked for 1 role.').waitFor({ timeout: pollTimeout });
    expect(await checklist(other).getByLabel(firstDuty).isChecked()).toBe(false);
    await other.getByRole('button', { name: 'Replace with the imported file' }).click();
    await expect.poll(() => checklist(other).getByLabel(firstDuty).isChecked(), { timeout: pollTimeout }).toBe(true);
  });

  it.each([
    ['a desktop', 1366, 900, 'light'],
    ['a phone', 390, 844, 'dark'],
  ] as const)('passes axe with duties ticked and what is left shown, on %s', async (_name, width, height, colorScheme) => {
    const page = await newPage({ viewport: { width, height }, colorScheme });
    await openHydrated(page, pairPage);
    await checklist(page).getByLabel(firstDuty).check();
    await page.getByRole('heading', { name: 'What is left' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 320 px screen on every pair page once the checklist is ready, long words and all', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const [from, to] of adjacentPairs(content.roles)) {
      await openHydrated(page, comparisonPairUrl(from.id, to.id));
      await page.getByRole('group', { name: `The duties of ${to.data.title} I already do` }).waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${from.id} vs ${to.id}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });
});
