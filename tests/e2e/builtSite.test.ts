/** Checks over the built files themselves: links, scripts and page metadata. No browser needed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { budgets } from '../../src/lib/site/budgets';
import { describe, expect, it } from 'vitest';
import { pageScriptFiles } from '../../scripts/islandScripts.ts';
import { resolveFile } from '../../scripts/staticServer.ts';
import { builtPages, distDir, islandPages } from './site';
import { nosUnitHasPage } from '../../src/lib/content/nosUnits';
import { nationIds, nowStates } from '../../src/domain/now';
import { nationLimitedItems } from '../../src/lib/now/nations';
import {
  changesUrl,
  guidanceUrl,
  homeUrl,
  mapUrl,
  nationUrl,
  qualificationUrl,
  qualificationsUrl,
  roleUrl,
  sourcesUrl,
  statusUrl,
  todayUrl,
} from '../../src/lib/site/urls';
import { content } from '../unit/siteContent';

const kib = (bytes: number) => `${bytes / 1024} KiB`;

const pages = builtPages();
const documents = new Map<string, HTMLElement>(
  pages.map((path) => [path, parse(readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8'))]),
);

/** Gzipped bytes of every script a page loads. */
function islandScriptBytes(path: string): number {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  return pageScriptFiles(distDir, html).reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
}

