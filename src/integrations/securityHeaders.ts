import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile } from '../lib/site/securityHeaders';

/** After the build, writes dist/_headers with the security headers and the site's CSP. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'pathways:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const pages = await Promise.all(
          files.map(async (file) => ({ file, policy: cspFromHtml(await readFile(join(root, file), 'utf8')) })),
        );
        const policies = pages.filter((page): page is { file: string; policy: string } => page.policy !== undefined);
        await writeFile(join(root, '_headers'), headersFile(policies));
        logger.info(`_headers written with the policies of ${policies.length} pages`);
      },
    },
  };
}
