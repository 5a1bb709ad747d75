import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every JavaScript file a built page loads: its scripts, its islands' component and renderer
 * modules, and every module those import, once each. Used by the byte-budget test and the benchmark.
 */
export function pageScriptFiles(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const match of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g))
      queue.push(`/_astro/${match[1] ?? match[2] ?? ''}`);
  }
  return [...seen];
}
