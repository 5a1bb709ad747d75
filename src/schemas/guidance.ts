import { z } from 'astro/zod';
import { sourceCitation, sourceText } from './common';

/** A guidance page: the site's own words around the sources' substance, with the sources cited. */
export const guidanceSchema = z.object({
  title: sourceText,
  /** The meta description and the summary on index pages. */
  description: sourceText,
  /** Who the page is mainly for: it decides which door of the home page lists it. */
  audience: z.enum(['staff', 'leaders', 'everyone']),
  /** Position in lists (lower first). */
  order: z.number().int().default(100),
  sources: z.array(sourceCitation).min(1),
});

export type GuidanceData = z.infer<typeof guidanceSchema>;
