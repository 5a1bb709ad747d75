import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/lib/frontmatter';

export const contentDir = join(import.meta.dirname, '../../content');
export const sourcesDir = join(import.meta.dirname, '../../../shared/sources');

/** Every MDX file of a collection folder, with its id and raw frontmatter. */
export function loadCollection(folder: string): { id: string; file: string; data: unknown }[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: name.replace(/\.mdx$/, ''), file: join(dir, name), data: readFrontmatter(readFileSync(join(dir, name), 'utf8')) }));
}
