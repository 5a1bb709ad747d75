/**
 * Role pages open with a summary, label every route or requirement that applies in some nations
 * only, and keep notes about the sources at their foot; the roles index says "not in our sources"
 * once. The built pages are read as files where no browser is needed, and in Chromium without
 * JavaScript (and in print) where what a reader sees matters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { nationIds } from '../../src/domain/now';
import { guidanceSourceNotes, sourceNoteAnchor } from '../../src/lib/content/guidance';
import { firstSentence, notInOurSources } from '../../src/lib/content/roleSummary';
import { ladderNeighbours } from '../../src/lib/content/roles';
import { nationLimitedItems } from '../../src/lib/now/nations';
import { comparisonPairUrl, guidanceUrl, nationUrl, roleUrl, rolesUrl } from '../../src/lib/site/urls';
import { loadCollection } from '../unit/contentFiles';
import { content } from '../unit/siteContent';
import { baseUrl, distDir, useTestBrowser } from './site';

const built = (path: string): HTMLElement => parse(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
const rolePages = content.roles.map((role) => ({ role, page: built(roleUrl(role.id)) }));
/** A main's own section headings, without the "On this page" list. */
const headings = (page: HTMLElement) =>
  page
    .querySelectorAll('main h2')
    .map((heading) => heading.text.trim())
    .filter((text) => !text.startsWith('On this page'));

const { newPage } = useTestBrowser();

describe('every role page', () => {
  it('opens with "At a glance", before the transcription of the profile', () => {
    for (const { role, page } of rolePages) {
      const sections = headings(page);
      expect(sections[0], role.id).toBe('At a glance');
      expect(sections.indexOf('At a glance')).toBeLessThan(sections.indexOf('Purpose of the role'));
      const glance = page.querySelector('.at-a-glance')!;
      expect(glance.text, role.id).toContain(firstSentence(role.data.purpose));
    }
  });

  it('labels every route and qualification that the content limits to some nations, wherever it shows one', () => {
    const limited = nationLimitedItems(content).filter((item) => item.kind === 'route' || item.kind === 'qualification');
    const unlabelled: string[] = [];
    let shown = 0;
    for (const { role, page } of rolePages) {
      for (const item of limited) {
        for (const link of page.querySelectorAll(`main a[href="${item.href}"]`)) {
          shown++;
          const holder = link.closest('li') ?? link.closest('p');
          if (!holder?.querySelectorAll('.nation-tag').some((tag) => tag.text.trim() === item.tag))
            unlabelled.push(`${role.id}: ${item.name}`);
        }
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(unlabelled).toEqual([]);
  });

  it('that shows something for some nations only says where the others differ, linking to their nation pages', () => {
    const limited = nationLimitedItems(content).filter((item) => item.kind === 'route');
    let checked = 0;
    for (const { role, page } of rolePages) {
      const onward = page.querySelectorAll('main a').filter((link) => limited.some((item) => item.href === link.getAttribute('href')));
      if (onward.length === 0) continue;
      checked++;
      const leftOut = nationIds.filter((nation) =>
        limited.some((item) => onward.some((link) => link.getAttribute('href') === item.href) && !item.nations.includes(nation)),
      );
      for (const nation of leftOut) {
        expect(
          page.querySelectorAll('main a').some((link) => (link.getAttribute('href') ?? '').startsWith(nationUrl(nation))),
          `${role.id}: ${nation}`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps its notes on the source in "About the sources for this page", after its own sections', () => {
    const withNotes = rolePages.filter(({ role }) => role.data.sourceNotes.length > 0);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const { role, page } of withNotes) {
      const about = page.querySelector('.about-the-sources')!;
      expect(about.querySelector('h2')?.text).toBe('About the sources for this page');
      for (const note of role.data.sourceNotes) expect(about.text).toContain(note);
      expect(headings(page).at(-1), role.id).toBe('About the sources for this page');
    }
  });
});

describe('guidance pages', () => {
  it('gather every source note in "About the sources for this page" at the foot, keeping its anchor', () => {
    let notes = 0;
    for (const { id, body } of loadCollection('guidance')) {
      const page = built(guidanceUrl(id));
      for (const note of guidanceSourceNotes(body)) {
        notes++;
        expect(page.getElementById(sourceNoteAnchor(note.id))?.closest('.about-the-sources'), `${id}: ${note.id}`).not.toBeNull();
      }
      if (page.querySelector('.about-the-sources')) expect(headings(page).at(-1), id).toBe('About the sources for this page');
    }
    expect(notes).toBeGreaterThan(0);
  });
});

describe('the roles index', () => {
  it('gives each role its purpose in one line, and says "not in our sources" once, in a legend', () => {
    const page = built(rolesUrl);
    for (const role of content.roles) {
      const row = page.querySelector(`a[href="${roleUrl(role.id)}"]`)!.closest('tr')!;
      expect(row.text).toContain(firstSentence(role.data.purpose));
    }
    // What a sighted reader sees: the cells' words for screen readers are left out.
    for (const hidden of page.querySelectorAll('main .visually-hidden')) hidden.remove();
    const seen = page.querySelector('main')!.text.toLowerCase();
    expect(seen.split(notInOurSources).length - 1).toBe(1);
    expect(page.querySelector('.legend')!.text).toContain(notInOurSources);
  });
});

describe('a role page, when JavaScript is unavailable', () => {
  const role = content.roles.find((entry) => ladderNeighbours(content.roles, entry).next && entry.data.sourceNotes.length > 0)!;

  it('reads At a glance first and goes from it to the comparison with the level above', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}${roleUrl(role.id)}`);
    const glance = page.getByRole('region', { name: 'At a glance' });
    expect(await glance.innerText()).toContain(firstSentence(role.data.purpose));
    const next = ladderNeighbours(content.roles, role).next!;
    await glance.getByRole('link', { name: new RegExp(`level above \\(${next.data.title}\\)`) }).click();
    await page.waitForURL(`${baseUrl}${comparisonPairUrl(role.id, next.id)}`);
  });

  it('prints its notes about the sources', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}${roleUrl(role.id)}`);
    const about = page.getByRole('region', { name: 'About the sources for this page' });
    expect(await about.isVisible()).toBe(true);
    expect(await about.innerText()).toContain(role.data.sourceNotes[0]);
  });
});
