import { z } from 'astro/zod';
import { nosGroups, nosStlUnitCount, titleStatuses, type NosGroup } from '../domain/nosGroups';
import { sourceText } from './common';

/** One National Occupational Standards for Supporting Teaching and Learning (NOS STL) unit. */
export const nosUnitSchema = z
  .object({
    /** Unit number, STL1 to STL69. */
    number: z.number().int().min(1).max(nosStlUnitCount),
    /** The national title; null when no reliable title was found (never guess one). */
    title: sourceText.nullable(),
    group: z.enum(Object.keys(nosGroups) as [NosGroup, ...NosGroup[]]),
    /** True when the group is inferred from the unit's number rather than read from a list. */
    groupInferred: z.boolean().default(false),
    /** Where the title comes from, from the reference facts. */
    titleStatus: z.enum(Object.keys(titleStatuses) as [keyof typeof titleStatuses, ...(keyof typeof titleStatuses)[]]),
    /** The public pages the title was read from, as the reference facts give them. */
    titleSources: z.array(sourceText).default([]),
    /**
     * For a unit whose title was not found but whose subject is known: the subject in this site's
     * words, and where it is described. Shown as a description of the unit, never as its title.
     */
    topic: z
      .object({
        /** What the unit covers, in the reference facts' words, e.g. "the early years unit". */
        description: sourceText,
        /** The document that describes it, in words that fit "as … describes it". */
        describedIn: sourceText,
        /** That document's public address, from the reference facts. */
        url: z.url(),
      })
      .optional(),
  })
  .superRefine((unit, ctx) => {
    if ((unit.title === null) !== (unit.titleStatus === 'title-not-found')) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'must be null exactly when titleStatus is "title-not-found"' });
    }
    if (unit.topic && unit.title !== null) {
      ctx.addIssue({ code: 'custom', path: ['topic'], message: 'give a topic only for a unit whose title is not known' });
    }
  });

export type NosUnitData = z.infer<typeof nosUnitSchema>;
