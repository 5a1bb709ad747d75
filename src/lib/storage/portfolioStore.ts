import * as z from 'zod/mini';
import {
  documentHeaderShape,
  formatCount,
  itemIdMaxLength,
  newDocumentHeader,
  olderVersion,
  roomFor,
  uniqueItemId,
  withUniqueIds,
  type DocumentKind,
  type ListLimit,
} from './documentStore';

/**
 * The self-assessment portfolio, kept in the browser's localStorage under `pathways.portfolio`.
 *
 * Stored document, version 2 (current):
 *
 *   {
 *     "format": "pathways-portfolio",
 *     "version": 2,
 *     "revision": 7,                       // +1 on every save; another tab's save is noticed by it
 *     "updatedAt": "2026-11-23T18:00:00.000Z",
 *     "ratings": { "hlta-1": "developing", "hlta-11": "evidenced" },   // standard key → rating
 *     "evidence": [
 *       { "id": "e1a2…", "date": "2026-10-01", "description": "Led a phonics group…",
 *         "standards": ["hlta-29", "hlta-30"], "location": "Blue folder, tab 3" }
 *     ]
 *   }
 *
 * Standard keys are "<framework>-<number>": "hlta-11" is HLTA standard 11. Evidence ids are unique
 * (two entries read with the same id are told apart as "e1" and "e1-2"). A portfolio holds up to
 * `evidenceLimit.max` entries (5,000: years of weekly evidence), each up to 5,000 characters.
 *
 * Version 1 (the first release) kept one standard per evidence entry, as "standard": "hlta-3", and
 * had no revision; `migrateFromVersion1` turns it into version 2. A future version adds a reader to
 * `olderVersions` and bumps `portfolioVersion`; old documents are never dropped, only migrated.
 *
 * Loading, saving, importing and the never-lose-data rules are src/lib/storage/documentStore.ts's, shared
 * with the other documents the site keeps in the browser.
 */

export const storageKey = 'pathways.portfolio';
export const portfolioFormat = 'pathways-portfolio';
export const portfolioVersion = 2;

export const ratings = ['not-yet', 'developing', 'confident', 'evidenced'] as const;
export type Rating = (typeof ratings)[number];
export const ratingLabels: Record<Rating, string> = {
  'not-yet': 'Not yet',
  developing: 'Developing',
  confident: 'Confident',
  evidenced: 'Evidenced',
};

/** What a standard nobody has rated yet shows: never a rating the person did not choose. */
export const unratedLabel = 'Not rated';

/** A standard's rating in words, as the printed portfolio shows it: the person's own rating, or "Not rated". */
export function ratingText(portfolio: Pick<Portfolio, 'ratings'>, key: string): string {
  const rating = portfolio.ratings[key];
  return rating === undefined ? unratedLabel : ratingLabels[rating];
}

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const standardKey = z.string().check(z.regex(/^[a-z0-9-]+-\d+$/));

/** The most evidence entries a portfolio keeps: thousands, for a portfolio built up over years. */
export const evidenceLimit: ListLimit = {
  max: 5000,
  message: `This portfolio already holds ${formatCount(5000)} pieces of evidence, as many as it can keep. Remove one you no longer need before adding another.`,
};

const evidenceSchema = z.object({
  id: text(1, itemIdMaxLength),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  description: text(1, 5000),
  standards: z.array(standardKey).check(z.maxLength(200)),
  location: z._default(text(0, 500), ''),
});

export const portfolioSchema = z.object({
  ...documentHeaderShape(portfolioFormat, portfolioVersion),
  ratings: z.record(standardKey, z.enum(ratings)),
  evidence: z.array(evidenceSchema).check(z.maxLength(evidenceLimit.max)),
});

export type Portfolio = z.infer<typeof portfolioSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

const version1Schema = z.object({
  format: z.literal(portfolioFormat),
  version: z.literal(1),
  updatedAt: z.string(),
  ratings: z.record(standardKey, z.enum(ratings)),
  evidence: z.array(z.extend(z.omit(evidenceSchema, { standards: true }), { standard: standardKey })),
});

