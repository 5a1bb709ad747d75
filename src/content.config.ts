import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { gradeSchema } from './schemas/grade';
import { guidanceSchema } from './schemas/guidance';
import { nosUnitSchema } from './schemas/nosUnit';
import { paySchema } from './schemas/pay';
import { progressionSchema } from './schemas/progression';
import { qcfUnitSchema } from './schemas/qcfUnit';
import { qualificationSchema } from './schemas/qualification';
import { roleSchema } from './schemas/role';
import { statusSchema } from './schemas/status';

// Content lives outside src/ in content/, one MDX file per entry; the schemas in src/schemas
// are the single definition of what each file may say (unit tests feed fixtures through them).
// References between collections are checked when pages load content (src/data/loadSite.ts).
// PATHWAYS_CONTENT_DIR points the build at another content folder: the tests use it to prove
// that a broken file stops the build.
const contentRoot = process.env['PATHWAYS_CONTENT_DIR'] ?? './content';

const mdxFolder = (folder: string) => glob({ base: `${contentRoot}/${folder}`, pattern: '*.mdx' });

export const collections = {
  roles: defineCollection({ loader: mdxFolder('roles'), schema: roleSchema }),
  grades: defineCollection({ loader: mdxFolder('grades'), schema: gradeSchema }),
  nosUnits: defineCollection({ loader: mdxFolder('nos-units'), schema: nosUnitSchema }),
  qcfUnits: defineCollection({ loader: mdxFolder('qcf-units'), schema: qcfUnitSchema }),
  qualifications: defineCollection({ loader: mdxFolder('qualifications'), schema: qualificationSchema }),
  statuses: defineCollection({ loader: mdxFolder('statuses'), schema: statusSchema }),
  guidance: defineCollection({ loader: mdxFolder('guidance'), schema: guidanceSchema }),
  // The moves on the progression map: one YAML file, keyed by move id.
  progressions: defineCollection({ loader: file(`${contentRoot}/progression.yaml`), schema: progressionSchema }),
  // The pay spine, awards and pay facts: the whole file is one entry, "pay", so the schema can check
  // rows against each other (points in order, awards on points that exist).
  pay: defineCollection({
    loader: file(`${contentRoot}/pay.yaml`, { parser: (text) => ({ pay: parseYaml(text) as Record<string, unknown> }) }),
    schema: paySchema,
  }),
};
