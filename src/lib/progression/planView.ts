import { mapRouteUrl } from '../site/urls';
import type { Plan } from './planner';
import { listInWords, plannerWording } from './plannerWording';
import type { MapEdge, ProgressionGraph, Route } from './progression';

/** How an alternative differs from the first route: what it avoids and adds, and how much longer it is. */
export interface AlternativeDifference {
  /** Places on the first route that this one does not go through, in route order. */
  insteadOf: string[];
  /** Places this one goes through that the first route does not, in route order. */
  through: string[];
  /** Steps more than the first route (negative when fewer). */
  extraSteps: number;
  /** Moves the sources do not state, more than on the first route (negative when fewer). */
  moreUnstated: number;
  /** How many steps at the start are the first route's own. */
  sharedStart: number;
}

const places = (route: Route) => route.map((edge) => edge.to);
const unstated = (route: Route) => route.filter((edge) => edge.basis === 'not-stated').length;

export function alternativeDifference(first: Route, alternative: Route): AlternativeDifference {
  // The goal is on both; what differs is where they go on the way.
  const firstPlaces = places(first).slice(0, -1);
  const otherPlaces = places(alternative).slice(0, -1);
  let sharedStart = 0;
  while (sharedStart < Math.min(first.length, alternative.length) && first[sharedStart]?.id === alternative[sharedStart]?.id) sharedStart++;
  return {
    insteadOf: firstPlaces.filter((id) => !otherPlaces.includes(id)),
    through: otherPlaces.filter((id) => !firstPlaces.includes(id)),
    extraSteps: alternative.length - first.length,
    moreUnstated: unstated(alternative) - unstated(first),
    sharedStart,
  };
}

/** "Instead of Teaching Assistant 2, goes through Additional Support Needs Assistant 1; one step longer; includes a move the sources do not state." */
export function alternativeSentence(difference: AlternativeDifference, first: Route, label: (id: string) => string): string {
  const through = listInWords(difference.through.map(label));
  const parts = [
    difference.insteadOf.length > 0
      ? plannerWording.insteadOf(listInWords(difference.insteadOf.map(label)), through || 'no other place')
      : plannerWording.alsoThrough(through),
    plannerWording.length(difference.extraSteps),
    plannerWording.unstated(difference.moreUnstated, unstated(first) > 0),
  ].filter((part): part is string => part !== undefined);
  return `${parts.join('; ')}.`;
}

/** One route as the planner shows it. */
export interface RouteView {
  title: string;
  /** For an alternative, how it differs from the first route; null for the first. */
  difference: string | null;
  /** For an alternative that starts as the first route does, the line before its own steps. */
  sharedLead: string | null;
  /** The steps to show: all of them for the first route, those after the shared start for an alternative. */
  steps: MapEdge[];
  /** The number of the first step shown (an alternative's own steps start after the shared ones). */
  firstStep: number;
  /** The map with the whole route drawn. */
  mapHref: string;
}

/** A plan as the planner island and the pages of routes show it. */
export interface PlanView {
  /** The starting point's and the goal's labels. */
  from: string;
  to: string;
  heading: string;
  standing: string | null;
  routes: RouteView[];
  leftOut: Plan['leftOut'];
  /** What the live region says when the plan appears. */
  announcement: string;
}

export function planView(graph: ProgressionGraph, from: string, to: string, plan: Plan): PlanView {
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  const routes = plan.routes.map((route, index): RouteView => {
    const first = plan.routes[0] ?? route;
    const mapHref = mapRouteUrl([from, ...places(route)]);
    if (index === 0) {
      return {
        title: plan.standing === null ? plannerWording.firstRoute(route.length) : plannerWording.gainingStatus(route.length),
        difference: null,
        sharedLead: null,
        steps: route,
        firstStep: 1,
        mapHref,
      };
    }
    const difference = alternativeDifference(first, route);
    const lastShared = route[difference.sharedStart - 1];
    return {
      title: plannerWording.alternative(index, route.length),
      difference: alternativeSentence(difference, first, label),
      sharedLead: lastShared ? plannerWording.sharedStart(label(lastShared.to)) : null,
      steps: route.slice(difference.sharedStart),
      firstStep: difference.sharedStart + 1,
      mapHref,
    };
  });
  const heading =
    plan.standing === null && plan.routes.length === 0 ? plannerWording.noRoute : plannerWording.heading(label(from), label(to));
  return {
    from: label(from),
    to: label(to),
    heading,
    standing: plan.standing,
    routes,
    leftOut: plan.leftOut,
    announcement: plannerWording.announced(plannerWording.heading(label(from), label(to)), routes.length),
  };
}
