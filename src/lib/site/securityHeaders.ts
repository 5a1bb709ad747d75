/**
 * HTTP headers for static hosts, written to dist/_headers after the build (the format Netlify
 * and Cloudflare Pages read; README shows the same for nginx).
 */

/** Headers every response gets. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy a page's <meta http-equiv="content-security-policy"> gives, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/** A page's policy with what only a header can say added (frame-ancestors). */
export function headerPolicy(pagePolicy: string): string {
  return `${pagePolicy.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/**
 * The _headers file: security headers and caching for every path, and each page's own Content
 * Security Policy on its own path, so a header never allows more than the page needs (only the
 * search page allows WebAssembly).
 */
export function headersFile(pagePolicies: readonly { path: string; policy: string }[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      block('/*', { ...securityHeaders, 'Cache-Control': 'no-cache' }),
      // File names under /_astro/ carry a hash of their content, so they never change.
      block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
      ...pagePolicies.map(({ path, policy }) => block(path, { 'Content-Security-Policy': headerPolicy(policy) })),
    ].join('\n\n') + '\n'
  );
}

/** Reads back the headers a _headers file gives for a path (the subset of the format written above). */
export function headersForPath(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const block of file.split(/\n\s*\n/)) {
    const [pattern = '', ...rules] = block.split('\n');
    const rule = pattern.trim();
    const matches = rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule;
    if (!matches) continue;
    for (const rule of rules) {
      const colon = rule.indexOf(':');
      if (colon > 0) headers[rule.slice(0, colon).trim()] = rule.slice(colon + 1).trim();
    }
  }
  return headers;
}
