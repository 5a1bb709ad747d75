/**
 * A broken content file must stop the build with a message an editor can act on: the file, the
 * line, the field and what is wrong, whether or not the cache holds an earlier good copy. These
 * run Astro's content sync (the step of the build that reads and validates content), or the build
 * itself for references, against fixture folders in tests/fixtures/broken-content/. The loaders
 * report every problem in a file or folder at once, so one sync proves several kinds of break:
 * eight runs in all, each allowed four minutes for a slow, busy machine.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const astroBin = join(
  dirname(require.resolve('astro/package.json')),
  (require('astro/package.json') as { bin: { astro: string } }).bin.astro,
);
const root = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, '../fixtures/broken-content');
/** Time for one Astro run (sync about 5 s and a build about 20 s when idle; several times that under load). */
const runTimeout = 240_000;

interface Run {
  status: number | null;
  output: string;
}

/**
 * Runs an Astro command over a content folder. Each run has its own cache folder (a fresh clone),
 * unless given one to share (a warm cache); `build` writes to a scratch folder, never dist/.
 */
function runAstro(command: 'sync' | 'build', fixtureDir: string, cacheDir?: string): Promise<Run> {
  const cache = cacheDir ?? mkdtempSync(join(tmpdir(), 'pathways-cache-'));
  const contentDir = withSiteFiles(fixtureDir, cache);
  const args = command === 'build' ? ['build', '--outDir', join(cache, 'dist')] : ['sync'];
  return new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], {
      cwd: root,
      env: { ...process.env, PATHWAYS_CONTENT_DIR: contentDir, PATHWAYS_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      timeout: runTimeout - 10_000,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  }).finally(() => {
    if (!cacheDir) rmSync(cache, { recursive: true, force: true });
  });
}

/**
 * A fixture folder holds only the collections its test is about; the one-file collections it
 * leaves out (content/pay.yaml, content/progression.yaml, content/now/*.yaml) must still exist, so
 * they are taken from the site's own content. Returns the folder to point the build at.
 */
function withSiteFiles(fixtureDir: string, scratch: string): string {
  const siteContent = join(root, 'content');
  const missing = readdirSync(siteContent, { recursive: true, encoding: 'utf8' }).filter(
    (path) => path.endsWith('.yaml') && !existsSync(join(fixtureDir, path)),
  );
  if (missing.length === 0) return fixtureDir;
  const contentDir = mkdtempSync(join(scratch, 'content-'));
  cpSync(fixtureDir, contentDir, { recursive: true });
  for (const path of missing) cpSync(join(siteContent, path), join(contentDir, path));
  return contentDir;
}

/** The 1-based number of the line of `text` that contains `fragment` (its nth occurrence). */
function lineOf(text: string, fragment: string, occurrence = 1): number {
  const lines = text.split('\n');
  const matching = lines.flatMap((line, index) => (line.includes(fragment) ? [index + 1] : []));
  const line = matching[occurrence - 1];
  if (line === undefined) throw new Error(`the fixture has no line with ${fragment}`);
  return line;
}

describe('a role file that is broken stops the build, with every problem in the folder at its line', () => {
  const folder = join(fixtures, 'broken-roles');
  const file = (name: string) => readFileSync(join(folder, 'roles', name), 'utf8');
  let run: Run;
  beforeAll(async () => {
    run = await runAstro('sync', folder);
  }, runTimeout);

  it('stops', () => {
    expect(run.status).not.toBe(0);
  });

  it('when points do not match the level, naming the line, the field and the right figure', () => {
    const line = lineOf(file('learning-mentor-1.mdx'), 'points: 61');
    expect(run.output).toContain(
      `roles/learning-mentor-1.mdx:${line}:11: jobEvaluation.factors.0.rows.0.points: 61 points does not match level 3 on Knowledge, which scores 60`,
    );
  });

  it('when a required field is missing, naming the file and the field', () => {
    expect(run.output).toMatch(/roles\/teaching-assistant-1\.mdx:\d+:\d+: purpose: Required/);
  });

  it('when the frontmatter does not parse, naming the line of the field', () => {
    expect(run.output).toContain(
      `roles/unclosed-quote.mdx:${lineOf(file('unclosed-quote.mdx'), 'title:')}:1: title: Missing closing "quote`,
    );
  });

  it('when a field is given twice, naming the second', () => {
    expect(run.output).toContain(
      `roles/repeated-key.mdx:${lineOf(file('repeated-key.mdx'), 'title:', 2)}:1: title: Map keys must be unique`,
    );
  });
});

