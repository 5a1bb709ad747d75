import { describe, expect, it } from 'vitest';
import {
  findRoutes,
  moveKind,
  nodeAccessibleName,
  onwardEdges,
  onwardMoves,
  reachableFrom,
  standingAt,
  type MapEdge,
  type MapNode,
  type ProgressionGraph,
  type Route,
} from '../../src/lib/progression/progression';
import { mapPage } from '../../src/lib/progression/mapPage';
import { whereItLeads } from '../../src/lib/progression/whereItLeads';
import { progressionGraph as graph, progressions } from './progressionContent';
import { content } from './siteContent';
import { elkTimeout } from './timeouts';
import { testEdge } from './graphFixtures';

/** A small graph for route finding: a → b → d, a → c → d, d → e, and a sideways pair b ↔ c. */
function tinyGraph(): ProgressionGraph {
  const node = (id: string, level: number | null = null): MapNode => ({
    id,
    kind: 'role',
    label: id,
    level,
    lane: 'teaching-assistant',
    href: `/${id}/`,
    summary: '',
    meetsOrWorksTowards: [],
  });
  const nodes = [node('a', 1), node('b', 2), node('c', 2), node('d', 3), node('e', 4), node('z', 1)];
  const edge = (from: string, to: string, basis: MapEdge['basis'] = 'stated') =>
    testEdge(from, to, basis, {
      kind: moveKind(
        nodes.find((item) => item.id === from)!,
        nodes.find((item) => item.id === to)!,
      ),
    });
  return {
    nodes,
    edges: [
      edge('a', 'b'),
      edge('a', 'c', 'not-stated'),
      edge('b', 'd'),
      edge('c', 'd'),
      edge('d', 'e'),
      edge('b', 'c', 'not-stated'),
      edge('c', 'b', 'not-stated'),
    ],
  };
}

describe('finding routes', () => {
  it('finds a direct move', () => {
    expect(findRoutes(tinyGraph(), 'd', 'e').map((route) => route.map((edge) => edge.id))).toEqual([['d-e']]);
  });

  it('finds multi-step routes, shortest first, stated moves before unstated ones, and no detour past a direct move', () => {
    // a > b > c > d > e is not offered: a moves to c directly, and b to d.
    expect(findRoutes(tinyGraph(), 'a', 'e').map((route) => route.map((edge) => edge.to).join('>'))).toEqual(['b>d>e', 'c>d>e']);
  });

  it('counts a move to the same level as sideways, and takes one only where no route does without', () => {
    expect(
      tinyGraph()
        .edges.filter((edge) => edge.kind === 'sideways')
        .map((edge) => edge.id),
    ).toEqual(['b-c', 'c-b']);
    expect(findRoutes(tinyGraph(), 'b', 'c').map((route) => route.map((edge) => edge.id))).toEqual([['b-c']]);
  });

  it('never visits a node twice, though b and c lead to each other', () => {
    for (const route of findRoutes(tinyGraph(), 'a', 'e', 10)) {
      const visited = route.map((edge) => edge.to);
      expect(new Set(visited).size).toBe(visited.length);
    }
  });

  it('returns nothing for a target that cannot be reached, or for the start itself', () => {
    expect(findRoutes(tinyGraph(), 'e', 'a')).toEqual([]);
    expect(findRoutes(tinyGraph(), 'z', 'e')).toEqual([]);
    expect(findRoutes(tinyGraph(), 'a', 'a')).toEqual([]);
  });

  it('on the real map, a midday supervisor can reach Qualified Teacher Status', () => {
    const routes = findRoutes(graph, 'role:midday-supervision-1', 'status:qts');
    expect(routes.length).toBeGreaterThan(0);
    expect(routes[0]!.at(-1)!.to).toBe('status:qts');
    expect(routes[0]!.some((edge) => edge.to === 'role:teaching-assistant-1')).toBe(true);
  });

  it('on the real map, Teaching Assistant 5 is not routed to HLTA status: it already meets the standards', () => {
    expect(findRoutes(graph, 'role:teaching-assistant-5', 'status:hlta')).toEqual([]);
    expect(standingAt(graph, 'role:teaching-assistant-5', 'status:hlta')?.profileSays).toBe(
      'Meeting the professional standards for Higher Level Teaching Assistants.',
    );
  });

  it('on the real map, Teaching Assistant 4 reaches HLTA status in one stated move', () => {
    expect(findRoutes(graph, 'role:teaching-assistant-4', 'status:hlta')[0]!.map((edge) => [edge.to, edge.basis])).toEqual([
      ['status:hlta', 'stated'],
    ]);
  });
});

