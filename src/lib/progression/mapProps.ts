import { layoutMap, nodeHeight, nodeWidth, wrapLabel } from './mapLayout';
import { earlierEdges, nodeAccessibleName, onwardEdges, reachableFrom, type ProgressionGraph } from './progression';

/**
 * Everything the map island needs, worked out at build time. Kept lean, because the props travel
 * inside the page: the reasons for each move are in the text list below the map, not here.
 */
export function mapProps(graph: ProgressionGraph) {
  const full = layoutMap(graph);
  const layout = { ...full, edges: full.edges.map(({ basisNote, ...edge }) => ({ ...edge, takes: edge.takes.slice(0, 3) })) };
  const details = Object.fromEntries(
    graph.nodes.map((node) => [
      node.id,
      {
        name: nodeAccessibleName(graph, node),
        lines: wrapLabel(node.label),
        reachable: [...reachableFrom(graph, node.id)],
        onward: onwardEdges(graph, node.id).map((edge) => edge.to),
        earlier: earlierEdges(graph, node.id).map((edge) => edge.from),
      },
    ]),
  );
  return { layout, nodeWidth, nodeHeight, details };
}
