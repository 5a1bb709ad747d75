import type { Entry } from '../../schemas/entry';
import type { ProgressionData, ProgressionNode } from '../../schemas/progression';
import { ladders } from '../../domain/jobFamilies';
import { nationTagLabel, type Nation } from '../../domain/now';
import type { RoleData } from '../../schemas/role';
import type { QualificationData } from '../../schemas/qualification';
import type { StatusData } from '../../schemas/status';
import { qualificationUrl, roleUrl, statusUrl } from '../site/urls';

/**
 * The progression map as plain data: nodes (roles, statuses, degree steps, routes to QTS) and the
 * moves between them, built from content/progression.yaml. Pages and the map island receive this
 * shape; nothing in the browser re-derives it.
 */

export type NodeKind = ProgressionNode['kind'];

/**
 * A status a role's profile asks it to meet or work towards (HLTA for Teaching Assistant 4 and 5
 * and Additional Support Needs Assistant 3): the role already sits at the status's level, so the
 * site says so instead of routing the role to it.
 */
export interface StatusStanding {
  /** The status's node id, e.g. "status:hlta". */
  status: string;
  /** The profile's line that names the status's standards, as printed; null when no line does. */
  profileSays: string | null;
}

/**
 * "next-step": up a ladder, or on to a status, degree or route to QTS. "sideways": to a role at the
 * same or a lower level of its own ladder, or on another ladder (the sources rank no ladder above
 * another, so a move between ladders is never shown as a step up).
 */
export type MoveKind = 'next-step' | 'sideways';

/** How role pages, the map and the planner word the kinds of move and what may count towards one. */
export const moveWording = {
  nextSteps: 'Next steps',
  sideways: 'Sideways moves',
  sidewaysLead: 'To a role at the same level or lower, or on another ladder, which the sources do not place above this one.',
  sidewaysStep: 'a sideways move',
  /** Before what a step takes. */
  takes: 'which takes',
  /** Before what may count towards a step: the source's "could count towards", never a requirement. */
  mayCount: 'Could count towards it (not needed)',
} as const;

export interface MapNode {
  /** "role:teaching-assistant-3", "status:hlta", "qualification:foundation-degree", "route:assessment-only". */
  id: string;
  kind: NodeKind;
  label: string;
  /** Level on its ladder, for roles that have one. */
  level: number | null;
  /** The lane the node sits in on the map: a role's ladder, or "statuses", "degrees", "routes". */
  lane: string;
  href: string;
  /** One or two sentences for the summary panel, from the content. */
  summary: string;
  /** Statuses a role already meets or works towards; empty for other nodes. */
  meetsOrWorksTowards: StatusStanding[];
  /** "England only" where the content says the node applies in some nations only (every route to QTS today); absent where it applies in all. */
  nationTag?: string;
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  basis: ProgressionData['basis'];
  basisNote: string;
  kind: MoveKind;
  /** What the step takes, as short lines for lists and the panel: every one of them. */
  takes: string[];
  /** What may count towards the step without being needed for it (qualification titles). */
  mayCount: string[];
}

export interface ProgressionGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** The lanes of the map, top to bottom: each ladder, then statuses, degrees and routes to QTS. */
export const mapLanes: readonly { id: string; label: string }[] = [
  ...Object.entries(ladders).map(([id, label]) => ({ id, label })),
  { id: 'statuses', label: 'Statuses' },
  { id: 'degrees', label: 'Degrees' },
  { id: 'routes', label: 'Routes to QTS' },
];

export function nodeKey(node: ProgressionNode): string {
  switch (node.kind) {
    case 'role':
      return `role:${node.role.id}`;
    case 'status':
      return `status:${node.status.id}`;
    case 'qualification':
      return `qualification:${node.qualification.id}`;
    case 'route':
      return `route:${node.route}`;
  }
}

export interface ProgressionContent {
  roles: readonly Entry<RoleData>[];
  qualifications: readonly Entry<QualificationData>[];
  statuses: readonly Entry<StatusData>[];
  progressions: readonly Entry<ProgressionData>[];
}

