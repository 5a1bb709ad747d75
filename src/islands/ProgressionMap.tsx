import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isMapKey, mapIds, routeFromAddress, stepAlongMoves, type MapRoute } from '../lib/progression/mapGraph';
import { plannerUrl } from '../lib/site/urls';
import { loadingMark } from './Loading';
import { useAddress, writeAddress } from './address';
import { dragToPan, findMapView, mark, nodeIndexOf, pictureShown, selectionMarks, zoomTo, type MapView } from './mapView';

/** What the panel shows about the selected node, read from its step in the lanes list. */
interface Selected {
  index: number;
  id: string;
  label: string;
  level: string | undefined;
  /** "England only", for a route that applies in some nations only. */
  nationTag: string | undefined;
  href: string;
}

const zoomSteps = [0.4, 0.55, 0.75, 1, 1.25, 1.5];

/**
 * The panel beside the progression map, and what makes the map respond. The map itself (the SVG,
 * its frame and the lanes list) is rendered by the server and works as plain links; this island
 * finds it in the page. A click or tap on a node selects it and shows it here instead of leaving
 * the page; focus selects too, and arrow keys move along the moves (Enter still opens the page).
 * `?route=a,b,c` in the address draws a route, as the planner links to it.
 */
export function ProgressionMap() {
  const [selected, setSelected] = useState<Selected | null>(null);
  const [route, setRoute] = useState<MapRoute | 'invalid' | undefined>(undefined);
  const [zoom, setZoom] = useState(zoomSteps.indexOf(1));
  const [ready, setReady] = useState(false);
  const view = useRef<MapView | undefined>(undefined);
  const cameFrom = useRef<number | null>(null);
  const moves = useRef<HTMLDivElement>(null);
  /** What the map shows now ("3", or "3 focused" when the keyboard put focus there), so a repeat does no work. */
  const shown = useRef('');

  const select = (index: number | null) => {
    const map = view.current;
    if (!map) return;
    const now = index === null ? '' : `${index}${map.nodes[index]?.matches(':focus-visible') ? ' focused' : ''}`;
    // The mouse selects twice (focus on press, then the click): the second time there is nothing to change.
    if (now === shown.current) return;
    shown.current = now;
    if (index === null) {
      mark(map, 'data-on', 'data-selected', []);
      setSelected(null);
      return;
    }
    const step = document.getElementById(mapIds.step(index));
    const link = step?.querySelector<HTMLAnchorElement>('.map-step-name a');
    if (!step || !link) return;
    mark(map, 'data-on', 'data-selected', selectionMarks(map, index));
    const next: Selected = {
      index,
      id: map.graph.ids[index] ?? '',
      label: link.textContent.trim(),
      level: step.querySelector('.map-step-level')?.textContent ?? undefined,
      nationTag: step.querySelector('.nation-tag')?.textContent ?? undefined,
      href: link.getAttribute('href') ?? '',
    };
    // The map shows the selection in the frame this interaction paints; the panel's text follows in
    // the next task, so the highlight is not held back by laying out the panel (the latest wins when
    // arrow keys run ahead).
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (shown.current === now) setSelected((current) => (current?.index === index ? current : next));
      }),
    );
  };

  useEffect(() => {
    const map = findMapView();
    if (!map) return;
    view.current = map;
    // Listeners go on the frame, not the SVG: Chromium makes an SVG element with a focus listener a tab stop of its own.
    map.frame.addEventListener('focusin', (event) => {
      const index = nodeIndexOf(map, event.target);
      if (index === undefined) return;
      select(index);
      // Focus from the keyboard scrolls the node fully into view, at any zoom (the browser alone stops at partly).
      if ((event.target as Element).matches(':focus-visible')) map.nodes[index]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    map.frame.addEventListener('click', (event) => {
      // A click from the keyboard (Enter) or assistive technology has no pointer: let it open the page.
      const index = nodeIndexOf(map, event.target);
      if (index === undefined || event.detail === 0) return;
      event.preventDefault();
      cameFrom.current = null;
      select(index);
    });
    map.frame.addEventListener('keydown', (event) => {
      const index = nodeIndexOf(map, event.target);
      if (index === undefined) return;
      if (event.key === 'Escape') {
        select(null);
        return;
      }
      if (!isMapKey(event.key)) return;
      event.preventDefault();
      const step = stepAlongMoves(map.graph, index, cameFrom.current, event.key);
      if (!step) return;
      cameFrom.current = step.cameFrom;
      map.nodes[step.target]?.focus();
    });
    // On a phone the lanes are the map: a tap on a step's name selects it there.
    map.lanes?.addEventListener('click', (event) => {
      const index = nodeIndexOf(map, event.target);
      if (index === undefined || event.detail === 0 || pictureShown()) return;
      event.preventDefault();
      select(index);
      document.getElementById(mapIds.step(index))?.scrollIntoView({ block: 'nearest' });
    });
    dragToPan(map.frame);
    setReady(true);
  }, []);

  useAddress((search) => {
    const map = view.current ?? findMapView();
    if (!map) return;
    const found = routeFromAddress(search, map.graph);
    setRoute(found);
    const marks: [Element, string][] = [];
    if (found && found !== 'invalid') {
      for (const node of found.nodes) {
        for (const element of [map.nodes[node], document.getElementById(mapIds.step(node))]) if (element) marks.push([element, 'on']);
      }
      for (const line of found.lines) if (map.lines[line]) marks.push([map.lines[line], 'on']);
    }
    mark(map, 'data-route-on', 'data-route', marks);
  });

  // The moves and what they take are already written out in the lanes list: the panel shows a copy,
  // put in before the browser paints, so the panel appears whole in one frame.
  useLayoutEffect(() => {
    const step = selected && document.getElementById(mapIds.step(selected.index));
    const list = step && (step.querySelector('.map-step-moves ul') ?? step.querySelector('.map-step-next'));
    moves.current?.replaceChildren(...(list ? [list.cloneNode(true)] : []));
  }, [selected?.index]);

  const changeZoom = (step: number) => {
    const next = Math.min(zoomSteps.length - 1, Math.max(0, zoom + step));
    if (view.current) zoomTo(view.current, zoomSteps[next] ?? 1);
    setZoom(next);
  };

  const clearRoute = () => {
    writeAddress('');
    if (view.current) mark(view.current, 'data-route-on', 'data-route', []);
    setRoute(undefined);
  };

  const routeLabels =
    route && route !== 'invalid'
      ? route.nodes.map((node) => view.current?.nodes[node]?.querySelector('text')?.textContent.replace(/\s+/g, ' ').trim() ?? '')
      : [];

  return (
    <section class={`map-panel${selected || route ? ' is-open' : ''}`} aria-labelledby="map-panel-heading" {...loadingMark(!ready)}>
      <div class="map-zoom" hidden={!ready}>
        <button type="button" class="secondary-button" onClick={() => changeZoom(-1)} disabled={zoom === 0}>
          Zoom out
        </button>
        <button type="button" class="secondary-button" onClick={() => changeZoom(1)} disabled={zoom === zoomSteps.length - 1}>
          Zoom in
        </button>
      </div>
      {selected ? (
        <>
          <h2 id="map-panel-heading">{selected.label}</h2>
          {selected.level && <p class="map-panel-level">{selected.level}</p>}
          {selected.nationTag && (
            <p>
              <span class="nation-tag">{selected.nationTag}</span>
            </p>
          )}
          <h3>Where it leads, and what each move takes</h3>
          <div ref={moves} class="map-panel-moves" />
          <ul class="map-panel-links">
            <li>
              <a href={selected.href}>Open the page</a>
            </li>
            <li>
              <a href={plannerUrl({ from: selected.id })}>Plan a route from here</a>
            </li>
            <li>
              <a href={plannerUrl({ to: selected.id })}>Plan a route to here</a>
            </li>
          </ul>
          <button type="button" class="secondary-button" onClick={() => select(null)}>
            Close
          </button>
        </>
      ) : (
        <>
          <h2 id="map-panel-heading">{routeLabels.length > 0 ? 'Your route' : 'Choose a place on the map'}</h2>
          {routeLabels.length > 0 ? (
            <>
              <ol class="map-panel-route">
                {routeLabels.map((label, index) => (
                  <li key={index}>{label}</li>
                ))}
              </ol>
              <button type="button" class="secondary-button" onClick={clearRoute}>
                Clear the route
              </button>
            </>
          ) : (
            <>
              {route === 'invalid' && (
                <>
                  <p>The route in this page’s address is not one on the map, so none is shown.</p>
                  <button type="button" class="secondary-button" onClick={clearRoute}>
                    Clear the route
                  </button>
                </>
              )}
              <p>
                Select a role, status or route to see where it leads and what each move takes. Arrow keys move along the moves; Enter opens
                the page.
              </p>
            </>
          )}
          {routeLabels.length === 0 && (
            <p>
              Each ladder of roles is a row, by level; statuses, degrees and routes to QTS follow in columns of their own. Solid lines are
              moves a source describes. Dashed lines are moves commonly made that the sources do not state; the{' '}
              <a href="#moves">list of every move</a> gives each one’s reason.
            </p>
          )}
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {selected ? `${selected.label} selected` : ''}
      </p>
    </section>
  );
}
