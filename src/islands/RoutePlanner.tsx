import { useRef, useState } from 'preact/hooks';
import { loadingMark } from './Loading';
import { useAddress, writeAddress } from './address';
import { generalHaves, planRoutes, readPlannerState, type PlannerProblem } from '../lib/progression/planner';
import { planView } from '../lib/progression/planView';
import type { PlannerFacts } from '../lib/progression/stepFacts';
import { plannerQuery, plannerUrl, type PlannerState } from '../lib/site/urls';
import type { ProgressionGraph } from '../lib/progression/progression';
import { PlannerForm } from './routePlanner/PlannerForm';
import { PlanResult } from './routePlanner/PlanResult';

interface Props {
  graph: ProgressionGraph;
  /** Qualifications someone may already hold: id and the label steps use for it. */
  qualifications: { id: string; label: string }[];
  /** How long and what each step costs, each qualification's badge, and the places open in some nations only. */
  facts: PlannerFacts;
}

const headingId = 'planner-result-heading';

/**
 * The route planner: "I am a…", "I want to reach…", "Where do you work?", "I already have …".
 * It plans in place as choices change, keeping the plan in the address so it can be bookmarked
 * and shared; the live region says when a new plan is there, and "Plan my route" moves focus to it.
 * Focus never moves on a change of a select: arrow keys change a closed select's value on some
 * systems, and focus jumping away at each press would lose the reader's place.
 */
export function RoutePlanner({ graph, qualifications, facts }: Props) {
  const [state, setState] = useState<PlannerState>({ from: '', to: '', have: [], nation: '' });
  const [problems, setProblems] = useState<PlannerProblem[]>([]);
  const [haveOpen, setHaveOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const haveIds = [...qualifications.map((item) => item.id), ...generalHaves.map((item) => item.id)];
  const labels = Object.fromEntries(qualifications.map((item) => [item.id, item.label]));

  const addressRead = useAddress((search) => {
    const reading = readPlannerState(search, graph, haveIds);
    setState(reading.state);
    setProblems(reading.problems);
    if (reading.state.have.length > 0) setHaveOpen(true);
  });

  const update = (next: PlannerState) => {
    setState(next);
    setProblems([]);
    writeAddress(plannerQuery(next));
  };

  const chosen = state.from !== '' && state.to !== '';
  const view = chosen ? planView(graph, state.from, state.to, planRoutes(graph, state, facts.nodeNations)) : undefined;

  return (
    <div class="route-planner" {...loadingMark(!addressRead)}>
      <PlannerForm
        graph={graph}
        qualifications={qualifications}
        state={state}
        update={update}
        onPlan={() => heading.current?.focus()}
        haveOpen={haveOpen}
        setHaveOpen={setHaveOpen}
      />
      <p role="status" class="visually-hidden">
        {view?.announcement ?? ''}
      </p>
      <section class="planner-result" aria-labelledby={headingId}>
        {problems.length > 0 ? (
          <div class="note" role="alert">
            <h2 id={headingId} tabIndex={-1} ref={heading}>
              We could not read that plan
            </h2>
            <ul>
              {problems.map((problem) => (
                <li key={problem.field}>
                  The {problem.field === 'from' ? 'starting point' : 'goal'} “<bdi>{problem.value}</bdi>” is not a role or status on the
                  map.
                </li>
              ))}
            </ul>
            <p>
              Choose from the lists above, or <a href={plannerUrl()}>start a new plan</a>.
            </p>
          </div>
        ) : view === undefined ? (
          <h2 id={headingId} tabIndex={-1} ref={heading}>
            Choose where you are and where you want to go
          </h2>
        ) : (
          <PlanResult
            view={view}
            graph={graph}
            facts={facts}
            labels={labels}
            have={state.have}
            headingId={headingId}
            headingRef={heading}
          />
        )}
      </section>
    </div>
  );
}
