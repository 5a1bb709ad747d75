/**
 * Where a safer recruitment statement goes: the documents a school sends or uses when it recruits.
 * Plain constants, shared by the content schema and the leaders' tools.
 */
export const statementPlaces = {
  advert: 'the advert',
  'job-description': 'the job description',
  kit: 'the recruitment kit',
} as const;

export type StatementPlace = keyof typeof statementPlaces;
export const statementPlaceIds = Object.keys(statementPlaces) as [StatementPlace, ...StatementPlace[]];
