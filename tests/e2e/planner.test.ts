import { describe, expect, it } from 'vitest';
import { nowStates } from '../../src/domain/now';
import { stepFactSections } from '../../src/lib/progression/stepFacts';
import { mapRouteUrl, plannerFromUrl, plannerUrl } from '../../src/lib/site/urls';
import { progressionGraph } from '../unit/progressionContent';
import { content } from '../unit/siteContent';
import { baseUrl, openHydrated, pollTimeout, waitForIslands, useTestBrowser } from './site';
import { axeViolations } from './axe';

const { newPage } = useTestBrowser();

describe('the route planner', () => {
  it('plans from the address, and keeps choices in the address for sharing', async () => {
    const page = await newPage();
    await openHydrated(page, `/planner/?from=role%3Amidday-supervision-2&to=status%3Aqts`);
    await page.getByRole('heading', { name: 'From Midday Supervision 2 to Qualified Teacher Status (QTS)' }).waitFor();
    expect(await page.locator('.planner-steps').first().innerText()).toContain('Teaching Assistant 1');
    await page.getByText('What I already have (optional)').click();
    await page.getByRole('checkbox', { name: 'A degree' }).check();
    await page.getByLabel('I want to reach…').selectOption({ label: 'Higher Level Teaching Assistant status (HLTA)' });
    await page.waitForURL(/to=status%3Ahlta/);
    expect(page.url()).toContain('have=degree');
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: 'From Midday Supervision 2 to Higher Level Teaching Assistant status (HLTA)' }).waitFor();
    // What the address says they have is shown, unfolded.
    expect(await page.getByRole('checkbox', { name: 'A degree' }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'A degree' }).isChecked()).toBe(true);
  });

  it('says what it could not read from a broken address, as text, with a way back', async () => {
    const page = await newPage();
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
  });

  it('shows what the user already has against each step', async () => {
    const page = await newPage();
    await openHydrated(page, `/planner/?from=role%3Ateaching-assistant-1&to=status%3Aqts&have=gcse-4-english-maths`);
    await page.getByRole('heading', { name: /^From Teaching Assistant 1/ }).waitFor();
    const met = await page.locator('.planner-result li.is-met').allInnerTexts();
    expect(met).toContain('You have this: GCSE grade 4 in English and maths, and science for primary');
  });

  it('takes a midday supervisor straight into a teaching assistant role on the way to HLTA status', async () => {
    const page = await newPage();
    await openHydrated(page, `/planner/?from=role%3Amidday-supervision-1&to=status%3Ahlta`);
    await page.getByRole('heading', { name: /^From Midday Supervision 1/ }).waitFor();
    const firstSteps = await page.locator('.planner-steps > li:first-child > a').allInnerTexts();
    expect(firstSteps.length).toBeGreaterThan(0);
    expect(firstSteps.every((step) => step === 'Teaching Assistant 1')).toBe(true);
    expect(await page.locator('.planner-result').innerText()).not.toContain('Midday Supervision 2');
  });

  it('says what could count towards a step apart from what the step takes', async () => {
    const page = await newPage();
    await openHydrated(page, `/planner/?from=role%3Ateaching-assistant-4&to=qualification%3Afoundation-degree`);
    await page.getByRole('heading', { name: /^From Teaching Assistant 4/ }).waitFor();
    const step = page.locator('.planner-steps > li').first();
    expect(await step.innerText()).toMatch(/Could count towards it \(not needed\):\s+Supporting learning in primary schools – E111/);
  });
});

