import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ContentFileError,
  parseFrontmatterText,
  parseJsonText,
  parseYamlText,
  schemaProblems,
  type ContentProblem,
} from '../../src/lib/content/contentFileParse';

/** The problems a parse reports, or [] if it parses. */
function problemsOf(parse: () => unknown): ContentProblem[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (error instanceof ContentFileError) return [...error.problems];
    throw error;
  }
}

describe('a YAML content file', () => {
  it('is refused with every syntax error at its line, with the field it is in', () => {
    const text = ['move-a:', '  from: { kind: role, role: x', '  basis: stated', 'move-b:', '  from:', '    kind: role', '   role: y'].join(
      '\n',
    );
    expect(problemsOf(() => parseYamlText(text, { file: 'moves.yaml' }))).toEqual([
      expect.objectContaining({ file: 'moves.yaml', line: 2, field: 'move-a.from' }),
      expect.objectContaining({ line: 7, field: 'move-b.from.kind', message: 'All mapping items must start at the same column' }),
    ]);
  });

  it('is refused when a key is given twice, naming the key where it is repeated', () => {
    const text = 'move-a:\n  basis: stated\n  to: x\n  basis: not-stated\n';
    expect(problemsOf(() => parseYamlText(text, { file: 'moves.yaml' }))).toEqual([
      { file: 'moves.yaml', line: 4, column: 3, field: 'move-a.basis', message: 'Map keys must be unique' },
    ]);
  });

  it('places a schema problem on the line of its field, and a missing field on the line of the entry', () => {
    const text = 'move-a:\n  from:\n    kind: role\n    role: 12\n';
    const parsed = parseYamlText(text, { file: 'moves.yaml' });
    expect(
      schemaProblems('moves.yaml', parsed, [
        { path: ['move-a', 'from', 'role'], message: 'Expected string', code: 'invalid_type' },
        { path: ['move-a', 'basis'], message: 'Invalid input: expected string, received undefined', code: 'invalid_type' },
      ]),
    ).toEqual([
      { file: 'moves.yaml', line: 4, column: 5, field: 'move-a.from.role', message: 'Expected string' },
      { file: 'moves.yaml', line: 1, column: 1, field: 'move-a.basis', message: 'Required' },
    ]);
  });
});

describe('MDX frontmatter', () => {
  it('counts lines from the top of the file, and names a quote never closed at its field', () => {
    const text = '---\ntitle: Teaching Assistant 1\npurpose: "To support\nfamily: teaching-and-learning-support\n---\nBody';
    expect(problemsOf(() => parseFrontmatterText(text, 'roles/x.mdx'))).toEqual([
      expect.objectContaining({ file: 'roles/x.mdx', line: 3, column: 1, field: 'purpose' }),
    ]);
  });

  it('is refused when the file has no frontmatter block', () => {
    const [problem, ...others] = problemsOf(() => parseFrontmatterText('# Just a heading\n', 'roles/x.mdx'));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'roles/x.mdx', line: 1 });
    expect(problem?.message).toContain('no frontmatter');
  });
});

describe('a JSON content file', () => {
  const scheme = readFileSync(join(import.meta.dirname, '../../content/job-evaluation/scheme.json'), 'utf8');

  it('reads the job evaluation scheme exactly as JSON does', () => {
    expect(parseJsonText(scheme, { file: 'scheme.json' }).data).toEqual(JSON.parse(scheme));
  });

  it('is refused with the line, column and field of a syntax error', () => {
    const text = '{\n  "factors": [\n    { "id": "knowledge", "number": 1 "name": "Knowledge" }\n  ]\n}\n';
    expect(problemsOf(() => parseJsonText(text, { file: 'scheme.json' }))).toEqual([
      { file: 'scheme.json', line: 3, column: 38, field: 'factors.0.number', message: "Expected ',' or '}' after property value" },
    ]);
  });

  it('is refused when a key is repeated, which JSON itself would silently resolve to the last', () => {
    const text = '{\n  "source": "a",\n  "source": "b"\n}\n';
    expect(problemsOf(() => parseJsonText(text, { file: 'scheme.json' }))).toEqual([
      { file: 'scheme.json', line: 3, column: 3, field: 'source', message: 'Map keys must be unique' },
    ]);
  });

  it('is refused for what YAML allows and JSON does not (a trailing comma)', () => {
    expect(problemsOf(() => parseJsonText('{ "a": 1, }', { file: 'x.json' }))).toHaveLength(1);
  });
});

it('formats a problem as file:line:column: field: message, one a line', () => {
  const error = new ContentFileError([
    { file: 'content/progression.yaml', line: 3, column: 3, field: 'move-a.from', message: 'Missing }' },
    { file: 'content/progression.yaml', line: 1, column: 1, field: '', message: 'cannot be read' },
  ]);
  expect(error.message).toBe('content/progression.yaml:3:3: move-a.from: Missing }\ncontent/progression.yaml:1:1: cannot be read');
});
