import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverUrl } from '../../scripts/staticServer.ts';
import { pageAddresses } from '../../src/lib/site/securityHeaders';
import { baseUrl, builtPages, onePagePerTemplate, useTestBrowser } from './site';

const { newPage } = useTestBrowser();
const reportsViolations = new WeakSet<Page>();

/** Loads a page and returns every CSP violation and console error it caused. */
async function problemsOn(path: string, waitFor?: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  // Registered before any page script runs, so no violation can happen unseen. The file's tests
  // take turns with one page, and its init scripts stay with it: it gets this one once.
  if (!reportsViolations.has(page)) {
    reportsViolations.add(page);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }
  const response = await page.goto(`${baseUrl}${path}`);
  if (waitFor) await page.locator(waitFor).first().waitFor();
  if (act) await act(page);
  if (!response?.headers()['content-security-policy']?.includes("frame-ancestors 'none'")) problems.push('no CSP header');
  return problems;
}

describe('every page template runs under the Content Security Policy without a violation or console error', () => {
  for (const path of onePagePerTemplate().filter((page) => page !== '/404.html')) {
    it(path, async () => {
      expect(await problemsOn(path)).toEqual([]);
    });
  }
});

describe('the progression map', () => {
  it('selects a node under its policy without a violation or console error', async () => {
    const problems = await problemsOn('/map/', '.map-panel:not([data-loading])', async (page) => {
      await page.locator('a[data-node="role:teaching-assistant-3"]').focus();
      await page.locator('#map-panel-heading', { hasText: 'Teaching Assistant 3' }).waitFor();
      // Zooming sizes the SVG from script, which the policy must allow.
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForFunction(() => document.querySelector<SVGElement>('#progression-map')?.style.width !== '');
    });
    expect(problems).toEqual([]);
  });
});

describe('the leaders’ tools', () => {
  it('build a job description, its recruitment kit and an audit under their policies without a violation or console error', async () => {
    const problems = await problemsOn('/tools/job-description/?profile=teaching-assistant-2', '#jd-title', async (page) => {
      await page.getByLabel('STL30: Contribute to assessment for learning').check();
      await page.locator('.inline-warning').waitFor();
      await page.goto(`${baseUrl}/tools/recruitment-kit/`);
      await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
      await page.goto(`${baseUrl}/tools/role-audit/`);
      await page.getByRole('button', { name: 'Add a role' }).click();
      await page.getByLabel('Closest profile').selectOption('teaching-assistant-2');
    });
    expect(problems).toEqual([]);
  });
});

describe('the self-assessment', () => {
  it('saves and reloads a rating under its policy without a violation or console error', async () => {
    const problems = await problemsOn('/self-assessment/', 'fieldset.standard-rating', async (page) => {
      await page.getByRole('group', { name: /^1\. / }).getByLabel('Developing').check();
      await page.reload();
      await page.getByRole('heading', { name: 'Summary' }).waitFor();
    });
    expect(problems).toEqual([]);
  });
});

describe('the search page', () => {
  it('runs a search under its policy without a violation or console error', async () => {
    expect(await problemsOn('/search/?q=safeguarding', '.result-title')).toEqual([]);
  });

  it('is the only page whose policy allows WebAssembly', async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl}/search/`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  });
});

describe('the policy', () => {
  it('allows no inline script or eval on content pages', async () => {
    const response = await (await newPage()).goto(`${baseUrl}/roles/teaching-assistant-3/`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });
});

describe('every address that serves a page, and the 404 page, forbid framing', () => {
  const framing = "frame-ancestors 'none'";
  /** The page's addresses a static host answers: "/x/", "/x" and "/x/index.html" (the 404 page is a file). */
  const addresses = builtPages().flatMap((path) =>
    pageAddresses(path === '/' ? 'index.html' : path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)),
  );

  it('in the first response to every form of every page’s address, redirects included', async () => {
    const missing: string[] = [];
    for (const path of addresses) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
      if (!response.headers.get('content-security-policy')?.includes(framing)) missing.push(`${path} (${response.status})`);
    }
    expect(missing).toEqual([]);
  });

  for (const path of ['/self-assessment/index.html', '/tools/role-audit/index.html', '/self-assessment', '/does-not-exist/']) {
    it(`on ${path}, in the page the browser ends at`, async () => {
      const page = await newPage();
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.headers()['content-security-policy']).toContain(framing);
      if (path === '/does-not-exist/') {
        expect(response?.status()).toBe(404);
        await page.getByRole('heading', { level: 1 }).waitFor();
      } else {
        expect(response?.status()).toBe(200);
        expect(new URL(page.url()).pathname).toMatch(/\/$/);
      }
    });
  }

  it('so that a page of another site cannot show any of them in a frame', async () => {
    const framed = ['/self-assessment/index.html', '/tools/role-audit/index.html', '/self-assessment', '/does-not-exist/'];
    // Another origin: a second server on its own port, whose page frames each address of this site.
    const other = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><title>Another site</title>${framed.map((path) => `<iframe src="${baseUrl}${path}"></iframe>`).join('')}`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const page = await newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes("frame-ancestors 'none'")) refused.push(message.text());
    });
    try {
      await page.goto(serverUrl(other));
      // A frame the browser refuses shows its own error page instead of the site's.
      const frames = () => page.frames().filter((frame) => frame !== page.mainFrame());
      await expect
        .poll(() => frames().map((frame) => frame.url().split(':')[0]), { timeout: 30_000 })
        .toEqual(framed.map(() => 'chrome-error'));
      expect(refused.length).toBeGreaterThanOrEqual(framed.length);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
