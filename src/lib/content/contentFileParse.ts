import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/**
 * Reading a content file's text (YAML, MDX frontmatter, JSON) so that anything wrong with it is
 * reported as an editor can act on it: the file, the line and column, the field, and the problem.
 * Astro's own loaders log an unparsable data file and carry on (so the build succeeds with stale
 * or no data) and place schema errors at ":0:0"; the loaders in src/data/contentLoaders.ts use
 * these functions instead, and the build stops with every problem in the file listed.
 */

/** One thing wrong in a content file. Line and column count from 1. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field the problem is in ("midday-supervision-1-to-2.from.role"), or "" for the whole file. */
  field: string;
  message: string;
}

/** "content/progression.yaml:12:5: midday-supervision-1-to-2.from: Map keys must be unique" */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** Thrown when a content file cannot be used; its message lists every problem, one a line. */
export class ContentFileError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentFileError';
    this.problems = problems;
  }
}

/** A parsed YAML (or JSON) text that can say where each field is. */
export interface LocatedText {
  data: unknown;
  /** Where the node at a field path starts (or, for a field that is missing, the nearest field that is there). */
  locate(path: readonly PropertyKey[]): { line: number; column: number; field: string };
}

/** Where a file's YAML starts: frontmatter begins on the line after the opening `---`. */
interface Placement {
  file: string;
  /** Lines before the YAML text in the file. */
  lineOffset?: number;
}

const keyName = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

/**
 * The field a problem at `offset` belongs to, and where to report it: the deepest key whose value
 * spans the offset, or else the key just before it (a badly indented line). A problem found
 * where a bracketed or quoted value ends ("{ kind: role" with no "}", a quote never closed) is
 * reported on the line of its key, where the editor has to add the missing character.
 */
function fieldAt(node: Node | null | undefined, offset: number, path: string[] = []): { path: string[]; offset: number } {
  if (isMap(node)) {
    const pairs = node.items.filter((pair) => isScalar(pair.key));
    const keyStart = (pair: (typeof pairs)[number]) => (pair.key as Node).range?.[0] ?? Infinity;
    const end = (pair: (typeof pairs)[number]) => (pair.value as Node | null)?.range?.[2] ?? (pair.key as Node).range?.[2] ?? 0;
    const spanning = pairs.find((pair) => keyStart(pair) < offset && offset <= end(pair));
    if (spanning) {
      const here = [...path, keyName(spanning.key)];
      const value = spanning.value as Node | null;
      const bracketed = (isMap(value) || isSeq(value)) && value.flow === true;
      const quoted = isScalar(value) && (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE');
      if ((bracketed || quoted) && offset >= (value.range?.[1] ?? Infinity)) {
        return { path: here, offset: keyStart(spanning) };
      }
      return fieldAt(value, offset, here);
    }
    const before = pairs.filter((pair) => keyStart(pair) <= offset).at(-1);
    return { path: before ? [...path, keyName(before.key)] : path, offset };
  }
  if (isSeq(node)) {
    const index = node.items.findIndex((item) => {
      const range = (item as Node | null)?.range;
      return range != null && range[0] <= offset && offset <= range[2];
    });
    return index === -1 ? { path, offset } : fieldAt(node.items[index] as Node, offset, [...path, String(index)]);
  }
  return { path, offset };
}

/**
 * The field path at an offset of a JSON text that may not parse: a scan of its brackets, keys
 * and commas up to the offset (a YAML parse of broken JSON can take a value for a key).
 */
function jsonFieldAt(text: string, offset: number): string[] {
  const stack: { key: string | null; index: number; isArray: boolean }[] = [];
  let lastString: string | null = null;
  for (let position = 0; position < offset && position < text.length; position += 1) {
    const char = text[position];
    const top = stack.at(-1);
    if (char === '"') {
      let end = position + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      lastString = text.slice(position + 1, end);
      position = end;
    } else if (char === '{' || char === '[') {
      stack.push({ key: null, index: 0, isArray: char === '[' });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ':' && top && !top.isArray) {
      top.key = lastString;
    } else if (char === ',' && top) {
      if (top.isArray) top.index += 1;
      else top.key = null;
    }
  }
  return stack.flatMap((level) => (level.isArray ? [String(level.index)] : level.key === null ? [] : [level.key]));
}

function parseLocated(text: string, placement: Placement, strictJson: boolean): LocatedText {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOffset = placement.lineOffset ?? 0;
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const problem = (offset: number, path: readonly string[], message: string): ContentProblem => ({
    file: placement.file,
    ...at(offset),
    field: path.join('.'),
    message,
  });
  const problems: ContentProblem[] = [];
  if (strictJson) {
    // JSON's own parser decides what is JSON (YAML accepts comments, trailing commas, bare keys)
    // and words its errors for JSON; YAML's parse still finds duplicate keys, which JSON.parse
    // silently resolves to the last.
    try {
      JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
      const words = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
      problems.push(problem(offset, jsonFieldAt(text, offset), words));
    }
  }
  if (problems.length === 0) {
    for (const error of document.errors) {
      const words = error.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '');
      const where = fieldAt(document.contents, error.pos[0]);
      // A repeated key is not in the parsed document: name it from the text, beside its siblings.
      const repeated = error.code === 'DUPLICATE_KEY' ? /^["']?([^"':\n]+?)["']?\s*:/.exec(text.slice(error.pos[0]))?.[1] : undefined;
      problems.push(problem(where.offset, repeated ? [...where.path.slice(0, -1), repeated] : where.path, words));
    }
  }
  if (problems.length > 0) throw new ContentFileError(problems);

  return {
    data: document.toJS(),
    locate(path) {
      let node: Node | null | undefined = document.contents;
      let start = node?.range?.[0] ?? 0;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => keyName(item.key) === String(segment));
          if (!pair) break;
          start = (pair.key as Node).range?.[0] ?? start;
          node = pair.value as Node | null;
        } else if (isSeq(node)) {
          const item = node.items[Number(segment)] as Node | undefined;
          if (!item) break;
          start = item.range?.[0] ?? start;
          node = item;
        } else break;
      }
      return { ...at(start), field: path.map(String).join('.') };
    },
  };
}

/** Parses a YAML text, or throws a ContentFileError listing every syntax error and duplicate key. */
export function parseYamlText(text: string, placement: Placement): LocatedText {
  return parseLocated(text, placement, false);
}

/** Parses a JSON text (duplicate keys refused too), or throws a ContentFileError. */
export function parseJsonText(text: string, placement: Placement): LocatedText {
  return parseLocated(text, placement, true);
}

/** The YAML frontmatter of an MDX file, parsed, with its fields placed on the file's own lines. */
export function parseFrontmatterText(fileText: string, file: string): LocatedText {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(fileText);
  if (!match) {
    throw new ContentFileError([{ file, line: 1, column: 1, field: '', message: 'no frontmatter block (--- … ---) at the top of the file' }]);
  }
  return parseYamlText(match[1] ?? '', { file, lineOffset: 1 });
}

/** A schema problem as zod reports it (zod 3, zod 4 and zod/mini issues all have this shape). */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

/** A schema issue in an editor's words: a missing field is "Required", as Astro says it. */
function issueMessage(issue: SchemaIssue): string {
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? 'Required' : issue.message;
}

/** Places each schema issue on the line of the field it is about. */
export function schemaProblems(file: string, text: LocatedText, issues: readonly SchemaIssue[]): ContentProblem[] {
  return issues.map((issue) => ({ file, ...text.locate(issue.path), message: issueMessage(issue) }));
}
