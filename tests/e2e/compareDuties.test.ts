import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { comparisonPairUrl, comparisonUrl } from '../../src/lib/site/urls';
import { content } from '../unit/siteContent';
import { baseUrl, openHydrated, useTestBrowser } from './site';

const { newPage } = useTestBrowser();

const role = (id: string) => content.roles.find((entry) => entry.id === id)!;
const dutyStartingWith = (id: string, start: string) => role(id).data.keyDuties.find((duty) => duty.text.startsWith(start))!.text;

describe('duties a level rewords', () => {
  it('shows a Teaching Assistant 2 duty that Teaching Assistant 3 rewrites as changed, with the changed words marked, without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${comparisonPairUrl('teaching-assistant-2', 'teaching-assistant-3')}`);
    const changes = page.getByRole('region', { name: 'From Teaching Assistant 2 to Teaching Assistant 3' });
    const before = dutyStartingWith('teaching-assistant-2', 'Participate in planning and evaluation');
    const after = dutyStartingWith('teaching-assistant-3', 'Plan and evaluate');
    // Each reworded duty in both wordings, as the profiles print them once the words only a screen reader hears are left out.
    const wordings = await changes.locator('.duties-reworded > li').evaluateAll((items) =>
      items.map((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return [...copy.querySelectorAll('.wording')].map((line) => line.textContent.replace(/\s+/g, ' ').trim());
      }),
    );
    const index = wordings.findIndex((lines) => lines[0] === `Teaching Assistant 2: ${before}`);
    expect(wordings[index]).toEqual([`Teaching Assistant 2: ${before}`, `Teaching Assistant 3: ${after}`]);
    const reworded = changes.locator('.duties-reworded > li').nth(index);
    // The changed words are marked, and named for a screen reader: not by colour alone.
    expect(await reworded.locator('del').first().textContent()).toMatch(/\[removed words: .+\]/);
    expect(await reworded.locator('ins').first().textContent()).toMatch(/\[added words: .+\]/);
    expect(await reworded.locator('del').allTextContents()).toContainEqual(expect.stringContaining('planning'));
    expect(await reworded.locator('ins').allTextContents()).toContainEqual(expect.stringContaining('Plan'));
    // Not listed again as one duty dropped and another added.
    const listedApart = await changes.locator('.duties-added > li, .duties-dropped > li').allInnerTexts();
    expect(listedApart).not.toContain(before);
    expect(listedApart).not.toContain(after);
    const row = page.getByRole('table', { name: /Every duty/ }).getByRole('row', { name: before });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Key duty', 'Listed in other words']);
  });
});

/** What of the comparison runs past the right edge of a phone's screen: the page itself, or any element in it. */
async function clippedOnPhone(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped: string[] = [];
    if (document.scrollingElement!.scrollWidth > width)
      clipped.push(`the page scrolls sideways (${document.scrollingElement!.scrollWidth} px)`);
    for (const element of document.querySelectorAll<HTMLElement>('.comparison *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5)
        clipped.push(`${element.tagName.toLowerCase()} "${element.innerText.slice(0, 40)}" ends at ${box.right} px`);
    }
    return clipped.slice(0, 5);
  });
}

describe('a comparison on a 390 px phone', () => {
  it('clips nothing on a pre-built pair page: every table is stacked as cards, each value under its role', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    // A pair with job evaluation tables, so all three tables are there.
    const [lower, higher] = [role('learning-mentor-1'), role('learning-mentor-2')];
    await page.goto(`${baseUrl}${comparisonPairUrl(lower.id, higher.id)}`);
    expect(await page.locator('.comparison table').count()).toBe(3);
    expect(await clippedOnPhone(page)).toEqual([]);
    // Still a table to assistive technology, and each cell says whose value it is.
    const knowledge = page.getByRole('table', { name: 'Job evaluation factor levels' }).getByRole('row', { name: /Knowledge/ });
    expect(await knowledge.getByRole('cell').allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^${lower.data.title}: \\d`)),
      expect.stringMatching(new RegExp(`^${higher.data.title}: \\d`)),
    ]);
  });

  it('clips nothing when three roles are compared in the browser', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    const three = ['teaching-assistant-1', 'teaching-assistant-3', 'teaching-assistant-5'];
    await openHydrated(page, comparisonUrl(three));
    await page.getByRole('heading', { name: 'From Teaching Assistant 3 to Teaching Assistant 5' }).waitFor();
    expect(await clippedOnPhone(page)).toEqual([]);
  });
});
