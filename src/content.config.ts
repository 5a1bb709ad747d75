import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { roleSchema } from './schemas/role';
import { gradeSchema } from './schemas/grade';

// Content lives outside src/ in content/, one MDX file per entry; the schemas in src/schemas
// are the single definition of what each file may say (unit tests feed fixtures through them).
// PATHWAYS_CONTENT_DIR points the build at another content folder: the tests use it to prove
// that a broken file stops the build.
const contentRoot = process.env['PATHWAYS_CONTENT_DIR'] ?? './content';

const roles = defineCollection({
  loader: glob({ base: `${contentRoot}/roles`, pattern: '*.mdx' }),
  schema: roleSchema,
});

const grades = defineCollection({
  loader: glob({ base: `${contentRoot}/grades`, pattern: '*.mdx' }),
  schema: gradeSchema,
});

export const collections = { roles, grades };
