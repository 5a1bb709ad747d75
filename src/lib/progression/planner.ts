import { nationIds, nations, type Nation } from '../../domain/now';
import type { PlannerState } from '../site/urls';
import { graphForNation, type NodeNations } from './plannerNations';
import { findRoutes, standingAt, standingSentence, type MapEdge, type MapNode, type ProgressionGraph, type Route } from './progression';

/**
 * The route planner's logic: reading its address, and saying which parts of each step a person
 * already meets. The address is untrusted: values are checked against the map and only ever shown
 * as text.
 */

/** Things a person may already have that are not a qualification on the site. */
export const generalHaves = [
  {
    id: 'english-maths-level-2',
    label: 'English and maths at Level 2',
    matches: /level 2\b.*\b(english|maths)|(english|maths).*\blevel 2\b/i,
  },
  { id: 'gcse-4-english-maths', label: 'GCSE grade 4 (or C) in English and maths', matches: /gcse[^;.]*\b(grade )?4\b|gcse[^;.]*\bc\b/i },
  // A degree, not a foundation degree: that is a step on the way to one.
  { id: 'degree', label: 'A degree', matches: /(?<!foundation )\bdegree\b/i },
  { id: 'hlta', label: 'HLTA status', matches: /^HLTA status$/ },
] as const;

export type PlannerProblem = { field: 'from' | 'to'; value: string };

export interface PlannerReading {
  state: PlannerState;
  /** Parameters that name nothing on the map, to tell the user about. */
  problems: PlannerProblem[];
}

/** Reads ?from=…&to=…&have=… against the map; anything unknown is reported, not used. */
export function readPlannerState(search: string, graph: ProgressionGraph, haveIds: readonly string[]): PlannerReading {
  const params = new URLSearchParams(search);
  const known = (id: string) => graph.nodes.some((node) => node.id === id);
  const problems: PlannerProblem[] = [];
  const pick = (field: 'from' | 'to') => {
    const value = (params.get(field) ?? '').slice(0, 200);
    if (value && !known(value)) {
      problems.push({ field, value });
      return '';
    }
    return value;
  };
  const from = pick('from');
  const to = pick('to');
  const have = [...new Set(params.getAll('have'))].filter((id) => haveIds.includes(id));
  // An unknown nation is dropped without a message: the select shows that none is chosen.
  const nation = (nationIds as readonly string[]).find((id) => id === params.get('nation')) ?? '';
  return { state: { from, to, have, nation }, problems };
}

export interface StepCheck {
  edge: MapEdge;
  /** Each thing the step takes, and whether the person says they have it. */
  needs: { text: string; met: boolean }[];
  /** Each thing that could count towards the step without being needed, and whether they have it. */
  mayCount: { text: string; met: boolean }[];
}

/** The parts of a step someone already meets, from what they have (qualification ids or general haves). */
export function checkStep(edge: MapEdge, qualificationLabels: Record<string, string>, have: readonly string[]): StepCheck {
  const haveLabels = have.map((id) => qualificationLabels[id]).filter((label): label is string => label !== undefined);
  const check = (text: string) => ({
    text,
    met: haveLabels.includes(text) || generalHaves.some((general) => have.includes(general.id) && general.matches.test(text)),
  });
  return { edge, needs: edge.takes.map(check), mayCount: edge.mayCount.map(check) };
}

export interface Plan {
  /** When the starting point already meets or works towards the goal (a status), the sentence that says so. */
  standing: string | null;
  /** The routes, best first; only the direct move, if any, when the starting point already stands at the goal. */
  routes: Route[];
  /**
   * When the person said where they work: the steps on routes to the goal that are not open there,
   * which the routes leave out (empty when nothing was left out, or no nation was chosen).
   */
  leftOut: { nation: Nation; nationName: string; nodes: MapNode[] } | null;
}

/** How many routes the planner shows: the best, and up to two alternatives. */
export const routesShown = 3;

/**
 * The plan for a starting point and a goal. When the person says where they work, routes through
 * steps not open there (the routes to QTS are England's) are left out, and the plan names them.
 */
export function planRoutes(
  graph: ProgressionGraph,
  state: Pick<PlannerState, 'from' | 'to' | 'nation'>,
  restricted: NodeNations = {},
): Plan {
  if (!state.from || !state.to) return { standing: null, routes: [], leftOut: null };
  const nation = nationIds.find((id) => id === state.nation);
  const open = nation ? graphForNation(graph, restricted, nation) : { graph, removed: new Set<string>() };
  const standing = standingAt(graph, state.from, state.to);
  const routes = open.removed.has(state.from) ? [] : findRoutes(open.graph, state.from, state.to, routesShown);
  let leftOut: Plan['leftOut'] = null;
  if (nation && open.removed.size > 0) {
    // Only what a route to this goal would have gone through (or the goal itself), in map order.
    const onRoutes = new Set(findRoutes(graph, state.from, state.to, 50).flatMap((route) => [state.from, ...route.map((edge) => edge.to)]));
    const nodes = graph.nodes.filter((node) => open.removed.has(node.id) && (onRoutes.has(node.id) || node.id === state.to));
    if (nodes.length > 0) leftOut = { nation, nationName: nations[nation], nodes };
  }
  return { standing: standing ? standingSentence(graph, state.from, standing) : null, routes, leftOut };
}

/**
 * The map as the planner island receives it: what it plans with, without the panel summaries and
 * the reasons for each move that the map shows (about a sixth of the page's bytes).
 */
export function plannerGraph(graph: ProgressionGraph): ProgressionGraph {
  return {
    nodes: graph.nodes.map((node) => ({ ...node, summary: '' })),
    edges: graph.edges.map((edge) => ({ ...edge, basisNote: '' })),
  };
}
