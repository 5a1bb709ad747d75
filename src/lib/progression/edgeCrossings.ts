/**
 * Counts where the lines of a drawn map cross, so a layout can be judged by a number: the map
 * page's layout is checked against it in the unit tests, and docs/performance.md quotes it.
 */

export type Point = readonly [number, number];

/** Samples per cubic or quadratic Bézier segment when a curved path is flattened into lines. */
const curveSamples = 24;

/**
 * The points an SVG path passes through, curves flattened into short straight pieces. Reads the
 * absolute commands d3-shape and the layout write (M, L, H, V, C, Q, Z); relative commands and
 * arcs are refused rather than misread.
 */
export function pathPoints(d: string): Point[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const points: Point[] = [];
  let index = 0;
  let command = '';
  let start: Point = [0, 0];
  const number = () => {
    const token = tokens[index++];
    if (token === undefined || /[a-zA-Z]/.test(token)) throw new Error(`Path "${d}" ends in the middle of a command`);
    return Number(token);
  };
  const last = (): Point => points[points.length - 1] ?? [0, 0];
  while (index < tokens.length) {
    const token = tokens[index] ?? '';
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      index++;
      if (command === 'Z') {
        points.push(start);
        continue;
      }
    }
    switch (command) {
      case 'M':
        start = [number(), number()];
        points.push(start);
        command = 'L';
        break;
      case 'L':
        points.push([number(), number()]);
        break;
      case 'H':
        points.push([number(), last()[1]]);
        break;
      case 'V':
        points.push([last()[0], number()]);
        break;
      case 'C':
      case 'Q': {
        const from = last();
        const controls: Point[] = [];
        for (let count = command === 'C' ? 3 : 2; count > 0; count--) controls.push([number(), number()]);
        const all = [from, ...controls];
        for (let step = 1; step <= curveSamples; step++) points.push(bezierPoint(all, step / curveSamples));
        break;
      }
      default:
        throw new Error(`Path "${d}" uses "${command}", which pathPoints does not read`);
    }
  }
  return points;
}

/** De Casteljau: the point at t on the Bézier curve with these control points. */
function bezierPoint(controls: readonly Point[], t: number): Point {
  let level = [...controls];
  while (level.length > 1) level = level.slice(1).map((point, i) => lerp(level[i] ?? point, point, t));
  return level[0] ?? [0, 0];
}

const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** Which side of the line a→b the point c lies on: 1, -1, or 0 when the three are in line. */
function side(a: Point, b: Point, c: Point): number {
  const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return Math.abs(cross) < 1e-9 ? 0 : Math.sign(cross);
}

/** Where the two segments cross at a point inside both, or undefined (touching or running together is not crossing). */
function segmentCrossing(a: Point, b: Point, c: Point, d: Point): Point | undefined {
  if (side(a, b, c) * side(a, b, d) >= 0 || side(c, d, a) * side(c, d, b) >= 0) return undefined;
  const t =
    ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / ((b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]));
  return lerp(a, b, t);
}

/**
 * The number of places where two different lines cross. Lines that meet at a node, join into a
 * bundle or run side by side do not cross; a line crossing itself is not counted; a line crossing
 * a bundle (lines drawn over one another) crosses it in one place, and counts once, as a reader sees it.
 */
export function countCrossings(lines: readonly (readonly Point[])[]): number {
  const segments = lines.map((points) => points.slice(1).map((point, i) => [points[i] ?? point, point] as const));
  const places = new Set<string>();
  for (const [i, first] of segments.entries()) {
    for (const second of segments.slice(i + 1)) {
      for (const [a, b] of first)
        for (const [c, d] of second) {
          const place = segmentCrossing(a, b, c, d);
          if (place) places.add(`${Math.round(place[0])},${Math.round(place[1])}`);
        }
    }
  }
  return places.size;
}
