import { layoutMap, nodeHeight, nodeWidth, wrapLabel } from './mapLayout';
import { earlierEdges, nodeAccessibleName, onwardEdges, reachableFrom, type ProgressionGraph } from './progression';

/**
 * Everything the map island needs, worked out at build time. Kept lean, because the props travel
 * inside the page: the reasons for each move and what it takes are in the text list below the map,
 * not here.
 */
export function mapProps(graph: ProgressionGraph) {
  const full = layoutMap(graph);
  // What each move takes is not sent: the panel links to the move's full entry in the text list on
  // the same page, rather than show a shortened list (or read out a long one at every focus change).
  const layout = { ...full, edges: full.edges.map(({ basisNote, takes, mayCount, ...edge }) => edge) };
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
