/**
 * A school leader makes a job description and an advert a school could send: the school's details,
 * safer recruitment for its nation, term-time pay in the advert, and a person specification in a
 * person's words. What each check expects comes from the content (the statements file, the pay
 * facts, the qualifications' statuses), not from a copy typed here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nowBadgeText } from '../../src/lib/now/status';
import { guide, payRule } from '../unit/recruitmentContent';
import { content, graph } from '../unit/siteContent';
import { openHydrated, pollTimeout, waitForIslands, useTestBrowser } from './site';
import { axeViolations } from './axe';

const { newPage } = useTestBrowser();

const england = guide.find((item) => item.nation === 'england')!;
const wales = guide.find((item) => item.nation === 'wales')!;
const statementsFor = (nation: typeof england, place: 'advert' | 'job-description' | 'kit') =>
  nation.statements.filter((statement) => statement.appearsIn.includes(place));

/** Starts a Teaching Assistant 3 draft and fills in the school's details, as a leader would. */
async function fillSchool(page: Page) {
  await openHydrated(page, `/tools/job-description/?profile=teaching-assistant-3`);
  await page.getByLabel('Job title').waitFor();
  await page.getByLabel('School', { exact: true }).fill('Oakfield Primary School');
  await page.getByLabel('Grade or pay range').fill('Grade 5, SCP 7 to 11');
  await page.getByLabel('Hours per week').fill('32.5');
  await page.getByLabel('Weeks per year').fill('39');
  await page.getByLabel('Responsible to').fill('The SENCo');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-02');
  await page.getByRole('radio', { name: 'England' }).check();
}

