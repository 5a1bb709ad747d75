import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile, mergePolicies } from '../lib/securityHeaders';

/** After the build, writes dist/_headers with the security headers and the site's CSP. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'pathways:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const policies = (await Promise.all(pages.map(async (file) => cspFromHtml(await readFile(join(root, file), 'utf8'))))).filter(
          (policy): policy is string => policy !== undefined,
        );
        await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written from the policies of ${policies.length} pages`);
      },
    },
  };
}
