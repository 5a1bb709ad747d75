import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bodyOrToolSchema } from './schemas/bodyOrTool';
import { currentFactSchema } from './schemas/currentFact';
import { gradeSchema } from './schemas/grade';
import { guidanceSchema } from './schemas/guidance';
import { nationSchema } from './schemas/nation';
import { nosUnitSchema } from './schemas/nosUnit';
import { progressionSchema } from './schemas/progression';
import { qcfUnitSchema } from './schemas/qcfUnit';
import { qualificationSchema } from './schemas/qualification';
import { roleSchema } from './schemas/role';
import { statusSchema } from './schemas/status';
import { todaySchema } from './schemas/today';

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
  // What is true today: the reference facts by id, the bodies and tools the sources name, a page
  // per nation and a page for each thing the sources do not describe that people can take today.
  currentFacts: defineCollection({ loader: file(`${contentRoot}/now/facts.yaml`), schema: currentFactSchema }),
  bodiesAndTools: defineCollection({ loader: file(`${contentRoot}/now/bodies-and-tools.yaml`), schema: bodyOrToolSchema }),
  nations: defineCollection({ loader: mdxFolder('nations'), schema: nationSchema }),
  today: defineCollection({ loader: mdxFolder('today'), schema: todaySchema }),
};