const roles = graph.nodes.filter((node) => node.kind === 'role');
const statuses = graph.nodes.filter((node) => node.kind === 'status');
const nodeById = (id: string) => graph.nodes.find((node) => node.id === id)!;
const names = (route: Route) => route.map((edge) => nodeById(edge.to).label).join(' > ');
/** Every route the planner could offer from every role on the map to every other place on it. */
const everyRoute = roles.flatMap((role) =>
  graph.nodes.flatMap((target) => findRoutes(graph, role.id, target.id, 10).map((route) => ({ from: role, to: target, route }))),
);

describe('every next step on the map', () => {
  it('lists everything the move takes, on role pages and the map, as the content gives it, and never a shortened list', () => {
    for (const { id, data } of progressions) {
      const edge = graph.edges.find((item) => item.id === id)!;
      expect(edge.takes, id).toEqual(expect.arrayContaining(data.takes.requirements));
      expect(edge.takes, id).toHaveLength(data.takes.requirements.length + data.takes.qualifications.length + data.takes.statuses.length);
    }
    for (const role of roles) {
      const { nextSteps, sideways } = whereItLeads(graph, role.id);
      expect(
        [...nextSteps, ...sideways].sort((a, b) => a.id.localeCompare(b.id)),
        role.id,
      ).toEqual(onwardEdges(graph, role.id).sort((a, b) => a.id.localeCompare(b.id)));
    }
  });

  it(
    'on the map page, lists every move in full under the step it leaves from (the panel shows a copy of that list)',
    async () => {
      const { lanes } = await mapPage(graph);
      for (const step of lanes.flatMap((lane) => lane.steps)) {
        const shown = step.moves.map((move) => ({ id: move.id, takes: move.takes, mayCount: move.mayCount, kind: move.kind }));
        const moves = onwardEdges(graph, step.node.id).map((edge) => ({
          id: edge.id,
          takes: edge.takes,
          mayCount: edge.mayCount,
          kind: edge.kind,
        }));
        expect(shown, step.node.id).toEqual(moves);
      }
    },
    elkTimeout,
  );

  it('never says a step takes what a source says only could count towards it', () => {
    const qualification = (id: string) => content.qualifications.find((item) => item.id === id)!.data;
    // "The credits from this … module could count towards a … foundation degree …"
    const onlyCountsTowards = (id: string, target: string) =>
      qualification(id).description.some((line) => /could count towards/i.test(line) && line.toLowerCase().includes(target.toLowerCase()));
    const intoQualifications = progressions.filter(({ data }) => data.to.kind === 'qualification');
    expect(intoQualifications.length).toBeGreaterThan(0);
    for (const { id, data } of intoQualifications) {
      if (data.to.kind !== 'qualification') continue;
      const target = qualification(data.to.qualification.id).title;
      expect(
        data.takes.qualifications.filter((taken) => onlyCountsTowards(taken.id, target)).map((taken) => taken.id),
        id,
      ).toEqual([]);
      const edge = graph.edges.find((item) => item.id === id)!;
      for (const { id: counted } of data.mayCountTowards.qualifications) {
        const title = qualification(counted).shortTitle ?? qualification(counted).title;
        expect(edge.mayCount, id).toContain(title);
        expect(edge.takes, id).not.toContain(title);
      }
    }
    expect(graph.edges.filter((edge) => edge.mayCount.length > 0).length).toBeGreaterThan(0);
  });

  it('is never at the same or a lower level, nor on another ladder: those moves are sideways', () => {
    for (const role of roles) {
      const { nextSteps, sideways } = onwardMoves(graph, role.id);
      for (const edge of nextSteps) {
        const to = nodeById(edge.to);
        if (to.kind !== 'role') continue;
        expect(to.lane, `${role.id} → ${to.id}`).toBe(role.lane);
        expect(to.level!, `${role.id} → ${to.id}`).toBeGreaterThan(role.level!);
      }
      for (const edge of sideways) {
        const to = nodeById(edge.to);
        expect(to.kind === 'role' && (to.lane !== role.lane || to.level! <= role.level!), `${role.id} → ${to.id}`).toBe(true);
      }
    }
    expect(onwardMoves(graph, 'role:teaching-assistant-3').nextSteps.map((edge) => edge.to)).not.toContain(
      'role:additional-support-needs-assistant-2',
    );
  });

  it('names sideways moves apart from next steps in the map node names', () => {
    const ta3 = nodeById('role:teaching-assistant-3');
    expect(nodeAccessibleName(graph, ta3)).toMatch(/, sideways to Additional Support Needs Assistant 2$/);
  });
});

