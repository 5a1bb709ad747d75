import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFrontmatter } from '../../src/lib/content/frontmatter';

export const contentDir = join(import.meta.dirname, '../../content');
export const sourcesDir = join(import.meta.dirname, '../../../shared/sources');

/** Every MDX file of a collection folder, with its id, raw frontmatter and body. */
export function loadCollection(folder: string): { id: string; file: string; data: unknown; body: string }[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return {
        id: name.replace(/\.mdx$/, ''),
        file: join(dir, name),
        data: readFrontmatter(text),
        body: text.replace(/^---[\s\S]*?\n---\r?\n?/, ''),
      };
    });
}

/** Every entry of a YAML data file keyed by id (content/now/facts.yaml), with its raw data. */
export function loadDataFile(path: string): { id: string; file: string; data: unknown }[] {
  const file = join(contentDir, path);
  return Object.entries(parse(readFileSync(file, 'utf8')) as Record<string, unknown>).map(([id, data]) => ({ id, file, data }));
}
