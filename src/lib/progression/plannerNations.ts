import { nationIds, nationTagLabel, type Nation } from '../../domain/now';
import type { QualificationEntry, StatusEntry } from '../../schemas/entry';
import type { ProgressionGraph } from './progression';

/**
 * The nations each place on the map is open in, for the places open in some nations only (every
 * route to QTS in the reference is England's): "route:teacher-degree-apprenticeship" → ["england"].
 * Places open everywhere are not listed.
 */
export type NodeNations = Record<string, Nation[]>;

export function nodeNations(
  graph: ProgressionGraph,
  content: { statuses: readonly StatusEntry[]; qualifications: readonly QualificationEntry[] },
): NodeNations {
  const applies = new Map<string, readonly Nation[]>([
    ...content.statuses.map((entry) => [`status:${entry.id}`, entry.data.now.nations] as const),
    ...content.statuses.flatMap((entry) => entry.data.routes.map((route) => [`route:${route.id}`, route.nations] as const)),
    ...content.qualifications.map((entry) => [`qualification:${entry.id}`, entry.data.now.nations] as const),
  ]);
  const restricted: NodeNations = {};
  for (const node of graph.nodes) {
    const nations = applies.get(node.id) ?? [];
    if (nationTagLabel(nations) !== undefined) restricted[node.id] = nationIds.filter((nation) => nations.includes(nation));
  }
  return restricted;
}

/** The map without the places that are not open in a nation, and which places those were. */
export function graphForNation(
  graph: ProgressionGraph,
  restricted: NodeNations,
  nation: Nation,
): { graph: ProgressionGraph; removed: Set<string> } {
  const removed = new Set(Object.entries(restricted).flatMap(([id, open]) => (open.includes(nation) ? [] : [id])));
  return {
    graph: {
      nodes: graph.nodes.filter((node) => !removed.has(node.id)),
      edges: graph.edges.filter((edge) => !removed.has(edge.from) && !removed.has(edge.to)),
    },
    removed,
  };
}

/** A place's nation label ("England only"), or undefined when it is open everywhere. */
export function nodeNationTag(restricted: NodeNations, nodeId: string): string | undefined {
  return nationTagLabel(restricted[nodeId] ?? []);
}
