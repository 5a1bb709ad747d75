import ELK, { type ElkExtendedEdge, type ElkNode, type ElkPort } from 'elkjs/lib/elk.bundled.js';
import { line } from 'd3-shape';
import { ladders } from '../../domain/jobFamilies';
import type { Point } from './edgeCrossings';
import { labelWidth } from './labelWidth';
import type { MapEdge, MapNode, ProgressionGraph } from './progression';

/**
 * Lays the progression map out at build time with ELK's layered algorithm (elkjs runs in the
 * build only; the page receives positions and SVG paths, never the library). Columns are fixed:
 * roles at their level, then statuses, degrees, routes to QTS and QTS itself, each kind in columns
 * of its own. Rows are the ladders, one lane each, held straight. ELK orders the rest, spaces the
 * columns and routes every move as an orthogonal line; moves into a node (and out of it) with the
 * same basis share a port, so lines into one place join into a bundle instead of crossing.
 */

/** Label text size in CSS pixels, as drawn at 100 %: the map is never scaled down to fit. */
export const labelFontSize = 13;
const lineHeight = 16;
const paddingX = 9;
const paddingY = 8;
/** Box widths: roles are short names; statuses, degrees and routes to QTS have long ones, so wider boxes keep their column short. */
export const nodeWidth = { role: 176, other: 216 } as const;
export const boxWidth = (node: Pick<MapNode, 'kind'>) => (node.kind === 'role' ? nodeWidth.role : nodeWidth.other);
/** Room above the nodes for the column headings. */
const headingSpace = 34;

/**
 * The ladders top to bottom. Teaching assistants sit between the two ladders they trade moves
 * with: additional support needs assistants above (moves both ways at every level) and midday
 * supervision below (whose top two levels lead to Teaching Assistant 1). The pupil support ladders,
 * which join none of these, go on top, beside the tall column of routes to QTS, where the map
 * would otherwise be empty. A ladder added to the domain and not named here goes at the bottom.
 */
const rowOrder: readonly string[] = [
  'learning-mentor',
  'behaviour-management',
  'pupil-wellbeing-management',
  'school-attendance-and-family-support',
  'additional-support-needs-assistant',
  'teaching-assistant',
  'midday-supervision',
];

export function mapRows(): string[] {
  const known = Object.keys(ladders);
  return [...rowOrder.filter((id) => known.includes(id)), ...known.filter((id) => !rowOrder.includes(id))];
}

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  width: number;
  height: number;
  column: number;
  /** The label broken into lines that fit the box. */
  lines: string[];
}

/**
 * A line on the map. It carries one move, or two when two nodes have moves both ways on the same
 * basis (drawn once, with an arrowhead at each end). Lines always run left to right; a move that
 * goes back a column is drawn from its target and has its arrowhead at the start.
 */
export interface DrawnEdge {
  id: string;
  /** The moves (edge ids) the line stands for. */
  moves: string[];
  /** Left and right ends. */
  from: string;
  to: string;
  basis: MapEdge['basis'];
  arrows: 'end' | 'start' | 'both';
  /** From the left end to the right end. */
  points: Point[];
  /**
   * SVG path data, drawn with d3-shape from the points. A line that joins others into a bundle at
   * its right end is drawn from that end, so the dashes of the lines in a bundle line up (drawn
   * from their far ends, dashed lines sharing a stretch would fill each other's gaps and look solid).
   */
  path: string;
  /** Which ends of the path carry an arrowhead. */
  markers: { start: boolean; end: boolean };
}

export interface MapLayout {
  /** In the order a reader meets them: ladder by ladder from the first level, then the columns after the ladders. */
  nodes: PlacedNode[];
  edges: DrawnEdge[];
  columns: { x: number; label: string }[];
  width: number;
  height: number;
}

const isLadder = (node: MapNode) => node.kind === 'role';

