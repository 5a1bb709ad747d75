import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium, onePagePerTemplate } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Loads a page and returns every CSP violation and console error it caused. */
async function problemsOn(path: string, waitFor?: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  // Registered before any page script runs, so no violation can happen unseen.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${baseUrl}${path}`);
  if (waitFor) await page.locator(waitFor).first().waitFor();
  if (act) await act(page);
  if (!response?.headers()['content-security-policy']?.includes("frame-ancestors 'none'")) problems.push('no CSP header');
  await context.close();
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
    const problems = await problemsOn('/map/', '.map-panel[data-ready]', async (page) => {
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
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/search/`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await page.close();
  });
});

describe('the policy', () => {
  it('allows no inline script or eval on content pages', async () => {
    const response = await (await browser.newPage()).goto(`${baseUrl}/roles/teaching-assistant-3/`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });
});
