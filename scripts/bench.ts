/**
 * The benchmark: prints a table of figures; asserts nothing. Run: npm run bench
 *
 * - build time of the real site;
 * - per page type: HTML, CSS and JS bytes (raw and gzip) and Lighthouse mobile scores;
 * - scale: the same content copied ten times over in a scratch folder, built, and compared.
 *
 * - search: bytes before the first results and search latency (scripts/benchSearch.ts).
 *
 * Lighthouse runs Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) with the flags these
 * machines need.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { measureMap, printMapFigures } from './benchMap.ts';
import { measureSearch, printSearchFigures, recordSent } from './benchSearch.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { pageScriptFiles } from './islandScripts.ts';
import { serveStatic, serverUrl } from './staticServer.ts';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const astroPackage = require('astro/package.json') as { bin: { astro: string } };
const astroBin = join(dirname(require.resolve('astro/package.json')), astroPackage.bin.astro);

/** One representative page per page type. */
const pageTypes: [string, string][] = [
  ['Home', '/'],
  ['Roles index', '/roles/'],
  ['Job evaluation', '/roles/job-evaluation/'],
  ['Role (with JE table)', '/roles/learning-mentor-3/'],
  ['Role (extract)', '/roles/teaching-assistant-3/'],
  ['Qualification', '/qualifications/level-2-certificate-supporting-teaching-and-learning/'],
  ['Standards index', '/standards/'],
  ['Standard', '/standards/stl-3/'],
  ['Status (HLTA)', '/statuses/hlta/'],
  ['Guidance', '/guidance/levels-and-frameworks/'],
  ['Grade', '/grades/grade-7/'],
  ['Data', '/data/'],
  ['Search', '/search/'],
  ['Progression map', '/map/'],
  ['Route planner', '/planner/'],
  ['Compare roles', '/compare/'],
  ['Self-assessment', '/self-assessment/'],
  ['Job description builder', '/tools/job-description/'],
  ['Recruitment kit', '/tools/recruitment-kit/'],
  ['Role audit', '/tools/role-audit/'],
];

/** Builds the site (Astro, then the Pagefind index) into outDir and returns the seconds it took. */
function timeBuild(outDir: string, contentDir?: string): number {
  const cacheDir = mkdtempSync(join(tmpdir(), 'pathways-bench-cache-'));
  const started = performance.now();
  execFileSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PATHWAYS_CACHE_DIR: cacheDir,
      ...(contentDir ? { PATHWAYS_CONTENT_DIR: contentDir } : {}),
    },
    stdio: 'ignore',
  });
  execFileSync('npx', ['pagefind', '--site', outDir, '--quiet'], { cwd: root, stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  rmSync(cacheDir, { recursive: true, force: true });
  return seconds;
}

function folderStats(dir: string): { files: number; pages: number; bytes: number } {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, pages, bytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Bytes of a page as a browser gets it: the HTML, its stylesheets (inline or linked) and its scripts. */
function pageBytes(dist: string, path: string) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '').join('');
  const linkedCss = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => readFileSync(join(dist, match[1] ?? '')));
  const scripts = pageScriptFiles(dist, html).map((file) => readFileSync(join(dist, file)));
  const css = inlineCss + linkedCss.map(String).join('');
  const js = scripts.map(String).join('');
  return {
    html: html.length,
    htmlGzip: gzip(html),
    css: css.length,
    cssGzip: gzip(css),
    js: js.length,
    jsGzip: js.length === 0 ? 0 : gzip(js),
  };
}

async function lighthouseScores(url: string, port: number): Promise<Record<string, number>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    formFactor: 'mobile',
    screenEmulation: { mobile: true },
  });
  const categories = result?.lhr.categories ?? {};
  return Object.fromEntries(Object.entries(categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)]));
}

/**
 * Collections whose entries are a fixed set, named by the domain, so a copy is refused: one page per
 * nation (src/domain/now.ts).
 */
const fixedCollections = new Set(['nations']);

/** The real content copied ten times, each copy with its own ids, in a scratch folder. */
function syntheticContent(times: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pathways-scale-'));
  const source = join(root, 'content');
  cpSync(source, dir, { recursive: true });
  for (const collection of readdirSync(source, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && !fixedCollections.has(entry.name),
  )) {
    for (const file of readdirSync(join(source, collection.name)).filter((name) => name.endsWith('.mdx'))) {
      const text = readFileSync(join(source, collection.name, file), 'utf8');
      for (let copy = 1; copy < times; copy++) {
        writeFileSync(join(dir, collection.name, file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), text);
      }
    }
  }
  return dir;
}

const scratch = mkdtempSync(join(tmpdir(), 'pathways-bench-'));
try {
  const dist = join(scratch, 'dist');
  console.log(
    `Pathways benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
  );

  const buildSeconds = timeBuild(dist);
  const real = folderStats(dist);
  console.log(`Build: ${buildSeconds.toFixed(1)} s for ${real.pages} pages (${real.files} files, ${kb(real.bytes)})\n`);

  const server = await serveStatic(dist, recordSent);
  const origin = serverUrl(server);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    // A first run warms Chromium up; its scores are not counted (the first page otherwise scores 0).
    await lighthouseScores(`${origin}/`, chrome.port);
    console.log('| Page type | HTML | HTML gz | CSS | CSS gz | JS | JS gz | Performance | Accessibility | Best practices | SEO |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, path] of pageTypes) {
      const bytes = pageBytes(dist, path);
      const scores = await lighthouseScores(`${origin}${path}`, chrome.port);
      console.log(
        `| ${name} | ${kb(bytes.html)} | ${kb(bytes.htmlGzip)} | ${kb(bytes.css)} | ${kb(bytes.cssGzip)} | ${kb(bytes.js)} | ${kb(bytes.jsGzip)} | ${scores['performance']} | ${scores['accessibility']} | ${scores['best-practices']} | ${scores['seo']} |`,
      );
    }
    console.log('');
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    printSearchFigures(await measureSearch(dist, origin, browser));
    console.log('');
    printMapFigures(await measureMap(dist, origin, browser));
    await browser.close();
  } finally {
    chrome.kill();
    server.close();
  }

  const times = 10;
  const synthetic = syntheticContent(times);
  const scaledDist = join(scratch, 'dist-scaled');
  const scaledSeconds = timeBuild(scaledDist, synthetic);
  const scaled = folderStats(scaledDist);
  rmSync(synthetic, { recursive: true, force: true });
  console.log(`\nScale (content ×${times}): ${scaledSeconds.toFixed(1)} s for ${scaled.pages} pages (${kb(scaled.bytes)})`);
  console.log(
    `  per page: ${((buildSeconds / real.pages) * 1000).toFixed(1)} ms real, ${((scaledSeconds / scaled.pages) * 1000).toFixed(1)} ms at ×${times}; output ×${(scaled.bytes / real.bytes).toFixed(1)} for pages ×${(scaled.pages / real.pages).toFixed(1)}`,
  );
  console.log(
    `  search index: ${kb(folderStats(join(scaledDist, 'pagefind')).bytes)} at ×${times}, ${kb(folderStats(join(dist, 'pagefind')).bytes)} real`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
