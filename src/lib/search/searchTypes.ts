/** The content types search can be narrowed to, in the order the search page lists them. */
export const searchContentTypes = [
  'Role profile',
  'Qualification',
  'NOS unit',
  'Status and standards',
  'Guidance',
  'Grade',
  'Tool',
  'Comparison',
  'Overview',
] as const;

export type SearchContentType = (typeof searchContentTypes)[number];
