import { readFileSync } from 'node:fs';
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

async function open(page: Page) {
  await openHydrated(page, `/self-assessment/`);
  await page.getByRole('heading', { name: 'Summary' }).waitFor();
}

async function addEvidence(page: Page, description: string) {
  await page.getByLabel('Date').fill('2026-10-01');
  await page.getByLabel('What you did').fill(description);
  await page.getByLabel(/Standards it shows/).selectOption(['hlta-29', 'hlta-30']);
  await page.getByRole('button', { name: 'Add evidence' }).click();
}

describe('the HLTA self-assessment', () => {
  it('keeps ratings and evidence after a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page);
    await page
      .getByRole('group', { name: /^11\. have achieved a nationally recognised qualification/ })
      .getByLabel('Evidenced')
      .check();
    await addEvidence(page, 'Led a phonics group for six weeks');
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: /^11\. / })
        .getByLabel('Evidenced')
        .isChecked(),
    ).toBe(true);
    // The date is written as people write it, not as the date field stores it.
    expect(await page.locator('.evidence-list').innerText()).toContain('1 October 2026: Led a phonics group for six weeks');
    await context.close();
  });

  it('exports, clears, imports and gets back exactly the same portfolio', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await open(page);
    await page.getByRole('group', { name: /^2\. / }).getByLabel('Confident').check();
    await addEvidence(page, 'Planned a lesson with the class teacher');
    const before = await page.evaluate(() => localStorage.getItem('pathways.portfolio'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
    const file = await download.path();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await page.getByRole('group', { name: /^2\. / }).getByLabel('Confident').isChecked()).toBe(false);
    await page.getByLabel('Import a file you exported').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace with the imported file' }).click();
    expect(await page.getByRole('group', { name: /^2\. / }).getByLabel('Confident').isChecked()).toBe(true);
    const after = JSON.parse((await page.evaluate(() => localStorage.getItem('pathways.portfolio'))) ?? '{}') as Record<string, unknown>;
    const original = JSON.parse(before ?? '{}') as Record<string, unknown>;
    expect({ ratings: after['ratings'], evidence: after['evidence'] }).toEqual({
      ratings: original['ratings'],
      evidence: original['evidence'],
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'pathways-portfolio', version: 2 });
    await context.close();
  });

  it('works after its saved data is damaged, keeps the damaged copy and says what happened', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page);
    await page.evaluate(() => localStorage.setItem('pathways.portfolio', '{"format":"pathways-portfolio", broken'));
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await page.getByRole('status').innerText()).toContain('could not be read, so it has been kept aside');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pathways.portfolio.unreadable-')));
    expect(kept).toHaveLength(1);
    await page.getByRole('group', { name: /^1\. / }).getByLabel('Developing').check();
    expect(await page.getByRole('status').innerText()).toContain('Saved in this browser.');
    await context.close();
  });

  it('assesses against the NOS units behind a qualification, and remembers which in the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page);
    await page
      .getByLabel('Assess yourself against')
      .selectOption({ label: 'NOS units behind the Level 3 Certificate in Supporting Teaching and Learning in Schools' });
    await page.waitForURL(/framework=qualification-level-3-certificate/);
    await page
      .getByRole('group', { name: /^STL30\. Contribute to assessment for learning/ })
      .getByLabel('Confident')
      .check();
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: /^STL30\. / })
        .getByLabel('Confident')
        .isChecked(),
    ).toBe(true);
    await context.close();
  });

  it('refuses an import that is not a portfolio, and changes nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page);
    await page
      .getByLabel('Import a file you exported')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "<b>there</b>"}') });
    await page.getByRole('status').getByText('Nothing was imported. This is not a Pathways self-assessment file.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('pathways.portfolio'))).toBeNull();
    await context.close();
  });

  it('shows what the user typed as text, never as markup', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page);
    await addEvidence(page, '<img src=x onerror=alert(1)><b>bold</b>');
    expect(await page.locator('.evidence-list').innerText()).toContain('<img src=x onerror=alert(1)><b>bold</b>');
    expect(await page.locator('.evidence-list img, .evidence-list b').count()).toBe(0);
    await context.close();
  });
});

describe('the self-assessment when JavaScript is unavailable', () => {
  it('lists every standard as a checklist and says saving needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/self-assessment/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Saving your ratings and evidence needs JavaScript.');
    expect(await page.locator('main ol.checklist-print li').count()).toBe(33);
    await context.close();
  });
});