describe('the job description a school sends', () => {
  it("carries the school's details and its safer recruitment statements, and prints under the school's name, not the site's", async () => {
    const page = await newPage();
    await fillSchool(page);
    const jobDocument = page.locator('.tool-document');
    const text = await jobDocument.innerText();
    expect(text).toMatch(/^Oakfield Primary School\n/);
    for (const detail of ['Grade 5, SCP 7 to 11', '32.5', '39', 'The SENCo', '2 December 2026']) expect(text).toContain(detail);
    for (const statement of statementsFor(england, 'job-description')) expect(text).toContain(statement.text);
    expect(text).toContain(england.guidance);

    await page.emulateMedia({ media: 'print' });
    expect(await jobDocument.isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const printed = await page.locator('body').innerText();
    expect(printed).not.toContain('Pathways');
    const title = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const during = document.title;
      window.dispatchEvent(new Event('afterprint'));
      return { during, after: document.title };
    });
    expect(title.during).toBe('Job description: Teaching Assistant 3, Oakfield Primary School');
    expect(title.after).toContain('Pathways');
  });

  it('lets the leader reword a statement, keeps the wording after a reload, and resets it to the standard wording', async () => {
    const page = await newPage();
    await fillSchool(page);
    const [statement] = statementsFor(england, 'job-description').slice(-1);
    const field = page.getByRole('textbox', { name: new RegExp(`^${statement!.heading}:`) });
    await field.fill('All appointments are subject to our own checks.');
    const jobDocument = page.locator('.tool-document');
    expect(await jobDocument.innerText()).toContain('All appointments are subject to our own checks.');
    expect(await jobDocument.innerText()).not.toContain(statement!.text);

    await page.reload();
    await waitForIslands(page);
    await page.getByLabel('Job title').waitFor();
    expect(await field.inputValue()).toBe('All appointments are subject to our own checks.');

    await page.getByRole('button', { name: `Reset to the standard wording for ${statement!.heading}` }).click();
    expect(await field.inputValue()).toBe(statement!.text);
    expect(await jobDocument.innerText()).toContain(statement!.text);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: pollTimeout }).toBe(await field.getAttribute('id'));
  });

  it("shows each nation's own statements once the nation is chosen", async () => {
    const page = await newPage();
    await fillSchool(page);
    await page.getByRole('radio', { name: 'Wales' }).check();
    const text = await page.locator('.tool-document').innerText();
    for (const statement of statementsFor(wales, 'job-description')) expect(text).toContain(statement.text);
    for (const statement of statementsFor(england, 'job-description').filter(
      (item) => !wales.statements.some((other) => other.text === item.text),
    ))
      expect(text).not.toContain(statement.text);
  });

  it('writes the person specification as criteria, from the units the leader keeps in it, essential or desirable', async () => {
    const page = await newPage();
    await fillSchool(page);
    await page.getByLabel('Search unit titles').fill('keep children safe');
    await page.getByLabel('STL3: Help to keep children safe').check();
    const chosen = page.getByRole('group', { name: 'STL3: Help to keep children safe' });
    const spec = () => page.locator('.tool-document').innerText();
    expect(await spec()).toMatch(/Essential\n[\s\S]*Experience of helping to keep children safe[\s\S]*Desirable/);
    expect(await spec()).not.toContain('Experience that shows the standard');

    await chosen.getByRole('radio', { name: 'Desirable' }).check();
    expect(await spec()).toMatch(/Desirable\n[\s\S]*Experience of helping to keep children safe/);

    await chosen.getByRole('checkbox', { name: /Add to the person specification/ }).uncheck();
    expect(await spec()).not.toContain('Experience of helping to keep children safe');
    expect(await spec()).toContain('STL3: Help to keep children safe');
  });

  it("lists the profile's qualifications with the badge the qualifications index shows", async () => {
    const page = await newPage();
    await fillSchool(page);
    const role = content.roles.find((entry) => entry.id === 'teaching-assistant-3')!;
    expect(role.data.relevantQualifications.length).toBeGreaterThan(0);
    for (const { id } of role.data.relevantQualifications) {
      const qualification = graph.qualification(id).data;
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: qualification.title, exact: true }) });
      expect(await item.locator('.now-badge').textContent()).toBe(`Today: ${nowBadgeText(qualification.now)}`);
    }
  });

  it('passes axe with every section filled in, and reads at 320 pixels wide', async () => {
    const page = await newPage({ viewport: { width: 320, height: 800 } });
    await fillSchool(page);
    await page.getByLabel('Full-time equivalent salary').fill('£25,584');
    await page.locator('summary').filter({ hasText: 'What this rests on' }).first().click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('a draft saved before the school details existed', () => {
  it('opens in the builder with its work intact', async () => {
    const page = await newPage();
    await openHydrated(page, '/tools/job-description/');
    await page.evaluate(() => {
      localStorage.setItem(
        'pathways.job-description',
        JSON.stringify({
          format: 'pathways-job-description',
          version: 1,
          revision: 2,
          updatedAt: '2026-11-24T10:00:00.000Z',
          profileId: 'teaching-assistant-3',
          jobTitle: 'Literacy TA',
          purpose: 'To support reading.',
          duties: [{ id: 'd1', text: 'Hear readers every day.', fromProfileId: null }],
          units: [{ id: 'stl-3', priority: 'desirable' }],
          personSpec: [{ id: 'p1', text: 'Patience with young readers', priority: 'essential' }],
        }),
      );
    });
    await page.reload();
    await waitForIslands(page);
    await page.getByLabel('Job title').waitFor();
    expect(await page.getByLabel('Job title').inputValue()).toBe('Literacy TA');
    const text = await page.locator('.tool-document').innerText();
    for (const kept of [
      'To support reading.',
      'Hear readers every day.',
      'Patience with young readers',
      'Experience of helping to keep children safe',
    ])
      expect(text).toContain(kept);
  });
});

describe('the advert in the recruitment kit', () => {
  it('warns when only the full-time equivalent is given, quoting the Green Book with its date, until the actual pay is given', async () => {
    const page = await newPage();
    await fillSchool(page);
    await page.getByLabel('Full-time equivalent salary').fill('£25,584');
    const warning = page.locator('#jd-pay-warning');
    expect(await warning.innerText()).toContain(payRule.text);
    expect(await warning.innerText()).toContain(payRule.asOf);
    // A screen reader hears the warning with the field that needs the figure.
    expect(await page.getByLabel('Actual salary').getAttribute('aria-describedby')).toContain('jd-pay-warning');

    await page.getByLabel('Search unit titles').fill('keep children safe');
    await page.getByLabel('STL3: Help to keep children safe').check();
    await openHydrated(page, '/tools/recruitment-kit/');
    await page.getByRole('heading', { name: /^1\. Advert/ }).waitFor();
    expect(await page.locator('#kit-pay-warning').innerText()).toContain(payRule.text);

    await openHydrated(page, '/tools/job-description/');
    await page.getByLabel('Actual salary').fill('£21,530');
    expect(await warning.count()).toBe(0);
  });

  it("carries the school, both salaries, the closing date, how to apply and the nation's statements, and prints without the site's name", async () => {
    const page = await newPage();
    await fillSchool(page);
    await page.getByLabel('Actual salary').fill('£21,530');
    await page.getByLabel('Full-time equivalent salary').fill('£25,584');
    await page.getByLabel('Closing date').fill('2027-01-15');
    await page.getByLabel('How to apply').fill('Apply on the form on our website.');
    await page.getByLabel('Search unit titles').fill('keep children safe');
    await page.getByLabel('STL3: Help to keep children safe').check();

    await openHydrated(page, '/tools/recruitment-kit/');
    await page.getByRole('heading', { name: /^1\. Advert/ }).waitFor();
    const advert = await page.locator('section[aria-labelledby="kit-advert"]').innerText();
    expect(advert).toMatch(/^Oakfield Primary School\n/);
    for (const shown of ['£21,530', '£25,584', 'Grade 5, SCP 7 to 11', '15 January 2027', 'Apply on the form on our website.'])
      expect(advert).toContain(shown);
    expect(advert.indexOf('£21,530')).toBeLessThan(advert.indexOf('£25,584'));
    for (const statement of statementsFor(england, 'advert')) expect(advert).toContain(statement.text);
    expect(await page.locator('#kit-pay-warning').count()).toBe(0);

    const safer = await page.locator('section[aria-labelledby="kit-safer-recruitment"]').innerText();
    for (const statement of statementsFor(england, 'kit')) expect(safer).toContain(statement.text);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body').innerText()).not.toContain('Pathways');
    const during = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.title;
    });
    expect(during).toBe('Recruitment kit: Teaching Assistant 3, Oakfield Primary School');
  });
});