function describeNode(node: ProgressionNode, content: ProgressionContent): MapNode {
  const find = <D>(entries: readonly Entry<D>[], id: string, what: string): D => {
    const entry = entries.find((item) => item.id === id);
    if (!entry) throw new Error(`The progression map names ${what} "${id}", which does not exist`);
    return entry.data;
  };
  switch (node.kind) {
    case 'role': {
      const role = find(content.roles, node.role.id, 'role');
      return {
        id: nodeKey(node),
        kind: 'role',
        label: role.title,
        level: role.level,
        lane: role.ladder,
        href: roleUrl(node.role.id),
        summary: role.purpose,
        meetsOrWorksTowards: role.relevantStatuses.map(({ id }) => {
          // The standards are named without the word "status": "…standards for Higher Level Teaching Assistants".
          const name = find(content.statuses, id, 'status')
            .title.replace(/\s+status$/i, '')
            .toLowerCase();
          return {
            status: `status:${id}`,
            profileSays: role.knowledgeSkillsExperience.find((line) => line.toLowerCase().includes(name)) ?? null,
          };
        }),
      };
    }
    case 'status': {
      const status = find(content.statuses, node.status.id, 'status');
      return {
        id: nodeKey(node),
        kind: 'status',
        label: `${status.title} (${status.abbreviation})`,
        level: null,
        lane: 'statuses',
        href: statusUrl(node.status.id),
        summary: status.summary,
        meetsOrWorksTowards: [],
        ...nationTagOf(status.now.nations),
      };
    }
    case 'qualification': {
      const qualification = find(content.qualifications, node.qualification.id, 'qualification');
      return {
        id: nodeKey(node),
        kind: 'qualification',
        label: qualification.shortTitle ?? qualification.title,
        level: null,
        lane: 'degrees',
        href: qualificationUrl(node.qualification.id),
        summary: qualification.description[0] ?? '',
        meetsOrWorksTowards: [],
        ...nationTagOf(qualification.now.nations),
      };
    }
    case 'route': {
      const status = find(content.statuses, node.status.id, 'status');
      const route = status.routes.find((item) => item.id === node.route);
      if (!route) throw new Error(`The progression map names route "${node.route}", which ${status.abbreviation} does not have`);
      return {
        id: nodeKey(node),
        kind: 'route',
        label: route.name,
        level: null,
        lane: 'routes',
        href: statusUrl(node.status.id, route.id),
        summary: route.whoFor ? `For: ${route.whoFor}.` : route.entryRequirements,
        meetsOrWorksTowards: [],
        ...nationTagOf(route.nations),
      };
    }
  }
}

function nationTagOf(applies: readonly Nation[]): Pick<MapNode, 'nationTag'> {
  const tag = nationTagLabel(applies);
  return tag ? { nationTag: tag } : {};
}

function qualificationTitle(id: string, content: ProgressionContent): string {
  const qualification = content.qualifications.find((item) => item.id === id)?.data;
  return qualification ? (qualification.shortTitle ?? qualification.title) : id;
}

function takesLines(edge: ProgressionData, content: ProgressionContent): string[] {
  const status = (id: string) => content.statuses.find((item) => item.id === id)?.data.abbreviation ?? id;
  return [
    ...edge.takes.statuses.map((id) => `${status(id.id)} status`),
    ...edge.takes.qualifications.map((id) => qualificationTitle(id.id, content)),
    ...edge.takes.requirements,
  ];
}

/** Whether a move between two places is a step up or a sideways move (see MoveKind). */
export function moveKind(from: Pick<MapNode, 'kind' | 'lane' | 'level'>, to: Pick<MapNode, 'kind' | 'lane' | 'level'>): MoveKind {
  if (from.kind !== 'role' || to.kind !== 'role') return 'next-step';
  if (from.lane !== to.lane || from.level === null || to.level === null) return 'sideways';
  return to.level > from.level ? 'next-step' : 'sideways';
}

export function buildProgressionGraph(content: ProgressionContent): ProgressionGraph {
  const nodes = new Map<string, MapNode>();
  const edges: MapEdge[] = [];
  for (const { id, data } of content.progressions) {
    for (const end of [data.from, data.to]) {
      const key = nodeKey(end);
      if (!nodes.has(key)) nodes.set(key, describeNode(end, content));
    }
    const from = nodes.get(nodeKey(data.from));
    const to = nodes.get(nodeKey(data.to));
    edges.push({
      id,
      from: nodeKey(data.from),
      to: nodeKey(data.to),
      basis: data.basis,
      basisNote: data.basisNote,
      kind: from && to ? moveKind(from, to) : 'next-step',
      takes: takesLines(data, content),
      mayCount: data.mayCountTowards.qualifications.map(({ id: qualification }) => qualificationTitle(qualification, content)),
    });
  }
  return { nodes: [...nodes.values()], edges };
}

const kindOrder: readonly NodeKind[] = ['role', 'status', 'qualification', 'route'];

/**
 * Moves out of a node: next steps before sideways moves; within each, roles, then statuses,
 * degrees and routes to QTS, in the order of the map's lanes; stated moves first among those.
 */
export function onwardEdges(graph: ProgressionGraph, nodeId: string): MapEdge[] {
  const kind = (id: string) => kindOrder.indexOf(graph.nodes.find((node) => node.id === id)?.kind ?? 'route');
  const rank = (edge: MapEdge) => (edge.kind === 'next-step' ? 0 : 100) + kind(edge.to) * 10 + (edge.basis === 'stated' ? 0 : 1);
  return graph.edges.filter((edge) => edge.from === nodeId).sort((a, b) => rank(a) - rank(b));
}

/** A node's moves, next steps apart from sideways moves. */
export function onwardMoves(graph: ProgressionGraph, nodeId: string): { nextSteps: MapEdge[]; sideways: MapEdge[] } {
  const moves = onwardEdges(graph, nodeId);
  return { nextSteps: moves.filter((edge) => edge.kind === 'next-step'), sideways: moves.filter((edge) => edge.kind === 'sideways') };
}

