import * as z from 'zod/mini';
import { isolate } from '../site/bidi';

// The stored documents' schemas run in the browser, so they use zod's small build ("mini"), with
// no messages of its own: `whereAndWhat` words them. And zod compiles parsers with `new Function`
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
 * format name, current version, schema, how to read older versions and how to repair what it
 * reads; this module does the rest the same way for all of them, so the rules hold everywhere:
 *
 * - every stored document carries `format`, `version`, `revision` (+1 on each save) and `updatedAt`;
 * - an older version is migrated when read, never dropped;
 * - the store never writes over text it cannot read (damaged, or saved by a newer version of the
 *   site): on loading, such text is copied aside to `<key>.unreadable-<time>` and only then
 *   removed; if there is no room for the copy it is left where it is ("held") and nothing is
 *   saved until the person chooses; on saving, it is reported as a conflict, never overwritten;
 * - copies kept aside stay, and every page that reads the document lists them (`setAsideCopies`),
 *   until the person removes them;
 * - a save never overwrites a save made in another tab since this page loaded: it reports a
 *   conflict instead, so the user chooses;
 * - a document that would not read back (a list past its limit) is never written: the save says why;
 * - item ids are unique by construction (`uniqueItemId`) and repaired on reading (`withUniqueIds`);
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
  /** Mends what a valid document may still get wrong (two items sharing an id), after reading any version. */
  repair(document: T): T;
  empty(): T;
}

export type ReadResult<T> =
  | { ok: true; document: T; migratedFrom?: number }
  | { ok: false; reason: 'not-json' | 'wrong-kind' | 'newer-version' | 'damaged'; detail: string };

/** Reads a stored or imported document of any known version, migrating it to the current one and repairing it. */
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
    if (!migrated.ok) return { ok: false, reason: 'damaged', detail: `Part of the file is damaged (${whereAndWhat(migrated.issues)}).` };
    return { ok: true, document: kind.repair(migrated.document), migratedFrom: version as number };
  }
  const current = kind.schema.safeParse(value);
  if (!current.success)
    return { ok: false, reason: 'damaged', detail: `Part of the file is damaged (${whereAndWhat(current.error.issues)}).` };
  return { ok: true, document: kind.repair(current.data) };
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

/** "at roles: something is longer or larger than this page allows". */
function whereAndWhat(issues: readonly SchemaIssue[]): string {
  const first = issues[0];
  if (!first) return 'it cannot be read';
  // The path can hold the file's own keys (a record's): anything but plain field names and
  // numbers is isolated, so a direction override in it cannot reorder the sentence.
  const path = first.path.map(String).join('.');
  const where = path === '' ? 'the top' : /^[\w.-]+$/.test(path) ? path : isolate(path);
  return `at ${where}: ${issueMeanings[first.code] ?? 'it cannot be read'}`;
}

/** The subset of Storage the store uses, so tests can pass a fake or a failing one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export type StoredText<T> =
  | { status: 'ok' | 'empty'; document: T; migratedFrom?: number }
  | { status: 'unreadable'; document: T; reason: Extract<ReadResult<T>, { ok: false }>['reason']; detail: string; raw: string }
  | { status: 'unavailable'; document: T };

/** Reads the saved document without changing anything (for a page that only reads it, such as the recruitment kit). */
export function peekDocument<T extends StoredDocument>(kind: DocumentKind<T>, storage: StorageLike | undefined): StoredText<T> {
  if (!storage) return { status: 'unavailable', document: kind.empty() };
  let raw: string | null;
  try {
    raw = storage.getItem(kind.storageKey);
  } catch {
    return { status: 'unavailable', document: kind.empty() };
  }
  if (raw === null) return { status: 'empty', document: kind.empty() };
  const result = readDocument(kind, raw);
  if (!result.ok) return { status: 'unreadable', document: kind.empty(), reason: result.reason, detail: result.detail, raw };
  return { status: 'ok', document: result.document, ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}) };
}

