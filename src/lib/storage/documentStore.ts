import * as z from 'zod/mini';
import { isolate } from '../site/bidi';

// The stored documents' schemas run in the browser, so they use zod's small build ("mini"), with
// no messages of its own: `describeIssues` words them. And zod compiles parsers with `new Function`
// when it may, probing for that by trying it: under the site's Content Security Policy (no
// 'unsafe-eval') the probe is blocked, harmlessly, but the browser still reports a violation.
// Every page that reads a stored document imports this module, so it never tries.
z.config({ jitless: true });

/** A problem zod found, as much of it as the messages need. */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
}

/** What the store needs of a schema: zod's safeParse. */
export interface DocumentSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/**
 * One store for every document the site keeps in the browser's localStorage (the self-assessment
 * portfolio, the job description draft, the role audit). Each kind of document says its key,
 * format name, current version, schema and how to read older versions; this module does the
 * rest the same way for all of them, so the rules hold everywhere:
 *
 * - every stored document carries `format`, `version`, `revision` (+1 on each save) and `updatedAt`;
 * - an older version is migrated when read, never dropped;
 * - text that cannot be read as any known version is moved aside to `<key>.unreadable-<time>`
 *   (never deleted) and the caller is told, so the user can be;
 * - a save never overwrites a save made in another tab since this page loaded: it reports a
 *   conflict instead, so the user chooses;
 * - a full or blocked storage is reported, never ignored.
 *
 * The exact shape of each document is written at the top of its own module
 * (src/lib/storage/portfolioStore.ts, src/lib/leadersTools/jobDescription.ts, src/lib/leadersTools/roleAudit.ts).
 */

/** The fields every stored document has. */
export interface StoredDocument {
  format: string;
  version: number;
  /** +1 on every save; how a page notices that another tab saved. */
  revision: number;
  updatedAt: string;
}

/** The schema of the fields every stored document has, to spread into a document's schema. */
export function documentHeaderShape<F extends string, V extends number>(format: F, version: V) {
  return {
    format: z.literal(format),
    version: z.literal(version),
    revision: z.int().check(z.minimum(0)),
    updatedAt: z.string(),
  };
}

/** The fields of a new, never-saved document. */
export function newDocumentHeader<F extends string, V extends number>(format: F, version: V) {
  return { format, version, revision: 0, updatedAt: new Date(0).toISOString() };
}

/** Reads one older version and migrates it to the current shape. */
export interface OlderVersion<T> {
  read(value: unknown): { ok: true; document: T } | { ok: false; issues: readonly SchemaIssue[] };
}

/** Builds the reader for an older version from its schema and its migration step. */
export function olderVersion<O, T>(schema: DocumentSchema<O>, migrate: (old: O) => T): OlderVersion<T> {
  return {
    read(value) {
      const parsed = schema.safeParse(value);
      return parsed.success ? { ok: true, document: migrate(parsed.data) } : { ok: false, issues: parsed.error.issues };
    },
  };
}

export interface DocumentKind<T extends StoredDocument> {
  storageKey: string;
  format: T['format'];
  version: T['version'];
  /** What a user calls the file, in messages: "a Pathways self-assessment file". */
  fileDescription: string;
  schema: DocumentSchema<T>;
  /** Readers for earlier versions, by version number. */
  olderVersions: Readonly<Record<number, OlderVersion<T>>>;
  empty(): T;
}

export type ReadResult<T> =
  | { ok: true; document: T; migratedFrom?: number }
  | { ok: false; reason: 'not-json' | 'wrong-kind' | 'newer-version' | 'damaged'; detail: string };

/** Reads a stored or imported document of any known version, migrating it to the current one. */
export function readDocument<T extends StoredDocument>(kind: DocumentKind<T>, raw: string): ReadResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json', detail: `The file is not readable JSON: it may be damaged or not ${kind.fileDescription}.` };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== kind.format) {
    return { ok: false, reason: 'wrong-kind', detail: `This is not ${kind.fileDescription}.` };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > kind.version) {
    return {
      ok: false,
      reason: 'newer-version',
      detail: `This file was saved by a newer version of the site (format ${version}); this page reads up to ${kind.version}.`,
    };
  }
  const older = typeof version === 'number' ? kind.olderVersions[version] : undefined;
  if (older) {
    const migrated = older.read(value);
    if (!migrated.ok) return { ok: false, reason: 'damaged', detail: describeIssues(migrated.issues) };
    return { ok: true, document: migrated.document, migratedFrom: version as number };
  }
  const current = kind.schema.safeParse(value);
  if (!current.success) return { ok: false, reason: 'damaged', detail: describeIssues(current.error.issues) };
  return { ok: true, document: current.data };
}

