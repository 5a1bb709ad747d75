/**
 * The vocabulary of "what is true now": where something the sources name stands today, the
 * nations that differ, and how the changes page groups what has changed. Plain constants and
 * small functions, no zod, so schemas, lib and islands can all use them.
 */

/** Where a qualification, apprenticeship, status, body or tool stands today. */
export const nowStates = {
  current: 'Current',
  replaced: 'Replaced',
  withdrawn: 'Withdrawn',
  'not-known': 'Not known',
} as const;

export type NowState = keyof typeof nowStates;
export const nowStateIds = Object.keys(nowStates) as [NowState, ...NowState[]];

/** The nations the site is for, in the order pages list them. */
export const nations = {
  england: 'England',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
} as const;

export type Nation = keyof typeof nations;
export const nationIds = Object.keys(nations) as [Nation, ...Nation[]];

/**
 * The label of something that applies in some nations only: "England only", "England and Wales";
 * undefined when it applies in all three (or no nation is given), so nothing is labelled.
 */
export function nationTagLabel(applies: readonly Nation[]): string | undefined {
  const named = nationIds.filter((nation) => applies.includes(nation)).map((nation) => nations[nation]);
  if (named.length === 0 || named.length === nationIds.length) return undefined;
  return named.length === 1 ? `${named.join('')} only` : named.join(' and ');
}

/** The groups of the "What has changed" page, in page order. */
export const changeGroups = {
  qualifications: 'Qualifications',
  apprenticeships: 'Apprenticeships',
  hlta: 'HLTA status',
  standards: 'Standards',
  'routes-to-teaching': 'Routes to teaching',
  bodies: 'Bodies and tools',
  nations: 'Wales and Northern Ireland, and what is England only',
} as const;

export type ChangeGroup = keyof typeof changeGroups;
export const changeGroupIds = Object.keys(changeGroups) as [ChangeGroup, ...ChangeGroup[]];

/** The reference files (../shared/reference/) that facts about today come from. */
export const referenceFileNames = ['current-facts.tsv', 'qts-routes.tsv', 'safer-recruitment.tsv'] as const;
export type ReferenceFileName = (typeof referenceFileNames)[number];

/**
 * How far a fact can be relied on, from the reference file's confidence column: "high" and
 * "medium" rows are facts; "low" rows (and "low-medium") are leads, shown only with their caveat;
 * "not-found" rows record that something was searched for and not found. A row without a
 * confidence column (qts-routes.tsv) is "ungraded" and, as that file's README says, a fact.
 */
export type Confidence = 'high' | 'medium' | 'low' | 'not-found' | 'ungraded';

export function confidenceLevel(asGiven: string | null): Confidence {
  if (asGiven === null) return 'ungraded';
  const text = asGiven.trim().toLowerCase();
  if (text.startsWith('high')) return 'high';
  if (text.startsWith('medium')) return 'medium';
  if (text.startsWith('low')) return 'low';
  return 'not-found';
}

/**
 * What a confidence column says beyond its level: "high (fee may have changed)" → "fee may have
 * changed", "high (teachers); absence for support staff" → "(teachers); absence for support staff";
 * undefined when it gives the level alone.
 */
export function confidenceCaveat(asGiven: string | null): string | undefined {
  if (asGiven === null) return undefined;
  const rest = asGiven.trim().replace(/^(high|medium|low-medium|low|n\/a)\s*/i, '');
  if (rest === '') return undefined;
  return /^\([^()]*\)$/.test(rest) ? rest.slice(1, -1).trim() : rest;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An "as of" date for readers: "2016-06-10" → "10 June 2016", "2015-10" → "October 2015";
 * anything else ("2023+", "undated page", "c.2010") exactly as the reference gives it.
 */
export function formatAsOf(asOf: string): string {
  return asOf.replace(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (whole, year: string, month: string, day: string | undefined) => {
    const name = months[Number(month) - 1];
    if (!name) return whole;
    return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
  });
}

/**
 * How a date reads in a sentence: "As of 10 June 2016" for a date, "Date: undated page" for the
 * reference's words when it gives none.
 */
export function asOfPhrase(asOf: string): string {
  return /^(\d|c\.\s?\d|[A-Z][a-z]+ \d{4})/.test(asOf) ? `As of ${asOf}` : `Date: ${asOf}`;
}
