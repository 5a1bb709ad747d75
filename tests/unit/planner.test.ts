import { describe, expect, it } from 'vitest';
import { checkStep, generalHaves, readPlannerState } from '../../src/lib/progression/planner';
import { plannerQuery } from '../../src/lib/site/urls';
import type { MapEdge, ProgressionGraph } from '../../src/lib/progression/progression';

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
    },
    {
      id: 'status:qts',
      kind: 'status',
      label: 'Qualified Teacher Status (QTS)',
      level: null,
      lane: 'statuses',
      href: '/statuses/qts/',
      summary: '',
    },
  ],
  edges: [],
};
const haveIds = ['foundation-degree', ...generalHaves.map((item) => item.id)];

describe('the planner address', () => {
  it('round-trips a plan', () => {
    const state = { from: 'role:teaching-assistant-1', to: 'status:qts', have: ['degree', 'foundation-degree'] };
    expect(readPlannerState(plannerQuery(state), graph, haveIds)).toEqual({ state, problems: [] });
  });

  it('reports a starting point or goal that is not on the map, as given, and does not use it', () => {
    const reading = readPlannerState('?from=role:chief-wizard&to=%3Cscript%3Ealert(1)%3C%2Fscript%3E', graph, haveIds);
    expect(reading.state).toEqual({ from: '', to: '', have: [] });
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
});
