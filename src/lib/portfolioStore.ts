import { z } from 'astro/zod';

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
 * Standard keys are "<framework>-<number>": "hlta-11" is HLTA standard 11.
 *
 * Version 1 (the first release) kept one standard per evidence entry, as "standard": "hlta-3", and
 * had no revision; `migrate` turns it into version 2. A future version adds a step there and
 * bumps `portfolioVersion`; old documents are never dropped, only migrated.
 *
 * If the stored text cannot be read as any known version, it is moved aside to
 * `pathways.portfolio.unreadable-<time>` (never deleted) and the user is told.
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

const text = (max: number) => z.string().max(max);
const standardKey = z.string().regex(/^[a-z0-9-]+-\d+$/);

const evidenceSchema = z.object({
  id: z.string().min(1).max(64),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  description: text(5000).min(1),
  standards: z.array(standardKey).max(200),
  location: text(500).default(''),
});

export const portfolioSchema = z.object({
  format: z.literal(portfolioFormat),
  version: z.literal(portfolioVersion),
  revision: z.number().int().min(0),
  updatedAt: z.string(),
  ratings: z.record(standardKey, z.enum(ratings)),
  evidence: z.array(evidenceSchema).max(2000),
});

export type Portfolio = z.infer<typeof portfolioSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

const version1Schema = z.object({
  format: z.literal(portfolioFormat),
  version: z.literal(1),
  updatedAt: z.string(),
  ratings: z.record(standardKey, z.enum(ratings)),
  evidence: z.array(evidenceSchema.omit({ standards: true }).extend({ standard: standardKey })),
});

export function emptyPortfolio(): Portfolio {
  return {
    format: portfolioFormat,
    version: portfolioVersion,
    revision: 0,
    updatedAt: new Date(0).toISOString(),
    ratings: {},
    evidence: [],
  };
}

export type ReadResult =
  | { ok: true; portfolio: Portfolio; migratedFrom?: number }
  | { ok: false; reason: 'not-json' | 'not-a-portfolio' | 'newer-version' | 'damaged'; detail: string };

/** Reads a stored or imported document of any known version, migrating it to the current one. */
export function readPortfolio(raw: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json', detail: 'The file is not readable JSON: it may be damaged or not a Pathways export.' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== portfolioFormat) {
    return { ok: false, reason: 'not-a-portfolio', detail: 'This is not a Pathways self-assessment file.' };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > portfolioVersion) {
    return {
      ok: false,
      reason: 'newer-version',
      detail: `This file was saved by a newer version of the site (format ${version}); this page reads up to ${portfolioVersion}.`,
    };
  }
  if (version === 1) {
    const old = version1Schema.safeParse(value);
    if (!old.success) return { ok: false, reason: 'damaged', detail: describeIssues(old.error.issues) };
    return { ok: true, portfolio: migrate(old.data), migratedFrom: 1 };
  }
  const current = portfolioSchema.safeParse(value);
  if (!current.success) return { ok: false, reason: 'damaged', detail: describeIssues(current.error.issues) };
  return { ok: true, portfolio: current.data };
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  return `Part of the file is damaged${first ? ` (at ${first.path.map(String).join('.') || 'the top'}: ${first.message})` : ''}.`;
}

/** Version 1 → 2: one standard per evidence entry becomes a list; a revision counter starts. */
function migrate(old: z.infer<typeof version1Schema>): Portfolio {
  return {
    format: portfolioFormat,
    version: portfolioVersion,
    revision: 0,
    updatedAt: old.updatedAt,
    ratings: old.ratings,
    evidence: old.evidence.map(({ standard, ...entry }) => ({ ...entry, standards: [standard] })),
  };
}

/** The subset of Storage the store uses, so tests can pass a fake or a failing one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult =
  | { status: 'ok' | 'empty'; portfolio: Portfolio; migratedFrom?: number }
  | { status: 'recovered'; portfolio: Portfolio; backupKey: string; detail: string }
  | { status: 'unavailable'; portfolio: Portfolio };

/** Loads the saved portfolio. Unreadable data is moved aside, never wiped. */
export function loadPortfolio(storage: StorageLike | undefined, now = Date.now()): LoadResult {
  if (!storage) return { status: 'unavailable', portfolio: emptyPortfolio() };
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey);
  } catch {
    return { status: 'unavailable', portfolio: emptyPortfolio() };
  }
  if (raw === null) return { status: 'empty', portfolio: emptyPortfolio() };
  const result = readPortfolio(raw);
  if (result.ok)
    return { status: 'ok', portfolio: result.portfolio, ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}) };
  const backupKey = `${storageKey}.unreadable-${now}`;
  try {
    storage.setItem(backupKey, raw);
    storage.removeItem(storageKey);
  } catch {
    // Could not move it aside: leave it where it is rather than lose it.
    return { status: 'recovered', portfolio: emptyPortfolio(), backupKey: storageKey, detail: result.detail };
  }
  return { status: 'recovered', portfolio: emptyPortfolio(), backupKey, detail: result.detail };
}

export type SaveResult =
  | { status: 'saved'; portfolio: Portfolio }
  | { status: 'conflict'; theirs: Portfolio }
  | { status: 'failed'; reason: 'full' | 'unavailable' };

/**
 * Saves a portfolio based on `basedOn` (the revision the page last loaded). If another tab saved
 * since, nothing is written and the other tab's version is returned, so the user can choose.
 */
export function savePortfolio(storage: StorageLike | undefined, portfolio: Portfolio, basedOn: number, now = new Date()): SaveResult {
  if (!storage) return { status: 'failed', reason: 'unavailable' };
  try {
    const raw = storage.getItem(storageKey);
    if (raw !== null) {
      const stored = readPortfolio(raw);
      if (stored.ok && stored.portfolio.revision !== basedOn) return { status: 'conflict', theirs: stored.portfolio };
    }
    const next: Portfolio = { ...portfolio, revision: basedOn + 1, updatedAt: now.toISOString() };
    storage.setItem(storageKey, JSON.stringify(next));
    return { status: 'saved', portfolio: next };
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return { status: 'failed', reason: full ? 'full' : 'unavailable' };
  }
}

/** The file a user downloads: the current document, pretty-printed. */
export function exportPortfolio(portfolio: Portfolio): string {
  return `${JSON.stringify(portfolio, null, 2)}\n`;
}

/** Summary counts per rating for a set of standard keys. */
export function ratingCounts(portfolio: Portfolio, keys: readonly string[]): Record<Rating | 'unrated', number> {
  const counts: Record<Rating | 'unrated', number> = { 'not-yet': 0, developing: 0, confident: 0, evidenced: 0, unrated: 0 };
  for (const key of keys) counts[portfolio.ratings[key] ?? 'unrated']++;
  return counts;
}
