import { describe, expect, it } from 'vitest';
import { checkStep, generalHaves, planRoutes, readPlannerState } from '../../src/lib/progression/planner';
import { plannerQuery } from '../../src/lib/site/urls';
import type { MapEdge, ProgressionGraph } from '../../src/lib/progression/progression';
import { progressionGraph } from './progressionContent';

const graph: ProgressionGraph = {
  nodes: [
    {
      id: 'role:teaching-assistant-1',
      kind: 'role',
      label: 'Teaching Assistant 1',
      level: 1,
      lane: 'teaching-assistant',
      href: '/roles/teaching-assistant-1/',
      summary: '',
      meetsOrWorksTowards: [],
    },
    {
      id: 'status:qts',
      kind: 'status',
      label: 'Qualified Teacher Status (QTS)',
      level: null,
      lane: 'statuses',
      href: '/statuses/qts/',
      summary: '',
      meetsOrWorksTowards: [],
    },
  ],
  edges: [],
};
const haveIds = ['foundation-degree', ...generalHaves.map((item) => item.id)];

describe('the planner address', () => {
  it('round-trips a plan', () => {
    const state = { from: 'role:teaching-assistant-1', to: 'status:qts', have: ['degree', 'foundation-degree'], nation: 'wales' };
    expect(readPlannerState(plannerQuery(state), graph, haveIds)).toEqual({ state, problems: [] });
  });

  it('reports a starting point or goal that is not on the map, as given, and does not use it', () => {
    const reading = readPlannerState('?from=role:chief-wizard&to=%3Cscript%3Ealert(1)%3C%2Fscript%3E', graph, haveIds);
    expect(reading.state).toEqual({ from: '', to: '', have: [], nation: '' });
    expect(reading.problems).toEqual([
      { field: 'from', value: 'role:chief-wizard' },
      { field: 'to', value: '<script>alert(1)</script>' },
    ]);
  });

  it('ignores unknown things someone says they have, and repeats', () => {
    expect(readPlannerState('?have=degree&have=degree&have=wand', graph, haveIds).state.have).toEqual(['degree']);
  });

  it('cuts an absurdly long value before reporting it', () => {
    expect(readPlannerState(`?from=${'x'.repeat(10_000)}`, graph, haveIds).problems[0]!.value).toHaveLength(200);
  });
});

describe('what someone already meets on a step', () => {
  const edge: MapEdge = {
    id: 'e',
    from: 'a',
    to: 'b',
    basis: 'stated',
    basisNote: '',
    kind: 'next-step',
    mayCount: ['Supporting learning in primary schools – E111'],
    takes: [
      'Foundation Degree',
      "A bachelor's degree",
      'GCSE grade 4 in English and maths, and science for primary',
      'HLTA status',
      'Resident in England for 3 or more years',
    ],
  };

  it('ticks a qualification they hold, by its label', () => {
    expect(checkStep(edge, { 'foundation-degree': 'Foundation Degree' }, ['foundation-degree']).needs[0]).toEqual({
      text: 'Foundation Degree',
      met: true,
    });
  });

  it('ticks general requirements they say they have, and nothing else', () => {
    const met = checkStep(edge, {}, ['degree', 'gcse-4-english-maths', 'hlta'])
      .needs.filter((need) => need.met)
      .map((need) => need.text);
    expect(met).toEqual(["A bachelor's degree", 'GCSE grade 4 in English and maths, and science for primary', 'HLTA status']);
  });

  it('ticks nothing when they have nothing', () => {
    expect(checkStep(edge, {}, []).needs.every((need) => !need.met)).toBe(true);
  });

  it('keeps what could count towards a step apart from what it takes, and ticks it when they have it', () => {
    const check = checkStep(edge, { e111: 'Supporting learning in primary schools – E111' }, ['e111']);
    expect(check.needs.map((need) => need.text)).not.toContain('Supporting learning in primary schools – E111');
    expect(check.mayCount).toEqual([{ text: 'Supporting learning in primary schools – E111', met: true }]);
  });
});

describe('plans on the real map', () => {
  const roles = progressionGraph.nodes.filter((node) => node.kind === 'role');
  const statuses = progressionGraph.nodes.filter((node) => node.kind === 'status');
  const plan = (from: string, to: string) => planRoutes(progressionGraph, { from, to, nation: '' });
  const lane = (id: string) => progressionGraph.nodes.find((node) => node.id === id)?.lane;

  it('says a role already meets or works towards a status, quoting its profile, and offers no more than the direct move', () => {
    for (const role of roles) {
      for (const status of statuses) {
        const { standing, routes } = plan(role.id, status.id);
        const stands = role.meetsOrWorksTowards.find((item) => item.status === status.id);
        if (!stands) {
          expect(standing, `${role.id} → ${status.id}`).toBeNull();
          continue;
        }
        expect(standing).toContain(`${role.label} already meets or works towards ${status.label}.`);
        expect(standing).toContain(stands.profileSays!);
        expect(routes.every((route) => route.length === 1)).toBe(true);
      }
    }
    expect(plan('role:teaching-assistant-5', 'status:hlta').routes).toEqual([]);
  });

  it('takes a midday supervisor at any level into a teaching assistant role at the first step, never into a supervisory level', () => {
    const midday = roles.filter((role) => role.lane === 'midday-supervision');
    expect(midday.length).toBeGreaterThan(1);
    for (const role of midday) {
      for (const status of statuses) {
        const { routes } = plan(role.id, status.id);
        expect(routes.length).toBeGreaterThan(0);
        expect(
          routes.map((route) => lane(route[0]!.to)),
          `${role.id} → ${status.id}`,
        ).toEqual(routes.map(() => 'teaching-assistant'));
      }
    }
  });
});

describe('where the reader works, in the address', () => {
  it('reads a nation it knows and drops one it does not', () => {
    expect(readPlannerState('?nation=wales', graph, haveIds).state.nation).toBe('wales');
    expect(readPlannerState('?nation=narnia', graph, haveIds).state.nation).toBe('');
  });
});
