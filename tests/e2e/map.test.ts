import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium, openHydrated } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** Waits until the island has taken over the server-rendered map. */
async function openMap(page: Page) {
  await openHydrated(page, `/map/`);
  await page.locator('.progression-map.is-enhanced').waitFor();
}

describe('the progression map, by keyboard', () => {
  it('walks from Midday Supervision 1 to Qualified Teacher Status with the arrow keys', async () => {
    const page = await browser.newPage();
    await openMap(page);
    await page.locator('a[data-node="role:midday-supervision-1"]').focus();
    const path = [
      'Midday Supervision 2',
      'Teaching Assistant 1',
      'Teaching Assistant 2',
      'Teaching Assistant 3',
      'Teaching Assistant 4',
      'Higher Level Teaching Assistant status',
      'Foundation Degree',
    ];
    for (const step of path) {
      await page.keyboard.press('ArrowRight');
      // Down moves between the choices at this step until the one we want has focus.
      for (let tries = 0; tries < 12 && !(await focusedLabel(page)).startsWith(step); tries++) await page.keyboard.press('ArrowDown');
      expect(await focusedLabel(page)).toMatch(new RegExp(`^${step}`));
    }
    for (let tries = 0; tries < 6 && !(await focusedLabel(page)).startsWith('Qualified Teacher Status'); tries++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await focusedLabel(page)).toMatch(/^Qualified Teacher Status \(QTS\), end of the map/);
    await page.close();
  });

  it('names each node with its level and where it leads', async () => {
    const page = await browser.newPage();
    await openMap(page);
    expect(await page.locator('a[data-node="role:teaching-assistant-3"]').getAttribute('aria-label')).toMatch(
      /^Teaching Assistant 3, level 3, leads to .*Teaching Assistant 4/,
    );
    await page.close();
  });

  it('shows the selected node in the panel, highlights its routes, and Escape clears it', async () => {
    const page = await browser.newPage();
    await openMap(page);
    await page.locator('a[data-node="role:teaching-assistant-4"]').focus();
    const panel = page.locator('.map-panel');
    expect(await panel.locator('h2').innerText()).toBe('Teaching Assistant 4');
    expect(await panel.innerText()).toContain('Next steps');
    expect(await page.locator('.map-edge.is-highlighted').count()).toBeGreaterThan(2);
    await page.keyboard.press('Escape');
    expect(await panel.locator('h2').innerText()).toBe('Choose a place on the map');
    await page.close();
  });

  it("opens a node's page with Enter", async () => {
    const page = await browser.newPage();
    await openMap(page);
    await page.locator('a[data-node="role:learning-mentor-2"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/roles/learning-mentor-2/`);
    await page.close();
  });
});

describe('the progression map when JavaScript is unavailable', () => {
  it('is still there, every node a link, with the moves listed as text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/map/`);
    expect(await page.locator('svg a[href="/roles/teaching-assistant-3/"]').count()).toBe(1);
    expect(await page.locator('svg a[href="/statuses/qts/"]').count()).toBe(1);
    expect(await page.locator('#moves').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'From Midday Supervision 1' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('a role page', () => {
  it('shows its onward routes to HLTA and QTS without any script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/teaching-assistant-2/`);
    expect(await page.getByRole('heading', { name: 'To Higher Level Teaching Assistant status' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'To Qualified Teacher Status' }).isVisible()).toBe(true);
    await context.close();
  });
});
