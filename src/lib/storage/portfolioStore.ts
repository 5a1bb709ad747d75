import * as z from 'zod/mini';
import { formatDate } from '../site/dates';
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
 * Stored document, version 3 (current):
 *
 *   {
 *     "format": "pathways-portfolio",
 *     "version": 3,
 *     "revision": 7,                       // +1 on every save; another tab's save is noticed by it
 *     "updatedAt": "2026-11-23T18:00:00.000Z",
 *     "name": "Sam Jones",                 // optional, printed at the top; "" when not given
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
 * Version 2 had no name; `migrateFromVersion2` gives it an empty one. (The name took a new version,
 * not just an optional field, so that a page still running version 2 in another tab says the file
 * is newer instead of reading it and saving it back without the name.) Version 1 (the first
 * release) kept one standard per evidence entry, as "standard": "hlta-3", and had no revision;
 * `migrateFromVersion1` turns it into version 2, then 3. A future version adds a reader to
 * `olderVersions` and bumps `portfolioVersion`; old documents are never dropped, only migrated.
 *
 * Loading, saving, importing and the never-lose-data rules are src/lib/storage/documentStore.ts's, shared
 * with the other documents the site keeps in the browser.
 */

export const storageKey = 'pathways.portfolio';
export const portfolioFormat = 'pathways-portfolio';
export const portfolioVersion = 3;

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

/** The longest name the printout carries. */
export const nameMaxLength = 200;

export const portfolioSchema = z.object({
  ...documentHeaderShape(portfolioFormat, portfolioVersion),
  /** The person's name as they typed it, for the printout; "" when they gave none. */
  name: z._default(text(0, nameMaxLength), ''),
  ratings: z.record(standardKey, z.enum(ratings)),
  evidence: z.array(evidenceSchema).check(z.maxLength(evidenceLimit.max)),
});

export type Portfolio = z.infer<typeof portfolioSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

const version2Schema = z.object({
  ...documentHeaderShape(portfolioFormat, 2),
  ratings: z.record(standardKey, z.enum(ratings)),
  evidence: z.array(evidenceSchema).check(z.maxLength(evidenceLimit.max)),
});

const version1Schema = z.object({
  format: z.literal(portfolioFormat),
  version: z.literal(1),
  updatedAt: z.string(),
  ratings: z.record(standardKey, z.enum(ratings)),
  evidence: z.array(z.extend(z.omit(evidenceSchema, { standards: true }), { standard: standardKey })),
});

export function emptyPortfolio(): Portfolio {
  return { ...newDocumentHeader(portfolioFormat, portfolioVersion), name: '', ratings: {}, evidence: [] };
}

/** Version 2 → 3: the portfolio gains a name, empty until the person gives one. */
function migrateFromVersion2(old: z.infer<typeof version2Schema>): Portfolio {
  return { ...old, version: portfolioVersion, name: '' };
}

/** Version 1 → 2 → 3: one standard per evidence entry becomes a list; a revision counter starts. */
function migrateFromVersion1(old: z.infer<typeof version1Schema>): Portfolio {
  return migrateFromVersion2({
    ...newDocumentHeader(portfolioFormat, 2),
    updatedAt: old.updatedAt,
    ratings: old.ratings,
    evidence: old.evidence.map(({ standard, ...entry }) => ({ ...entry, standards: [standard] })),
  });
}

/** The portfolio as the shared document store handles it. */
export const portfolioKind: DocumentKind<Portfolio> = {
  storageKey,
  format: portfolioFormat,
  version: portfolioVersion,
  fileDescription: 'a Pathways self-assessment file',
  schema: portfolioSchema,
  olderVersions: {
    1: olderVersion(version1Schema, migrateFromVersion1),
    2: olderVersion(version2Schema, migrateFromVersion2),
  },
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

/** One row of the summary table: a section (or all of them), counted. */
export interface SummaryRow {
  section: string;
  counts: Record<Rating | 'unrated', number>;
  /** Standards with at least one piece of evidence attached. */
  withEvidence: number;
  /** Standards rated "Evidenced" with no evidence attached. */
  evidencedWithoutEvidence: number;
}

/** How many pieces of evidence show a standard. */
export function evidenceCount(portfolio: Portfolio, key: string): number {
  return portfolio.evidence.filter((entry) => entry.standards.includes(key)).length;
}

/** Every standard some piece of evidence shows. */
function evidencedKeys(portfolio: Portfolio): Set<string> {
  return new Set(portfolio.evidence.flatMap((entry) => entry.standards));
}

/**
 * A standard rated "Evidenced" that no piece of evidence shows: the page flags it beside the
 * standard and counts it in the summary, so a rating never claims evidence the portfolio lacks.
 */
export function isEvidencedWithoutEvidence(portfolio: Portfolio, key: string): boolean {
  return portfolio.ratings[key] === 'evidenced' && evidenceCount(portfolio, key) === 0;
}

/** The standards, of those given and in their order, rated "Evidenced" with no evidence attached. */
export function evidencedWithoutEvidence<S extends { key: string }>(standards: readonly S[], portfolio: Portfolio): S[] {
  const shown = evidencedKeys(portfolio);
  return standards.filter((item) => portfolio.ratings[item.key] === 'evidenced' && !shown.has(item.key));
}

/** The summary table: one row per section, in the standards' order, then one for them all. */
export function ratingSummary(standards: readonly SectionedStandard[], portfolio: Portfolio): SummaryRow[] {
  const shown = evidencedKeys(portfolio);
  const row = (section: string, keys: string[]): SummaryRow => ({
    section,
    counts: ratingCounts(portfolio, keys),
    withEvidence: keys.filter((key) => shown.has(key)).length,
    evidencedWithoutEvidence: keys.filter((key) => portfolio.ratings[key] === 'evidenced' && !shown.has(key)).length,
  });
  const sections = [...new Set(standards.map((item) => item.section))];
  return [
    ...sections.map((section) =>
      row(
        section,
        standards.filter((item) => item.section === section).map((item) => item.key),
      ),
    ),
    row(
      'All standards',
      standards.map((item) => item.key),
    ),
  ];
}

/** The evidence in date order, oldest first (entries of one day in the order added). */
export function evidenceByDate(portfolio: Portfolio): Evidence[] {
  return [...portfolio.evidence].sort((a, b) => a.date.localeCompare(b.date));
}

/** Standard keys in the order the standards are listed; keys of no listed standard (another framework's) follow as they came. */
export function inStandardOrder(keys: readonly string[], standards: readonly { key: string }[]): string[] {
  const order = new Map(standards.map((item, index) => [item.key, index]));
  const known = keys.filter((key) => order.has(key)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return [...new Set([...known, ...keys.filter((key) => !order.has(key))])];
}

/** A piece of evidence as the form holds it. */
export interface TypedEvidence {
  date: string;
  description: string;
  standards: readonly string[];
  location: string;
}

type EvidenceChange = { ok: true; portfolio: Portfolio } | { ok: false; message: string };

/** What the form holds, trimmed and checked; or what is missing, for `verb` ("add", "save"). */
function checkedEvidence(typed: TypedEvidence, verb: string): Omit<Evidence, 'id'> | string {
  const description = typed.description.trim();
  const date = typed.date.trim();
  if (!description || !/^\d{4}-\d{2}-\d{2}$/.test(date) || typed.standards.length === 0) {
    return `To ${verb} evidence, give its date, what you did, and at least one standard it shows.`;
  }
  return { date, description, standards: [...new Set(typed.standards)], location: typed.location.trim() };
}

/** The portfolio with one piece of evidence more, as typed in the form; or why it cannot be added. */
export function withEvidenceAdded(portfolio: Portfolio, typed: TypedEvidence): EvidenceChange {
  const full = roomFor(portfolio.evidence, evidenceLimit);
  if (full) return { ok: false, message: full };
  const checked = checkedEvidence(typed, 'add');
  if (typeof checked === 'string') return { ok: false, message: checked };
  return { ok: true, portfolio: { ...portfolio, evidence: [...portfolio.evidence, { id: uniqueItemId(portfolio.evidence), ...checked }] } };
}

/**
 * The portfolio with one piece of evidence replaced by what the form holds, in the same place and
 * under the same id; or why it cannot be saved (something missing, or the entry is gone: removed
 * in another tab, say, in which case nothing is added in its place without the person choosing).
 */
export function withEvidenceEdited(portfolio: Portfolio, id: string, typed: TypedEvidence): EvidenceChange {
  if (!portfolio.evidence.some((entry) => entry.id === id)) {
    return {
      ok: false,
      message:
        'This evidence is no longer in your portfolio (it may have been removed in another tab). Add it again as new evidence to keep it.',
    };
  }
  const checked = checkedEvidence(typed, 'save');
  if (typeof checked === 'string') return { ok: false, message: checked };
  return {
    ok: true,
    portfolio: { ...portfolio, evidence: portfolio.evidence.map((entry) => (entry.id === id ? { id, ...checked } : entry)) },
  };
}

/** What a standard is called, one and several: "standard", "standards"; "unit", "units". */
export interface CountedNoun {
  one: string;
  other: string;
}

const counted = (count: number, noun: CountedNoun) => `${formatCount(count)} ${count === 1 ? noun.one : noun.other}`;

/** A date (local to the person's computer) as stored: "2026-12-02". */
export function localIsoDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The name of an exported portfolio: the day it was saved, on the person's own calendar. */
export function portfolioFileName(now: Date): string {
  return `hlta-portfolio-${localIsoDate(now)}.json`;
}

/** Everything the self-assessment says in words about the portfolio, plurals included. */
export const portfolioMessages = {
  /** Under the form's standards: "3 standards chosen: 11, 12, 29". */
  chosen: (codes: readonly string[], noun: CountedNoun) =>
    codes.length === 0 ? `No ${noun.other} chosen yet.` : `${counted(codes.length, noun)} chosen: ${codes.join(', ')}.`,
  /** The summary's count: "5 of the 33 HLTA standards have evidence attached." */
  coverage: (withEvidence: number, total: number, setName: string) =>
    `${formatCount(withEvidence)} of the ${formatCount(total)} ${setName} ${withEvidence === 1 ? 'has' : 'have'} evidence attached.`,
  /** The summary's warning, before the codes: "2 standards are rated Evidenced with no evidence attached:". */
  evidencedWithout: (count: number, noun: CountedNoun) =>
    `${counted(count, noun)} ${count === 1 ? 'is' : 'are'} rated ${ratingLabels.evidenced} with no evidence attached:`,
  /** Beside a standard rated "Evidenced" that no evidence shows. */
  noEvidenceFlag: `Rated ${ratingLabels.evidenced}, but no evidence is attached yet. Add evidence that shows it, or change the rating.`,
  added: (date: string) => `Evidence from ${formatDate(date)} added.`,
  edited: (date: string) => `Evidence from ${formatDate(date)} changed.`,
  removed: (date: string) => `Evidence from ${formatDate(date)} removed.`,
  /** After an export: what was saved, and what the file is for. */
  exported: (fileName: string, portfolio: Portfolio) =>
    `Saved ${fileName}: ${describePortfolio(portfolio)}. Keep it to move your portfolio to another browser or device; import it there.`,
  /** At the top of the printout. */
  printed: (now: Date) => `Printed ${formatDate(localIsoDate(now))}`,
};

/**
 * Which piece of evidence a button acts on, for a screen reader: "evidence from 1 October 2026:
 * Led a phonics group", the first words of what was done, so two entries on one day are told apart.
 */
export function evidenceName(entry: Pick<Evidence, 'date' | 'description'>, words = 6): string {
  const all = entry.description.trim().split(/\s+/);
  const start = all.slice(0, words).join(' ');
  return `evidence from ${formatDate(entry.date)}: ${all.length > words ? `${start}…` : start}`;
}