export function emptyPortfolio(): Portfolio {
  return { ...newDocumentHeader(portfolioFormat, portfolioVersion), ratings: {}, evidence: [] };
}

/** Version 1 → 2: one standard per evidence entry becomes a list; a revision counter starts. */
function migrateFromVersion1(old: z.infer<typeof version1Schema>): Portfolio {
  return {
    ...newDocumentHeader(portfolioFormat, portfolioVersion),
    updatedAt: old.updatedAt,
    ratings: old.ratings,
    evidence: old.evidence.map(({ standard, ...entry }) => ({ ...entry, standards: [standard] })),
  };
}

/** The portfolio as the shared document store handles it. */
export const portfolioKind: DocumentKind<Portfolio> = {
  storageKey,
  format: portfolioFormat,
  version: portfolioVersion,
  fileDescription: 'a Pathways self-assessment file',
  schema: portfolioSchema,
  olderVersions: { 1: olderVersion(version1Schema, migrateFromVersion1) },
  repair: (portfolio) => ({ ...portfolio, evidence: withUniqueIds(portfolio.evidence) }),
  empty: emptyPortfolio,
};

/** Summary counts per rating for a set of standard keys. */
export function ratingCounts(portfolio: Portfolio, keys: readonly string[]): Record<Rating | 'unrated', number> {
  const counts: Record<Rating | 'unrated', number> = { 'not-yet': 0, developing: 0, confident: 0, evidenced: 0, unrated: 0 };
  for (const key of keys) counts[portfolio.ratings[key] ?? 'unrated']++;
  return counts;
}

/** What a portfolio holds, in the words of the import and conflict questions. */
export function describePortfolio(portfolio: Portfolio): string {
  const rated = Object.keys(portfolio.ratings).length;
  const pieces = portfolio.evidence.length;
  return `${rated} ${rated === 1 ? 'rating' : 'ratings'} and ${pieces} ${pieces === 1 ? 'piece' : 'pieces'} of evidence`;
}

/** A standard as the summary needs it: its key and its section. */
interface SectionedStandard {
  key: string;
  section: string;
}

/** The summary table: one row per section, in the standards' order, then one for them all. */
export function ratingSummary(
  standards: readonly SectionedStandard[],
  portfolio: Portfolio,
): { section: string; counts: Record<Rating | 'unrated', number> }[] {
  const sections = [...new Set(standards.map((item) => item.section))];
  return [
    ...sections.map((section) => ({
      section,
      counts: ratingCounts(
        portfolio,
        standards.filter((item) => item.section === section).map((item) => item.key),
      ),
    })),
    {
      section: 'All standards',
      counts: ratingCounts(
        portfolio,
        standards.map((item) => item.key),
      ),
    },
  ];
}

/** How many pieces of evidence show a standard. */
export function evidenceCount(portfolio: Portfolio, key: string): number {
  return portfolio.evidence.filter((entry) => entry.standards.includes(key)).length;
}

/** The evidence in date order, oldest first (entries of one day in the order added). */
export function evidenceByDate(portfolio: Portfolio): Evidence[] {
  return [...portfolio.evidence].sort((a, b) => a.date.localeCompare(b.date));
}

/** The portfolio with one piece of evidence more, as typed in the form; or why it cannot be added. */
export function withEvidenceAdded(
  portfolio: Portfolio,
  typed: { date: string; description: string; standards: readonly string[]; location: string },
): { ok: true; portfolio: Portfolio } | { ok: false; message: string } {
  const full = roomFor(portfolio.evidence, evidenceLimit);
  if (full) return { ok: false, message: full };
  const description = typed.description.trim();
  const date = typed.date.trim();
  if (!description || !/^\d{4}-\d{2}-\d{2}$/.test(date) || typed.standards.length === 0) {
    return { ok: false, message: 'To add evidence, give its date, what you did, and at least one standard it shows.' };
  }
  const entry: Evidence = {
    id: uniqueItemId(portfolio.evidence),
    date,
    description,
    standards: [...typed.standards],
    location: typed.location.trim(),
  };
  return { ok: true, portfolio: { ...portfolio, evidence: [...portfolio.evidence, entry] } };
}
