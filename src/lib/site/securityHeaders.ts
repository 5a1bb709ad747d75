/**
 * HTTP headers for static hosts, written to dist/_headers after the build (the format Netlify
 * and Cloudflare Pages read; README shows the same for nginx).
 *
 * Hosts match a rule's path against the request path: Cloudflare Pages exactly (with `*` for any
 * run of characters and `:name` for one segment), Netlify ignoring case and a trailing slash.
 * Every rule that matches applies; a header two rules set is sent with both values joined by a
 * comma (Cloudflare; Netlify keeps the later rule's). The file is written so that either reading
 * gives the same protection:
 * - every response, whatever its path (a 404, a redirect, `//x/`), carries a policy that forbids
 *   framing, from the `/*` rule;
 * - each page's own policy is on every address that serves it: `/x/`, `/x` and `/x/index.html`;
 * - no header is set by two rules where joining their values would contradict (Cache-Control).
 */

/** Headers every response gets. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The policy every response carries, page or not: only directives no page relaxes, so that
 * where a host sends it beside a page's own policy (both are then enforced) it takes nothing
 * from the page. frame-ancestors can only be set by a header, never by a page's <meta>.
 */
export const baselinePolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

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
 * Every address a static host may serve a built HTML file at, for a file path inside dist/:
 * "roles/x/index.html" → "/roles/x/", "/roles/x", "/roles/x/index.html"; "404.html" → "/404.html", "/404".
 */
export function pageAddresses(file: string): string[] {
  const path = `/${file.split('\\').join('/')}`;
  if (path === '/index.html') return ['/', '/index.html'];
  if (path.endsWith('/index.html')) {
    const directory = path.slice(0, -'index.html'.length);
    return [directory, directory.slice(0, -1), path];
  }
  return [path, path.replace(/\.html$/, '')];
}

/**
 * The _headers file: security headers and the framing policy for every path, long caching for
 * hashed assets, and each page's own Content Security Policy on each of its addresses, so a
 * header never allows more than the page needs (only the search page allows WebAssembly).
 * `pages` are the built HTML files (paths inside dist/) and the policy each one's <meta> gives.
 */
export function headersFile(pages: readonly { file: string; policy: string }[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      block('/*', { ...securityHeaders, 'Content-Security-Policy': baselinePolicy }),
      // File names under /_astro/ carry a hash of their content, so they never change. Other
      // files keep the host's default (revalidate every time); pages say so themselves.
      block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
      ...pages.flatMap(({ file, policy }) =>
        pageAddresses(file).map((path) => block(path, { 'Content-Security-Policy': headerPolicy(policy), 'Cache-Control': 'no-cache' })),
      ),
    ].join('\n\n') + '\n'
  );
}

/** A rule's path as a regular expression over the request path, as Cloudflare Pages reads it. */
function rulePattern(rule: string): RegExp {
  const escaped = rule
    .split('*')
    .map((part) => part.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&').replace(/:([A-Za-z]\w*)/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${escaped}$`);
}

/**
 * The headers a _headers file gives a request path, as Cloudflare Pages applies them: every
 * matching rule in file order; a header a later rule sets again is joined to the earlier value
 * with ", "; "! Name" removes what earlier rules set. Header names are kept as the file writes them.
 */
export function headersForPath(file: string, path: string): Record<string, string> {
  // By lower-case name, as HTTP compares them, keeping the name as first written.
  const headers = new Map<string, { name: string; value: string }>();
  for (const block of file.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    const [pattern = '', ...rules] = lines;
    if (!rulePattern(pattern.trim()).test(path)) continue;
    for (const rule of rules.map((line) => line.trim())) {
      if (rule.startsWith('!')) {
        headers.delete(rule.slice(1).trim().toLowerCase());
        continue;
      }
      const colon = rule.indexOf(':');
      if (colon <= 0) continue;
      const name = rule.slice(0, colon).trim();
      const value = rule.slice(colon + 1).trim();
      const existing = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), existing ? { ...existing, value: `${existing.value}, ${value}` } : { name, value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}
