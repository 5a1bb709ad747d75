import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  ContentFileError,
  parseFrontmatterText,
  parseYamlText,
  schemaProblems,
  type ContentProblem,
  type LocatedText,
} from '../lib/content/contentFileParse';

/**
 * The content loaders: every content file is parsed, and checked against its collection's schema,
 * before Astro stores anything from it, and any problem stops the build (dev, sync or build) with
 * the file, line, column and field. Astro's file() loader only logs a YAML file it cannot parse
 * and keeps going, so a build "succeeded" with the previous build's entries (warm cache) or none
 * (fresh clone); its schema errors point at line 0. Nothing here is cached between runs: a
 * broken file is found whether or not the cache holds an older copy.
 */

/**
 * The content folder, relative to the project: PATHWAYS_CONTENT_DIR points the build at another
 * one (tests/fixtures/broken-content/… use it to prove that a broken file stops the build).
 */
export const contentRoot = process.env['PATHWAYS_CONTENT_DIR'] ?? './content';

type EntrySchema = z.ZodType;

/** The path an editor sees in messages: relative to the project, with forward slashes. */
function shownPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** Stops the sync with every problem listed, one per line, in Astro's error format. */
function stop(problems: readonly ContentProblem[]): never {
  const error = new AstroError(
    `A content file cannot be used:\n${new ContentFileError(problems).message}`,
    'Correct the file at the line given; nothing from it was loaded.',
  );
  const [first] = problems;
  // Astro prints `loc` under the message, with the lines around it; without it, it would
  // take the location from the stack and name this file.
  throw Object.assign(error, first ? { loc: { file: first.file, line: first.line, column: first.column } } : {});
}

async function readText(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    return stop([{ file: shown, line: 1, column: 1, field: '', message: `cannot be read (${(error as Error).message})` }]);
  }
}

/** Parses a text, turning a ContentFileError into a stop and passing anything else on. */
function parseOrStop(parse: () => LocatedText): LocatedText {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ContentFileError) stop(error.problems);
    throw error;
  }
}

async function checkEntry(schema: EntrySchema, shown: string, text: LocatedText, data: unknown, path: string[] = []) {
  const result = await schema.safeParseAsync(data);
  if (result.success) return [];
  return schemaProblems(
    shown,
    text,
    result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}

/**
 * One YAML file of entries keyed by id (content/progression.yaml), or, with `wholeFileAs`, a file
 * that is one entry under that id (content/pay.yaml). Replaces Astro's file()
 * loader, which logs a parse error and carries on.
 */
export function yamlEntriesFile(fileName: string, schema: EntrySchema, options: { wholeFileAs?: string } = {}): Loader {
  const sync = async (context: LoaderContext, file: string, shown: string) => {
    const source = await readText(file, shown);
    const located = parseOrStop(() => parseYamlText(source, { file: shown }));
    const data = located.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      stop([{ file: shown, line: 1, column: 1, field: '', message: 'must be a map of entries, each under its id' }]);
    }
    const { wholeFileAs } = options;
    const entries = wholeFileAs === undefined ? Object.entries(data as Record<string, unknown>) : [[wholeFileAs, data] as const];
    const problems = (
      await Promise.all(entries.map(([id, raw]) => checkEntry(schema, shown, located, raw, wholeFileAs === undefined ? [id] : [])))
    ).flat();
    if (problems.length > 0) stop(problems);
    context.store.clear();
    for (const [id, raw] of entries) {
      const entryData = await context.parseData({ id, data: raw as Record<string, unknown>, filePath: file });
      context.store.set({ id, data: entryData, filePath: shown, digest: context.generateDigest(entryData) });
    }
  };
  return {
    name: 'pathways-yaml-entries',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const file = resolve(root, fileName);
      const shown = shownPath(root, file);
      await sync(context, file, shown);
      // In dev, an edit reloads the entries; a broken edit is reported and the last good entries stay.
      context.watcher?.add(file);
      context.watcher?.on('change', (changed) => {
        if (changed !== file) return;
        sync(context, file, shown).catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

/**
 * A folder of MDX files, one entry each: Astro's glob() loader, after every file's frontmatter
 * has been parsed and checked here, so a problem is reported at its line with every other
 * problem in the folder.
 */
export function mdxFolder(folder: string, schema: EntrySchema): Loader {
  const base = `${contentRoot}/${folder}`;
  const inner = glob({ base, pattern: '*.mdx' });
  return {
    name: 'pathways-mdx-folder',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, base);
      const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
      const problems: ContentProblem[] = [];
      for (const name of names) {
        const file = join(dir, name);
        const shown = shownPath(root, file);
        const source = await readText(file, shown);
        try {
          const located = parseFrontmatterText(source, shown);
          problems.push(...(await checkEntry(schema, shown, located, located.data)));
        } catch (error) {
          if (!(error instanceof ContentFileError)) throw error;
          problems.push(...error.problems);
        }
      }
      if (problems.length > 0) stop(problems);
      await inner.load(context);
    },
  };
}
