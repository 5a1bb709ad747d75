import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calculatePay, payMessages, type PayResult } from '../../src/lib/pay/payCalculator';
import { formatPence, formatPounds } from '../../src/lib/pay/payFormat';
import { payPageProps } from '../../src/lib/pay/payPageProps';
import { gradesUrl, jobEvaluationUrl, payUrl, plannerUrl } from '../../src/lib/site/urls';
import { paySchema } from '../../src/schemas/pay';
import { parse as parseHtml } from 'node-html-parser';
import { baseUrl, builtPages, distDir, openHydrated, waitForIslands, pollTimeout, useTestBrowser } from './site';
import { axeViolations } from './axe';

// What the page should show, from the same content the build used.
const props = payPageProps(paySchema.parse(parse(readFileSync(join(import.meta.dirname, '../../content/pay.yaml'), 'utf8'))));
const { years, defaults } = props.calculator;
const year = years.at(-1)!;
const point = year.points[3]!;

const { newPage } = useTestBrowser();

/** Types into a calculator field the way a person does: clear it, then type. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(text);
}

describe('the pay calculator', () => {
  it("works out 32.5 hours, 39 weeks worked and 27 days' leave at one spinal point, and shows the working", async () => {
    const page = await newPage();
    await openHydrated(page, payUrl());
    await page.getByLabel('Pay year', { exact: true }).selectOption(year.id);
    await page.getByLabel('Spinal column point', { exact: true }).selectOption(String(point.point));
    await typeInto(page, 'Hours a week', '32.5');
    await typeInto(page, 'Weeks worked a year', '39');
    await typeInto(page, 'Days of annual leave a year', '27');
    await typeInto(page, 'Bank holidays a year', '8');

    const expected = calculatePay(
      { ...defaults, year: year.id, point: String(point.point), hours: '32.5', worked: '39', leave: '27', bank: '8' },
      years,
    ) as PayResult;
    expect(expected.ok).toBe(true);
    const figures = page.locator('.pay-figures');
    await figures.getByText(formatPence(expected.pay.annualPay), { exact: true }).waitFor();
    expect(await figures.innerText()).toContain(formatPence(expected.pay.monthlyPay));
    expect(await figures.innerText()).toContain(formatPence(expected.pay.hourlyPay));

    const working = await page.locator('.pay-calculator .pay-working li').allInnerTexts();
    expect(working).toHaveLength(expected.working.length);
    expect(working.join('\n')).toContain("27 days' leave + 8 bank holidays = 35 days ÷ 5 = 7 weeks");
    expect(working.join('\n')).toContain('39 weeks worked × 52.143 ÷ 45.143 = 45.05 paid weeks');
    expect(working.at(-1)).toContain(`${formatPence(expected.pay.annualPay)} ÷ 12 = ${formatPence(expected.pay.monthlyPay)}`);
  });

  it('keeps the figures in the address, so a reload or a shared link shows the same result', async () => {
    const page = await newPage();
    await openHydrated(page, payUrl());
    await page.getByLabel('A salary I type in').check();
    await typeInto(page, 'Full-time salary', '£26,403');
    await page.getByLabel('I know my paid weeks').check();
    await typeInto(page, 'Weeks worked a year', '38');
    await typeInto(page, 'Paid weeks a year', '43');
    await page.waitForURL(/paid=43/);
    const result = await page.locator('.pay-figures').innerText();

    const shared = await newPage({ profile: 'someone the link is sent to' });
    await openHydrated(shared, new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await shared.getByLabel('Full-time salary', { exact: true }).inputValue()).toBe('£26,403');
    expect(await shared.getByLabel('I know my paid weeks').isChecked()).toBe(true);
    expect(await shared.getByLabel('Paid weeks a year', { exact: true }).inputValue()).toBe('43');
    expect(await shared.locator('.pay-figures').innerText()).toBe(result);
    expect(await shared.locator('.pay-working').first().innerText()).toContain(
      '43 paid weeks = 38 weeks worked + 5 weeks of paid leave and bank holidays.',
    );
    await page.reload();
    await waitForIslands(page);
    expect(await page.locator('.pay-figures').innerText()).toBe(result);
  });

  it('keeps what was typed when it is wrong, and says what is wrong beside the field', async () => {
    const page = await newPage();
    await openHydrated(page, payUrl());
    const hours = page.getByLabel('Hours a week', { exact: true });
    await typeInto(page, 'Hours a week', 'thirty');
    await page.getByRole('heading', { name: 'Check what you typed' }).waitFor();
    expect(await hours.inputValue()).toBe('thirty');
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#pay-hours-error').innerText()).toContain(payMessages.notANumber('hours', 'thirty'));
    expect(await page.locator('.pay-errors a').first().getAttribute('href')).toBe('#pay-hours');

    await typeInto(page, 'Hours a week', '40');
    await page.locator('#pay-hours-error', { hasText: payMessages.hoursOverFullTime('40') }).waitFor();

    await typeInto(page, 'Hours a week', '30');
    await page.getByLabel('I know my paid weeks').check();
    await typeInto(page, 'Weeks worked a year', '39');
    await typeInto(page, 'Paid weeks a year', '38');
    await page.locator('#pay-paid-error', { hasText: payMessages.paidBelowWorked('38', '39') }).waitFor();
    await typeInto(page, 'Paid weeks a year', '-1');
    await page.locator('#pay-paid-error', { hasText: payMessages.negative('paid', '-1') }).waitFor();
    await page.getByLabel('Paid weeks a year', { exact: true }).fill('');
    await page.locator('#pay-paid-error', { hasText: payMessages.empty('paid') }).waitFor();
  });

  it('passes axe while it shows its messages', async () => {
    const page = await newPage();
    await openHydrated(page, payUrl({ ...defaults, hours: 'thirty', weeksFrom: 'paid', worked: '39', paid: '38' }));
    await page.getByRole('heading', { name: 'Check what you typed' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows what an address carries as text, never as markup', async () => {
    const page = await newPage();
    let dialog = false;
    page.on('dialog', (opened) => {
      dialog = true;
      void opened.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await openHydrated(page, `/pay/?year=${encodeURIComponent(hostile)}&hours=${encodeURIComponent(hostile)}`);
    await page.locator('#pay-hours-error', { hasText: `You typed “${hostile}”` }).waitFor();
    await expect
      .poll(() => page.getByRole('status').innerText(), { timeout: pollTimeout })
      .toContain(`“${hostile}” is not a pay year on this page`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialog).toBe(false);
  });
});

describe('the pay page without JavaScript', () => {
  it('shows the formula and the worked table, built from the same sums', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${payUrl()}`);
    expect(await page.locator('#formula').innerText()).toBe(
      'Actual pay a year = full-time salary ÷ 37 × hours a week ÷ 52.143 × paid weeks',
    );
    expect(await page.locator('main').innerText()).toContain('The calculator needs JavaScript to change its figures.');
    for (const [index, pattern] of props.workedTable.patterns.entries()) {
      const table = page.locator('table', { has: page.locator(`caption#worked-table-${index}`) });
      expect(await table.locator('caption').innerText()).toContain(pattern.caption);
      const rows = await table.locator('tbody tr').allInnerTexts();
      expect(rows).toHaveLength(pattern.rows.length);
      for (const [rowIndex, row] of pattern.rows.entries()) {
        expect(rows[rowIndex]).toContain(`SCP ${row.point}`);
        expect(rows[rowIndex]).toContain(formatPence(row.annual));
        expect(rows[rowIndex]).toContain(formatPence(row.monthly));
      }
    }
    expect(await page.locator('caption#worked-table-0').innerText()).toContain('32.5 hours a week over 39 weeks');
  });

  it('shows the whole spine, every point of every year', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${payUrl()}`);
    const rows = await page.locator('.spine-table tbody tr').allInnerTexts();
    expect(rows).toHaveLength(props.spineRows.length);
    for (const [index, row] of props.spineRows.entries()) {
      expect(rows[index]).toContain(`SCP ${row.point}`);
      for (const salary of row.salaries) if (salary !== null) expect(rows[index]).toContain(formatPounds(salary));
    }
    expect(rows.find((row) => row.startsWith('SCP 2\t'))).toContain('Deleted from 1 April 2026');
  });
});

describe('links to the pay page', () => {
  const main = (path: string) => parseHtml(readFileSync(join(distDir, path, 'index.html'), 'utf8')).querySelector('main')!;
  const payLinks = (path: string) => main(path).querySelectorAll(`a[href="${payUrl()}"]`);
  const rolePages = builtPages().filter((path) => path.startsWith('/roles/') && path !== '/roles/' && path !== jobEvaluationUrl());

  it('asks "What does this pay?" on every role page and on the planner', () => {
    expect(rolePages.length).toBeGreaterThan(10);
    for (const path of [...rolePages, plannerUrl()]) {
      expect(
        payLinks(path).map((link) => link.text),
        path,
      ).toContain('What does this pay?');
    }
  });

  it('comes from the home page and every grades page, and the pay page links back to the grades', () => {
    for (const path of ['/', ...builtPages().filter((page) => page.startsWith(gradesUrl))])
      expect(payLinks(path).length, path).toBeGreaterThan(0);
    expect(main(payUrl()).querySelectorAll(`a[href="${gradesUrl}"]`).length).toBeGreaterThan(0);
  });
});
