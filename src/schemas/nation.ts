import { z } from 'astro/zod';
import { ladders } from '../domain/jobFamilies';
import { ref, sourceText } from './common';
import { factSection } from './today';

/** A topic on which a nation differs, with the pages it changes. */
const nationSection = factSection.extend({
  /** The pages this section changes: each links here. */
  affects: z
    .object({
      statuses: z.array(ref('statuses')).default([]),
      qualifications: z.array(ref('qualifications')).default([]),
      today: z.array(ref('today')).default([]),
      guidance: z.array(ref('guidance')).default([]),
      /** Role pages on these ladders. */
      ladders: z.array(z.enum(Object.keys(ladders) as [keyof typeof ladders, ...(keyof typeof ladders)[]])).default([]),
    })
    .default({ statuses: [], qualifications: [], today: [], guidance: [], ladders: [] }),
});

/**
 * One nation's page: what is different there, topic by topic, from the reference facts. The file
 * is named after the nation (content/nations/wales.mdx).
 */
export const nationSchema = z.object({
  title: sourceText,
  /** One or two sentences in the site's words: the meta description and the lede. */
  summary: sourceText,
  sections: z.array(nationSection).min(1),
});

export type NationData = z.infer<typeof nationSchema>;
export type NationSectionData = z.infer<typeof nationSection>;