export type LoadResult<T> =
  | { status: 'ok' | 'empty'; document: T; migratedFrom?: number }
  /** Unreadable text was copied to `backupKey` and removed from the document's key. */
  | { status: 'recovered'; document: T; backupKey: string; detail: string }
  /** Unreadable text could not be copied aside (no room): it is still under the document's key. Save nothing until the person chooses. */
  | { status: 'held'; document: T; detail: string }
  | { status: 'unavailable'; document: T };

/** Loads the saved document. Unreadable data is copied aside, or held where it is, never wiped. */
export function loadDocument<T extends StoredDocument>(
  kind: DocumentKind<T>,
  storage: StorageLike | undefined,
  now = Date.now(),
): LoadResult<T> {
  const peeked = peekDocument(kind, storage);
  if (peeked.status !== 'unreadable') return peeked;
  const backupKey = storage ? setAside(kind, storage, peeked.raw, now) : null;
  return backupKey
    ? { status: 'recovered', document: peeked.document, backupKey, detail: peeked.detail }
    : { status: 'held', document: peeked.document, detail: peeked.detail };
}

/** The prefix of the keys that hold a document's copies kept aside: "pathways.portfolio.unreadable-". */
export function setAsidePrefix(kind: Pick<DocumentKind<StoredDocument>, 'storageKey'>): string {
  return `${kind.storageKey}.unreadable-`;
}

/**
 * Copies text that cannot be read to `<key>.unreadable-<time>`, then removes it from the
 * document's key if it is still there. Returns the copy's key, or null when the copy could not be
 * written (the text is then left where it was).
 */
export function setAside<T extends StoredDocument>(
  kind: DocumentKind<T>,
  storage: StorageLike,
  raw: string,
  now = Date.now(),
): string | null {
  let backupKey = `${setAsidePrefix(kind)}${now}`;
  try {
    for (let n = 2; storage.getItem(backupKey) !== null; n++) backupKey = `${setAsidePrefix(kind)}${now}-${n}`;
    storage.setItem(backupKey, raw);
  } catch {
    return null;
  }
  try {
    if (storage.getItem(kind.storageKey) === raw) storage.removeItem(kind.storageKey);
  } catch {
    // The copy is made; the original staying too loses nothing.
  }
  return backupKey;
}

/** A copy of unreadable text kept aside, as the page lists it. */
export interface SetAsideCopy {
  key: string;
  /** When it was kept aside, from its key; null if the key carries no time. */
  keptAt: Date | null;
  /** Why it could not be read, in the person's words. */
  detail: string;
}

/** Every copy of this document kept aside in this browser, oldest first. */
export function setAsideCopies<T extends StoredDocument>(kind: DocumentKind<T>, storage: StorageLike | undefined): SetAsideCopy[] {
  if (!storage) return [];
  const prefix = setAsidePrefix(kind);
  const copies: SetAsideCopy[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key === null || !key.startsWith(prefix)) continue;
      const raw = storage.getItem(key) ?? '';
      const read = readDocument(kind, raw);
      const time = Number(/^(\d+)/.exec(key.slice(prefix.length))?.[1]);
      copies.push({
        key,
        keptAt: Number.isFinite(time) && time > 0 ? new Date(time) : null,
        detail: read.ok ? 'It can be read now: import the downloaded file to use it.' : read.detail,
      });
    }
  } catch {
    return copies;
  }
  return copies.sort((a, b) => (a.keptAt?.getTime() ?? 0) - (b.keptAt?.getTime() ?? 0) || a.key.localeCompare(b.key));
}

