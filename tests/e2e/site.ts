import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts';

export const distDir = join(import.meta.dirname, '../../dist');
export const port = 4329;
export const baseUrl = `http://127.0.0.1:${port}`;

/** The axe rule sets the site is held to: WCAG 2 A and AA, 2.1 AA and 2.2 AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every built HTML page as a URL path ("/roles/teaching-assistant-3/"), the 404 page included. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(distDir, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** One page per template: every top-level page, and the first page of each section (/roles/x/, /standards/y/, …). */
export function onePagePerTemplate(): string[] {
  const pages = builtPages();
  const section = (path: string) => path.split('/').filter(Boolean).slice(0, -1).join('/');
  return pages.filter((path, index) => section(path) === '' || !pages.slice(0, index).some((other) => section(other) === section(path)));
}

/** Debian's Chromium, started the way these machines need (no network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
}
