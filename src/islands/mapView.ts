import { mapIds, readMapGraph, type MapGraph } from '../lib/progression/mapGraph';

/**
 * The server-rendered map as the island finds it: the SVG, its frame, the lanes list, and the
 * graph read back from their attributes. Highlighting sets one attribute on the SVG root (which
 * dims everything through CSS) and marks only the few nodes and lines involved, so a selection
 * restyles a handful of elements instead of every node and line on the map.
 */
export interface MapView {
  svg: SVGSVGElement;
  frame: HTMLElement;
  lanes: HTMLElement | null;
  nodes: SVGAElement[];
  lines: SVGPathElement[];
  graph: MapGraph;
  /** Elements marked for each kind of highlight, so the next one can unmark them. */
  marked: Map<string, Element[]>;
}

export function findMapView(): MapView | undefined {
  const svg = document.getElementById(mapIds.svg);
  const frame = document.getElementById(mapIds.frame);
  if (!(svg instanceof SVGSVGElement) || !frame) return undefined;
  const nodes = [...svg.querySelectorAll<SVGAElement>('a[data-node]')];
  const lines = [...svg.querySelectorAll<SVGPathElement>('path[data-moves]')];
  const graph = readMapGraph(
    nodes.map((node) => node.dataset['node'] ?? ''),
    lines.map((line) => line.dataset['moves'] ?? ''),
  );
  return { svg, frame, lanes: document.getElementById(mapIds.lanes), nodes, lines, graph, marked: new Map() };
}

/** The position of the node an event happened on (an SVG node, or a step name in the lanes), if any. */
export function nodeIndexOf(view: MapView, target: EventTarget | null): number | undefined {
  if (!(target instanceof Element)) return undefined;
  const node = target.closest('a[data-node]');
  if (node) return view.nodes.indexOf(node as SVGAElement);
  const step = target.closest<HTMLElement>('a[data-step]');
  return step ? Number(step.dataset['step']) : undefined;
}

/**
 * Marks `elements` with `attribute` (value "selected", "next" or "on") and sets `rootAttribute` on
 * the SVG and the lanes, after clearing whatever the last call for this attribute marked. An empty
 * list clears.
 */
export function mark(view: MapView, attribute: 'data-on' | 'data-route-on', rootAttribute: string, elements: [Element, string][]): void {
  for (const element of view.marked.get(attribute) ?? []) element.removeAttribute(attribute);
  for (const [element, value] of elements) element.setAttribute(attribute, value);
  view.marked.set(
    attribute,
    elements.map(([element]) => element),
  );
  // Copies above the fading layer: <use> follows its original, marks included.
  const copies = document.querySelector(`.map-highlight [data-marks="${attribute}"]`);
  copies?.replaceChildren(
    ...elements
      .filter(([element]) => element.id && view.svg.contains(element))
      // Lines under nodes, the selected node on top.
      .sort(([a, first], [b, second]) => drawOrder(a, first) - drawOrder(b, second))
      .map(([element, value]) => {
        const copy = document.createElementNS('http://www.w3.org/2000/svg', 'use');
        copy.setAttribute('href', `#${element.id}`);
        if (value === 'selected' && element.matches(':focus-visible')) copy.setAttribute('class', 'is-focused');
        return copy;
      }),
  );
  view.svg.toggleAttribute(rootAttribute, elements.length > 0);
  view.lanes?.toggleAttribute(rootAttribute, elements.length > 0 && !pictureShown());
}

const drawOrder = (element: Element, value: string) => (element instanceof SVGPathElement ? 0 : value === 'selected' ? 2 : 1);

/** The selected node, its moves onward and where they lead: on the map and in the lanes. */
export function selectionMarks(view: MapView, index: number): [Element, string][] {
  const marks: [Element, string][] = [];
  const add = (element: Element | null | undefined, value: string) => {
    if (element) marks.push([element, value]);
  };
  // The lanes show a selection only where they are the map (on a phone); marking them beside the picture would be wasted work.
  const step = (node: number) => (pictureShown() ? undefined : document.getElementById(mapIds.step(node)));
  add(view.nodes[index], 'selected');
  add(step(index), 'selected');
  for (const move of view.graph.onward[index] ?? []) {
    add(view.lines[move.line], 'on');
    add(view.nodes[move.to], 'next');
    add(step(move.to), 'next');
  }
  return marks;
}

/** Whether the picture is on screen: below 64em (src/styles/map.css) the lanes are shown instead. */
const lanesOnly = typeof window === 'undefined' ? undefined : window.matchMedia('(max-width: 64em)');
export const pictureShown = () => !lanesOnly?.matches;

/** Draws the map at `scale` times its size (1 is the size it was laid out at), keeping the centre of the frame where it was. */
export function zoomTo(view: MapView, scale: number): void {
  const { frame, svg } = view;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const previous = svg.getBoundingClientRect().width / width || 1;
  const centreX = (frame.scrollLeft + frame.clientWidth / 2) / previous;
  const centreY = (frame.scrollTop + frame.clientHeight / 2) / previous;
  svg.style.width = `${width * scale}px`;
  svg.style.height = `${height * scale}px`;
  frame.scrollLeft = centreX * scale - frame.clientWidth / 2;
  frame.scrollTop = centreY * scale - frame.clientHeight / 2;
}

/** Lets a mouse drag the map around inside its frame; touch keeps the browser's own scrolling and pinch-zoom. */
export function dragToPan(frame: HTMLElement): void {
  let start: { x: number; y: number; left: number; top: number } | undefined;
  frame.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0 || (event.target as Element).closest('a')) return;
    start = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop };
    frame.setPointerCapture(event.pointerId);
  });
  frame.addEventListener('pointermove', (event) => {
    if (!start) return;
    frame.scrollLeft = start.left - (event.clientX - start.x);
    frame.scrollTop = start.top - (event.clientY - start.y);
  });
  const stop = () => {
    start = undefined;
  };
  frame.addEventListener('pointerup', stop);
  frame.addEventListener('pointercancel', stop);
}
