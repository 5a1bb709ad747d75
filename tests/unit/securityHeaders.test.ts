import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, headersForPath } from '../../src/lib/site/securityHeaders';

describe('security headers', () => {
  it('read the policy from a page', () => {
    expect(cspFromHtml(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a'">`)).toBe(
      "script-src 'self' 'sha256-a'",
    );
    expect(cspFromHtml('<meta charset="utf-8">')).toBeUndefined();
  });

  it('give each page its own policy, with framing forbidden', () => {
    const file = headersFile([
      { path: '/roles/', policy: "script-src 'self';" },
      { path: '/search/', policy: "script-src 'self' 'wasm-unsafe-eval';" },
    ]);
    expect(headersForPath(file, '/roles/')['Content-Security-Policy']).toBe("script-src 'self'; frame-ancestors 'none'");
    expect(headersForPath(file, '/search/')['Content-Security-Policy']).toBe(
      "script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'",
    );
    expect(headersForPath(file, '/roles/x/')['Content-Security-Policy']).toBeUndefined();
  });

  it('give every path the security headers, and long caching to hashed assets only', () => {
    const file = headersFile([]);
    expect(headersForPath(file, '/roles/')).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    expect(headersForPath(file, '/_astro/island.abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });
});
