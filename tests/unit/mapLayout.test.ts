import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { countCrossings } from '../../src/lib/progression/edgeCrossings';
import { labelWidth } from '../../src/lib/progression/labelWidth';
import {
  assignColumns,
  drawnEdges,
  labelFontSize,
  labelPaddingX,
  layoutMap,
  mapRows,
  maxLabelLines,
  nodeWidth,
  wrapLabel,
  type MapLayout,
} from '../../src/lib/progression/mapLayout';
import { leadsTo, mapPage, type MapPage } from '../../src/lib/progression/mapPage';
import { buildProgressionGraph, type ProgressionGraph } from '../../src/lib/progression/progression';
import { progressionSchema } from '../../src/schemas/progression';
import { contentDir } from './contentFiles';
import { elkTimeout } from './timeouts';
import { content } from './siteContent';
import { testEdge } from './graphFixtures';

const progressions = Object.entries(parse(readFileSync(join(contentDir, 'progression.yaml'), 'utf8')) as Record<string, unknown>).map(
  ([id, data]) => ({ id, data: progressionSchema.parse(data) }),
);
const graph = buildProgressionGraph({ ...content, progressions });
const ladderNodes = graph.nodes.filter((node) => node.kind === 'role');

let layout: MapLayout;
let page: MapPage;
beforeAll(async () => {
  page = await mapPage(graph);
  layout = page.layout;
}, elkTimeout);

/** A small graph: a ladder a1 → a2 → a3, a second ladder b1 with moves both ways to a2, a3 → b1 going back two columns, and a2 → s → r. */
function tinyGraph(): ProgressionGraph {
  const node = (id: string, lane: string, level: number | null, kind: 'role' | 'status' | 'route' = 'role') => ({
    id,
    kind,
    label: id,
    level,
    lane,
    href: `/${id}/`,
    summary: '',
    meetsOrWorksTowards: [],
  });
  const edge = testEdge;
  return {
    nodes: [
      node('a1', 'teaching-assistant', 1),
      node('a2', 'teaching-assistant', 2),
      node('a3', 'teaching-assistant', 3),
      node('b1', 'additional-support-needs-assistant', 1),
      node('s', 'statuses', null, 'status'),
      node('r', 'routes', null, 'route'),
    ],
    edges: [
      edge('a1', 'a2'),
      edge('a2', 'a3'),
      edge('b1', 'a2', 'not-stated'),
      edge('a2', 'b1', 'not-stated'),
      edge('a3', 'b1'),
      edge('a2', 's'),
      edge('s', 'r'),
    ],
  };
}

