import type { Ref } from 'preact';
import { nodeNationTag } from '../../lib/progression/plannerNations';
import { plannerWording } from '../../lib/progression/plannerWording';
import type { PlanView } from '../../lib/progression/planView';
import type { ProgressionGraph } from '../../lib/progression/progression';
import type { PlannerFacts } from '../../lib/progression/stepFacts';
import { mapUrl, nationUrl } from '../../lib/site/urls';
import { NationTag } from './NowBadge';
import type { StepMode } from '../../lib/progression/plannerPages';
import { PlanStep } from './PlanStep';

interface Props {
  view: PlanView;
  graph: ProgressionGraph;
  facts: PlannerFacts;
  labels: Record<string, string>;
  have: readonly string[];
  headingId: string;
  /** The heading, for moving focus to a plan when it appears. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** How each step is shown; in full unless a page of several plans says otherwise. */
  stepMode?: (routeIndex: number, moveId: string) => StepMode;
}

/**
 * A plan: the routes, best first, each step with what it takes; alternatives say how they differ
 * from the first route. Rendered by the planner island and, with no JavaScript, by the pages of
 * routes from each starting point.
 */
export function PlanResult({ view, graph, facts, labels, have, headingId, headingRef, stepMode = () => ({ full: true }) }: Props) {
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  return (
    <>
      <h2 id={headingId} tabIndex={-1} ref={headingRef ?? null}>
        {view.heading}
      </h2>
      {view.standing !== null && <p>{view.standing}</p>}
      {view.standing === null && view.routes.length === 0 && (
        <p>
          {plannerWording.noRouteText(view.from, view.to, view.leftOut?.nationName)} See <a href={mapUrl()}>the progression map</a> for
          where each role leads.
        </p>
      )}
      {view.leftOut && (
        <div class="note">
          <p>{plannerWording.leftOut(view.leftOut.nationName)}</p>
          <ul>
            {view.leftOut.nodes.map((node) => (
              <li key={node.id}>
                {label(node.id)} <NationTag label={nodeNationTag(facts.nodeNations, node.id)} />
              </li>
            ))}
          </ul>
          <p>
            <a href={nationUrl(view.leftOut.nation)}>{plannerWording.whatDiffers(view.leftOut.nationName)}</a>
          </p>
        </div>
      )}
      {view.routes.map((route, index) => (
        // Named by the plan's heading and its own, so each route is a landmark of its own on a page of several plans.
        <section key={index} aria-labelledby={`${headingId} ${headingId}-route-${index}`}>
          <h3 id={`${headingId}-route-${index}`}>{route.title}</h3>
          {route.difference && <p>{route.difference}</p>}
          {route.sharedLead && <p>{route.sharedLead}</p>}
          <ol class="planner-steps" start={route.firstStep === 1 ? undefined : route.firstStep}>
            {route.steps.map((edge) => (
              <PlanStep key={edge.id} edge={edge} graph={graph} facts={facts} labels={labels} have={have} mode={stepMode(index, edge.id)} />
            ))}
          </ol>
          <p>
            <a href={route.mapHref}>{plannerWording.onMap}</a>
          </p>
        </section>
      ))}
    </>
  );
}
