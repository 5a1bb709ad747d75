import { z } from 'astro/zod';
import { changeGroupIds } from '../domain/now';
import { ladders } from '../domain/jobFamilies';
import { ref, sourceText } from './common';
import { nation } from './now';

/** A group of facts under a heading of its own. */
export const factSection = z.object({
  /** Anchor on the page. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
  title: sourceText,
  /** What the facts add up to, in one sentence of the site's words: the line the changes page gives this topic. */
  summary: sourceText,
  /** Reference facts, in reading order (content/now/facts.yaml). */
  facts: z.array(ref('currentFacts')).default([]),
  /** What the reference could not confirm on this point, said plainly. */
  notKnown: z.array(sourceText).default([]),
});

/**
 * A page on something people can take or use today that the sources do not describe (the
 * Teaching Assistant apprenticeship standard, the 2016 standards for teaching assistants). Its
 * facts all come from the reference files, each shown with its date and source.
 */
export const todaySchema = z.object({
  title: sourceText,
  /** One or two sentences in the site's words: the meta description and the lede. */
  summary: sourceText,
  /** Where it goes on the changes page. */
  group: z.enum(changeGroupIds),
  /** The nations it applies in, when not all three. */
  nations: z.array(nation).default([]),
  sections: z.array(factSection).min(1),
  /** Ladders whose role pages link here. */
  ladders: z.array(z.enum(Object.keys(ladders) as [keyof typeof ladders, ...(keyof typeof ladders)[]])).default([]),
});

export type TodayData = z.infer<typeof todaySchema>;
export type FactSectionData = z.infer<typeof factSection>;
