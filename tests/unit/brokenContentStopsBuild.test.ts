/**
 * A broken content file must stop the build with a message an editor can act on: the file,
 * the field and what is wrong. These run Astro's content sync (the step of the build that
 * validates content), or the build itself for references, against fixture folders that each
 * hold one broken file.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const astroBin = join(
  dirname(require.resolve('astro/package.json')),
  (require('astro/package.json') as { bin: { astro: string } }).bin.astro,
);
const fixtures = join(import.meta.dirname, '../fixtures/broken-content');

/** Runs an Astro command over a fixture content folder; `build` writes to a scratch folder, never dist/. */
function runAstro(command: 'sync' | 'build', folder: string): { status: number | null; output: string } {
  // A scratch cache folder keeps the fixture's entries out of the real site's content store.
  const cacheDir = mkdtempSync(join(tmpdir(), 'pathways-sync-'));
  const args = command === 'build' ? ['build', '--outDir', join(cacheDir, 'dist')] : ['sync'];
  try {
    const result = spawnSync(process.execPath, [astroBin, ...args], {
      cwd: join(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        PATHWAYS_CONTENT_DIR: join(fixtures, folder),
        PATHWAYS_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

// Each test spawns Astro (a build, for references): generous, because a busy two-core machine is slow.
describe('a broken content file stops the build', { timeout: 180_000 }, () => {
  it('when points do not match the level, naming the file, the field and the right figure', () => {
    const { status, output } = runAstro('sync', 'points-do-not-match');
    expect(status).not.toBe(0);
    expect(output).toContain('roles/learning-mentor-1.mdx');
    expect(output).toContain('jobEvaluation.factors.0.rows.0.points: 61 points does not match level 3 on Knowledge, which scores 60');
  });

  it('when a required field is missing, naming the file and the field', () => {
    const { status, output } = runAstro('sync', 'missing-field');
    expect(status).not.toBe(0);
    expect(output).toContain('roles/teaching-assistant-1.mdx');
    expect(output).toMatch(/purpose\W.*Required/);
  });

  it('when a reference points at no entry, naming the file, the field and the missing id', () => {
    const { status, output } = runAstro('build', 'dangling-reference');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'roles/teaching-assistant-1.mdx: relevantQualifications.0 refers to "level-2-certificate-in-nothing", which is not an entry in qualifications',
    );
  });
});
