import { plannerDestinationAnchor, plannerStartSlug } from '../site/urls';
import { planRoutes } from './planner';
import { planView, type PlanView } from './planView';
import { mapLanes, reachableFrom, type MapNode, type ProgressionGraph } from './progression';

/**
 * The pages of routes from each starting point (/planner/from/<start>/): the planner's answer for
 * someone without JavaScript, built for every place the planner's "I am a…" offers.
 */

/** The places someone can start from: roles and statuses, as the planner's first question lists them. */
export function plannerStarts(graph: ProgressionGraph): MapNode[] {
  return graph.nodes.filter((node) => node.kind === 'role' || node.kind === 'status');
}

export interface Destination {
  node: MapNode;
  /** Its section's anchor on the page. */
  anchor: string;
  view: PlanView;
}

const kindOrder: readonly MapNode['kind'][] = ['role', 'status', 'qualification', 'route'];
const laneOrder = (node: MapNode) => mapLanes.findIndex((lane) => lane.id === node.lane);

/**
 * Every role, status and degree a starting point can reach (or already meets or works towards),
 * nearest first, with its plan. Routes to QTS are steps on the way to QTS, not destinations of
 * their own: the plan to QTS shows them.
 */
export function destinationsFrom(graph: ProgressionGraph, startId: string): Destination[] {
  const reachable = reachableFrom(graph, startId);
  const standsAt = new Set(graph.nodes.find((node) => node.id === startId)?.meetsOrWorksTowards.map((item) => item.status) ?? []);
  return graph.nodes
    .filter((node) => node.kind !== 'route' && node.id !== startId && (reachable.has(node.id) || standsAt.has(node.id)))
    .map((node) => {
      const plan = planRoutes(graph, { from: startId, to: node.id, nation: '' });
      return { node, anchor: plannerDestinationAnchor(node.id), view: planView(graph, startId, node.id, plan), plan };
    })
    .filter(({ plan }) => plan.standing !== null || plan.routes.length > 0)
    .sort(
      (a, b) =>
        (a.plan.routes[0]?.length ?? 0) - (b.plan.routes[0]?.length ?? 0) ||
        kindOrder.indexOf(a.node.kind) - kindOrder.indexOf(b.node.kind) ||
        laneOrder(a.node) - laneOrder(b.node) ||
        (a.node.level ?? 0) - (b.node.level ?? 0),
    )
    .map(({ node, anchor, view }) => ({ node, anchor, view }));
}

/** How a step is shown: in full, or, on a page of several plans, pointing to where it was shown in full. */
export type StepMode = { full: true; id?: string } | { full: false; earlierHref: string };

/**
 * Where each step is described in full on a page of several plans: the first place it appears,
 * so later plans point back to it instead of repeating what it takes. Returns how to show the
 * step of a destination's plan (by index) and route (by index).
 */
export function stepModes(destinations: readonly Destination[]): (destination: number, route: number, moveId: string) => StepMode {
  const first = new Map<string, string>();
  destinations.forEach((destination, d) =>
    destination.view.routes.forEach((route, r) => {
      for (const edge of route.steps) if (!first.has(edge.id)) first.set(edge.id, `${d}/${r}`);
    }),
  );
  const anchor = (moveId: string) => `step-${moveId}`;
  return (d, r, moveId) =>
    first.get(moveId) === `${d}/${r}` ? { full: true, id: anchor(moveId) } : { full: false, earlierHref: `#${anchor(moveId)}` };
}

/** Each starting point's page segment must be its own: two places with the same slug would share a page. */
export function startSlugClashes(graph: ProgressionGraph): string[] {
  const slugs = plannerStarts(graph).map((node) => plannerStartSlug(node.id));
  return slugs.filter((slug, index) => slugs.indexOf(slug) !== index);
}

/** The starting points by the lane they sit in on the map (each ladder, then statuses), for the list of pages without JavaScript. */
export function startsByLane(graph: ProgressionGraph): { label: string; starts: MapNode[] }[] {
  const starts = plannerStarts(graph);
  return mapLanes
    .map((lane) => ({
      label: lane.label,
      starts: starts
        .filter((node) => node.lane === lane.id)
        .sort((a, b) => (a.level ?? 0) - (b.level ?? 0) || a.label.localeCompare(b.label)),
    }))
    .filter((group) => group.starts.length > 0);
}
