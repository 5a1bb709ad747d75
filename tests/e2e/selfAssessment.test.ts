import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openHydrated, pollTimeout, waitForIslands, useTestBrowser } from './site';
import { axeViolations } from './axe';
import { formatDate } from '../../src/lib/site/dates';
import { hltaFramework } from '../../src/lib/content/assessmentFrameworks';
import { localIsoDate, portfolioFileName, portfolioVersion } from '../../src/lib/storage/portfolioStore';
import { statusUrl, todayUrl } from '../../src/lib/site/urls';
import { factSectionViews } from '../../src/lib/now/statusPage';
import { content, graph } from '../unit/siteContent';

const hlta = graph.status('hlta').data;
const framework = hltaFramework(hlta);
/** A standard of the HLTA framework by number, as the content holds it. */
const standard = (number: number) => {
  const found = framework.standards.find((item) => item.code === String(number));
  if (!found) throw new Error(`No HLTA standard ${number} in the content`);
  return found;
};

const { newPage } = useTestBrowser();

async function open(page: Page) {
  await openHydrated(page, `/self-assessment/`);
  await page.getByRole('heading', { name: 'Summary' }).waitFor();
}

const addForm = (page: Page) => page.getByRole('form', { name: 'Add evidence' });
const editForm = (page: Page) => page.getByRole('form', { name: /^Change the evidence from / });
/** A standard's checkbox in a form, found by its number and full words. */
const choice = (form: ReturnType<typeof addForm>, number: number) =>
  form.getByRole('checkbox', { name: `${number}. ${standard(number).text}`, exact: true });

async function addEvidence(page: Page, description: string, numbers = [29, 30], date = '2026-10-01') {
  const form = addForm(page);
  await form.getByLabel('Date').fill(date);
  await form.getByLabel('What you did').fill(description);
  for (const number of numbers) await choice(form, number).check();
  await form.getByRole('button', { name: 'Add evidence' }).click();
}

describe('the HLTA self-assessment', () => {
  it('keeps ratings and evidence after a reload', async () => {
    const page = await newPage();
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
  });

  it('exports, clears, imports and gets back exactly the same portfolio', async () => {
    const page = await newPage();
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
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'pathways-portfolio', version: portfolioVersion });
  });

  it('works after its saved data is damaged, keeps the damaged copy and says what happened', async () => {
    const page = await newPage();
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
  });

  it('assesses against the NOS units behind a qualification, and remembers which in the address', async () => {
    const page = await newPage();
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
  });

  it('refuses an import that is not a portfolio, and changes nothing', async () => {
    const page = await newPage();
    await open(page);
    await page
      .getByLabel('Import a file you exported')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "<b>there</b>"}') });
    await page.getByRole('status').getByText('Nothing was imported. This is not a Pathways self-assessment file.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('pathways.portfolio'))).toBeNull();
  });

  it('shows what the user typed as text, never as markup', async () => {
    const page = await newPage();
    await open(page);
    await addEvidence(page, '<img src=x onerror=alert(1)><b>bold</b>');
    expect(await page.locator('.evidence-list').innerText()).toContain('<img src=x onerror=alert(1)><b>bold</b>');
    expect(await page.locator('.evidence-list img, .evidence-list b').count()).toBe(0);
  });
});