/** What each kind of problem means for a file a person saved, in their words. */
const issueMeanings: Record<string, string> = {
  invalid_type: 'something is missing or of the wrong kind',
  too_big: 'something is longer or larger than this page allows',
  too_small: 'something is empty or too small',
  invalid_format: 'something is not in the form expected',
  invalid_value: 'a value is not one this page knows',
  unrecognized_keys: 'there are fields this page does not know',
};

function describeIssues(issues: readonly SchemaIssue[]): string {
  const first = issues[0];
  if (!first) return 'Part of the file is damaged.';
  // The path can hold the file's own keys (a record's): anything but plain field names and
  // numbers is isolated, so a direction override in it cannot reorder the sentence.
  const path = first.path.map(String).join('.');
  const where = path === '' ? 'the top' : /^[\w.-]+$/.test(path) ? path : isolate(path);
  return `Part of the file is damaged (at ${where}: ${issueMeanings[first.code] ?? 'it cannot be read'}).`;
}

/** The subset of Storage the store uses, so tests can pass a fake or a failing one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult<T> =
  | { status: 'ok' | 'empty'; document: T; migratedFrom?: number }
  | { status: 'recovered'; document: T; backupKey: string; detail: string }
  | { status: 'unavailable'; document: T };

/** Loads the saved document. Unreadable data is moved aside, never wiped. */
export function loadDocument<T extends StoredDocument>(
  kind: DocumentKind<T>,
  storage: StorageLike | undefined,
  now = Date.now(),
): LoadResult<T> {
  if (!storage) return { status: 'unavailable', document: kind.empty() };
  let raw: string | null;
  try {
    raw = storage.getItem(kind.storageKey);
  } catch {
    return { status: 'unavailable', document: kind.empty() };
  }
  if (raw === null) return { status: 'empty', document: kind.empty() };
  const result = readDocument(kind, raw);
  if (result.ok) return { status: 'ok', document: result.document, ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}) };
  const backupKey = `${kind.storageKey}.unreadable-${now}`;
  try {
    storage.setItem(backupKey, raw);
    storage.removeItem(kind.storageKey);
  } catch {
    // Could not move it aside: leave it where it is rather than lose it.
    return { status: 'recovered', document: kind.empty(), backupKey: kind.storageKey, detail: result.detail };
  }
  return { status: 'recovered', document: kind.empty(), backupKey, detail: result.detail };
}

export type SaveResult<T> =
  { status: 'saved'; document: T } | { status: 'conflict'; theirs: T } | { status: 'failed'; reason: 'full' | 'unavailable' };

/**
 * Saves a document based on `basedOn` (the revision the page last loaded). If another tab saved
 * since, nothing is written and the other tab's version is returned, so the user can choose.
 */
export function saveDocument<T extends StoredDocument>(
  kind: DocumentKind<T>,
  storage: StorageLike | undefined,
  document: T,
  basedOn: number,
  now = new Date(),
): SaveResult<T> {
  if (!storage) return { status: 'failed', reason: 'unavailable' };
  try {
    const raw = storage.getItem(kind.storageKey);
    if (raw !== null) {
      const stored = readDocument(kind, raw);
      if (stored.ok && stored.document.revision !== basedOn) return { status: 'conflict', theirs: stored.document };
    }
    const next: T = { ...document, revision: basedOn + 1, updatedAt: now.toISOString() };
    storage.setItem(kind.storageKey, JSON.stringify(next));
    return { status: 'saved', document: next };
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return { status: 'failed', reason: full ? 'full' : 'unavailable' };
  }
}

/** The file a user downloads: the current document, pretty-printed. */
export function exportDocument(document: StoredDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A fresh id for an item a user adds (an evidence entry, a school role). */
export function newItemId(now = Date.now(), random = Math.random()): string {
  return `${now.toString(36)}${random.toString(36).slice(2, 8)}`;
}
