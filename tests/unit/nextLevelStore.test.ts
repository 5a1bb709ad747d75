import { describe, expect, it } from 'vitest';
import { exportDocument, loadDocument, readDocument, saveDocument } from '../../src/lib/storage/documentStore';
import {
  describeNextLevel,
  dutiesLeft,
  dutyTickKey,
  emptyNextLevelChecklist,
  nextLevelKind,
  nextLevelStorageKey,
  roleLimit,
  tickCounts,
  tickLimit,
  withDutyTicked,
  type NextLevelChecklist,
} from '../../src/lib/storage/nextLevelStore';
import { nextLevelChecklist } from '../../src/lib/progression/nextLevel';
import { adjacentPairs } from '../../src/lib/progression/roleComparison';
import { plannerUrl, qualificationUrl } from '../../src/lib/site/urls';
import { memoryStorage } from './memoryStorage';
import { content, graph } from './siteContent';

const role = (id: string) => content.roles.find((entry) => entry.id === id)!;
const ta3 = nextLevelChecklist(role('teaching-assistant-2'), role('teaching-assistant-3'), graph);
/** Every key a person can tick for Teaching Assistant 3: its duties, and the sub-items of a duty that has them. */
const tickable = ta3.duties.flatMap((duty) => (duty.subItems.length === 0 ? [duty.key] : duty.subItems.map((item) => item.key)));
const ticked = (checklist: NextLevelChecklist, keys: readonly string[]) =>
  keys.reduce((current, key) => {
    const next = withDutyTicked(current, 'teaching-assistant-3', key, true);
    if (!next.ok) throw new Error(next.message);
    return next.checklist;
  }, checklist);

describe('the duties of the next level, to tick', () => {
  it('are every duty of the higher profile, key duties then optional ones, with a lettered sub-item ticked on its own', () => {
    for (const [lower, higher] of adjacentPairs(content.roles)) {
      const { duties } = nextLevelChecklist(lower, higher, graph);
      expect(duties.map((duty) => duty.text)).toEqual([...higher.data.keyDuties, ...higher.data.optionalDuties].map((duty) => duty.text));
      expect(duties.map((duty) => duty.kind)).toEqual([
        ...higher.data.keyDuties.map(() => 'key'),
        ...higher.data.optionalDuties.map(() => 'optional'),
      ]);
      const keys = duties.flatMap((duty) => [duty.key, ...duty.subItems.map((item) => item.key)]);
      expect(new Set(keys).size, higher.id).toBe(keys.length);
    }
    const specialist = ta3.duties.find((duty) => duty.subItems.length > 0);
    expect(specialist?.subItems.map((item) => item.label)).toEqual(['a', 'b', 'c', 'd']);
  });

  it("name what covers them: the higher profile's qualifications, the NOS units behind them, and the route there", () => {
    const qualifications = role('teaching-assistant-3').data.relevantQualifications.map(({ id }) => id);
    expect(ta3.qualifications.map((item) => item.href)).toEqual(qualifications.map((id) => qualificationUrl(id)));
    const units = new Set(qualifications.flatMap((id) => graph.nosUnitsForQualification(id).map((unit) => `STL${unit.data.number}`)));
    expect(ta3.nosUnits.map((unit) => unit.code).sort()).toEqual([...units].sort());
    expect(ta3.plannerHref).toBe(plannerUrl({ from: 'role:teaching-assistant-2', to: 'role:teaching-assistant-3' }));
  });

  it('keep their key when the words are the same, whatever the spacing and case', () => {
    expect(dutyTickKey('Plan  and evaluate')).toBe(dutyTickKey('plan and evaluate '));
    expect(dutyTickKey('Plan and evaluate')).not.toBe(dutyTickKey('Plan and evaluated'));
  });
});