/** The text under a key of this document (its own, or a copy kept aside), exactly as stored; null if there is none. */
export function storedText<T extends StoredDocument>(kind: DocumentKind<T>, storage: StorageLike | undefined, key: string): string | null {
  if (!storage || (key !== kind.storageKey && !key.startsWith(setAsidePrefix(kind)))) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Removes a copy kept aside, or the document's own unreadable text when the person chose to
 * discard it. Only this document's keys can be removed. Returns whether it is gone.
 */
export function discardStoredText<T extends StoredDocument>(kind: DocumentKind<T>, storage: StorageLike | undefined, key: string): boolean {
  if (!storage || (key !== kind.storageKey && !key.startsWith(setAsidePrefix(kind)))) return false;
  try {
    storage.removeItem(key);
    return storage.getItem(key) === null;
  } catch {
    return false;
  }
}

export type SaveResult<T> =
  | { status: 'saved'; document: T }
  /** Another tab saved since this page loaded: nothing was written. */
  | { status: 'conflict'; theirs: T }
  /** What is stored cannot be read (saved by a newer version of the site, or damaged): nothing was written over it. */
  | { status: 'unreadable'; reason: Extract<ReadResult<T>, { ok: false }>['reason']; detail: string }
  /** The document would not read back (a list past its limit, a text too long): nothing was written. */
  | { status: 'invalid'; detail: string }
  | { status: 'failed'; reason: 'full' | 'unavailable' };

/** The text each storage was last given under each key by `saveDocument`, and its revision. */
const lastWritten = new WeakMap<StorageLike, Map<string, { raw: string; revision: number }>>();

/**
 * Saves a document based on `basedOn` (the revision the page last loaded). If another tab saved
 * since, or what is stored cannot be read, nothing is written and the caller is told, so the
 * user can choose. A document the reader would refuse is never written.
 */
export function saveDocument<T extends StoredDocument>(
  kind: DocumentKind<T>,
  storage: StorageLike | undefined,
  document: T,
  basedOn: number,
  now = new Date(),
): SaveResult<T> {
  if (!storage) return { status: 'failed', reason: 'unavailable' };
  const next: T = { ...document, revision: basedOn + 1, updatedAt: now.toISOString() };
  const valid = kind.schema.safeParse(next);
  if (!valid.success) return { status: 'invalid', detail: whereAndWhat(valid.error.issues) };
  try {
    const raw = storage.getItem(kind.storageKey);
    // What this page wrote last, unchanged since, needs no reading again (a large audit takes a while to check).
    const ours = lastWritten.get(storage)?.get(kind.storageKey);
    if (raw !== null && !(ours && ours.raw === raw && ours.revision === basedOn)) {
      const stored = readDocument(kind, raw);
      if (!stored.ok) return { status: 'unreadable', reason: stored.reason, detail: stored.detail };
      if (stored.document.revision !== basedOn) return { status: 'conflict', theirs: stored.document };
    }
    const text = JSON.stringify(next);
    storage.setItem(kind.storageKey, text);
    const written = lastWritten.get(storage) ?? new Map<string, { raw: string; revision: number }>();
    written.set(kind.storageKey, { raw: text, revision: next.revision });
    lastWritten.set(storage, written);
    return { status: 'saved', document: next };
  } catch (error) {
    return { status: 'failed', reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

/** The file a user downloads: the current document, pretty-printed. */
export function exportDocument(document: StoredDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A fresh id for an item a user adds (an evidence entry, a duty, a school role), unlike any in `taken`. */
export function uniqueItemId(taken: Iterable<{ id: string }> = [], random: () => number = Math.random): string {
  const ids = new Set(Array.from(taken, (item) => item.id));
  const base = `${Date.now().toString(36)}${random().toString(36).slice(2, 8)}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Ids are at most this long (every document's schema says so), repaired ones included. */
export const itemIdMaxLength = 64;

/**
 * The items with every id unique: the first item with an id keeps it, a later one with the same
 * id gets that id with "-2", "-3"… (the same every time the document is read). Order and
 * everything else are kept.
 */
export function withUniqueIds<I extends { id: string }>(items: readonly I[]): I[] {
  const taken = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  return items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let n = 2;
    const stem = item.id.slice(0, itemIdMaxLength - 6);
    while (taken.has(`${stem}-${n}`)) n++;
    const id = `${stem}-${n}`;
    taken.add(id);
    seen.add(id);
    return { ...item, id };
  });
}

/** A list's most items, as the document's schema enforces it, and what the person is told on reaching it. */
export interface ListLimit {
  max: number;
  /** "This portfolio already holds 5,000 pieces of evidence, …" */
  message: string;
}

/** The message to show if adding `adding` items to `items` would pass the limit; null if there is room. */
export function roomFor(items: readonly unknown[], limit: ListLimit, adding = 1): string | null {
  return items.length + adding > limit.max ? limit.message : null;
}

/** A number as the messages write it: 5,000. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}
