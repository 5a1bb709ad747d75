import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlacedNode } from '../lib/progression/mapLayout';
import type { mapProps } from '../lib/progression/mapProps';
import { moveWording, movesSectionId } from '../lib/progression/progression';
import { mapUrl } from '../lib/site/urls';

/** What the build worked out for the map (src/lib/progression/mapProps.ts). */
export type MapProps = ReturnType<typeof mapProps>;

interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const zoomStep = 1.25;

/**
 * The progression map. On the server it renders a complete SVG whose nodes are links, so it
 * works with no JavaScript. In the browser: selecting a node (focus or click) highlights every
 * route onward from it and fills the summary panel; arrow keys move along connected nodes,
 * Enter opens, Escape clears; buttons and dragging pan and zoom the view.
 */
export function ProgressionMap({ layout, nodeWidth, nodeHeight, details }: MapProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const [cameFrom, setCameFrom] = useState<string | null>(null);
  const [view, setView] = useState<ViewBox>({ x: 0, y: 0, width: layout.width, height: layout.height });
  const [enhanced, setEnhanced] = useState(false);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; view: ViewBox } | null>(null);
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));

  useEffect(() => {
    setEnhanced(true);
  }, []);

  const focusNode = (id: string, from: string | null) => {
    setCameFrom(from);
    svg.current?.querySelector<SVGAElement>(`a[data-node="${CSS.escape(id)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, node: PlacedNode) => {
    const info = details[node.id];
    if (!info) return;
    const step = (list: string[], offset: number) => {
      if (list.length === 0) return undefined;
      const index = list.indexOf(node.id);
      return list[(index + offset + list.length) % list.length];
    };
    let target: string | undefined;
    let from: string | null = cameFrom;
    switch (event.key) {
      case 'ArrowRight':
        target = info.onward[0];
        from = node.id;
        break;
      case 'ArrowLeft':
        target = cameFrom && info.earlier.includes(cameFrom) ? cameFrom : info.earlier[0];
        from = null;
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        // The other choices at this step: the onward nodes of the node we came from.
        const choices = cameFrom ? (details[cameFrom]?.onward ?? []) : [...info.onward, ...info.earlier];
        target = step(choices.includes(node.id) ? choices : [node.id, ...choices], event.key === 'ArrowDown' ? 1 : -1);
        break;
      }
      case 'Escape':
        setSelected(null);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target && target !== node.id) focusNode(target, from);
  };

  const zoom = (factor: number) => {
    setView((current) => {
      const width = Math.min(layout.width, Math.max(200, current.width / factor));
      const height = (width / current.width) * current.height;
      return { x: current.x + (current.width - width) / 2, y: current.y + (current.height - height) / 2, width, height };
    });
  };

  const highlighted = selected ? new Set([selected, ...(details[selected]?.reachable ?? [])]) : null;
  const selectedNode = selected ? byId.get(selected) : undefined;
  const panelMoves = selectedNode ? layout.edges.filter((edge) => edge.from === selectedNode.id) : [];

  return (
    <div class={`progression-map${enhanced ? ' is-enhanced' : ''}`}>
      {/* Rendered from the start (kept invisible, so out of reach, until the script runs) so the map does not jump down. */}
      <div class="map-controls" role="group" aria-label="Map view">
        <button type="button" class="secondary-button" onClick={() => zoom(zoomStep)}>
          Zoom in
        </button>
        <button type="button" class="secondary-button" onClick={() => zoom(1 / zoomStep)}>
          Zoom out
        </button>
        <button type="button" class="secondary-button" onClick={() => setView({ x: 0, y: 0, width: layout.width, height: layout.height })}>
          Show the whole map
        </button>
      </div>
      <div class="map-frame">
        <svg
          ref={svg}
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          width={layout.width}
          height={layout.height}
          role="group"
          aria-label="Progression map: roles, statuses, degrees and routes to Qualified Teacher Status"
          onPointerDown={(event) => {
            if ((event.target as Element).closest('a')) return;
            drag.current = { x: event.clientX, y: event.clientY, view };
            event.currentTarget.setPointerCapture(event.pointerId);
          }}
          onPointerMove={(event) => {
            const start = drag.current;
            const box = svg.current?.getBoundingClientRect();
            if (!start || !box) return;
            const scale = start.view.width / box.width;
            setView({
              ...start.view,
              x: start.view.x - (event.clientX - start.x) * scale,
              y: start.view.y - (event.clientY - start.y) * scale,
            });
          }}
          onPointerUp={() => {
            drag.current = null;
          }}
        >
          <defs>
            <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" class="map-arrowhead" />
            </marker>
          </defs>
          {layout.lanes.map((lane) => (
            <g class="map-lane" key={lane.id} aria-hidden="true">
              <rect x={0} y={lane.y - 10} width={layout.width} height={lane.height + 20} class={`lane-band lane-${lane.id}`} />
            </g>
          ))}
          <g class="map-edges" aria-hidden="true">
            {layout.edges.map((edge) => (
              <path
                key={edge.id}
                d={edge.path}
                class={`map-edge${edge.basis === 'not-stated' ? ' is-unstated' : ''}${highlighted?.has(edge.from) && highlighted.has(edge.to) ? ' is-highlighted' : ''}${highlighted ? ' is-dimmed' : ''}`}
                marker-end="url(#map-arrow)"
              />
            ))}
          </g>
          <g class="map-nodes">
            {layout.nodes.map((node) => {
              const info = details[node.id];
              return (
                <a
                  key={node.id}
                  href={node.href}
                  data-node={node.id}
                  aria-label={info?.name ?? node.label}
                  class={`map-node kind-${node.kind} lane-${node.lane}${selected === node.id ? ' is-selected' : ''}${highlighted && !highlighted.has(node.id) ? ' is-dimmed' : ''}`}
                  onFocus={() => setSelected(node.id)}
                  onClick={(event) => {
                    // With the map enhanced, a click selects; the panel links to the page.
                    if (enhanced && selected !== node.id) {
                      event.preventDefault();
                      setSelected(node.id);
                    }
                  }}
                  onKeyDown={(event) => onKeyDown(event, node)}
                >
                  <rect x={node.x} y={node.y} width={nodeWidth} height={nodeHeight} rx={6} />
                  <text x={node.x + 10} y={node.y + 19}>
                    {(info?.lines ?? [node.label]).map((line, index, lines) => (
                      <tspan key={index} x={node.x + 10} dy={index === 0 ? 0 : 16}>
                        {/* The space keeps words apart in the accessible text where lines break. */}
                        {index < lines.length - 1 ? `${line} ` : line}
                      </tspan>
                    ))}
                  </text>
                </a>
              );
            })}
          </g>
        </svg>
      </div>
      <section class="map-panel" aria-labelledby="map-panel-heading" aria-live="polite">
        {selectedNode ? (
          <>
            <h2 id="map-panel-heading">{selectedNode.label}</h2>
            <p>{selectedNode.summary}</p>
            <p>
              <a href={selectedNode.href}>Open the page for {selectedNode.label}</a>
            </p>
            {panelMoves.length === 0 ? (
              <p>This is the end of the map.</p>
            ) : (
              (['next-step', 'sideways'] as const).map((kind) => {
                const moves = panelMoves.filter((edge) => edge.kind === kind);
                return moves.length === 0 ? null : (
                  <Fragment key={kind}>
                    <h3>{kind === 'next-step' ? moveWording.nextSteps : moveWording.sideways}</h3>
                    <ul>
                      {moves.map((edge) => (
                        <li key={edge.id}>
                          <strong>{byId.get(edge.to)?.label}</strong>
                          {edge.basis === 'not-stated' ? ' (not stated by the sources)' : ''}
                        </li>
                      ))}
                    </ul>
                  </Fragment>
                );
              })
            )}
            {panelMoves.length > 0 && (
              <p>
                <a href={mapUrl(movesSectionId(selectedNode.id))}>{moveWording.inFull}</a>
              </p>
            )}
          </>
        ) : (
          <>
            <h2 id="map-panel-heading">Choose a place on the map</h2>
            <p>
              Select a role, status or route to see where it leads, with a link to what each move takes. Use the arrow keys to move along
              the map.
            </p>
          </>
        )}
      </section>
    </div>
  );
}
