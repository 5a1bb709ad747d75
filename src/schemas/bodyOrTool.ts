import { z } from 'astro/zod';
import { ref, sourceText } from './common';
import { nowStatus } from './now';

/**
 * A body, tool, framework or set of standards that the sources name (or that has taken over
 * from one), with where it stands today. One entry per thing, in content/now/bodies-and-tools.yaml.
 */
export const bodyOrToolSchema = z.object({
  name: sourceText,
  /** Bodies and tools are listed together on the changes page; frameworks go with qualifications, standards with standards. */
  kind: z.enum(['body', 'tool', 'framework', 'standards']),
  /** What the sources say it is or did, in the site's words. */
  inTheSources: sourceText,
  /** False for a body the sources do not name (one that took over from one they do). */
  namedInSources: z.boolean().default(true),
  /** The pages whose text names it: each shows its status beside what it says. */
  namedIn: z
    .object({
      guidance: z.array(ref('guidance')).default([]),
      qualifications: z.array(ref('qualifications')).default([]),
      statuses: z.array(ref('statuses')).default([]),
    })
    .default({ guidance: [], qualifications: [], statuses: [] }),
  now: nowStatus,
});

export type BodyOrToolData = z.infer<typeof bodyOrToolSchema>;