describe('the evidence portfolio (issue 16)', () => {
  it('lists the standards to choose as checkboxes in a group per section, each with its full words, and says which are chosen', async () => {
    const page = await newPage();
    await open(page);
    const form = addForm(page);
    for (const section of hlta.standardSections) {
      const numbers = section.groups.flatMap((group) => group.standards.map((item) => item.number));
      const group = form.getByRole('group', { name: section.title, exact: true });
      expect(await group.getByRole('checkbox').count(), section.title).toBe(numbers.length);
      for (const number of numbers) expect(await choice(group, number).count(), `standard ${number}`).toBe(1);
    }
    const summary = form.locator('.chosen-summary');
    expect(await summary.innerText()).toBe('No standards chosen yet.');
    // By keyboard: Space ticks a box, Tab goes on to the next standard.
    await choice(form, 11).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await choice(form, 12).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await choice(form, 29).focus();
    await page.keyboard.press('Space');
    expect(await summary.innerText()).toBe('3 standards chosen: 11, 12, 29.');
    await page.keyboard.press('Space');
    expect(await summary.innerText()).toBe('2 standards chosen: 11, 12.');
  });

  it('names each standard a piece of evidence shows by its number and its words', async () => {
    const page = await newPage();
    await open(page);
    await addEvidence(page, 'Led a phonics group', [29, 30]);
    const entry = page.locator('.evidence-list > li').first();
    const text = await entry.innerText();
    expect(text).toContain(`29. ${standard(29).text}`);
    expect(text).toContain(`30. ${standard(30).text}`);
  });

  it('edits a piece of evidence in its place: filled in, saved, said, with focus back on its Edit button', async () => {
    const page = await newPage();
    await open(page);
    await addEvidence(page, 'Led a phonics group', [29]);
    await page.getByRole('button', { name: 'Edit evidence from 1 October 2026' }).click();
    const form = editForm(page);
    expect(await form.getByLabel('Date').evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await form.getByLabel('Date').inputValue()).toBe('2026-10-01');
    expect(await form.getByLabel('What you did').inputValue()).toBe('Led a phonics group');
    expect(await choice(form, 29).isChecked()).toBe(true);
    expect(await choice(form, 30).isChecked()).toBe(false);
    await form.getByLabel('What you did').fill('Led a phonics group for six weeks');
    await form.getByLabel('Date').fill('2026-10-05');
    await choice(form, 30).check();
    await form.getByRole('button', { name: 'Save changes' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.evidence-status').getByText('Evidence from 5 October 2026 changed.').waitFor({ timeout: pollTimeout });
    const list = page.locator('.evidence-list');
    expect(await list.locator(':scope > li').count()).toBe(1);
    const text = await list.innerText();
    expect(text).toContain('5 October 2026: Led a phonics group for six weeks');
    expect(text).toContain(`30. ${standard(30).text}`);
    const edit = page.getByRole('button', { name: 'Edit evidence from 5 October 2026' });
    expect(await edit.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.reload();
    await waitForIslands(page);
    expect(await page.locator('.evidence-list').innerText()).toContain('5 October 2026: Led a phonics group for six weeks');
  });

  it('leaves a piece of evidence as it was when the edit is cancelled, and removes one when asked', async () => {
    const page = await newPage();
    await open(page);
    await addEvidence(page, 'Led a phonics group', [29]);
    await page.getByRole('button', { name: 'Edit evidence from 1 October 2026' }).click();
    await editForm(page).getByLabel('What you did').fill('Something else');
    await editForm(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await editForm(page).count()).toBe(0);
    expect(await page.locator('.evidence-list').innerText()).toContain('1 October 2026: Led a phonics group');
    const edit = page.getByRole('button', { name: 'Edit evidence from 1 October 2026' });
    expect(await edit.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Remove evidence from 1 October 2026' }).click();
    await page.getByText('No evidence recorded yet.').waitFor();
    await page.locator('.evidence-status').getByText('Evidence from 1 October 2026 removed.').waitFor({ timeout: pollTimeout });
    expect(
      await page.getByRole('heading', { name: 'Evidence', exact: true }).evaluate((element) => element === document.activeElement),
    ).toBe(true);
  });

  it('flags a standard rated Evidenced with no evidence attached, beside it and in the summary, until evidence shows it', async () => {
    const page = await newPage();
    await open(page);
    const total = framework.standards.length;
    const summary = page.locator('.self-assessment');
    await summary.getByText(`0 of the ${total} HLTA standards have evidence attached.`).waitFor();
    const rating = page.getByRole('group', { name: `11. ${standard(11).text}`, exact: true });
    await rating.getByLabel('Evidenced').check();
    await rating.getByText('Rated Evidenced, but no evidence is attached yet.').waitFor();
    await summary.getByText('1 standard is rated Evidenced with no evidence attached: 11.').waitFor();
    await addEvidence(page, 'Passed level 2 English and maths', [11]);
    await summary.getByText(`1 of the ${total} HLTA standards has evidence attached.`).waitFor();
    expect(await rating.getByText('Rated Evidenced, but no evidence is attached yet.').count()).toBe(0);
    expect(await summary.getByText('rated Evidenced with no evidence attached').count()).toBe(0);
  });

  it('says after an export what was saved and what the file is for', async () => {
    const page = await newPage();
    await open(page);
    await page.getByRole('group', { name: /^2\. / }).getByLabel('Confident').check();
    await addEvidence(page, 'Planned a lesson with the class teacher');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
    const fileName = portfolioFileName(new Date());
    expect(download.suggestedFilename()).toBe(fileName);
    await page
      .locator('.export-status')
      .getByText(
        `Saved ${fileName}: 1 rating and 1 piece of evidence. Keep it to move your portfolio to another browser or device; import it there.`,
      )
      .waitFor({ timeout: pollTimeout });
  });

  it('prints the name given, kept with the portfolio, and the date, without the controls', async () => {
    const page = await newPage();
    await open(page);
    await page.getByLabel('Your name on the printout (optional)').fill('Sam <b>Jones</b>');
    await page.reload();
    await waitForIslands(page);
    expect(await page.getByLabel('Your name on the printout (optional)').inputValue()).toBe('Sam <b>Jones</b>');
    const printed = `Printed ${formatDate(localIsoDate(new Date()))}`;
    expect(await page.getByText(printed).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await page.getByText(printed).waitFor();
    await page.getByText('Name: Sam <b>Jones</b>').waitFor();
    for (const control of ['Export to a file', 'Add evidence', 'Print or save as PDF']) {
      expect(await page.getByRole('button', { name: control }).isVisible(), control).toBe(false);
    }
  });
});

describe('the evidence portfolio in use, for everyone', () => {
  /** Evidence recorded, one entry open for editing, and a standard flagged. */
  async function inUse(page: Page) {
    await open(page);
    await page
      .getByRole('group', { name: /^11\. / })
      .getByLabel('Evidenced')
      .check();
    await addEvidence(page, 'Led a phonics group', [29]);
    await page.getByRole('button', { name: 'Edit evidence from 1 October 2026' }).click();
    await editForm(page).waitFor();
  }

  it.each(['light', 'dark'] as const)('passes axe with evidence, an open edit and a flagged standard, %s', async (colorScheme) => {
    const page = await newPage({ colorScheme });
    await inUse(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reflows at 320 CSS pixels wide with the forms open', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    await inUse(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('the self-assessment when JavaScript is unavailable', () => {
  it('lists every standard as a checklist and says saving needs JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/self-assessment/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Saving your ratings and evidence needs JavaScript.');
    expect(await page.locator('main ol.checklist-print li').count()).toBe(framework.standards.length);
  });

  it('says where the HLTA standards stand today, with dates and sources, and links to the 2016 standards for teaching assistants', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/self-assessment/`);
    const section = page.getByRole('region', { name: 'The standards, then and now' });
    const today = factSectionViews(hlta.today, content.currentFacts).find((item) => item.id === 'standards-today');
    expect(today, 'the HLTA status has a "standards today" section').toBeDefined();
    const text = await section.innerText();
    expect(text).toContain(today?.summary);
    for (const fact of today?.facts ?? []) {
      expect(text).toContain(fact.text);
      expect(text).toContain(fact.asOf);
    }
    expect(await section.locator(`a[href="${statusUrl('hlta', 'standards-today')}"]`).count()).toBe(1);
    const taStandards = content.today.find((page) => page.id === 'professional-standards-for-teaching-assistants');
    if (!taStandards) throw new Error('No today page for the 2016 Professional Standards for Teaching Assistants');
    const link = section.getByRole('link', { name: taStandards.data.title });
    expect(await link.getAttribute('href')).toBe(todayUrl(taStandards.id));
  });
});
