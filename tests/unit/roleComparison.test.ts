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
  it('lists the duties a higher level adds, and those it drops', () => {
    const [change] = compareRoles([role('midday-supervision-1'), role('midday-supervision-2')]).changes;
    expect(change!.added).toContain('Allocate duties to midday assistants');
    expect(change!.dropped).toContain(
      'Supervise activities and maintain the health, safety, welfare, good conduct and safeguarding of pupils during the midday break, having regard to special or additional needs.',
    );
  });

  it('treats the same duty in the same words as shared, whatever its final full stop', () => {
    const comparison = compareRoles([role('teaching-assistant-1'), role('teaching-assistant-2')]);
    const shared = comparison.duties.find((duty) => duty.text.startsWith('Support pupils in social and emotional well-being'));
    expect(shared?.inRoles).toEqual([true, true]);
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
