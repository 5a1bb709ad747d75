import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const staticImport = /from\s*"\.\/([^"]+\.js)"/g;
// Minified code writes the specifier in backticks.
const dynamicImport = /import\([`"]\.\/([^`"]+\.js)[`"]\)/g;

/** The files reachable from `start` through the imports `follow` matches, once each, `start` included. */
function reachable(dist: string, start: readonly string[], follow: readonly RegExp[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const pattern of follow) for (const match of code.matchAll(pattern)) queue.push(`/_astro/${match[1] ?? ''}`);
  }
  return [...seen];
}

const pageEntries = (html: string) =>
  [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');

/**
 * Every JavaScript file a built page loads as it opens: its scripts, its islands' component and
 * renderer modules, and every module those import statically, once each. Used by the byte-budget
 * test and the benchmark. A module imported with `import()` (the Word writer, imported when a person
 * asks for a file) is not loaded with the page: `onDemandScriptFiles` lists those.
 */
export function pageScriptFiles(dist: string, html: string): string[] {
  return reachable(dist, pageEntries(html), [staticImport]);
}

/** The JavaScript files a built page can load later, through an `import()`, and not as it opens. */
export function onDemandScriptFiles(dist: string, html: string): string[] {
  const onLoad = new Set(pageScriptFiles(dist, html));
  return reachable(dist, pageEntries(html), [staticImport, dynamicImport]).filter((file) => !onLoad.has(file));
}
