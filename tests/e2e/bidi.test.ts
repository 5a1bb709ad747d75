/**
 * Text from a link, a search, a file or a person's typing is shown inside the site's own
 * sentences; a right-to-left override (U+202E) in it must not turn the rest of the sentence
 * backwards. Each test echoes such text and checks, from where the browser draws the letters,
 * that the site's words after it still read left to right.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHydrated, useTestBrowser } from './site';

/** A right-to-left override, then a word written backwards so that, overridden, it reads "station". */
const reversed = '\u202enoitats';

const { newPage } = useTestBrowser();

/**
 * Whether the browser draws `phrase` (the site's words, inside `within`) left to right: its first
 * letter left of its last. A direction override that leaks out of echoed text draws it backwards.
 */
async function readsLeftToRight(within: Locator, phrase: string): Promise<boolean> {
  await within.getByText(phrase, { exact: false }).first().waitFor();
  return within.evaluate((element, words) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent?.indexOf(words) ?? -1;
      if (start === -1) continue;
      const letterAt = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().left;
      };
      return letterAt(start) < letterAt(start + words.length - 1);
    }
    throw new Error(`no text node holds "${words}"`);
  }, phrase);
}

/** Starts a job description from the first profile offered, titled with the reversed text, with one standard. */
async function draftTitled(page: Page): Promise<void> {
  await openHydrated(page, '/tools/job-description/');
  await page.getByRole('button', { name: 'Start from this profile' }).click();
  await page.getByLabel('Job title').fill(reversed);
  await page
    .getByRole('checkbox', { name: /^STL\d+:/ })
    .first()
    .check();
  await page.getByText('Saved in this browser.').waitFor();
}

describe('echoed text cannot reverse the site’s sentence around it', () => {
  it('in the planner’s message about an address it cannot read', async () => {
    const page = await newPage();
    await openHydrated(page, `/planner/?from=${encodeURIComponent(reversed)}&to=status:qts`);
    const problem = page.locator('.planner-result li').first();
    expect(await problem.locator('bdi').innerText()).toBe(reversed);
    expect(await readsLeftToRight(problem, 'is not a role or status on the map')).toBe(true);
  });

  it('in the comparison’s list of roles it does not have', async () => {
    const page = await newPage();
    await openHydrated(page, `/compare/?roles=${encodeURIComponent(reversed)}`);
    expect(await readsLeftToRight(page.getByRole('alert'), 'Choose roles from the lists')).toBe(true);
  });

  it('in the search summary of the words searched for', async () => {
    const page = await newPage();
    // A question: the page searches its main words and says so after the summary.
    await openHydrated(page, `/search/?q=${encodeURIComponent(`what is ${reversed}`)}`);
    expect(await readsLeftToRight(page.locator('.search-status'), 'the main words of your search')).toBe(true);
  });

  it('in the job description builder’s question before replacing a draft', async () => {
    const page = await newPage();
    await draftTitled(page);
    // The profile to start from (not the one the draft is graded against, also labelled with "profile").
    const profiles = page.getByRole('combobox', { name: 'Role profile', exact: true });
    const current = await profiles.inputValue();
    const values = await profiles.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    await profiles.selectOption(values.find((value) => value !== '' && value !== current) ?? '');
    await page.getByRole('button', { name: 'Start from this profile' }).click();
    const question = page.getByRole('alert');
    expect(await readsLeftToRight(question, 'duties and')).toBe(true);
    expect(await readsLeftToRight(question, 'Export it first')).toBe(true);
  });

  it('in the recruitment kit’s sentence naming the job', async () => {
    const page = await newPage();
    await draftTitled(page);
    await openHydrated(page, '/tools/recruitment-kit/');
    expect(await readsLeftToRight(page.locator('main'), 'standards chosen in the')).toBe(true);
  });

  it('in the role audit’s question before removing a role', async () => {
    const page = await newPage();
    await openHydrated(page, '/tools/role-audit/');
    await page.getByRole('button', { name: 'Add a role' }).click();
    await page.getByLabel('Job title').fill(reversed);
    await page.getByRole('button', { name: /^Remove/ }).click();
    expect(await readsLeftToRight(page.getByRole('alert'), 'ticked responsibilities')).toBe(true);
  });
});
