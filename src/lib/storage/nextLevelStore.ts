import * as z from 'zod/mini';
import { documentHeaderShape, formatCount, newDocumentHeader, roomFor, type DocumentKind, type ListLimit } from './documentStore';

/**
 * "What am I missing for the next level?": the duties of a higher level a person says they
 * already do, kept in the browser's localStorage under `pathways.next-level` (through
 * src/lib/storage/documentStore.ts, which also reads and writes its export files, with the same
 * rules against losing work as the self-assessment).
 *
 * Stored document, version 1:
 *
 *   {
 *     "format": "pathways-next-level",
 *     "version": 1,
 *     "revision": 4,
 *     "updatedAt": "2026-12-02T10:00:00.000Z",
 *     "done": {                                         // role id → the keys of its duties ticked
 *       "teaching-assistant-3": ["d-1x9c0a", "d-0p2d7f"]
 *     }
 *   }
 *
 * A duty's key is a hash of its words (`dutyTickKey`), so a tick stays with its duty when the
 * profile's duties are reordered, and a tick whose duty has since been reworded or removed is
 * kept in the document (it is only not counted), never dropped. A document holds ticks for up to
 * `roleLimit.max` roles, each with up to `tickLimit.max` duties (a profile lists at most about 20).
 */

export const nextLevelStorageKey = 'pathways.next-level';
export const nextLevelFormat = 'pathways-next-level';
export const nextLevelVersion = 1;

/** The most duties one role keeps ticked. */
export const tickLimit: ListLimit = {
  max: 200,
  message: `This checklist already has ${formatCount(200)} duties ticked for this role, as many as it can keep. Untick one before ticking another.`,
};

/** The most roles the checklist keeps ticks for. */
export const roleLimit: ListLimit = {
  max: 100,
  message: `This browser already keeps ticks for ${formatCount(100)} roles, as many as it can. Export your checklist, then import an empty one, before ticking duties of another role.`,
};

const tickKey = z.string().check(z.regex(/^d-[a-z0-9]{1,13}$/));
const roleId = z.string().check(z.regex(/^[a-z0-9-]{1,100}$/));

export const nextLevelSchema = z.object({
  ...documentHeaderShape(nextLevelFormat, nextLevelVersion),
  done: z
    .record(roleId, z.array(tickKey).check(z.maxLength(tickLimit.max)))
    .check(z.refine((done) => Object.keys(done).length <= roleLimit.max, { abort: true })),
});

export type NextLevelChecklist = z.infer<typeof nextLevelSchema>;

export function emptyNextLevelChecklist(): NextLevelChecklist {
  return { ...newDocumentHeader(nextLevelFormat, nextLevelVersion), done: {} };
}

/** The checklist as the shared document store handles it. */
export const nextLevelKind: DocumentKind<NextLevelChecklist> = {
  storageKey: nextLevelStorageKey,
  format: nextLevelFormat,
  version: nextLevelVersion,
  fileDescription: 'a Pathways next-level checklist file',
  schema: nextLevelSchema,
  olderVersions: {},
  // A role lists each tick once.
  repair: (checklist) => ({
    ...checklist,
    done: Object.fromEntries(Object.entries(checklist.done).map(([id, keys]) => [id, [...new Set(keys)]])),
  }),
  empty: emptyNextLevelChecklist,
};

/** A duty's key in the checklist: "d-" and a hash (FNV-1a) of its words, case and spacing aside. */
export function dutyTickKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.replace(/\s+/g, ' ').trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `d-${hash.toString(36)}`;
}

/** The checklist with one duty of a role ticked or unticked; or why it cannot be ticked. */
export function withDutyTicked(
  checklist: NextLevelChecklist,
  role: string,
  key: string,
  ticked: boolean,
): { ok: true; checklist: NextLevelChecklist } | { ok: false; message: string } {
  const current = checklist.done[role] ?? [];
  if (ticked === current.includes(key)) return { ok: true, checklist };
  if (ticked) {
    const full = roomFor(current, tickLimit) ?? (checklist.done[role] ? null : roomFor(Object.keys(checklist.done), roleLimit));
    if (full) return { ok: false, message: full };
  }
  const next = ticked ? [...current, key] : current.filter((item) => item !== key);
  return { ok: true, checklist: { ...checklist, done: { ...checklist.done, [role]: next } } };
}

/** A duty the checklist lists, as the page hands it to the island: its key, and those of any lettered sub-items. */
export interface ChecklistDuty {
  key: string;
  text: string;
  kind: 'key' | 'optional';
  /** Lettered sub-items ("at least one of the following"): they are ticked, the duty that introduces them is not. */
  subItems: { key: string; label: string; text: string }[];
}

/** The duties still to do: every duty not ticked, and of a duty with sub-items, the sub-items not ticked. */
export function dutiesLeft(duties: readonly ChecklistDuty[], ticked: readonly string[]): ChecklistDuty[] {
  const done = new Set(ticked);
  return duties.flatMap((duty) => {
    if (duty.subItems.length === 0) return done.has(duty.key) ? [] : [duty];
    const left = duty.subItems.filter((item) => !done.has(item.key));
    return left.length === 0 ? [] : [{ ...duty, subItems: left }];
  });
}

/** How many of a role's duties there are to tick, and how many are ticked (ticks of duties it no longer lists not counted). */
export function tickCounts(duties: readonly ChecklistDuty[], ticked: readonly string[]): { done: number; total: number } {
  const keys = duties.flatMap((duty) => (duty.subItems.length === 0 ? [duty.key] : duty.subItems.map((item) => item.key)));
  const done = new Set(ticked);
  return { done: keys.filter((key) => done.has(key)).length, total: keys.length };
}

/** What a checklist holds, in the words of the import and conflict questions: "3 duties ticked for 1 role". */
export function describeNextLevel(checklist: NextLevelChecklist): string {
  const lists = Object.values(checklist.done).filter((keys) => keys.length > 0);
  const ticks = lists.reduce((sum, keys) => sum + keys.length, 0);
  return `${formatCount(ticks)} ${ticks === 1 ? 'duty' : 'duties'} ticked for ${formatCount(lists.length)} ${lists.length === 1 ? 'role' : 'roles'}`;
}
