import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildProgressionGraph } from '../../src/lib/progression/progression';
import { progressionSchema } from '../../src/schemas/progression';
import { contentDir } from './contentFiles';
import { content } from './siteContent';

/** The real moves in content/progression.yaml, parsed through the real schema. */
export const progressions = Object.entries(
  parse(readFileSync(join(contentDir, 'progression.yaml'), 'utf8')) as Record<string, unknown>,
).map(([id, data]) => ({ id, data: progressionSchema.parse(data) }));

/** The real progression map, as pages and islands receive it. */
export const progressionGraph = buildProgressionGraph({ ...content, progressions });