/**
 * Columns. A role with a level sits at its level (level 1 → column 0); a role without one, one
 * column after the furthest role that leads to it. Everything else follows the roles in columns
 * by kind: a node one column after the furthest node that leads to it, except that every route to
 * QTS shares one column, and whatever the routes lead to comes after them.
 */
export function assignColumns(graph: ProgressionGraph): Map<string, number> {
  const columns = new Map<string, number>();
  const sources = (id: string) => graph.edges.filter((edge) => edge.to === id).map((edge) => edge.from);
  for (const node of graph.nodes) if (isLadder(node) && node.level !== null) columns.set(node.id, node.level - 1);
  const settle = (nodes: MapNode[], column: (node: MapNode) => number | undefined) => {
    for (let pass = 0; pass <= graph.nodes.length; pass++) {
      let changed = false;
      for (const node of nodes) {
        const value = column(node);
        if (value !== undefined && value !== columns.get(node.id)) {
          columns.set(node.id, value);
          changed = true;
        }
      }
      if (!changed) return;
    }
    throw new Error('The progression map has a loop among nodes without a level, so they cannot be put in columns');
  };
  const afterSources = (node: MapNode, floor: number) => {
    const known = sources(node.id)
      .map((id) => columns.get(id))
      .filter((value): value is number => value !== undefined);
    return Math.max(floor, ...known.map((value) => value + 1));
  };
  settle(
    graph.nodes.filter((node) => isLadder(node) && node.level === null),
    (node) => afterSources(node, 0),
  );
  const firstAfterRoles = Math.max(0, ...[...columns.values()].map((value) => value + 1));
  const others = graph.nodes.filter((node) => !isLadder(node));
  const routes = others.filter((node) => node.kind === 'route');
  settle(others, (node) => {
    if (node.kind !== 'route') return afterSources(node, firstAfterRoles);
    return Math.max(...routes.map((route) => afterSources(route, firstAfterRoles)));
  });
  return columns;
}

/** The column heading: "Level 3" over roles, the kind of node over the rest. */
function columnLabel(column: number, nodes: readonly MapNode[]): string {
  if (nodes.some(isLadder)) return `Level ${column + 1}`;
  if (nodes.every((node) => node.kind === 'route')) return 'Routes to QTS';
  if (nodes.every((node) => node.kind === 'qualification')) return 'Degrees';
  return 'Status';
}

/** Lines of text a node may have; the unit tests hold every real label to it. */
export const maxLabelLines = 5;

/**
 * Splits a label into lines no wider than `width` pixels. Never cuts a label short: the visible
 * text must be the whole of the node's name (WCAG 2.5.3, label in name). A single word wider
 * than the line gets a line of its own.
 */
export function wrapLabel(label: string, width = nodeWidth.role - 2 * paddingX, fontSize = labelFontSize): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.trim().split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && labelWidth(candidate, fontSize) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Where the first line of a label sits: its baseline, from the top of the node. */
export const firstBaseline = paddingY + Math.round(labelFontSize * 0.95);
export const labelLineHeight = lineHeight;
export const labelPaddingX = paddingX;

/** Lines for every move, pairs of moves both ways between two nodes on the same basis drawn as one. */
export function drawnEdges(graph: ProgressionGraph, columns: Map<string, number>): Omit<DrawnEdge, 'points' | 'path' | 'markers'>[] {
  const drawn: Omit<DrawnEdge, 'points' | 'path' | 'markers'>[] = [];
  for (const edge of graph.edges) {
    const forward = (columns.get(edge.from) ?? 0) <= (columns.get(edge.to) ?? 0);
    const [from, to] = forward ? [edge.from, edge.to] : [edge.to, edge.from];
    const twin = drawn.find((item) => item.from === from && item.to === to && item.basis === edge.basis && item.arrows !== 'both');
    if (twin && (twin.arrows === 'start') === forward) {
      twin.moves.push(edge.id);
      twin.arrows = 'both';
      continue;
    }
    drawn.push({ id: edge.id, moves: [edge.id], from, to, basis: edge.basis, arrows: forward ? 'end' : 'start' });
  }
  return drawn;
}