describe('the map layout, on the real map', () => {
  it('places every node once, and no two overlap', () => {
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    const overlaps: string[] = [];
    for (const [index, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(index + 1)) {
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push(`${a.id} / ${b.id}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('keeps every node inside the drawing', () => {
    const outside = layout.nodes.filter(
      (node) => node.x < 0 || node.y < 0 || node.x + node.width > layout.width || node.y + node.height > layout.height,
    );
    expect(outside.map((node) => node.id)).toEqual([]);
  });

  it('draws every move exactly once, as a line of horizontal and vertical runs', () => {
    expect(layout.edges.flatMap((line) => line.moves).sort()).toEqual(graph.edges.map((edge) => edge.id).sort());
    const slanted = layout.edges.filter((line) =>
      line.points.some((point, i) => i > 0 && point[0] !== line.points[i - 1]?.[0] && point[1] !== line.points[i - 1]?.[1]),
    );
    expect(slanted.map((line) => line.id)).toEqual([]);
  });

  it('joins each line to the right side of its left node and the left side of its right node', () => {
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    const loose = layout.edges.filter((line) => {
      const [start, end] = [line.points[0], line.points[line.points.length - 1]];
      const [from, to] = [byId.get(line.from), byId.get(line.to)];
      if (!start || !end || !from || !to) return true;
      const onRight = Math.abs(start[0] - (from.x + from.width)) < 1 && start[1] > from.y && start[1] < from.y + from.height;
      const onLeft = Math.abs(end[0] - to.x) < 1 && end[1] > to.y && end[1] < to.y + to.height;
      return !onRight || !onLeft;
    });
    expect(loose.map((line) => line.id)).toEqual([]);
  });

  it('crosses lines far less than the hand-made layout did (94 crossings)', () => {
    // 12 where lines cross on the current graph (28 before lines from one ladder were bundled).
    expect(countCrossings(layout.edges.map((line) => line.points))).toBeLessThanOrEqual(12);
  });

  it('gathers lines from several levels of one ladder to one place past the statuses into a shared trunk', () => {
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    const firstAfterRoles = Math.min(...layout.nodes.filter((node) => node.kind !== 'role').map((node) => node.column));
    const groups = new Map<string, MapLayout['edges']>();
    for (const line of layout.edges) {
      const [from, to] = [byId.get(line.from), byId.get(line.to)];
      if (from?.kind !== 'role' || !to || to.kind === 'role' || to.column <= firstAfterRoles || line.arrows !== 'end') continue;
      const key = `${from.lane} ${line.basis} ${to.id}`;
      groups.set(key, [...(groups.get(key) ?? []), line]);
    }
    const bundles = [...groups.entries()].filter(([, lines]) => lines.length > 1);
    expect(bundles.length).toBeGreaterThan(0);
    for (const [key, lines] of bundles) {
      // The stretch every line in the bundle ends with, point for point.
      const first = lines[0]?.points ?? [];
      const pointFromEnd = (points: readonly (readonly number[])[], back: number) => points[points.length - 1 - back]?.join();
      let length = 0;
      while (length < first.length && lines.every((line) => pointFromEnd(line.points, length) === pointFromEnd(first, length))) length++;
      const shared = first.slice(first.length - length);
      const xs = shared.map((point) => point[0]);
      // It runs at least a column's width: further than lines meeting only at the target's side.
      expect(Math.max(...xs) - Math.min(...xs), key).toBeGreaterThan(nodeWidth.other);
    }
  });

  it('draws each ladder as one straight row, the rows in order top to bottom', () => {
    const rows = mapRows().filter((lane) => ladderNodes.some((node) => node.lane === lane));
    const bands = rows.map((lane) => {
      const inLane = layout.nodes.filter((node) => node.lane === lane);
      const centres = new Set(inLane.map((node) => Math.round(node.y + node.height / 2)));
      expect(centres.size, lane).toBe(1);
      return { lane, centre: [...centres][0] ?? 0 };
    });
    for (const [index, band] of bands.slice(1).entries()) expect(band.centre, band.lane).toBeGreaterThanOrEqual(bands[index]?.centre ?? 0);
  });

  it('puts roles at their level, and statuses, degrees and routes in columns of their own after every role', () => {
    for (const node of layout.nodes.filter((item) => item.kind === 'role' && item.level !== null))
      expect(node.column, node.id).toBe((node.level ?? 0) - 1);
    const lastRoleColumn = Math.max(...layout.nodes.filter((node) => node.kind === 'role').map((node) => node.column));
    const others = layout.nodes.filter((node) => node.kind !== 'role');
    expect(others.filter((node) => node.column <= lastRoleColumn).map((node) => node.id)).toEqual([]);
    const routeColumns = new Set(others.filter((node) => node.kind === 'route').map((node) => node.column));
    expect(routeColumns.size).toBe(1);
    const [routeColumn] = [...routeColumns];
    expect(others.filter((node) => node.kind !== 'route' && node.column === routeColumn).map((node) => node.id)).toEqual([]);
    expect(layout.columns.map((column) => column.label)).toContain('Routes to QTS');
  });

  it('lists the nodes ladder by ladder, each from its first level, then the columns after the ladders', () => {
    const order = layout.nodes.map((node) => node.id);
    for (const lane of mapRows()) {
      const inLane = layout.nodes.filter((node) => node.lane === lane && node.kind === 'role');
      const positions = inLane.map((node) => order.indexOf(node.id));
      expect(positions, lane).toEqual(positions.length > 0 ? positions.map((_, i) => (positions[0] ?? 0) + i) : []);
      expect(
        inLane.map((node) => node.level ?? 0),
        lane,
      ).toEqual(inLane.map((node) => node.level ?? 0).sort((a, b) => a - b));
    }
    const firstOther = order.findIndex((id) => !id.startsWith('role:'));
    expect(order.slice(firstOther).filter((id) => id.startsWith('role:'))).toEqual([]);
  });

  it('wraps every label to fit its box, never cutting it short', () => {
    for (const node of layout.nodes) {
      expect(node.lines.join(' '), node.id).toBe(node.label.trim().replace(/\s+/g, ' '));
      expect(node.lines.length, node.id).toBeLessThanOrEqual(maxLabelLines);
      for (const line of node.lines.filter((text) => text.includes(' '))) {
        expect(labelWidth(line, labelFontSize), `${node.id}: ${line}`).toBeLessThanOrEqual(node.width - 2 * labelPaddingX);
      }
    }
  });
});

describe('the map layout, from first principles', () => {
  it('wraps at word boundaries by width, and keeps a word too long for the line whole', () => {
    const width = labelWidth('Additional Support Needs', labelFontSize);
    expect(wrapLabel('Additional Support Needs Assistant 3', width)).toEqual(['Additional Support Needs', 'Assistant 3']);
    expect(wrapLabel('Additional Support Needs Assistant 3', width - 1)).toEqual(['Additional Support', 'Needs Assistant 3']);
    expect(wrapLabel('Supercalifragilistic word', 40)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapLabel('a '.repeat(40), 60).join(' ')).toBe('a '.repeat(40).trim());
  });

  it('measures wide letters wider than narrow ones', () => {
    expect(labelWidth('WWW', 10)).toBeGreaterThan(labelWidth('iii', 10) * 2);
    expect(labelWidth('', 13)).toBe(0);
  });

  it('puts roles at their level and the rest in columns after them, every route in one', () => {
    const columns = assignColumns(tinyGraph());
    expect([columns.get('a1'), columns.get('a2'), columns.get('a3'), columns.get('b1')]).toEqual([0, 1, 2, 0]);
    expect(columns.get('s')).toBe(3);
    expect(columns.get('r')).toBe(4);
  });

  it('draws moves both ways as one line with two arrowheads, and a move back a column from its target', () => {
    const tiny = tinyGraph();
    const lines = drawnEdges(tiny, assignColumns(tiny));
    expect(lines.find((line) => line.moves.includes('b1-a2'))).toMatchObject({
      from: 'b1',
      to: 'a2',
      arrows: 'both',
      moves: ['b1-a2', 'a2-b1'],
    });
    expect(lines.find((line) => line.moves.includes('a3-b1'))).toMatchObject({ from: 'b1', to: 'a3', arrows: 'start' });
    expect(lines.find((line) => line.moves.includes('a1-a2'))).toMatchObject({ from: 'a1', to: 'a2', arrows: 'end' });
    expect(lines).toHaveLength(tiny.edges.length - 1);
  });

  it(
    'lays out a small graph with ELK, with every line drawn',
    async () => {
      const tiny = await layoutMap(tinyGraph());
      expect(tiny.nodes).toHaveLength(6);
      expect(tiny.edges.every((line) => /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/.test(line.path))).toBe(true);
    },
    elkTimeout,
  );
});

describe('the map page', () => {
  it('lists every node once in the lanes, with the moves it has', () => {
    const steps = page.lanes.flatMap((lane) => lane.steps);
    expect(steps.map((step) => step.node.id).sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    for (const step of steps) {
      expect(step.moves.map((move) => move.id).sort(), step.node.id).toEqual(
        graph.edges
          .filter((edge) => edge.from === step.node.id)
          .map((edge) => edge.id)
          .sort(),
      );
      expect(layout.nodes[step.index]?.id).toBe(step.node.id);
    }
  });

  it('joins a step to the one before it in its lane only where a move leads there', () => {
    const ta = page.lanes.find((lane) => lane.id === 'teaching-assistant')?.steps ?? [];
    expect(ta.slice(1).every((step) => step.followsPrevious)).toBe(true);
    const routes = page.lanes.find((lane) => lane.id === 'routes')?.steps ?? [];
    expect(routes.some((step) => step.followsPrevious)).toBe(false);
  });

  it('says in words where a node leads', () => {
    expect(leadsTo([])).toBe('The end of the map.');
    expect(leadsTo(['A'])).toBe('Leads to A.');
    expect(leadsTo(['A', 'B', 'C'])).toBe('Leads to A, B and C.');
  });
});
