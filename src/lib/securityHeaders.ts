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

/**
 * One policy for the whole site: each directive's sources from every page, merged. Pages keep
 * their own stricter <meta> policy as well, and a browser enforces both. Adds what only a
 * header can say (frame-ancestors).
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The _headers file: security headers and the merged CSP for every path, and cache rules. */
export function headersFile(policy: string): string {
  const lines = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      lines('/*', { ...securityHeaders, 'Content-Security-Policy': policy, 'Cache-Control': 'no-cache' }),
      // File names under /_astro/ carry a hash of their content, so they never change.
      lines('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ].join('\n\n') + '\n'
  );
}

/** Reads back the headers a _headers file gives for a path (the subset of the format written above). */
export function headersForPath(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const block of file.split(/\n\s*\n/)) {
    const [pattern = '', ...rules] = block.split('\n');
    const prefix = pattern.trim().replace(/\*$/, '');
    if (!path.startsWith(prefix)) continue;
    for (const rule of rules) {
      const colon = rule.indexOf(':');
      if (colon > 0) headers[rule.slice(0, colon).trim()] = rule.slice(colon + 1).trim();
    }
  }
  return headers;
}
