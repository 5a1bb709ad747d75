import { describe, expect, it } from 'vitest';
import { baseUrl, openHydrated, waitForIslands, useTestBrowser } from './site';

const { newPage } = useTestBrowser();

describe('comparing roles', () => {
  it('a role page links to the comparison with the level above, which works without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/roles/learning-mentor-1/`);
    await page.getByRole('link', { name: 'Compare with Learning Mentor 2' }).click();
    await page.waitForURL(`${baseUrl}/compare/learning-mentor-1-vs-learning-mentor-2/`);
    expect(await page.getByRole('table', { name: 'Job evaluation factor levels' }).innerText()).toContain('(rises)');
  });

  it("names a lower level's optional duty as optional instead of saying the role lacks it", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/compare/midday-supervision-2-vs-midday-supervision-3/`);
    const healthy = 'Encourage pupils to select and eat healthy balanced meals';
    const changes = await page.getByRole('region', { name: 'From Midday Supervision 2 to Midday Supervision 3' }).innerText();
    expect(changes).toMatch(
      new RegExp(`Optional duties of Midday Supervision 2 that are key duties of Midday Supervision 3:\\s+${healthy}`),
    );
    const row = page.getByRole('table', { name: /Every duty/ }).getByRole('row', { name: healthy });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Optional duty', 'Key duty']);
  });

  it('keeps any choice of roles in the address, and restores it on reload', async () => {
    const page = await newPage();
    await openHydrated(page, `/compare/?roles=teaching-assistant-1,teaching-assistant-3`);
    await page.getByRole('heading', { name: 'From Teaching Assistant 1 to Teaching Assistant 3' }).waitFor();
    await page.getByLabel('Third role (optional)').selectOption({ label: 'Teaching Assistant 5' });
    await page.waitForURL(/roles=teaching-assistant-1,teaching-assistant-3,teaching-assistant-5$/);
    await page.reload();
    await waitForIslands(page);
    await page.getByRole('heading', { name: 'From Teaching Assistant 3 to Teaching Assistant 5' }).waitFor();
    expect(await page.getByLabel('Third role (optional)').inputValue()).toBe('teaching-assistant-5');
  });

  it('asked for more roles than it shows, shows the first three and says so', async () => {
    const page = await newPage();
    await openHydrated(page, '/compare/');
    // Four roles the page itself offers, with their titles.
    const offered = await page
      .getByLabel('First role')
      .locator('option')
      .evaluateAll((options) => options.map((option) => ({ id: (option as HTMLOptionElement).value, title: option.textContent })));
    const four = offered.filter((option) => option.id !== '').slice(0, 4);
    await openHydrated(page, `/compare/?roles=${four.map((role) => role.id).join(',')}`);
    const note = page.getByText('You asked for 4 roles; a comparison shows at most 3: these are the first 3.');
    await note.waitFor();
    expect(await note.innerText()).toContain(`Left out: ${four[3]?.title}.`);
    expect(await page.getByLabel('Third role (optional)').inputValue()).toBe(four[2]?.id);
    const columns = await page
      .getByRole('table', { name: /^Purpose, job evaluation and knowledge/ })
      .locator('thead th')
      .allInnerTexts();
    expect(columns).toEqual(four.slice(0, 3).map((role) => role.title));
  });
});
