/**
 * Islands that keep their state in the address keep it whatever the path looks like: a path that
 * starts with "//" (a mistyped or crafted link) once made every change throw a SecurityError from
 * history.replaceState, because "//planner/?a=1" names another host.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHydrated, useTestBrowser } from './site';

const { newPage } = useTestBrowser();

/** Chooses, in a select, the first option that has a value and is not the one chosen now. */
async function chooseAnother(select: Locator): Promise<string> {
  const current = await select.inputValue();
  const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const value = values.find((candidate) => candidate !== '' && candidate !== current);
  if (!value) throw new Error('the select offers nothing else to choose');
  await select.selectOption(value);
  return value;
}

interface Case {
  path: string;
  /** What has to be there first, in the same browser (the kit needs a job description draft). */
  prepare?: (page: Page) => Promise<void>;
  /** Changes something the island keeps in the address; returns the query parameter and value it should show. */
  change: (page: Page) => Promise<[string, string]>;
}

const cases: Case[] = [
  { path: '/planner/', change: async (page) => ['from', await chooseAnother(page.getByLabel('I am a…'))] },
  { path: '/compare/', change: async (page) => ['roles', await chooseAnother(page.getByLabel('First role'))] },
  {
    path: '/search/',
    change: async (page) => {
      await page.getByRole('searchbox', { name: /^Search roles/ }).fill('safeguarding');
      return ['q', 'safeguarding'];
    },
  },
  { path: '/self-assessment/', change: async (page) => ['framework', await chooseAnother(page.getByLabel('Assess yourself against'))] },
  {
    path: '/tools/job-description/',
    change: async (page) => {
      const profile = await chooseAnother(page.getByLabel('Role profile'));
      await page.getByRole('button', { name: 'Start from this profile' }).click();
      return ['profile', profile];
    },
  },
  {
    path: '/tools/recruitment-kit/',
    prepare: async (page) => {
      await openHydrated(page, '/tools/job-description/');
      await chooseAnother(page.getByLabel('Role profile'));
      await page.getByRole('button', { name: 'Start from this profile' }).click();
      // A kit needs a standard to recruit against: the first unit the builder offers.
      await page
        .getByRole('checkbox', { name: /^STL\d+:/ })
        .first()
        .check();
      await page.getByText('Saved in this browser.').waitFor();
    },
    change: async (page) => ['panel', await chooseAnother(page.getByLabel(/^Score sheets for how many/))],
  },
];

describe('an island keeps its state in the address when the path starts with //', () => {
  for (const { path, prepare, change } of cases) {
    it(`/${path}`, async () => {
      const page = await newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await prepare?.(page);
      await openHydrated(page, `/${path}`);
      const [name, value] = await change(page);
      await page.waitForFunction(
        ([key, expected]) => new URLSearchParams(window.location.search).get(key ?? '') === expected,
        [name, value],
      );
      // The address changed in place: same page, same path, the new state in its query.
      expect(new URL(page.url()).pathname).toBe(`/${path}`);
      expect(errors).toEqual([]);
    });
  }
});