describe('a progression file that does not parse stops the build', () => {
  const folder = join(fixtures, 'broken-progression');
  const broken = readFileSync(join(folder, 'progression.yaml'), 'utf8');
  /** What an editor must be told about the fixture: each broken move, at its line. */
  const expectedProblems = [
    `progression.yaml:${lineOf(broken, 'from: { kind: role, role: teaching-assistant-1')}:3: unclosed-brace.from: Flow map`,
    `progression.yaml:${lineOf(broken, '   role: teaching-assistant-2')}:1: bad-indentation.from`,
    `progression.yaml:${lineOf(broken, 'basis:', 4)}:3: repeated-key.basis: Map keys must be unique`,
  ];

  it(
    'on a fresh clone, naming each broken move at its line',
    async () => {
      const { status, output } = await runAstro('sync', folder);
      expect(status).not.toBe(0);
      for (const problem of expectedProblems) expect(output).toContain(problem);
    },
    runTimeout,
  );

  describe('with a warm cache holding the moves of a good copy', () => {
    let scratch: string;
    let good: Run;
    let afterBreak: Run;
    beforeAll(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'pathways-warm-'));
      const contentDir = join(scratch, 'content');
      const cacheDir = join(scratch, 'cache');
      cpSync(folder, contentDir, { recursive: true });
      // The site's own moves: the good copy an editor starts from; and its pay and "now" files,
      // which the fixture leaves out, so both runs read one and the same folder.
      cpSync(join(root, 'content/progression.yaml'), join(contentDir, 'progression.yaml'));
      for (const path of ['pay.yaml', 'now']) cpSync(join(root, 'content', path), join(contentDir, path), { recursive: true });
      good = await runAstro('sync', contentDir, cacheDir);
      cpSync(join(folder, 'progression.yaml'), join(contentDir, 'progression.yaml'));
      afterBreak = await runAstro('sync', contentDir, cacheDir);
    }, 2 * runTimeout);
    afterAll(() => {
      rmSync(scratch, { recursive: true, force: true });
    });

    it('syncs the good copy', () => {
      expect(good.status, good.output).toBe(0);
    });

    it('stops, with this run’s problems rather than the cached moves or an earlier error', () => {
      expect(afterBreak.status).not.toBe(0);
      for (const problem of expectedProblems) expect(afterBreak.output).toContain(problem);
    });
  });
});

describe('the job evaluation scheme', () => {
  it(
    'stops the build when it does not parse, naming the file, the line and the field',
    async () => {
      const folder = join(fixtures, 'broken-scheme');
      const broken = readFileSync(join(folder, 'job-evaluation/scheme.json'), 'utf8');
      const { status, output } = await runAstro('sync', folder);
      expect(status).not.toBe(0);
      // The comma missing after "source" is found where the next field starts.
      expect(output).toContain(`job-evaluation/scheme.json:${lineOf(broken, '"source"') + 1}:3: source: Expected ',' or '}'`);
    },
    runTimeout,
  );
});

describe('a reference to an entry that does not exist', () => {
  it(
    'stops the build, naming the file, the field and the missing id',
    async () => {
      const { status, output } = await runAstro('build', join(fixtures, 'dangling-reference'));
      expect(status).not.toBe(0);
      expect(output).toContain(
        'roles/teaching-assistant-1.mdx: relevantQualifications.0 refers to "level-2-certificate-in-nothing", which is not an entry in qualifications',
      );
    },
    runTimeout,
  );
});

describe('a pay file with a figure that is not a number', () => {
  it(
    'stops the build, naming the file, the row and the field',
    async () => {
      const { status, output } = await runAstro('sync', join(fixtures, 'bad-pay-data'));
      expect(status).not.toBe(0);
      // The fixture is read from a scratch copy (with the site's one-file collections added), so
      // the path ends in pay.yaml; the line and column are the bad figure's.
      expect(output).toMatch(/pay\.yaml:\d+:\d+: spine\.points\.3\.salary: must be a number of pounds, without £ or commas/);
    },
    runTimeout,
  );
});

describe('a safer recruitment file with a broken statement', () => {
  it(
    'stops the build, naming the file, the line and the field of each',
    async () => {
      const folder = join(fixtures, 'bad-safer-recruitment');
      const broken = readFileSync(join(folder, 'now/safer-recruitment.yaml'), 'utf8');
      const { status, output } = await runAstro('sync', folder);
      expect(status).not.toBe(0);
      expect(output).toContain(
        `now/safer-recruitment.yaml:${lineOf(broken, 'poster')}:27: england.statements.0.appearsIn.1: must be where a statement can appear: advert, job-description, kit`,
      );
      expect(output).toContain(
        `now/safer-recruitment.yaml:${lineOf(broken, '- id: keeping-learners-safe')}:7: wales.statements.0.text: Required`,
      );
    },
    runTimeout,
  );
});