/** How a node already stands towards a status: present when its profile asks it to meet or work towards it. */
export function standingAt(graph: ProgressionGraph, nodeId: string, statusId: string): StatusStanding | undefined {
  return graph.nodes.find((node) => node.id === nodeId)?.meetsOrWorksTowards.find((standing) => standing.status === statusId);
}

/** Moves into a node. */
export function earlierEdges(graph: ProgressionGraph, nodeId: string): MapEdge[] {
  return graph.edges.filter((edge) => edge.to === nodeId);
}

/** Every node reachable onward from a node (not counting itself), for highlighting. */
export function reachableFrom(graph: ProgressionGraph, nodeId: string): Set<string> {
  const seen = new Set<string>();
  const queue = [nodeId];
  while (queue.length > 0) {
    const current = queue.shift() ?? '';
    for (const edge of graph.edges) {
      if (edge.from === current && !seen.has(edge.to) && edge.to !== nodeId) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

/**
 * The sentence that stands in for a route to a status the node already meets or works towards:
 * "Teaching Assistant 5 already meets or works towards Higher Level Teaching Assistant status (HLTA).
 * Its profile asks for: “Meeting the professional standards for Higher Level Teaching Assistants.”"
 */
export function standingSentence(graph: ProgressionGraph, nodeId: string, standing: StatusStanding): string {
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  const says =
    standing.profileSays === null
      ? 'Its profile names the status as relevant to the role.'
      : `Its profile asks for: “${standing.profileSays}”`;
  return `${label(nodeId)} already meets or works towards ${label(standing.status)}. ${says}`;
}

/** A route: the moves from one node to another, in order. */
export type Route = MapEdge[];

/**
 * Routes from one node to another that make sense to the person taking them:
 * - no route visits a node twice;
 * - no route detours: it never reaches a node that an earlier node on it moves to directly (so not
 *   Teaching Assistant 4 → Additional Support Needs Assistant 3 → HLTA when Teaching Assistant 4
 *   moves to HLTA itself, nor Midday Supervision 1 → 2 → Teaching Assistant 1);
 * - a role that already meets or works towards the target status goes to it directly or not at
 *   all (Teaching Assistant 5, which meets the HLTA standards, is not routed to HLTA status);
 * - no route takes more sideways moves than the fewest any route to the target needs, so a route
 *   changes ladder only where it must.
 * Shortest first and, among equal lengths, those with fewer moves the sources do not state.
 * Returns at most `limit` routes; an empty list when the target cannot be reached.
 */
export function findRoutes(graph: ProgressionGraph, from: string, to: string, limit = 3): Route[] {
  if (from === to) return [];
  const movesTo = new Map<string, Set<string>>();
  for (const edge of graph.edges) movesTo.set(edge.to, (movesTo.get(edge.to) ?? new Set()).add(edge.from));
  const alreadyAtTarget = (nodeId: string) => standingAt(graph, nodeId, to) !== undefined;
  const found: Route[] = [];
  // Depth-first over the routes that keep to the rules; the rules prune as they go, so the map's
  // few dozen nodes leave only a handful of routes to any target.
  const extend = (path: readonly string[], route: Route) => {
    const here = path[path.length - 1] ?? from;
    for (const edge of onwardEdges(graph, here)) {
      if (path.includes(edge.to)) continue;
      if (alreadyAtTarget(here) && edge.to !== to) continue;
      const reachedDirectlyFrom = movesTo.get(edge.to) ?? new Set<string>();
      if (path.slice(0, -1).some((earlier) => reachedDirectlyFrom.has(earlier))) continue;
      const next = [...route, edge];
      if (edge.to === to) found.push(next);
      else extend([...path, edge.to], next);
    }
  };
  extend([from], []);
  const sideways = (route: Route) => route.filter((edge) => edge.kind === 'sideways').length;
  const fewestSideways = Math.min(...found.map(sideways));
  const unstated = (route: Route) => route.filter((edge) => edge.basis === 'not-stated').length;
  return found
    .filter((route) => sideways(route) === fewestSideways)
    .sort((a, b) => a.length - b.length || unstated(a) - unstated(b))
    .slice(0, limit);
}

/** "Teaching Assistant 3, level 3, leads to Teaching Assistant 4 and …, sideways to Additional Support Needs Assistant 2". */
export function nodeAccessibleName(graph: ProgressionGraph, node: MapNode): string {
  const label = (id: string) => graph.nodes.find((item) => item.id === id)?.label ?? id;
  const list = (edges: MapEdge[]) => {
    const names = edges.map((edge) => label(edge.to));
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  };
  const { nextSteps, sideways } = onwardMoves(graph, node.id);
  return [
    node.label,
    node.nationTag,
    node.level === null ? undefined : `level ${node.level}`,
    nextSteps.length > 0 ? `leads to ${list(nextSteps)}` : undefined,
    sideways.length > 0 ? `sideways to ${list(sideways)}` : undefined,
    nextSteps.length + sideways.length === 0 ? 'end of the map' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}
