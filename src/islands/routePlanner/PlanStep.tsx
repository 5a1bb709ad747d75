import { checkStep } from '../../lib/progression/planner';
import { nodeNationTag } from '../../lib/progression/plannerNations';
import { plannerWording } from '../../lib/progression/plannerWording';
import { moveWording, type MapEdge, type ProgressionGraph } from '../../lib/progression/progression';
import type { PlannerFacts } from '../../lib/progression/stepFacts';
import type { StepMode } from '../../lib/progression/plannerPages';
import { NeedList } from './NeedList';
import { NationTag, NowBadge } from './NowBadge';
import { StepFacts } from './StepFacts';

interface Props {
  edge: MapEdge;
  graph: ProgressionGraph;
  facts: PlannerFacts;
  /** Qualification labels by id, and what the person says they have. */
  labels: Record<string, string>;
  have: readonly string[];
  mode: StepMode;
}

/** One step of a route: where it goes, what it takes, how long and what it costs, and where each qualification stands. */
export function PlanStep({ edge, graph, facts, labels, have, mode }: Props) {
  const target = graph.nodes.find((node) => node.id === edge.to);
  const check = checkStep(edge, labels, have);
  const tag = nodeNationTag(facts.nodeNations, edge.to);
  return (
    <li id={mode.full ? mode.id : undefined}>
      <a href={target?.href}>{target?.label}</a>
      {target?.kind === 'qualification' && (
        <>
          {' '}
          <NowBadge badge={facts.badges[target.label]} />
        </>
      )}
      {edge.kind === 'sideways' ? `, ${moveWording.sidewaysStep}` : ''}
      {edge.basis === 'not-stated' ? ' (a move the sources do not state)' : ''}
      {tag && (
        <>
          {' '}
          <NationTag label={tag} />
        </>
      )}
      {mode.full ? (
        <>
          {check.needs.length > 0 && (
            <>
              <p>This step takes:</p>
              <NeedList needs={check.needs} badges={facts.badges} />
            </>
          )}
          {check.mayCount.length > 0 && (
            <>
              <p>{moveWording.mayCount}:</p>
              <NeedList needs={check.mayCount} badges={facts.badges} />
            </>
          )}
          <StepFacts extras={facts.steps[edge.id]} />
        </>
      ) : (
        <p>
          {plannerWording.describedEarlier.before}
          <a href={mode.earlierHref}>{plannerWording.describedEarlier.link}</a>
          {plannerWording.describedEarlier.after}
        </p>
      )}
    </li>
  );
}