const round = (value: number) => Math.round(value * 10) / 10;
const drawLine = line<Point>().digits(1);

/** Stated moves come into a node after the ladders a little above the rest (its starting position leans that way). */
const portOffset = (basis: string) => (basis === 'stated' ? -5 : 5);

/**
 * A bundle: moves from two or more levels of one ladder, on one basis, to one place beyond the
 * ladders (every teaching assistant level to the teacher degree apprenticeship, say). Drawn apart,
 * each would run the width of the map on a track of its own and cross every line on the way; as a
 * bundle, each runs beside its ladder to a junction in the column after the last role (an
 * invisible point ELK places like a node), and one trunk runs on from there.
 */
export interface Bundle {
  key: string;
  /** The lines (drawnEdges ids) it gathers. */
  lines: string[];
  lane: string;
  to: string;
  basis: MapEdge['basis'];
  junction: string;
  column: number;
  /** Which side of its ladder's row the lines run on to the junction: -1 above, 1 below. */
  side: -1 | 1;
}

/**
 * The bundles of a map's lines. Which side of its row a bundle runs on: a ladder trades sideways
 * moves with one neighbour most (teaching assistants with additional support needs assistants),
 * and the moves between the two rows cross the gap between them at every level; a bundle to a
 * route to QTS keeps to the other side of its row, clear of them. Statuses and degrees, reached
 * from both ladders, sit between the two rows, so a bundle to one of them runs on that side.
 */
