import { defineCollection } from 'astro:content';
import { contentRoot, mdxFolder, yamlEntriesFile } from './data/contentLoaders';
import { bodyOrToolSchema } from './schemas/bodyOrTool';
import { currentFactSchema } from './schemas/currentFact';
import { gradeSchema } from './schemas/grade';
import { guidanceSchema } from './schemas/guidance';
import { nationSchema } from './schemas/nation';
import { nosUnitSchema } from './schemas/nosUnit';
import { paySchema } from './schemas/pay';
import { progressionSchema } from './schemas/progression';
import { qcfUnitSchema } from './schemas/qcfUnit';
import { qualificationSchema } from './schemas/qualification';
import { roleSchema } from './schemas/role';
import { saferRecruitmentSchema } from './schemas/saferRecruitment';
import { statusSchema } from './schemas/status';
import { todaySchema } from './schemas/today';

// Content lives outside src/ in content/, one MDX file per entry; the schemas in src/schemas
// are the single definition of what each file may say (unit tests feed fixtures through them).
// The loaders (src/data/contentLoaders.ts) parse and check every file before anything is stored,
// so a file that does not parse or fit its schema stops the build with its line and field.
// References between collections are checked when pages load content (src/data/loadSite.ts).
// PATHWAYS_CONTENT_DIR points the build at another content folder: the tests use it to prove
// that a broken file stops the build.

export const collections = {
  roles: defineCollection({ loader: mdxFolder('roles', roleSchema), schema: roleSchema }),
  grades: defineCollection({ loader: mdxFolder('grades', gradeSchema), schema: gradeSchema }),
  nosUnits: defineCollection({ loader: mdxFolder('nos-units', nosUnitSchema), schema: nosUnitSchema }),
  qcfUnits: defineCollection({ loader: mdxFolder('qcf-units', qcfUnitSchema), schema: qcfUnitSchema }),
  qualifications: defineCollection({ loader: mdxFolder('qualifications', qualificationSchema), schema: qualificationSchema }),
  statuses: defineCollection({ loader: mdxFolder('statuses', statusSchema), schema: statusSchema }),
  guidance: defineCollection({ loader: mdxFolder('guidance', guidanceSchema), schema: guidanceSchema }),
  // The moves on the progression map: one YAML file, keyed by move id.
  progressions: defineCollection({
    loader: yamlEntriesFile(`${contentRoot}/progression.yaml`, progressionSchema),
    schema: progressionSchema,
  }),
  // The pay spine, awards and pay facts: the whole file is one entry, "pay", so the schema can check
  // rows against each other (points in order, awards on points that exist).
  pay: defineCollection({
    loader: yamlEntriesFile(`${contentRoot}/pay.yaml`, paySchema, { wholeFileAs: 'pay' }),
    schema: paySchema,
  }),
  // What is true today: the reference facts by id, the bodies and tools the sources name, a page
  // per nation and a page for each thing the sources do not describe that people can take today.
  currentFacts: defineCollection({
    loader: yamlEntriesFile(`${contentRoot}/now/facts.yaml`, currentFactSchema),
    schema: currentFactSchema,
  }),
  bodiesAndTools: defineCollection({
    loader: yamlEntriesFile(`${contentRoot}/now/bodies-and-tools.yaml`, bodyOrToolSchema),
    schema: bodyOrToolSchema,
  }),
  // The safer recruitment statements the leaders' tools offer, by nation: one entry, so every nation is there.
  saferRecruitment: defineCollection({
    loader: yamlEntriesFile(`${contentRoot}/now/safer-recruitment.yaml`, saferRecruitmentSchema, { wholeFileAs: 'saferRecruitment' }),
    schema: saferRecruitmentSchema,
  }),
  nations: defineCollection({ loader: mdxFolder('nations', nationSchema), schema: nationSchema }),
  today: defineCollection({ loader: mdxFolder('today', todaySchema), schema: todaySchema }),
};
