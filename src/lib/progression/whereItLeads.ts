import {
  findRoutes,
  onwardMoves,
  standingAt,
  standingSentence,
  type MapEdge,
  type MapNode,
  type ProgressionGraph,
  type Route,
} from './progression';

/** What a role page's "Where this role can lead" shows, worked out from the map; the component only renders it. */
export interface WhereItLeads {
  /** Moves up the role's ladder or on to a status, degree or route to QTS, each with everything it takes. */
  nextSteps: MapEdge[];
  /** Moves to the same or a lower level, or to another ladder. */
  sideways: MapEdge[];
  /**
   * Each status on the map the node can reach or already meets or works towards: the sentence that
   * says it already does (then the only route is the direct move to it, if there is one), and the routes.
   */
  destinations: { node: MapNode; standing: string | null; routes: Route[] }[];
}

export function whereItLeads(graph: ProgressionGraph, nodeId: string, routesPerDestination = 2): WhereItLeads {
  const destinations = graph.nodes
    .filter((node) => node.kind === 'status' && node.id !== nodeId)
    .map((node) => {
      const standing = standingAt(graph, nodeId, node.id);
      return {
        node,
        standing: standing ? standingSentence(graph, nodeId, standing) : null,
        routes: findRoutes(graph, nodeId, node.id, routesPerDestination),
      };
    })
    .filter((destination) => destination.standing !== null || destination.routes.length > 0);
  return { ...onwardMoves(graph, nodeId), destinations };
}
