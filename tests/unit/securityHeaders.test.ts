import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, headersForPath, mergePolicies } from '../../src/lib/securityHeaders';

describe('security headers', () => {
  it('read the policy from a page', () => {
    expect(cspFromHtml(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a'">`)).toBe(
      "script-src 'self' 'sha256-a'",
    );
    expect(cspFromHtml('<meta charset="utf-8">')).toBeUndefined();
  });

  it('merge every page policy into one, and forbid framing', () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
  });

  it('give every path the security headers, and long caching to hashed assets only', () => {
    const file = headersFile("default-src 'self'");
    expect(headersForPath(file, '/roles/')).toMatchObject({
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    expect(headersForPath(file, '/_astro/island.abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });
});
