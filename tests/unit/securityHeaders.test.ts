import { describe, expect, it } from 'vitest';
import { routeRequest } from '../../scripts/staticServer';
import { baselinePolicy, cspFromHtml, headersFile, headersForPath, pageAddresses } from '../../src/lib/site/securityHeaders';

describe('security headers', () => {
  it('read the policy from a page', () => {
    expect(cspFromHtml(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a'">`)).toBe(
      "script-src 'self' 'sha256-a'",
    );
    expect(cspFromHtml('<meta charset="utf-8">')).toBeUndefined();
  });

  const file = headersFile([
    { file: 'index.html', policy: "script-src 'self' 'sha256-home';" },
    { file: 'self-assessment/index.html', policy: "script-src 'self' 'sha256-a';" },
    { file: 'search/index.html', policy: "script-src 'self' 'wasm-unsafe-eval';" },
    { file: '404.html', policy: "script-src 'self' 'sha256-404';" },
  ]);
  /** The policies a response carries: a host sends every matching rule's, joined by commas. */
  const policies = (path: string) => (headersForPath(file, path)['Content-Security-Policy'] ?? '').split(', ');

  it('give each page its own policy, with framing forbidden, at every address that serves it', () => {
    for (const path of ['/self-assessment/', '/self-assessment', '/self-assessment/index.html']) {
      expect(policies(path), path).toContain("script-src 'self' 'sha256-a'; frame-ancestors 'none'");
    }
    for (const path of ['/', '/index.html'])
      expect(policies(path), path).toContain("script-src 'self' 'sha256-home'; frame-ancestors 'none'");
    expect(policies('/search/')).toContain("script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'");
    expect(policies('/self-assessment/').join()).not.toContain('wasm');
  });

  it('forbid framing on every other response: a 404 at any path, a doubled slash, a file', () => {
    for (const path of ['/does-not-exist/', '/roles/nothing', '//self-assessment/', '/data/roles.json', '/_astro/x.js']) {
      expect(policies(path), path).toEqual([baselinePolicy]);
    }
    expect(baselinePolicy).toContain("frame-ancestors 'none'");
  });

  it('add nothing a page needs to the framing policy, so the two can be enforced together', () => {
    expect(baselinePolicy).not.toMatch(/(default|script|style|img|connect)-src/);
  });

  it('give every path the security headers, long caching to hashed assets only, and no-cache to pages', () => {
    expect(headersForPath(file, '/does-not-exist/')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(headersForPath(file, '/_astro/island.abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(file, '/self-assessment/')['Cache-Control']).toBe('no-cache');
    // A rule never sets a header another matching rule sets, where joining the two would contradict.
    expect(headersForPath(file, '/data/roles.json')['Cache-Control']).toBeUndefined();
  });
});

describe('the addresses of a built page', () => {
  it('are the folder with and without its slash, and the file itself', () => {
    expect(pageAddresses('roles/teaching-assistant-3/index.html')).toEqual([
      '/roles/teaching-assistant-3/',
      '/roles/teaching-assistant-3',
      '/roles/teaching-assistant-3/index.html',
    ]);
    expect(pageAddresses('index.html')).toEqual(['/', '/index.html']);
    expect(pageAddresses('404.html')).toEqual(['/404.html', '/404']);
  });
});

describe('reading a _headers file as Cloudflare Pages does', () => {
  const rules = [
    '# comment',
    '/*',
    '  X-Frame-Options: DENY',
    '  X-Robots-Tag: noindex',
    '',
    '/blog/:post/',
    '  X-Post: yes',
    '',
    '/static/*.css',
    '  X-Robots-Tag: nosnippet',
    '',
    '/secret',
    '  ! X-Frame-Options',
  ].join('\n');

  it('matches the whole path exactly, without a slash it does not write', () => {
    expect(headersForPath(rules, '/blog/hello/')['X-Post']).toBe('yes');
    expect(headersForPath(rules, '/blog/hello')['X-Post']).toBeUndefined();
    expect(headersForPath(rules, '/blog/hello/index.html')['X-Post']).toBeUndefined();
  });

  it('reads * as any run of characters and :name as one path segment', () => {
    expect(headersForPath(rules, '/static/css/site.css')['X-Robots-Tag']).toBe('noindex, nosnippet');
    expect(headersForPath(rules, '/blog/a/b/')['X-Post']).toBeUndefined();
  });

  it('joins a header set by several matching rules, in file order, and removes one marked with !', () => {
    expect(headersForPath(rules, '/static/site.css')['X-Robots-Tag']).toBe('noindex, nosnippet');
    expect(headersForPath(rules, '/secret')).toEqual({ 'X-Robots-Tag': 'noindex' });
  });
});

describe('the test server routes requests as Cloudflare Pages does', () => {
  const files = new Set(['/index.html', '/404.html', '/self-assessment/index.html', '/data/roles.json', '/guide.html']);
  const route = (path: string, search = '') => routeRequest(path, search, (file) => files.has(file));

  it('serves a folder’s page at its address with a slash', () => {
    expect(route('/self-assessment/')).toEqual({ kind: 'file', file: '/self-assessment/index.html' });
    expect(route('/')).toEqual({ kind: 'file', file: '/index.html' });
    expect(route('/data/roles.json')).toEqual({ kind: 'file', file: '/data/roles.json' });
  });

  it('redirects the same page without its slash, or by its file name, keeping the query', () => {
    expect(route('/self-assessment', '?a=1')).toEqual({ kind: 'redirect', location: '/self-assessment/?a=1' });
    expect(route('/self-assessment/index.html')).toEqual({ kind: 'redirect', location: '/self-assessment/' });
    expect(route('/index.html')).toEqual({ kind: 'redirect', location: '/' });
    expect(route('/guide.html')).toEqual({ kind: 'redirect', location: '/guide' });
    expect(route('/guide')).toEqual({ kind: 'file', file: '/guide.html' });
  });

  it('answers any other path with the 404 page', () => {
    expect(route('/does-not-exist/')).toEqual({ kind: 'not-found', file: '/404.html' });
    expect(route('/self-assessment/nothing')).toEqual({ kind: 'not-found', file: '/404.html' });
  });

  it('never redirects to an address starting with //, which a browser would read as another host', () => {
    expect(route('//self-assessment')).toEqual({ kind: 'not-found', file: '/404.html' });
    const redirect = routeRequest('//self-assessment', '', (file) => file === '//self-assessment/index.html');
    expect(redirect).toEqual({ kind: 'redirect', location: '/self-assessment/' });
  });
});
