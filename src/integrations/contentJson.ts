import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentFileError, parseJsonText } from '../lib/content/contentFileParse';

/**
 * JSON files in content/ that code imports (content/job-evaluation/scheme.json): each is parsed
 * strictly before the bundler sees it, so a file that does not parse, or repeats a key, stops the
 * build with the file, line, column and field (the bundler's own message names none of them).
 * With PATHWAYS_CONTENT_DIR set, an import of content/x.json takes the other folder's x.json when
 * it has one, so a test can break the scheme without touching content/.
 */
export function contentJson(): AstroIntegration {
  return {
    name: 'pathways:content-json',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const siteContent = join(root, 'content');
        const otherContent = process.env['PATHWAYS_CONTENT_DIR'] ? resolve(root, process.env['PATHWAYS_CONTENT_DIR']) : undefined;
        const within = (folder: string, file: string) => !relative(folder, file).startsWith('..');
        const isContentJson = (file: string) =>
          file.endsWith('.json') && (within(siteContent, file) || (otherContent !== undefined && within(otherContent, file)));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pathways:content-json',
                enforce: 'pre',
                async resolveId(source, importer, options) {
                  if (!otherContent || !source.endsWith('.json')) return null;
                  const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
                  if (!resolved || !within(siteContent, resolved.id)) return null;
                  const replacement = join(otherContent, relative(siteContent, resolved.id));
                  return existsSync(replacement) ? replacement : null;
                },
                async load(id) {
                  const file = id.split('?')[0] ?? id;
                  if (!isContentJson(file)) return null;
                  const text = await readFile(file, 'utf8');
                  try {
                    parseJsonText(text, { file: relative(root, file).split(sep).join('/') });
                  } catch (error) {
                    if (error instanceof ContentFileError) {
                      this.error(`A content file cannot be used:\n${error.message}`);
                    }
                    throw error;
                  }
                  // Parsed and sound: the bundler's own JSON handling takes it from here.
                  return null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