export function bundleLines(graph: ProgressionGraph, columns: Map<string, number>, lines: ReturnType<typeof drawnEdges>): Bundle[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const rows = mapRows();
  const column = Math.min(...graph.nodes.filter((node) => !isLadder(node)).map((node) => columns.get(node.id) ?? 0));
  const groups = new Map<string, Omit<Bundle, 'side'>>();
  for (const line of lines) {
    const [from, to] = [byId.get(line.from), byId.get(line.to)];
    if (!from || !to || !isLadder(from) || isLadder(to) || line.arrows !== 'end' || (columns.get(to.id) ?? 0) <= column) continue;
    const key = `${from.lane}|${line.basis}|${to.id}`;
    const group = groups.get(key) ?? { key, lines: [], lane: from.lane, to: to.id, basis: line.basis, junction: `junction|${key}`, column };
    group.lines.push(line.id);
    groups.set(key, group);
  }
  const sideways = (lane: string) => {
    const counts = new Map<string, number>();
    for (const line of lines) {
      const ends = [byId.get(line.from), byId.get(line.to)];
      if (!ends.every((node) => node && isLadder(node)) || ends[0]?.lane === ends[1]?.lane) continue;
      const other = ends.find((node) => node?.lane !== lane)?.lane;
      if (other && ends.some((node) => node?.lane === lane)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const partner = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    return partner === undefined ? 1 : Math.sign(rows.indexOf(partner) - rows.indexOf(lane)) || 1;
  };
  return [...groups.values()]
    .filter((group) => group.lines.length > 1)
    .map((group) => {
      const towardPartner = sideways(group.lane) as -1 | 1;
      return { ...group, side: byId.get(group.to)?.kind === 'route' ? (-towardPartner as -1 | 1) : towardPartner };
    });
}

export async function layoutMap(graph: ProgressionGraph): Promise<MapLayout> {
  const columns = assignColumns(graph);
  const rows = mapRows();
  const row = (node: MapNode) => (isLadder(node) ? rows.indexOf(node.lane) : -1);
  const edges = drawnEdges(graph, columns);
  const bundles = bundleLines(graph, columns, edges);
  const lane = (id: string) => graph.nodes.find((node) => node.id === id)?.lane;
  const boxes = new Map(
    graph.nodes.map((node) => {
      const lines = wrapLabel(node.label, boxWidth(node) - 2 * paddingX);
      // A nation tag ("England only") takes a line of its own under the label.
      const tagLines = node.nationTag ? 1 : 0;
      return [node.id, { lines, height: 2 * paddingY + (lines.length + tagLines) * lineHeight }] as const;
    }),
  );

  // What ELK routes: each line as it stands, or, in a bundle, the stretch from its level to the
  // junction, and the trunk from the junction to the target, which every line in the bundle
  // shares. Each drawn line is the routes it is made of, joined end to end.
  const routes: Route[] = [];
  const pieces = new Map<string, string[]>();
  const inBundle = new Map(bundles.flatMap((bundle) => bundle.lines.map((id) => [id, bundle] as const)));
  for (const bundle of bundles) {
    routes.push({ id: `${bundle.junction}>`, from: bundle.junction, to: bundle.to, basis: bundle.basis, straight: true });
  }
  for (const edge of edges) {
    const bundle = inBundle.get(edge.id);
    if (!bundle) {
      routes.push({ id: edge.id, from: edge.from, to: edge.to, basis: edge.basis, straight: lane(edge.from) === lane(edge.to) });
      pieces.set(edge.id, [edge.id]);
      continue;
    }
    routes.push({ id: `${edge.id}>`, from: edge.from, to: bundle.junction, basis: edge.basis, straight: false });
    pieces.set(edge.id, [`${edge.id}>`, `${bundle.junction}>`]);
  }

  const junctionBundle = new Map(bundles.map((bundle) => [bundle.junction, bundle]));

  // Starting positions: ELK keeps the order they give within each column (interactive crossing
  // minimisation), which is what holds each ladder in its row. Nodes after the ladders start level
  // with the average of the lines that lead to them; a trunk starts just below its ladder.
  const presetY = new Map<string, number>();
  const columnOf = (id: string) => columns.get(id) ?? junctionBundle.get(id)?.column ?? 0;
  const allIds = [...graph.nodes.map((node) => node.id), ...junctionBundle.keys()].sort((a, b) => columnOf(a) - columnOf(b));
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const id of allIds) {
    const node = nodeById.get(id);
    if (node && row(node) >= 0) {
      presetY.set(id, row(node) * 100);
      continue;
    }
    const bundle = junctionBundle.get(id);
    if (bundle) {
      presetY.set(id, rows.indexOf(bundle.lane) * 100 + bundle.side * (bundle.basis === 'stated' ? 55 : 60));
      continue;
    }
    const leading = routes
      .filter((route) => route.to === id)
      .map((route) => {
        const y = presetY.get(route.from);
        // Lines leave by their basis's port, stated above the middle: start the node on the same side, so bundles do not cross.
        return y === undefined ? undefined : y + portOffset(route.basis) * 4;
      })
      .filter((value): value is number => value !== undefined);
    presetY.set(id, leading.length > 0 ? leading.reduce((sum, value) => sum + value, 0) / leading.length : 0);
  }

  const ports = placePorts(routes, presetY, (id) => {
    const node = nodeById.get(id);
    return node ? (isLadder(node) ? 'ladder' : 'other') : 'junction';
  });
  const portsOf = (id: string, side: 'in' | 'out') => ports.filter((port) => port.node === id && port.side === side);
  const elkGraph: ElkNode = {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.spacing.nodeNode': '32',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.spacing.edgeEdge': '9',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '9',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      'elk.padding': `[top=${headingSpace},left=4,bottom=8,right=8]`,
    },
    children: [
      ...graph.nodes.map((node) => {
        const box = boxes.get(node.id) ?? { lines: [], height: 0 };
        const port = ({ id, side, offset }: PlacedPort): ElkPort => ({
          id,
          x: side === 'in' ? 0 : boxWidth(node),
          y: box.height / 2 + offset,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': side === 'in' ? 'WEST' : 'EAST' },
        });
        return {
          id: node.id,
          x: (columns.get(node.id) ?? 0) * (nodeWidth.other + 60),
          y: presetY.get(node.id) ?? 0,
          width: boxWidth(node),
          height: box.height,
          ports: [...portsOf(node.id, 'in').map(port), ...portsOf(node.id, 'out').map(port)],
          layoutOptions: {
            'elk.partitioning.partition': String(columns.get(node.id) ?? 0),
            'elk.portConstraints': 'FIXED_POS',
          },
        };
      }),
      ...[...junctionBundle.keys()].map((id) => ({
        id,
        x: columnOf(id) * (nodeWidth.other + 60),
        y: presetY.get(id) ?? 0,
        width: 0,
        height: 0,
        ports: [...portsOf(id, 'in'), ...portsOf(id, 'out')].map(({ id: port, side }) => ({
          id: port,
          x: 0,
          y: 0,
          width: 0,
          height: 0,
          layoutOptions: { 'elk.port.side': side === 'in' ? 'WEST' : 'EAST' },
        })),
        layoutOptions: {
          'elk.partitioning.partition': String(columnOf(id)),
          'elk.portConstraints': 'FIXED_POS',
          'elk.spacing.nodeNode': '4',
        },
      })),
    ],
    edges: routes.map((route): ElkExtendedEdge => ({
      id: route.id,
      sources: [portFor(ports, route, 'out')],
      targets: [portFor(ports, route, 'in')],
      // A move up a ladder weighs far more than any other when ELK straightens lines, so each ladder stays one straight row.
      layoutOptions: route.straight ? { 'elk.layered.priority.straightness': '100' } : {},
    })),
  };

  const result = await new ELK().layout(elkGraph);
  const placedBox = new Map((result.children ?? []).map((child) => [child.id, child]));
  const routed = new Map((result.edges ?? []).map((edge) => [edge.id, edge]));

  const placed: PlacedNode[] = graph.nodes.map((node) => {
    const box = placedBox.get(node.id);
    if (box?.x === undefined || box.y === undefined) throw new Error(`ELK did not place ${node.id}`);
    return {
      ...node,
      x: round(box.x),
      y: round(box.y),
      width: boxWidth(node),
      height: boxes.get(node.id)?.height ?? 0,
      column: columns.get(node.id) ?? 0,
      lines: boxes.get(node.id)?.lines ?? [node.label],
    };
  });
  // Reading (and tab) order: each ladder from its first level, ladders top to bottom, then the
  // columns after the ladders, each top to bottom.
  const rank = (node: PlacedNode) => (row(node) >= 0 ? row(node) : rows.length);
  placed.sort((a, b) => rank(a) - rank(b) || a.column - b.column || a.y - b.y);

  const drawn: DrawnEdge[] = edges.map((edge) => {
    const points = joinRuns(
      (pieces.get(edge.id) ?? []).map((id) => {
        const section = routed.get(id)?.sections?.[0];
        if (!section) throw new Error(`ELK did not route the move ${edge.id}`);
        return [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((point): Point => [
          round(point.x),
          round(point.y),
        ]);
      }),
    );
    const sharing = (end: 'from' | 'to') => edges.filter((other) => other[end] === edge[end] && other.basis === edge.basis).length;
    const fromRight = sharing('to') > sharing('from');
    const arrowLeft = edge.arrows !== 'end';
    const arrowRight = edge.arrows !== 'start';
    return {
      ...edge,
      points,
      path: drawLine(fromRight ? [...points].reverse() : points) ?? '',
      markers: fromRight ? { start: arrowRight, end: arrowLeft } : { start: arrowLeft, end: arrowRight },
    };
  });

  const columnIds = [...new Set(placed.map((node) => node.column))].sort((a, b) => a - b);
  const headings = columnIds
    .map((column) => {
      const inColumn = placed.filter((node) => node.column === column);
      return { x: Math.min(...inColumn.map((node) => node.x)), label: columnLabel(column, inColumn) };
    })
    .filter((heading, index, all) => heading.label !== all[index - 1]?.label || heading.label.startsWith('Level'));

  return {
    nodes: placed,
    // Stated moves first, so a node's first move onward (where the right arrow key goes) is a stated one.
    edges: drawn.sort((a, b) => Number(a.basis !== 'stated') - Number(b.basis !== 'stated')),
    columns: headings,
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
  };
}

interface Route {
  id: string;
  from: string;
  to: string;
  basis: string;
  straight: boolean;
}

interface PlacedPort {
  id: string;
  node: string;
  side: 'in' | 'out';
  /** From the middle of the node's side, down. */
  offset: number;
  routes: string[];
}

const portFor = (ports: readonly PlacedPort[], route: Route, side: 'in' | 'out') =>
  ports.find((port) => port.side === side && port.routes.includes(route.id))?.id ?? '';

/**
 * Where lines leave and enter each node. On a ladder, moves along the row share a port in the
 * middle of the side, so the row is one straight line; lines to rows above leave above it and lines
 * to rows below leave below it (one port per basis, further out the further they go), so no line
 * to another row crosses the row's own. Elsewhere, one port per basis, in the order of where the
 * lines come from or go to. Lines sharing a port join into a bundle there.
 */
function placePorts(
  routes: readonly Route[],
  y: ReadonlyMap<string, number>,
  kind: (id: string) => 'ladder' | 'other' | 'junction',
): PlacedPort[] {
  const ports = new Map<string, PlacedPort & { far: number[]; key: string; basis: string }>();
  for (const route of routes) {
    for (const side of ['out', 'in'] as const) {
      const [node, other] = side === 'out' ? [route.from, route.to] : [route.to, route.from];
      const rise = (y.get(other) ?? 0) - (y.get(node) ?? 0);
      const key =
        kind(node) === 'junction'
          ? 'trunk'
          : kind(node) === 'other'
            ? route.basis
            : Math.abs(rise) < 1
              ? 'row'
              : `${rise < 0 ? 'above' : 'below'}|${route.basis}`;
      const id = `${node}|${side}|${key}`;
      const port = ports.get(id) ?? { id, node, side, offset: 0, routes: [], far: [], key, basis: route.basis };
      port.routes.push(route.id);
      port.far.push(y.get(other) ?? 0);
      ports.set(id, port);
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const bySide = new Map<string, (PlacedPort & { far: number[]; key: string; basis: string })[]>();
  for (const port of ports.values()) bySide.set(`${port.node}|${port.side}`, [...(bySide.get(`${port.node}|${port.side}`) ?? []), port]);
  for (const side of bySide.values()) {
    side.sort((a, b) => mean(a.far) - mean(b.far) || Number(a.basis !== 'stated') - Number(b.basis !== 'stated'));
    const node = side[0]?.node ?? '';
    if (kind(node) === 'ladder') {
      const above = side.filter((port) => port.key.startsWith('above')).reverse();
      const below = side.filter((port) => port.key.startsWith('below'));
      above.forEach((port, index) => (port.offset = -portSpacing * (index + 1)));
      below.forEach((port, index) => (port.offset = portSpacing * (index + 1)));
    } else {
      side.forEach((port, index) => (port.offset = (index - (side.length - 1) / 2) * portSpacing));
    }
  }
  return [...ports.values()].map(({ id, node, side, offset, routes: through }) => ({ id, node, side, offset, routes: through }));
}

const portSpacing = 6;

/** Joins runs end to end into one line. The point where they join stays, so lines sharing a trunk share its points. */
export function joinRuns(runs: readonly (readonly Point[])[]): Point[] {
  return runs.flat().filter((point, index, all) => point[0] !== all[index - 1]?.[0] || point[1] !== all[index - 1]?.[1]);
}