describe('every route on the map, from every role', () => {
  it('finds some routes to check', () => {
    expect(everyRoute.length).toBeGreaterThan(roles.length);
  });

  it('never detours: no route reaches a place that an earlier place on it moves to directly', () => {
    const detours = everyRoute.filter(({ from, route }) => {
      const path = [from.id, ...route.map((edge) => edge.to)];
      return path.some((place, index) =>
        path.slice(index + 2).some((later) => graph.edges.some((edge) => edge.from === place && edge.to === later)),
      );
    });
    expect(detours.map(({ from, route }) => `${from.label}: ${names(route)}`)).toEqual([]);
  });

  it('never routes a role to a status it already meets or works towards, except by its own direct move to it', () => {
    const standing = roles.flatMap((role) => role.meetsOrWorksTowards.map(({ status }) => ({ role, status })));
    expect(standing.length).toBeGreaterThan(0);
    for (const { role, status } of standing) {
      for (const route of findRoutes(graph, role.id, status, 10))
        expect(
          route.map((edge) => edge.from),
          names(route),
        ).toEqual([role.id]);
    }
    // Nor through such a role on the way: it takes its own move to the status.
    for (const { from, to, route } of everyRoute) {
      for (const [index, edge] of route.slice(0, -1).entries()) {
        if (standingAt(graph, edge.to, to.id)) expect(route[index + 1]!.to, `${from.label}: ${names(route)}`).toBe(to.id);
      }
    }
  });

  it('never changes ladder when another route to the same place does not', () => {
    for (const role of roles) {
      for (const target of graph.nodes) {
        const routes = findRoutes(graph, role.id, target.id, 10);
        const sideways = routes.map((route) => route.filter((edge) => edge.kind === 'sideways').length);
        if (sideways.includes(0))
          expect(routes.filter((_, index) => sideways[index]! > 0).map(names), `${role.id} → ${target.id}`).toEqual([]);
      }
    }
  });

  it('takes every midday supervisor straight into a teaching assistant role, never through a supervisory level first', () => {
    const midday = roles.filter((role) => role.lane === 'midday-supervision');
    expect(midday.length).toBeGreaterThan(1);
    for (const role of midday) {
      const into = onwardEdges(graph, role.id).filter((edge) => nodeById(edge.to).lane === 'teaching-assistant');
      expect(into.length, role.id).toBeGreaterThan(0);
      for (const target of statuses) {
        const routes = findRoutes(graph, role.id, target.id);
        expect(routes.length, `${role.id} → ${target.id}`).toBeGreaterThan(0);
        for (const route of routes) expect(nodeById(route[0]!.to).lane, names(route)).toBe('teaching-assistant');
      }
    }
  });
});

describe('the real progression data', () => {
  it('puts every role profile on the map', () => {
    expect(content.roles.filter((role) => !graph.nodes.some((node) => node.id === `role:${role.id}`)).map((role) => role.id)).toEqual([]);
  });

  it('leads from every node somewhere, except QTS and the two single pastoral profiles, which the sources lead nowhere from', () => {
    const deadEnds = graph.nodes.filter((node) => reachableFrom(graph, node.id).size === 0).map((node) => node.id);
    expect(deadEnds.sort()).toEqual(['role:behaviour-management', 'role:pupil-wellbeing-management', 'status:qts']);
  });

  it('says why for every move the sources do not state, and says that no source states it', () => {
    expect(graph.edges.filter((edge) => edge.basis === 'not-stated' && edge.basisNote.length < 40)).toEqual([]);
    const saysNotStated = /no source|do not describe|does not name|names no|not stated/i;
    expect(graph.edges.filter((edge) => edge.basis === 'not-stated' && !saysNotStated.test(edge.basisNote)).map((edge) => edge.id)).toEqual(
      [],
    );
  });

  it('gives nodes names that say where they lead', () => {
    const ta3 = graph.nodes.find((node) => node.id === 'role:teaching-assistant-3')!;
    expect(nodeAccessibleName(graph, ta3)).toMatch(/^Teaching Assistant 3, level 3, leads to .*Teaching Assistant 4/);
  });
});
