import { describe, expect, it } from 'vitest';
import { countCrossings, pathPoints } from '../../src/lib/progression/edgeCrossings';
import { movesAttribute, readMapGraph, routeFromAddress, stepAlongMoves } from '../../src/lib/progression/mapGraph';
import { mapRouteQuery, mapRouteUrl } from '../../src/lib/site/urls';

describe('counting where lines cross', () => {
  it('counts two lines that cross once', () => {
    expect(
      countCrossings([
        [
          [0, 0],
          [10, 10],
        ],
        [
          [0, 10],
          [10, 0],
        ],
      ]),
    ).toBe(1);
  });

  it('does not count lines that meet at an end, join into a bundle or run side by side', () => {
    const meet = [
      [
        [0, 0],
        [10, 0],
      ],
      [
        [10, 0],
        [10, 10],
      ],
    ] as const;
    const bundle = [
      [
        [0, 0],
        [20, 0],
      ],
      [
        [5, 0],
        [20, 0],
      ],
    ] as const;
    const tee = [
      [
        [0, 0],
        [20, 0],
      ],
      [
        [10, 0],
        [10, 10],
      ],
    ] as const;
    expect(countCrossings(meet)).toBe(0);
    expect(countCrossings(bundle)).toBe(0);
    expect(countCrossings(tee)).toBe(0);
  });

  it('counts every crossing between two orthogonal lines', () => {
    const comb = [
      [0, 5],
      [30, 5],
    ] as const;
    const zigzag = [
      [5, 0],
      [5, 10],
      [15, 10],
      [15, 0],
      [25, 0],
      [25, 10],
    ] as const;
    expect(countCrossings([comb, zigzag])).toBe(3);
  });

  it('counts a line crossing a bundle once, where it crosses', () => {
    const trunk = [
      [0, 5],
      [30, 5],
    ] as const;
    const joining = [
      [0, 0],
      [10, 0],
      [10, 5],
      [30, 5],
    ] as const;
    const across = [
      [20, 0],
      [20, 10],
    ] as const;
    expect(countCrossings([trunk, joining, across])).toBe(1);
    expect(
      countCrossings([
        trunk,
        [
          [0, 8],
          [30, 8],
        ],
        across,
      ]),
    ).toBe(2);
  });

  it('reads SVG paths, curves included', () => {
    expect(pathPoints('M0,0L10,0H20V5Z')).toEqual([
      [0, 0],
      [10, 0],
      [20, 0],
      [20, 5],
      [0, 0],
    ]);
    const curve = pathPoints('M0,0C0,10,10,10,10,0');
    expect(curve[0]).toEqual([0, 0]);
    expect(curve[curve.length - 1]).toEqual([10, 0]);
    // The curve bulges down to y = 7.5, so a line at y = 5 crosses it twice.
    expect(
      countCrossings([
        curve,
        [
          [-5, 5],
          [15, 5],
        ],
      ]),
    ).toBe(2);
    expect(() => pathPoints('m0,0l10,0')).toThrow(/does not read/);
  });
});

/** a → b, a → c, b → d, c → d, and b and c joined by one line drawing moves both ways. */
const ids = ['a', 'b', 'c', 'd'];
const lines = [
  movesAttribute([{ from: 'a', to: 'b' }], ids),
  movesAttribute([{ from: 'a', to: 'c' }], ids),
  movesAttribute([{ from: 'b', to: 'd' }], ids),
  movesAttribute([{ from: 'c', to: 'd' }], ids),
  movesAttribute(
    [
      { from: 'b', to: 'c' },
      { from: 'c', to: 'b' },
    ],
    ids,
  ),
];
const graph = readMapGraph(ids, lines);

describe('the map read back from the page', () => {
  it('writes each line’s moves by node position and reads them back', () => {
    expect(lines[4]).toBe('1>2 2>1');
    expect(graph.onward[0]).toEqual([
      { to: 1, line: 0 },
      { to: 2, line: 1 },
    ]);
    expect(graph.earlier[3]).toEqual([
      { from: 1, line: 2 },
      { from: 2, line: 3 },
    ]);
    expect(graph.onward[2]).toContainEqual({ to: 1, line: 4 });
    expect(() => movesAttribute([{ from: 'a', to: 'z' }], ids)).toThrow(/not on the map/);
  });

  it('moves right along the first move, and left back the way it came', () => {
    expect(stepAlongMoves(graph, 0, null, 'ArrowRight')).toEqual({ target: 1, cameFrom: 0 });
    expect(stepAlongMoves(graph, 3, null, 'ArrowRight')).toBeUndefined();
    expect(stepAlongMoves(graph, 3, 2, 'ArrowLeft')).toEqual({ target: 2, cameFrom: null });
    expect(stepAlongMoves(graph, 3, null, 'ArrowLeft')).toEqual({ target: 1, cameFrom: null });
  });

  it('steps up and down through the other places the previous node leads to', () => {
    expect(stepAlongMoves(graph, 1, 0, 'ArrowDown')).toEqual({ target: 2, cameFrom: 0 });
    expect(stepAlongMoves(graph, 2, 0, 'ArrowDown')).toEqual({ target: 1, cameFrom: 0 });
    expect(stepAlongMoves(graph, 1, 0, 'ArrowUp')).toEqual({ target: 2, cameFrom: 0 });
    // With no previous node, through where this one leads and comes from.
    expect(stepAlongMoves(graph, 3, null, 'ArrowDown')).toEqual({ target: 1, cameFrom: null });
  });
});

describe('a route in the map’s address', () => {
  it('is read from the address the planner links to', () => {
    expect(mapRouteUrl(['role:teaching-assistant-2', 'role:teaching-assistant-3'])).toBe(
      '/map/?route=role:teaching-assistant-2,role:teaching-assistant-3',
    );
    expect(routeFromAddress(mapRouteQuery(['a', 'b', 'd']), graph)).toEqual({ nodes: [0, 1, 3], lines: [0, 2] });
  });

  it('is refused when it names a node the map lacks, skips a move, or goes round in a circle', () => {
    expect(routeFromAddress('?route=a,zz', graph)).toBe('invalid');
    expect(routeFromAddress('?route=a,d', graph)).toBe('invalid');
    expect(routeFromAddress('?route=b,c,b', graph)).toBe('invalid');
    expect(routeFromAddress('?route=a', graph)).toBe('invalid');
    expect(routeFromAddress('?route=<script>alert(1)</script>,a', graph)).toBe('invalid');
  });

  it('is absent when the address names none', () => {
    expect(routeFromAddress('', graph)).toBeUndefined();
    expect(routeFromAddress('?route=', graph)).toBeUndefined();
    expect(mapRouteQuery([])).toBe('');
  });
});
