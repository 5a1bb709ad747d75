/**
 * The map as the browser sees it. The server-rendered SVG already holds every node (an
 * `<a data-node="role:teaching-assistant-3">`, in reading order) and every line (a
 * `<path data-moves="4>5 5>4">`: the moves it draws, as "from>to" node positions), so the island
 * reads the graph back from the page instead of receiving a copy in its props. This module writes
 * those attributes at build time and reads them in the browser; it imports nothing heavy, since
 * the island bundles it.
 */

/** Element ids the page and the island share. */
export const mapIds = {
  svg: 'progression-map',
  frame: 'map-frame',
  lanes: 'map-lanes',
  /** The list item for a node in the lanes ("Every move"), from its position. */
  step: (index: number) => `map-step-${index}`,
  /** A node and a line of the SVG, from their positions. */
  node: (index: number) => `map-n${index}`,
  line: (index: number) => `map-l${index}`,
} as const;

export interface MapGraph {
  /** Node ids in reading order; a node's position in this list is its number everywhere else. */
  ids: string[];
  /** For each node, its moves onward: the node reached and the line (path position) that draws the move. */
  onward: { to: number; line: number }[][];
  /** For each node, the moves into it. */
  earlier: { from: number; line: number }[][];
}

/** `data-moves` for a line: "3>4", or "3>4 4>3" for a line drawing moves both ways. */
export function movesAttribute(moves: readonly { from: string; to: string }[], ids: readonly string[]): string {
  return moves
    .map(({ from, to }) => {
      const [a, b] = [ids.indexOf(from), ids.indexOf(to)];
      if (a < 0 || b < 0) throw new Error(`The move ${from} → ${to} joins a node that is not on the map`);
      return `${a}>${b}`;
    })
    .join(' ');
}

/** The graph from the node ids and each line's `data-moves`, in page order. Stated moves come first where the page put them first. */
export function readMapGraph(ids: readonly string[], lines: readonly string[]): MapGraph {
  const onward: MapGraph['onward'] = ids.map(() => []);
  const earlier: MapGraph['earlier'] = ids.map(() => []);
  lines.forEach((attribute, line) => {
    for (const move of attribute.split(' ')) {
      const [from, to] = move.split('>').map(Number);
      if (from === undefined || to === undefined || !onward[from] || !earlier[to]) continue;
      onward[from].push({ to, line });
      earlier[to].push({ from, line });
    }
  });
  return { ids: [...ids], onward, earlier };
}

export type MapKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';

export const isMapKey = (key: string): key is MapKey => ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'].includes(key);

/**
 * Where an arrow key goes from `current`. Right follows the first move onward; Left goes back the
 * way the walk came (or to the first node leading here); Up and Down step through the other
 * choices at this step: the other places the previous node leads to, or, with no previous node,
 * the places this one leads to and comes from. `cameFrom` is the node the walk arrived from.
 */
export function stepAlongMoves(
  graph: MapGraph,
  current: number,
  cameFrom: number | null,
  key: MapKey,
): { target: number; cameFrom: number | null } | undefined {
  const onward = (graph.onward[current] ?? []).map((move) => move.to);
  const earlier = (graph.earlier[current] ?? []).map((move) => move.from);
  switch (key) {
    case 'ArrowRight': {
      const target = onward[0];
      return target === undefined ? undefined : { target, cameFrom: current };
    }
    case 'ArrowLeft': {
      const target = cameFrom !== null && earlier.includes(cameFrom) ? cameFrom : earlier[0];
      return target === undefined ? undefined : { target, cameFrom: null };
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      const fromPrevious = cameFrom === null ? [] : (graph.onward[cameFrom] ?? []).map((move) => move.to);
      const candidates = fromPrevious.includes(current) ? fromPrevious : [current, ...onward, ...earlier];
      const choices = candidates.filter((node, index) => candidates.indexOf(node) === index);
      if (choices.length < 2) return undefined;
      const offset = key === 'ArrowDown' ? 1 : -1;
      const target = choices[(choices.indexOf(current) + offset + choices.length) % choices.length];
      return target === undefined ? undefined : { target, cameFrom };
    }
  }
}

/** A route on the map: the nodes in order and the line drawing each move between them. */
export interface MapRoute {
  nodes: number[];
  lines: number[];
}

/**
 * The route named in the map's address (`?route=a,b,c`, node ids), checked against the map:
 * undefined when the address names none, 'invalid' when it names nodes the map does not have or
 * steps that are not moves. What the address says is never shown as it stands.
 */
export function routeFromAddress(search: string, graph: MapGraph): MapRoute | 'invalid' | undefined {
  const value = new URLSearchParams(search).get('route');
  if (value === null || value.trim() === '') return undefined;
  const names = value.split(',');
  if (names.length < 2 || names.length > graph.ids.length) return 'invalid';
  const nodes = names.map((name) => graph.ids.indexOf(name.trim()));
  if (nodes.some((node) => node < 0) || new Set(nodes).size !== nodes.length) return 'invalid';
  const lines: number[] = [];
  for (const [index, node] of nodes.slice(1).entries()) {
    const move = (graph.onward[nodes[index] ?? -1] ?? []).find((item) => item.to === node);
    if (!move) return 'invalid';
    lines.push(move.line);
  }
  return { nodes, lines };
}
