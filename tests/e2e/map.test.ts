import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { roleUrl } from '../../src/lib/site/urls';
import { baseUrl, launchChromium, openHydrated } from './site';

/** The moves in content/progression.yaml, as an editor wrote them. */
const moves = Object.values(
  parse(readFileSync(join(import.meta.dirname, '../../content/progression.yaml'), 'utf8')) as Record<
    string,
    { from: { kind: string; role?: string }; takes?: { requirements?: string[] } }
  >,
);

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

  it('links from the panel to everything each move takes, in the list below the map', async () => {
    const page = await browser.newPage();
    await openMap(page);
    await page.locator('a[data-node="role:teaching-assistant-1"]').focus();
    await page
      .locator('.map-panel')
      .getByRole('link', { name: /^What each of these moves takes/ })
      .click();
    await page.waitForURL(/#moves-role-teaching-assistant-1$/);
    const section = page.locator('section', { has: page.locator('#moves-role-teaching-assistant-1') });
    expect(await section.innerText()).toContain('A levels or equivalent as set by the university');
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
  it('lists everything each of its moves takes, as the content gives it, without any script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const roles = [...new Set(moves.flatMap((move) => (move.from.kind === 'role' && move.from.role ? [move.from.role] : [])))];
    expect(roles.length).toBeGreaterThan(10);
    for (const role of roles) {
      await page.goto(`${baseUrl}${roleUrl(role)}`);
      const text = await page.locator('main').innerText();
      const missing = moves
        .filter((move) => move.from.role === role)
        .flatMap((move) => move.takes?.requirements ?? [])
        .filter((requirement) => !text.includes(requirement));
      expect(missing, role).toEqual([]);
    }
    await context.close();
  });

  it('shows moves to another ladder as sideways moves, apart from its next steps', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${roleUrl('teaching-assistant-3')}`);
    const after = (heading: string) => page.locator(`h3:text-is("${heading}") + ul > li > a, h3:text-is("${heading}") + p + ul > li > a`);
    expect(await after('Next steps').allInnerTexts()).toContain('Teaching Assistant 4');
    expect(await after('Next steps').allInnerTexts()).not.toContain('Additional Support Needs Assistant 2');
    expect(await after('Sideways moves').allInnerTexts()).toEqual(['Additional Support Needs Assistant 2']);
    await context.close();
  });

  it('says Teaching Assistant 5 already meets or works towards HLTA status instead of routing it there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${roleUrl('teaching-assistant-5')}`);
    const heading = page.getByRole('heading', { name: 'To Higher Level Teaching Assistant status' });
    expect(await heading.locator('xpath=following-sibling::*[1]').innerText()).toMatch(
      /^Teaching Assistant 5 already meets or works towards Higher Level Teaching Assistant status \(HLTA\)\. Its profile asks for: “Meeting the professional standards/,
    );
    expect(await heading.locator('xpath=following-sibling::*[1][self::ol]').count()).toBe(0);
    await context.close();
  });

  it('shows its onward routes to HLTA and QTS without any script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/teaching-assistant-2/`);
    expect(await page.getByRole('heading', { name: 'To Higher Level Teaching Assistant status' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'To Qualified Teacher Status' }).isVisible()).toBe(true);
    await context.close();
  });
});
