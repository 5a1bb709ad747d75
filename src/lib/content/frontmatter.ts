import { parse } from 'yaml';

/** The YAML frontmatter of a Markdown/MDX file, as an unvalidated object. */
export function readFrontmatter(fileText: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(fileText);
  if (!match) throw new Error('no frontmatter block (--- … ---) at the top of the file');
  return parse(match[1] ?? '');
}
