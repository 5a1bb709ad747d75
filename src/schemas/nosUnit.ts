import { z } from 'astro/zod';
import { sourceText } from './common';

/** The groups of the NOS STL (2007), in the order the standards number them. */
export const nosGroups = {
  'level-2-core': 'Level 2 core (mandatory)',
  'level-2-optional': 'Level 2 optional',
  'level-3-core': 'Level 3 core (mandatory)',
  'level-3-option-a': "Level 3 option group A: Supporting pupils' learning",
  'level-3-option-b': 'Level 3 option group B: Meeting additional support needs',
  'level-3-option-c': 'Level 3 option group C: Providing pastoral support',
  'level-3-option-d': 'Level 3 option group D: Supporting the wider work of the school',
  'level-3-option-e': 'Level 3 option group E: Working with colleagues',
} as const;

export type NosGroup = keyof typeof nosGroups;

/** How sure the reference facts are of a unit's title (../shared/reference/README.md). */
export const titleStatuses = {
  'verified-national-standards-site': "read from the unit's own page on the national occupational standards site",
  'secondary-copy-of-TDA-document': "taken from a secondary copy of the TDA's list of unit titles",
  'seed-only': 'found only in the source documents of this site',
  'title-not-found': 'no reliable title found',
} as const;

/** One National Occupational Standards for Supporting Teaching and Learning (NOS STL) unit. */
export const nosUnitSchema = z
  .object({
    /** Unit number, STL1 to STL69. */
    number: z.number().int().min(1).max(69),
    /** The national title; null when no reliable title was found (never guess one). */
    title: sourceText.nullable(),
    group: z.enum(Object.keys(nosGroups) as [NosGroup, ...NosGroup[]]),
    /** True when the group is inferred from the unit's number rather than read from a list. */
    groupInferred: z.boolean().default(false),
    /** Where the title comes from, from the reference facts. */
    titleStatus: z.enum(Object.keys(titleStatuses) as [keyof typeof titleStatuses, ...(keyof typeof titleStatuses)[]]),
    /** The public pages the title was read from, as the reference facts give them. */
    titleSources: z.array(sourceText).default([]),
  })
  .superRefine((unit, ctx) => {
    if ((unit.title === null) !== (unit.titleStatus === 'title-not-found')) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'must be null exactly when titleStatus is "title-not-found"' });
    }
  });

export type NosUnitData = z.infer<typeof nosUnitSchema>;