describe('what is left', () => {
  it('is every duty not ticked; of a duty with sub-items, the sub-items not ticked', () => {
    const withSubItems = ta3.duties.find((duty) => duty.subItems.length > 0)!;
    const [first, second] = tickable;
    const checklist = ticked(emptyNextLevelChecklist(), [first!, withSubItems.subItems[0]!.key]);
    const left = dutiesLeft(ta3.duties, checklist.done['teaching-assistant-3'] ?? []);
    expect(left.map((duty) => duty.key)).not.toContain(first);
    expect(left.map((duty) => duty.key)).toContain(second);
    expect(left.find((duty) => duty.key === withSubItems.key)?.subItems.map((item) => item.label)).toEqual(['b', 'c', 'd']);
    expect(tickCounts(ta3.duties, checklist.done['teaching-assistant-3'] ?? [])).toEqual({ done: 2, total: tickable.length });
  });

  it('is nothing once every duty is ticked', () => {
    const checklist = ticked(emptyNextLevelChecklist(), tickable);
    expect(dutiesLeft(ta3.duties, checklist.done['teaching-assistant-3'] ?? [])).toEqual([]);
    expect(describeNextLevel(checklist)).toBe(`${tickable.length} duties ticked for 1 role`);
  });

  it('does not count a tick whose duty the profile no longer lists, and keeps it', () => {
    const checklist = ticked(emptyNextLevelChecklist(), [dutyTickKey('A duty since removed from the profile'), tickable[0]!]);
    expect(tickCounts(ta3.duties, checklist.done['teaching-assistant-3'] ?? [])).toEqual({ done: 1, total: tickable.length });
    const [key] = tickable;
    const unticked = withDutyTicked(checklist, 'teaching-assistant-3', key!, false);
    expect(unticked.ok && unticked.checklist.done['teaching-assistant-3']).toEqual([dutyTickKey('A duty since removed from the profile')]);
  });
});

describe('keeping the checklist in the browser', () => {
  it('saves and reads back what was ticked, through the same store as the self-assessment', () => {
    const storage = memoryStorage();
    const checklist = ticked(emptyNextLevelChecklist(), tickable.slice(0, 3));
    expect(saveDocument(nextLevelKind, storage, checklist, 0).status).toBe('saved');
    expect(loadDocument(nextLevelKind, storage)).toMatchObject({ status: 'ok', document: { done: checklist.done, revision: 1 } });
    expect(readDocument(nextLevelKind, exportDocument(checklist))).toEqual({ ok: true, document: checklist });
  });

  it('keeps damaged saved text aside instead of wiping it', () => {
    const storage = memoryStorage({ [nextLevelStorageKey]: '{"format":"pathways-next-level", broken' });
    const loaded = loadDocument(nextLevelKind, storage, 1_700_000_000_000);
    expect(loaded.status).toBe('recovered');
    expect(storage.getItem(`${nextLevelStorageKey}.unreadable-1700000000000`)).toBe('{"format":"pathways-next-level", broken');
  });

  it.each([
    ['another kind of file', JSON.stringify({ ...emptyNextLevelChecklist(), format: 'pathways-portfolio' }), 'wrong-kind'],
    ['a newer version', JSON.stringify({ ...emptyNextLevelChecklist(), version: 2 }), 'newer-version'],
    [
      'a tick that is not a duty key',
      JSON.stringify({ ...emptyNextLevelChecklist(), done: { 'teaching-assistant-3': ['<b>x</b>'] } }),
      'damaged',
    ],
  ])('refuses %s with a reason', (_name, raw, reason) => {
    expect(readDocument(nextLevelKind, raw)).toMatchObject({ ok: false, reason });
  });

  it('reads a role listing a tick twice as listing it once', () => {
    const key = tickable[0]!;
    const read = readDocument(
      nextLevelKind,
      JSON.stringify({ ...emptyNextLevelChecklist(), done: { 'teaching-assistant-3': [key, key] } }),
    );
    expect(read.ok && read.document.done['teaching-assistant-3']).toEqual([key]);
  });

  it('refuses a tick past the limit of a role, and a role past the limit of roles, and says why', () => {
    const full = {
      ...emptyNextLevelChecklist(),
      done: { 'teaching-assistant-3': Array.from({ length: tickLimit.max }, (_, n) => `d-${n.toString(36)}`) },
    };
    expect(withDutyTicked(full, 'teaching-assistant-3', tickable[0]!, true)).toEqual({ ok: false, message: tickLimit.message });
    const manyRoles = {
      ...emptyNextLevelChecklist(),
      done: Object.fromEntries(Array.from({ length: roleLimit.max }, (_, n) => [`role-${n}`, []])),
    };
    expect(withDutyTicked(manyRoles, 'teaching-assistant-3', tickable[0]!, true)).toEqual({ ok: false, message: roleLimit.message });
    // What the limits refuse to add, the reader refuses to read, so a document past them is never written.
    const past = { ...manyRoles, done: { ...manyRoles.done, 'one-more': [] } };
    expect(saveDocument(nextLevelKind, memoryStorage(), past, 0).status).toBe('invalid');
  });
});
