import type { Entry } from '../../schemas/entry';
import type { ProgressionData, ProgressionNode } from '../../schemas/progression';
import { ladders } from '../../domain/jobFamilies';
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
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  basis: ProgressionData['basis'];
  basisNote: string;
  /** What the step takes, as short lines for lists and the panel. */
  takes: string[];
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
      };
    }
  }
}

function takesLines(edge: ProgressionData, content: ProgressionContent): string[] {
  const title = (id: string) => {
    const qualification = content.qualifications.find((item) => item.id === id)?.data;
    return qualification ? (qualification.shortTitle ?? qualification.title) : id;
  };
  const status = (id: string) => content.statuses.find((item) => item.id === id)?.data.abbreviation ?? id;
  return [
    ...edge.takes.statuses.map((id) => `${status(id.id)} status`),
    ...edge.takes.qualifications.map((id) => title(id.id)),
    ...edge.takes.requirements,
  ];
}

export function buildProgressionGraph(content: ProgressionContent): ProgressionGraph {
  const nodes = new Map<string, MapNode>();
  const edges: MapEdge[] = [];
  for (const { id, data } of content.progressions) {
    for (const end of [data.from, data.to]) {
      const key = nodeKey(end);
      if (!nodes.has(key)) nodes.set(key, describeNode(end, content));
    }
    edges.push({
      id,
      from: nodeKey(data.from),
      to: nodeKey(data.to),
      basis: data.basis,
      basisNote: data.basisNote,
      takes: takesLines(data, content),
    });
  }
  return { nodes: [...nodes.values()], edges };
}

/** Moves out of a node, stated moves first. */
export function onwardEdges(graph: ProgressionGraph, nodeId: string): MapEdge[] {
  return graph.edges.filter((edge) => edge.from === nodeId).sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'stated' ? -1 : 1));
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

/** A route: the moves from one node to another, in order. */
export type Route = MapEdge[];

/**
 * Routes from one node to another, shortest first and, among equal lengths, those with fewer
 * moves the sources do not state. No route visits a node twice. Returns at most `limit` routes;
 * an empty list when the target cannot be reached.
 */
export function findRoutes(graph: ProgressionGraph, from: string, to: string, limit = 3): Route[] {
  if (from === to) return [];
  const routes: Route[] = [];
  const maxMoves = graph.nodes.length;
  // Breadth-first over paths, so the first routes found are the shortest.
  let frontier: { node: string; path: Route; visited: Set<string> }[] = [{ node: from, path: [], visited: new Set([from]) }];
  for (let depth = 0; depth < maxMoves && frontier.length > 0 && routes.length < limit * 4; depth++) {
    const next: typeof frontier = [];
    for (const { node, path, visited } of frontier) {
      for (const edge of onwardEdges(graph, node)) {
        if (visited.has(edge.to)) continue;
        const route = [...path, edge];
        if (edge.to === to) routes.push(route);
        else next.push({ node: edge.to, path: route, visited: new Set([...visited, edge.to]) });
      }
    }
    frontier = next;
  }
  const unstated = (route: Route) => route.filter((edge) => edge.basis === 'not-stated').length;
  return routes.sort((a, b) => a.length - b.length || unstated(a) - unstated(b)).slice(0, limit);
}

/** "Teaching Assistant 3, level 3, leads to Teaching Assistant 4 and Additional Support Needs Assistant 2". */
export function nodeAccessibleName(graph: ProgressionGraph, node: MapNode): string {
  const label = (id: string) => graph.nodes.find((item) => item.id === id)?.label ?? id;
  const onward = onwardEdges(graph, node.id).map((edge) => label(edge.to));
  const list = onward.length <= 1 ? onward.join('') : `${onward.slice(0, -1).join(', ')} and ${onward[onward.length - 1] ?? ''}`;
  return [node.label, node.level === null ? undefined : `level ${node.level}`, onward.length > 0 ? `leads to ${list}` : 'end of the map']
    .filter(Boolean)
    .join(', ');
}
