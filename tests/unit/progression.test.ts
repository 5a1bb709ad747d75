import { describe, expect, it } from 'vitest';
import {
  buildProgressionGraph,
  findRoutes,
  nodeAccessibleName,
  reachableFrom,
  type ProgressionGraph,
} from '../../src/lib/progression/progression';
import { progressionSchema } from '../../src/schemas/progression';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { content } from './siteContent';
import { contentDir } from './contentFiles';

const progressions = Object.entries(parse(readFileSync(join(contentDir, 'progression.yaml'), 'utf8')) as Record<string, unknown>).map(
  ([id, data]) => ({
    id,
    data: progressionSchema.parse(data),
  }),
);
const graph = buildProgressionGraph({ ...content, progressions });

/** A small graph for route finding: a → b → d, a → c → d, d → e, and a sideways pair b ↔ c. */
function tinyGraph(): ProgressionGraph {
  const node = (id: string, level: number | null = null) => ({
    id,
    kind: 'role' as const,
    label: id,
    level,
    lane: 'teaching-assistant',
    href: `/${id}/`,
    summary: '',
  });
  const edge = (from: string, to: string, basis: 'stated' | 'not-stated' = 'stated') => ({
    id: `${from}-${to}`,
    from,
    to,
    basis,
    basisNote: '',
    takes: [],
  });
  return {
    nodes: [node('a', 1), node('b', 2), node('c', 2), node('d', 3), node('e', 4), node('z', 1)],
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

  it('finds multi-step routes, shortest first, stated moves before unstated ones', () => {
    expect(findRoutes(tinyGraph(), 'a', 'e').map((route) => route.map((edge) => edge.to).join('>'))).toEqual(['b>d>e', 'c>d>e', 'b>c>d>e']);
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

  it('on the real map, Teaching Assistant 4 reaches HLTA status in one stated move', () => {
    expect(findRoutes(graph, 'role:teaching-assistant-4', 'status:hlta')[0]!.map((edge) => [edge.to, edge.basis])).toEqual([
      ['status:hlta', 'stated'],
    ]);
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

  it('says why for every move the sources do not state', () => {
    expect(graph.edges.filter((edge) => edge.basis === 'not-stated' && edge.basisNote.length < 40)).toEqual([]);
  });

  it('gives nodes names that say where they lead', () => {
    const ta3 = graph.nodes.find((node) => node.id === 'role:teaching-assistant-3')!;
    expect(nodeAccessibleName(graph, ta3)).toMatch(/^Teaching Assistant 3, level 3, leads to .*Teaching Assistant 4/);
  });
});