describe('the route planner without JavaScript', () => {
  it('gives a real plan from Midday Supervision 1 to Teaching Assistant 1, reached from the planner page', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${plannerUrl()}`);
    // The form cannot plan without a script, so it is not offered; the starting points are.
    expect(await page.getByLabel('I am a…').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Midday Supervision 1', exact: true }).click();
    await page.waitForURL(`${baseUrl}${plannerFromUrl('role:midday-supervision-1')}`);
    await page.getByRole('navigation', { name: 'Where to' }).getByRole('link', { name: 'Teaching Assistant 1', exact: true }).click();
    const plan = page.locator('section', { has: page.getByRole('heading', { name: 'From Midday Supervision 1 to Teaching Assistant 1' }) });
    const step = plan.locator('.planner-steps > li').first();
    expect(await step.getByRole('link').first().innerText()).toBe('Teaching Assistant 1');
    const edge = progressionGraph.edges.find(
      (item) => item.from === 'role:midday-supervision-1' && item.to === 'role:teaching-assistant-1',
    )!;
    const shown = await step.innerText();
    expect(shown).toContain('This step takes:');
    for (const need of edge.takes) expect(shown).toContain(need);
  });
});

describe('a plan as it appears', () => {
  it('moves focus to the plan and announces it when "Plan my route" is pressed, with the plan in view on a phone', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await openHydrated(page, plannerUrl());
    await page.getByLabel('I am a…').selectOption({ label: 'Midday Supervision 1' });
    await page.getByLabel('I want to reach…').selectOption({ label: 'Qualified Teacher Status (QTS)' });
    // What someone already has is folded away, so the plan is not pushed under a long list of boxes.
    expect(await page.getByRole('checkbox', { name: 'A degree' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Plan my route' }).click();
    const heading = 'From Midday Supervision 1 to Qualified Teacher Status (QTS)';
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent.trim()), { timeout: pollTimeout }).toBe(heading);
    expect(await page.getByRole('status').innerText()).toContain(heading);
    const box = await page.getByRole('heading', { name: heading }).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  });

  it('says how each alternative differs from the first route instead of repeating its first steps, and links each route to the map', async () => {
    const page = await newPage();
    await openHydrated(page, plannerUrl({ from: 'role:midday-supervision-1', to: 'status:qts' }));
    const first = page.getByRole('region', { name: /Shortest route/ });
    const alternative = page.getByRole('region', { name: /Alternative 1:/ });
    await alternative.waitFor();
    const firstSteps = await first.locator('.planner-steps > li > a:first-child').allInnerTexts();
    const alternativeSteps = await alternative.locator('.planner-steps > li > a:first-child').allInnerTexts();
    expect(await alternative.innerText()).toMatch(
      /(Instead of|Also goes through) [^;]+; (\S+ steps? longer|\S+ steps? shorter|the same number of steps)/,
    );
    expect(alternativeSteps[0]).not.toBe(firstSteps[0]);
    // Following the map link draws the first route, the starting point and every step in order.
    const href = await first.getByRole('link', { name: 'See this route on the map' }).getAttribute('href');
    const ids = firstSteps.map((label) => progressionGraph.nodes.find((node) => node.label === label)!.id);
    expect(href).toBe(mapRouteUrl(['role:midday-supervision-1', ...ids]));
  });

  it('says how long gaining HLTA status takes and what it costs, with dates and sources', async () => {
    const page = await newPage();
    await openHydrated(page, plannerUrl({ from: 'role:teaching-assistant-4', to: 'status:hlta' }));
    await page.getByRole('heading', { name: /^From Teaching Assistant 4/ }).waitFor();
    const step = page.locator('.planner-steps > li').first();
    const hlta = content.statuses.find((entry) => entry.id === 'hlta')!;
    const quoted = hlta.data.today.filter((section) =>
      [...stepFactSections.time, ...stepFactSections.cost].some((id) => id === section.id),
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const section of quoted) {
      const line = step.locator('.fact-list > li', { hasText: section.summary });
      expect(await line.innerText()).toMatch(/\((As of|Date:) .+\. Source: .+\)/);
      expect(await line.locator('.source-citation-inline a').count()).toBeGreaterThan(0);
    }
  });

  it('shows each qualification a step takes with its status today', async () => {
    const page = await newPage();
    await openHydrated(page, plannerUrl({ from: 'role:teaching-assistant-2', to: 'role:teaching-assistant-3' }));
    await page.getByRole('heading', { name: /^From Teaching Assistant 2/ }).waitFor();
    const move = content.qualifications.filter((entry) =>
      progressionGraph.edges
        .find((edge) => edge.id === 'teaching-assistant-2-to-3')!
        .takes.includes(entry.data.shortTitle ?? entry.data.title),
    );
    expect(move.length).toBeGreaterThan(0);
    for (const entry of move) {
      const need = page.locator('.planner-steps li li', { hasText: entry.data.shortTitle ?? entry.data.title });
      expect(await need.locator('.now-badge').innerText()).toContain(nowStates[entry.data.now.state]);
    }
  });
});

describe('where the reader works', () => {
  it('labels England-only steps, and for a reader in Wales leaves them out and says so', async () => {
    const page = await newPage();
    await openHydrated(page, plannerUrl({ from: 'role:teaching-assistant-1', to: 'status:qts' }));
    const route = content.statuses
      .flatMap((entry) => entry.data.routes)
      .find((item) => item.nations.length === 1 && item.nations[0] === 'england')!;
    const step = page.locator('.planner-steps > li', { has: page.getByRole('link', { name: route.name, exact: true }) }).first();
    expect(await step.locator('.nation-tag').innerText()).toBe('England only');
    await page.getByLabel('Where do you work? (optional)').selectOption({ label: 'Wales' });
    await page.waitForURL(/nation=wales/);
    await page.getByRole('heading', { name: 'No route in our sources' }).waitFor();
    const note = page.locator('.planner-result .note');
    expect(await note.innerText()).toContain('Left out because they are not open in Wales:');
    expect(await note.locator('li', { hasText: route.name }).locator('.nation-tag').innerText()).toBe('England only');
    expect(await note.getByRole('link', { name: 'What differs in Wales' }).getAttribute('href')).toBe('/nations/wales/');
    expect(await page.locator('.planner-steps').count()).toBe(0);
  });
});

describe('the planner with a plan shown', () => {
  it('passes axe with a plan, an alternative and a nation note on screen, on a desktop and a phone', async () => {
    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await newPage({ viewport });
      for (const state of [
        { from: 'role:midday-supervision-1', to: 'status:qts', have: ['degree'] },
        { from: 'role:teaching-assistant-1', to: 'status:qts', nation: 'wales' },
      ]) {
        await openHydrated(page, plannerUrl(state));
        await page.locator('.planner-result h3, .planner-result .note').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      }
    }
  });
});