describe('the built site', () => {
  it('has every role, grade, standard, qualification and status page, and their indexes', () => {
    const section = (prefix: string) => pages.filter((path) => path.startsWith(prefix)).length;
    expect(section('/roles/')).toBe(content.roles.length + 2); // the index and the job evaluation page
    expect(section('/grades/')).toBe(content.grades.length + 1);
    // units without a known title have no page
    expect(section('/standards/')).toBe(content.nosUnits.filter(nosUnitHasPage).length + 1);
    expect(section('/qualifications/')).toBe(content.qualifications.length + 1);
    expect(section('/statuses/')).toBe(content.statuses.length);
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/sources/', '/data/', '/guidance/', '/guidance/levels-and-frameworks/', '/404.html']),
    );
  });

  it('has no broken internal link, fragment or asset', async () => {
    const broken: string[] = [];
    for (const [path, document] of documents) {
      for (const element of document.querySelectorAll('[href], [src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|tel:|data:)/.test(target) && !target.startsWith('https://pathways.example.org')) continue;
        const url = new URL(target, `http://site${path}`);
        const targetPath = target.startsWith('https://') ? new URL(target).pathname : url.pathname;
        const file = await resolveFile(distDir, targetPath);
        if (!file) {
          broken.push(`${path} → ${target}`);
          continue;
        }
        if (url.hash && file.endsWith('.html')) {
          const targetDocument = documents.get(targetPath) ?? parse(readFileSync(file, 'utf8'));
          if (!targetDocument.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${target} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it(`sends every page, with its render-blocking CSS, within the first round trip (${kib(budgets.contentPageGzipBytes)} gzipped; pages with an island have their own budget)`, () => {
    const over: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path));
      const stylesheets = documents
        .get(path)!
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => readFileSync(join(distDir, link.getAttribute('href')!)));
      const bytes = gzipSync(Buffer.concat([html, ...stylesheets]), { level: 9 }).length;
      const interactive = documents.get(path)!.querySelectorAll('astro-island').length > 0;
      const budget =
        path === changesUrl()
          ? budgets.changesPageGzipBytes
          : path === mapUrl()
            ? budgets.mapPageGzipBytes
            : interactive
              ? budgets.interactivePageGzipBytes
              : budgets.contentPageGzipBytes;
      if (bytes > budget) over.push(`${path}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });

  it('ships no JavaScript on any content page: only the pages whose source mounts an island load any', () => {
    const withScripts = pages.filter((path) => documents.get(path)!.querySelectorAll('script').length > 0);
    const allowed = islandPages();
    // The derivation must find the interactive pages, or this would pass by allowing nothing to be checked.
    expect(allowed).toEqual(expect.arrayContaining(['/map/', '/planner/', '/search/', '/pay/']));
    expect(withScripts).toEqual(allowed);
  });

  it(`keeps the map page's JavaScript within its budget (${kib(budgets.mapJavaScriptGzipBytes)} gzipped)`, () => {
    const bytes = islandScriptBytes('/map/');
    expect(bytes).toBeGreaterThan(1024); // the island is there: a budget check over nothing would prove nothing
    expect(bytes).toBeLessThanOrEqual(budgets.mapJavaScriptGzipBytes);
  });

  it(`keeps the JavaScript of every other page with an island within its budget (${kib(budgets.islandJavaScriptGzipBytes)} gzipped)`, () => {
    const interactive = pages.filter((path) => path !== '/map/' && documents.get(path)!.querySelectorAll('astro-island').length > 0);
    expect(interactive.length).toBeGreaterThanOrEqual(8); // search, planner, comparison, self-assessment, pay and the three tools
    const over = interactive
      .map((path) => ({ path, bytes: islandScriptBytes(path) }))
      .filter(({ bytes }) => bytes > budgets.islandJavaScriptGzipBytes);
    expect(over).toEqual([]);
  });

  it('gives every page one h1, a title, a description from its content and a canonical address', () => {
    const problems: string[] = [];
    const descriptions = new Set<string>();
    for (const [path, document] of documents) {
      if (document.querySelectorAll('h1').length !== 1) problems.push(`${path}: ${document.querySelectorAll('h1').length} h1`);
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      if (description.length < 30) problems.push(`${path}: description "${description}"`);
      if (descriptions.has(description)) problems.push(`${path}: description repeats another page's`);
      descriptions.add(description);
      if (path !== '/404.html' && !document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.endsWith(path)) {
        problems.push(`${path}: canonical`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes every date a page shows as people write it ("5 October 2026"), never as an ISO date', () => {
    const isoDates: string[] = [];
    for (const [path, document] of documents) {
      // What the page shows: its main content (no script or style lives there).
      const shown = document.querySelector('main')?.text ?? '';
      for (const match of shown.matchAll(/.{0,30}(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-]).{0,10}/g)) isoDates.push(`${path}: ${match[0]}`);
    }
    expect(isoDates).toEqual([]);
  });

  it('keeps a strict heading outline: no level skipped', () => {
    const skips: string[] = [];
    for (const [path, document] of documents) {
      let previous = 0;
      for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const level = Number(heading.tagName[1]);
        if (level > previous + 1) skips.push(`${path}: h${previous} → h${level} "${heading.text.trim()}"`);
        previous = level;
      }
    }
    expect(skips).toEqual([]);
  });

  it('lists every page but the 404 page in the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(pages.filter((path) => path !== '/404.html'));
  });
});

/** The path of an address, without its fragment. */
const pathOf = (href: string) => new URL(href, 'http://site').pathname;

/** The internal addresses a built page links to, as paths. */
function linksFrom(path: string): string[] {
  return (documents.get(path)?.querySelectorAll('a[href]') ?? [])
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/'))
    .map(pathOf);
}

describe('what is true today, and where each nation differs', () => {
  const limited = nationLimitedItems(content);

  it('labels every route, qualification, page and body that applies in some nations only, where it is presented', () => {
    expect(limited.some((item) => item.kind === 'route' && item.tag === 'England only')).toBe(true);
    const unlabelled = limited.filter((item) => {
      const [path = '', hash] = item.href.split('#');
      const document = documents.get(path);
      // A route is presented in its own section of its status page; a qualification in the banner
      // at the top of its page; a page in its heading; a body in its entry on the changes page.
      const scope =
        item.kind === 'qualification'
          ? document?.querySelector('.now-banner')
          : hash
            ? document?.getElementById(hash)
            : document?.querySelector('h1');
      return !scope?.querySelectorAll('.nation-tag').some((tag) => tag.text.trim() === item.tag);
    });
    expect(unlabelled.map((item) => `${item.href}: ${item.name}`)).toEqual([]);
  });

  it('labels every route that applies in some nations only wherever a guidance, status, nation, changes, role or planner page lists it', () => {
    // The map presents routes as steps of a journey and is held to this in tests/e2e/map.test.ts;
    // role pages' onward routes and qualifications are also checked in tests/e2e/rolePages.test.ts.
    const listing = [...documents.keys()].filter((path) =>
      /^\/(guidance|statuses|nations|today|changes|qualifications|roles|planner)\//.test(path),
    );
    expect(listing.filter((path) => path.startsWith('/planner/from/')).length).toBeGreaterThan(0);
    const unlabelled: string[] = [];
    for (const path of listing) {
      for (const item of limited.filter((entry) => entry.kind === 'route')) {
        for (const link of documents.get(path)!.querySelectorAll(`a[href="${item.href}"]`)) {
          const holder = link.closest('li') ?? link.closest('section');
          if (!holder?.querySelectorAll('.nation-tag').some((tag) => tag.text.trim() === item.tag))
            unlabelled.push(`${path}: ${item.name}`);
        }
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it('puts each nation’s page within two clicks of the home page', () => {
    const once = new Set(linksFrom(homeUrl));
    const twice = new Set([...once, ...[...once].flatMap(linksFrom)]);
    expect(nationIds.filter((nation) => !twice.has(nationUrl(nation)))).toEqual([]);
  });

  it('links every page a nation changes to what differs there', () => {
    const missing: string[] = [];
    for (const page of content.nations) {
      for (const section of page.data.sections) {
        const href = nationUrl(page.id, section.id);
        const pages = [
          ...section.affects.statuses.map(({ id }) => statusUrl(id)),
          ...section.affects.qualifications.map(({ id }) => qualificationUrl(id)),
          ...section.affects.today.map(({ id }) => todayUrl(id)),
          ...section.affects.guidance.map(({ id }) => guidanceUrl(id)),
          ...content.roles.filter((role) => section.affects.ladders.includes(role.data.ladder)).map((role) => roleUrl(role.id)),
        ];
        for (const path of pages) {
          if (!documents.get(path)?.querySelector(`a[href="${href}"]`)) missing.push(`${path} → ${href}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('links the changes page from the home page, the sources page and every page with a status or facts about today', () => {
    const pages = [
      homeUrl,
      sourcesUrl(),
      ...content.qualifications.map((entry) => qualificationUrl(entry.id)),
      ...content.statuses.map((entry) => statusUrl(entry.id)),
      ...content.today.map((entry) => todayUrl(entry.id)),
      ...content.nations.map((entry) => nationUrl(entry.id)),
      ...content.bodiesAndTools.flatMap((entry) => entry.data.namedIn.guidance.map(({ id }) => guidanceUrl(id))),
    ];
    expect(pages.filter((path) => !linksFrom(path).includes(changesUrl()))).toEqual([]);
  });

  it('shows each qualification’s status at the top of its page, in the index and in role pages’ relevant qualifications', () => {
    const problems: string[] = [];
    for (const entry of content.qualifications) {
      const label = nowStates[entry.data.now.state];
      const page = documents.get(qualificationUrl(entry.id))!;
      const first = page.querySelector('h1')?.nextElementSibling;
      if (!first?.classList.contains('now-banner') || !first.text.includes(label)) problems.push(`${entry.id}: no banner first`);
      const indexItem = documents
        .get(qualificationsUrl)!
        .querySelectorAll(`a[href="${qualificationUrl(entry.id)}"]`)
        .map((link) => link.closest('li'));
      if (!indexItem.every((item) => item?.querySelector('.now-badge')?.text.includes(label))) problems.push(`${entry.id}: index`);
    }
    for (const role of content.roles) {
      for (const { id } of role.data.relevantQualifications) {
        const items = documents
          .get(roleUrl(role.id))!
          .querySelectorAll(`li a[href="${qualificationUrl(id)}"]`)
          .map((link) => link.closest('li'));
        if (!items.some((item) => item?.querySelector('.now-badge'))) problems.push(`${role.id}: ${id}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
