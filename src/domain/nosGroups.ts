/** The NOS STL (2007) vocabulary: its groups and how sure we are of each unit's title. Plain constants, no zod. */

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

/**
 * The NOS STL (2007) has this many units, STL1 upwards; content/nos-units holds one file for each
 * (tests/unit/content.test.ts checks). Pages count the collection; this is for the schemas' bounds.
 */
export const nosStlUnitCount = 69;

export type NosGroup = keyof typeof nosGroups;

/** How sure the reference facts are of a unit's title (../shared/reference/README.md). */
export const titleStatuses = {
  'verified-national-standards-site': "read from the unit's own page on the national occupational standards site",
  'secondary-copy-of-TDA-document': "taken from a secondary copy of the TDA's list of unit titles",
  'seed-only': 'found only in the source documents of this site',
  'title-not-found': 'no reliable title found',
} as const;

/**
 * What the title a page gives is, by where it was found: only a title read from the national site
 * is "the national title".
 */
export const givenTitleNames = {
  'verified-national-standards-site': 'the national title',
  'secondary-copy-of-TDA-document': "the title in a secondary copy of the TDA's list of unit titles",
  'seed-only': 'the title as the reference list of units records it, found only in the source documents',
  'title-not-found': 'no title',
} as const satisfies Record<keyof typeof titleStatuses, string>;
