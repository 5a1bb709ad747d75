import { layoutMap, type DrawnEdge, type MapLayout, type PlacedNode } from './mapLayout';
import { mapIds, movesAttribute } from './mapGraph';
import { mapLanes, nodeAccessibleName, onwardEdges, type MapEdge, type ProgressionGraph } from './progression';

/**
 * Everything the map page renders, worked out at build time: the laid-out SVG (nodes in reading
 * order, each with its accessible name; lines with the moves they draw) and the same map as lanes
 * of steps, the list a phone shows instead of the picture and every screen offers as text. The
 * island receives no copy of any of it: it reads the page.
 */

export interface MapStep {
  /** The node's position in the SVG's reading order, which the island numbers nodes by. */
  index: number;
  /** Element id of the list item. */
  id: string;
  node: PlacedNode;
  /** "Level 3", or undefined for nodes without a level. */
  level: string | undefined;
  /** "Leads to Teaching Assistant 4 and Additional Support Needs Assistant 2", or "The end of the map." */
  leadsTo: string;
  /** Whether the step before it in its lane has a move to it (the lanes draw a line between the two). */
  followsPrevious: boolean;
  moves: (Pick<MapEdge, 'id' | 'basis' | 'basisNote' | 'takes' | 'mayCount' | 'kind'> & {
    to: { index: number; label: string; href: string };
  })[];
}

export interface MapPage {
  layout: MapLayout;
  /** Per node, in reading order: the accessible name, which says its level and where it leads. */
  names: string[];
  /** Per line, its `data-moves` attribute. */
  lineMoves: string[];
  lanes: { id: string; label: string; steps: MapStep[] }[];
}

/** "Leads to A", "Leads to A and B", "Leads to A, B and C"; "The end of the map." for none. */
export function leadsTo(labels: readonly string[]): string {
  if (labels.length === 0) return 'The end of the map.';
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
  return `Leads to ${list}.`;
}

export async function mapPage(graph: ProgressionGraph): Promise<MapPage> {
  const layout = await layoutMap(graph);
  const ids = layout.nodes.map((node) => node.id);
  const moveById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const lineMoves = layout.edges.map((line: DrawnEdge) =>
    movesAttribute(
      line.moves.map((id) => moveById.get(id) ?? { from: '', to: '' }),
      ids,
    ),
  );
  const step = (node: PlacedNode, position: number, lane: readonly PlacedNode[]): MapStep => {
    const index = ids.indexOf(node.id);
    return {
      index,
      id: mapIds.step(index),
      node,
      level: node.level === null ? undefined : `Level ${node.level}`,
      followsPrevious: graph.edges.some((edge) => edge.from === lane[position - 1]?.id && edge.to === node.id),
      leadsTo: leadsTo(onwardEdges(graph, node.id).map((edge) => layout.nodes[ids.indexOf(edge.to)]?.label ?? edge.to)),
      moves: onwardEdges(graph, node.id).map((edge) => {
        const target = layout.nodes[ids.indexOf(edge.to)];
        return {
          id: edge.id,
          basis: edge.basis,
          basisNote: edge.basisNote,
          takes: edge.takes,
          mayCount: edge.mayCount,
          kind: edge.kind,
          to: { index: ids.indexOf(edge.to), label: target?.label ?? edge.to, href: target?.href ?? '' },
        };
      }),
    };
  };
  const lanes = mapLanes
    .map((lane) => ({
      id: lane.id,
      label: lane.label,
      steps: layout.nodes
        .filter((node) => node.lane === lane.id)
        .sort((a, b) => a.column - b.column || a.y - b.y)
        .map(step),
    }))
    .filter((lane) => lane.steps.length > 0);
  return { layout, names: layout.nodes.map((node) => nodeAccessibleName(graph, node)), lineMoves, lanes };
}
