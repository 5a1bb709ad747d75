import { linkHorizontal, linkVertical } from 'd3-shape';
import { mapLanes, type MapEdge, type MapNode, type ProgressionGraph } from './progression';

/**
 * Lays the progression map out at build time: one column per level (roles sit at their level;
 * statuses, degrees and routes one column after the furthest node that leads to them) and one
 * lane per ladder, nodes that share a lane and column stacked. The page receives positions and
 * paths, never raw data to lay out.
 */

export const nodeWidth = 200;
export const nodeHeight = 78;
const columnGap = 56;
const rowGap = 16;
const laneGap = 28;
const margin = 16;

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  column: number;
}

export interface PlacedEdge extends MapEdge {
  /** SVG path data from the source node to the target node. */
  path: string;
}

export interface MapLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  lanes: { id: string; label: string; y: number; height: number }[];
  width: number;
  height: number;
}

/** Columns: a role's level (1 → column 0); other nodes one past the furthest node leading to them. */
export function assignColumns(graph: ProgressionGraph): Map<string, number> {
  const columns = new Map<string, number>();
  for (const node of graph.nodes) if (node.level !== null) columns.set(node.id, node.level - 1);
  // Nodes without a level form a graph without cycles among themselves; settle them by repeated passes.
  for (let pass = 0; pass <= graph.nodes.length; pass++) {
    let changed = false;
    for (const node of graph.nodes) {
      if (node.level !== null) continue;
      const sources = graph.edges.filter((edge) => edge.to === node.id).map((edge) => columns.get(edge.from));
      if (sources.some((column) => column === undefined) && pass < graph.nodes.length) continue;
      const column = Math.max(-1, ...sources.map((value) => value ?? 0)) + 1;
      if (columns.get(node.id) !== column) {
        columns.set(node.id, column);
        changed = true;
      }
    }
    if (!changed && graph.nodes.every((node) => columns.has(node.id))) break;
  }
  return columns;
}

function edgePath(source: PlacedNode, target: PlacedNode): string {
  if (target.x > source.x) {
    const link = linkHorizontal<unknown, [number, number]>()
      .source(() => [source.x + nodeWidth, source.y + nodeHeight / 2])
      .target(() => [target.x, target.y + nodeHeight / 2]);
    return link({}) ?? '';
  }
  // Same column or backwards (a sideways move between ladders, or midday supervision to TA1): leave
  // from the bottom or top edge and arrive at the facing edge.
  const down = target.y > source.y;
  const link = linkVertical<unknown, [number, number]>()
    .source(() => [source.x + nodeWidth / 2 + (down ? 12 : -12), down ? source.y + nodeHeight : source.y])
    .target(() => [target.x + nodeWidth / 2 + (down ? 12 : -12), down ? target.y : target.y + nodeHeight]);
  return link({}) ?? '';
}

export function layoutMap(graph: ProgressionGraph): MapLayout {
  const columns = assignColumns(graph);
  const lanesUsed = mapLanes.filter((lane) => graph.nodes.some((node) => node.lane === lane.id));
  const placed: PlacedNode[] = [];
  const lanes: MapLayout['lanes'] = [];
  let y = margin;
  for (const lane of lanesUsed) {
    const inLane = graph.nodes.filter((node) => node.lane === lane.id);
    const byColumn = new Map<number, MapNode[]>();
    for (const node of inLane) {
      const column = columns.get(node.id) ?? 0;
      byColumn.set(column, [...(byColumn.get(column) ?? []), node]);
    }
    const rows = Math.max(...[...byColumn.values()].map((list) => list.length));
    for (const [column, list] of byColumn) {
      list.forEach((node, row) => {
        placed.push({ ...node, column, x: margin + column * (nodeWidth + columnGap), y: y + row * (nodeHeight + rowGap) });
      });
    }
    const height = rows * nodeHeight + (rows - 1) * rowGap;
    lanes.push({ id: lane.id, label: lane.label, y, height });
    y += height + laneGap;
  }
  const byId = new Map(placed.map((node) => [node.id, node]));
  const edges = graph.edges.map((edge) => {
    const source = byId.get(edge.from);
    const target = byId.get(edge.to);
    if (!source || !target) throw new Error(`Move ${edge.id} joins a node that is not on the map`);
    return { ...edge, path: edgePath(source, target) };
  });
  const width = Math.max(...placed.map((node) => node.x + nodeWidth)) + margin;
  return { nodes: placed, edges, lanes, width, height: y - laneGap + margin };
}

/** Lines of text a node has room for. */
export const maxLabelLines = 4;

/**
 * Splits a label into lines of about `max` characters for an SVG node. Never cuts a label short:
 * the visible text must be the whole of the node's name (WCAG 2.5.3, label in name).
 */
export function wrapLabel(label: string, max = 26): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
