import { describe, expect, it } from 'vitest';
import {
  adjacentPairs,
  compareRoles,
  maxComparedRoles,
  readComparedRoles,
  tooManyRolesMessage,
} from '../../src/lib/progression/roleComparison';
import { content } from './siteContent';

const role = (id: string) => content.roles.find((entry) => entry.id === id)!;

describe('comparing roles', () => {
  it('lists the duties a higher level adds, those it drops, and those it rewords', () => {
    const [change] = compareRoles([role('midday-supervision-1'), role('midday-supervision-2')]).changes;
    expect(change!.added).toContainEqual({ text: 'Allocate duties to midday assistants', kind: 'key' });
    expect(change!.dropped).toContainEqual({ text: 'Clean up spillages of food or liquid during meal service', kind: 'optional' });
    const supervise = change!.reworded.find((pair) => pair.before.text.startsWith('Supervise activities and maintain the health'));
    expect(supervise?.after).toEqual({
      text: 'Oversee the supervision of activities and maintain the health, safety, welfare, good conduct and safeguarding of pupils during the midday break',
      kind: 'key',
    });
  });

  it('says in the table of every duty that a role lists a reworded duty in other words', () => {
    const comparison = compareRoles([role('teaching-assistant-2'), role('teaching-assistant-3')]);
    const [change] = comparison.changes;
    const pair = change!.reworded[0]!;
    expect(comparison.duties.find((row) => row.text === pair.before.text)?.inRoles).toEqual([pair.before.kind, 'reworded']);
    expect(comparison.duties.find((row) => row.text === pair.after.text)?.inRoles).toEqual(['reworded', pair.after.kind]);
  });

  it("counts a lower level's optional duty as one it has, and says it was optional", () => {
    // Midday Supervision 2 lists healthy eating as an optional duty; Midday Supervision 3 as a key duty.
    const healthy = 'Encourage pupils to select and eat healthy balanced meals';
    const comparison = compareRoles([role('midday-supervision-2'), role('midday-supervision-3')]);
    const [change] = comparison.changes;
    expect(change!.added.map((duty) => duty.text)).not.toContain(healthy);
    expect(change!.becomeKey).toEqual([healthy]);
    expect(comparison.duties.find((duty) => duty.text === healthy)?.inRoles).toEqual(['optional', 'key']);
  });

  it('never reports as missing a duty the other role lists as optional', () => {
    for (const [lower, higher] of adjacentPairs(content.roles)) {
      const [change] = compareRoles([lower, higher]).changes;
      const listed = (entry: typeof lower) =>
        new Set([...entry.data.keyDuties, ...entry.data.optionalDuties].map((duty) => duty.text.toLowerCase().replace(/[.\s]+$/, '')));
      const lowerDuties = listed(lower);
      const higherDuties = listed(higher);
      for (const duty of change!.added) expect(lowerDuties.has(duty.text.toLowerCase().replace(/[.\s]+$/, '')), duty.text).toBe(false);
      for (const duty of change!.dropped) expect(higherDuties.has(duty.text.toLowerCase().replace(/[.\s]+$/, '')), duty.text).toBe(false);
    }
  });

  it('treats a duty printed with and without a comma as the same duty', () => {
    const comparison = compareRoles([role('midday-supervision-2'), role('midday-supervision-3')]);
    const similarWork = comparison.duties.filter((duty) => duty.text.startsWith('Undertake similar work at other times'));
    expect(similarWork.map((duty) => duty.inRoles)).toEqual([['optional', 'optional']]);
  });

  it('marks which roles are extracts, whose optional duties are not known', () => {
    const comparison = compareRoles([role('teaching-assistant-1'), role('midday-supervision-1')]);
    expect(comparison.roles.map((entry) => entry.extract)).toEqual([true, false]);
  });

  it('treats the same duty in the same words as shared, whatever its final full stop', () => {
    const comparison = compareRoles([role('teaching-assistant-1'), role('teaching-assistant-2')]);
    const shared = comparison.duties.find((duty) => duty.text.startsWith('Support pupils in social and emotional well-being'));
    expect(shared?.inRoles).toEqual(['key', 'key']);
  });

  it('shows which job evaluation factors rise', () => {
    const comparison = compareRoles([role('learning-mentor-1'), role('learning-mentor-2')]);
    const knowledge = comparison.factors.find((factor) => factor.name === 'Knowledge')!;
    expect(knowledge).toMatchObject({ levels: ['3', '4'], change: ['rises'] });
    const physical = comparison.factors.find((factor) => factor.name === 'Physical Demands')!;
    expect(physical.change).toEqual(['same']);
  });

  it('has no factor table when no compared role has a job evaluation in the sources', () => {
    expect(compareRoles([role('teaching-assistant-1'), role('teaching-assistant-2')]).factors).toEqual([]);
  });

  it('pairs neighbouring levels on each ladder for pre-built pages', () => {
    const pairs = adjacentPairs(content.roles).map(([a, b]) => `${a.id}>${b.id}`);
    expect(pairs).toContain('teaching-assistant-2>teaching-assistant-3');
    expect(pairs).not.toContain('teaching-assistant-5>additional-support-needs-assistant-1');
    expect(pairs).toHaveLength(4 + 2 + 2 + 2 + 1);
  });
});

describe('the comparison address', () => {
  const ids = content.roles.map((entry) => entry.id);

  it('keeps up to three known roles in order, without repeats', () => {
    expect(readComparedRoles('?roles=teaching-assistant-3,teaching-assistant-2,teaching-assistant-3', ids).ids).toEqual([
      'teaching-assistant-3',
      'teaching-assistant-2',
    ]);
  });

  it('reports unknown roles rather than using them', () => {
    expect(readComparedRoles('?roles=teaching-assistant-1,<b>x</b>', ids)).toEqual({
      ids: ['teaching-assistant-1'],
      unknown: ['<b>x</b>'],
      extra: [],
    });
  });

  it('reports the known roles asked for beyond the most a comparison shows, and says so', () => {
    const asked = ids.slice(0, maxComparedRoles + 1);
    const reading = readComparedRoles(`?roles=${asked.join(',')}`, ids);
    expect(reading).toEqual({ ids: asked.slice(0, maxComparedRoles), unknown: [], extra: asked.slice(maxComparedRoles) });
    expect(tooManyRolesMessage(reading)).toBe(
      `You asked for ${maxComparedRoles + 1} roles; a comparison shows at most ${maxComparedRoles}: these are the first ${maxComparedRoles}.`,
    );
  });

  it('says nothing more when no more roles are asked for than it shows', () => {
    expect(tooManyRolesMessage(readComparedRoles(`?roles=${ids.slice(0, maxComparedRoles).join(',')}`, ids))).toBeNull();
  });
});
