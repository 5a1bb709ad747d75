import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium, openHydrated, waitForIslands } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the route planner', () => {
  it('plans from the address, and keeps choices in the address for sharing', async () => {
    const page = await browser.newPage();
    await openHydrated(page, `/planner/?from=role%3Amidday-supervision-2&to=status%3Aqts`);
    await page.getByRole('heading', { name: 'From Midday Supervision 2 to Qualified Teacher Status (QTS)' }).waitFor();
    expect(await page.locator('.planner-steps').first().innerText()).toContain('Teaching Assistant 1');
    await page.getByRole('checkbox', { name: 'A degree' }).check();
    await page.getByLabel('I want to reach…').selectOption({ label: 'Higher Level Teaching Assistant status (HLTA)' });
    await page.waitForURL(/to=status%3Ahlta/);
    expect(page.url()).toContain('have=degree');
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: 'From Midday Supervision 2 to Higher Level Teaching Assistant status (HLTA)' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'A degree' }).isChecked()).toBe(true);
    await page.close();
  });

  it('says what it could not read from a broken address, as text, with a way back', async () => {
    const page = await browser.newPage();
    let dialog = false;
    page.on('dialog', (opened) => {
      dialog = true;
      void opened.dismiss();
    });
    await openHydrated(page, `/planner/?from=${encodeURIComponent('<img src=x onerror=alert(1)>')}&to=status%3Aqts`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The starting point “<img src=x onerror=alert(1)>” is not a role or status on the map.');
    expect(await alert.getByRole('link', { name: 'start a new plan' }).getAttribute('href')).toBe('/planner/');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialog).toBe(false);
    await page.close();
  });

  it('shows what the user already has against each step', async () => {
    const page = await browser.newPage();
    await openHydrated(page, `/planner/?from=role%3Ateaching-assistant-1&to=status%3Aqts&have=gcse-4-english-maths`);
    await page.getByRole('heading', { name: /^From Teaching Assistant 1/ }).waitFor();
    const met = await page.locator('.planner-result li.is-met').allInnerTexts();
    expect(met).toContain('You have this: GCSE grade 4 in English and maths, and science for primary');
    await page.close();
  });

  it('takes a midday supervisor straight into a teaching assistant role on the way to HLTA status', async () => {
    const page = await browser.newPage();
    await openHydrated(page, `/planner/?from=role%3Amidday-supervision-1&to=status%3Ahlta`);
    await page.getByRole('heading', { name: /^From Midday Supervision 1/ }).waitFor();
    const firstSteps = await page.locator('.planner-steps > li:first-child > a').allInnerTexts();
    expect(firstSteps.length).toBeGreaterThan(0);
    expect(firstSteps.every((step) => step === 'Teaching Assistant 1')).toBe(true);
    expect(await page.locator('.planner-result').innerText()).not.toContain('Midday Supervision 2');
    await page.close();
  });

  it('says what could count towards a step apart from what the step takes', async () => {
    const page = await browser.newPage();
    await openHydrated(page, `/planner/?from=role%3Ateaching-assistant-4&to=qualification%3Afoundation-degree`);
    await page.getByRole('heading', { name: /^From Teaching Assistant 4/ }).waitFor();
    const step = page.locator('.planner-steps > li').first();
    expect(await step.innerText()).toMatch(/Could count towards it \(not needed\):\s+Supporting learning in primary schools – E111/);
    await page.close();
  });

  it('without JavaScript, says so and points to the pages that list routes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/planner/?from=role%3Ateaching-assistant-1&to=status%3Aqts`);
    expect(await page.locator('main').innerText()).toContain('The planner needs JavaScript to work out routes.');
    expect(await page.locator('main a[href="/map/#moves"]').isVisible()).toBe(true);
    await context.close();
  });
});
