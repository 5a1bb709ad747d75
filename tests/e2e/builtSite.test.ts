/** Checks over the built files themselves: links, scripts and page metadata. No browser needed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { budgets } from '../../src/lib/site/budgets';
import { describe, expect, it } from 'vitest';
import { pageScriptFiles } from '../../scripts/islandScripts.ts';
import { resolveFile } from '../../scripts/staticServer.ts';
import { builtPages, distDir } from './site';

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
    expect(section('/roles/')).toBe(18 + 2); // the index and the job evaluation page
    expect(section('/grades/')).toBe(9 + 1);
    expect(section('/standards/')).toBe(47 + 1); // the 22 units without a known title have no page
    expect(section('/qualifications/')).toBe(18 + 1);
    expect(section('/statuses/')).toBe(2);
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/sources/', '/data/', '/guidance/', '/guidance/levels-and-frameworks/', '/404.html']),
    );
  });

  it('has no broken internal link, fragment or asset', async () => {
    const broken: string[] = [];
    for (const [path, document] of documents) {
      for (const element of document.querySelectorAll('[href], [src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|tel:)/.test(target) && !target.startsWith('https://pathways.example.org')) continue;
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

  it('sends every page, with its render-blocking CSS, within the first round trip (14 KiB gzipped; pages with an island have their own budget)', () => {
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
        path === '/map/' ? budgets.mapPageGzipBytes : interactive ? budgets.interactivePageGzipBytes : budgets.contentPageGzipBytes;
      if (bytes > budget) over.push(`${path}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });

  it("ships no JavaScript on any content page: only the comparison, map, planner, search, self-assessment and leaders' tool pages load any", () => {
    const withScripts = pages.filter((path) => documents.get(path)!.querySelectorAll('script').length > 0);
    expect(withScripts).toEqual([
      '/compare/',
      '/map/',
      '/planner/',
      '/search/',
      '/self-assessment/',
      '/tools/job-description/',
      '/tools/recruitment-kit/',
      '/tools/role-audit/',
    ]);
  });

  it("keeps the map page's JavaScript within its budget (25 KiB gzipped)", () => {
    const bytes = islandScriptBytes('/map/');
    expect(bytes).toBeGreaterThan(1024); // the island is there: a budget check over nothing would prove nothing
    expect(bytes).toBeLessThanOrEqual(budgets.mapJavaScriptGzipBytes);
  });

  it('keeps the JavaScript of every other page with an island within its budget (25 KiB gzipped)', () => {
    const interactive = pages.filter((path) => path !== '/map/' && documents.get(path)!.querySelectorAll('astro-island').length > 0);
    expect(interactive.length).toBeGreaterThanOrEqual(7); // search, planner, comparison, self-assessment and the three tools
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
