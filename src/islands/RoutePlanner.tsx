import { useId, useState } from 'preact/hooks';
import { useAddress, writeAddress } from './address';
import { checkStep, generalHaves, planRoutes, readPlannerState, type PlannerProblem } from '../lib/progression/planner';
import { NeedList } from './NeedList';
import { mapUrl, plannerQuery, plannerUrl, type PlannerState } from '../lib/site/urls';
import { moveWording, type ProgressionGraph } from '../lib/progression/progression';

interface Props {
  graph: ProgressionGraph;
  /** Qualifications someone may already hold: id and the label steps use for it. */
  qualifications: { id: string; label: string }[];
}

/**
 * The route planner: "I am a …", "I want to reach …", "I already have …". Rendered on the server
 * as a plain GET form; in the browser it plans in place and keeps the plan in the address, so it
 * can be bookmarked and shared.
 */
export function RoutePlanner({ graph, qualifications }: Props) {
  const [state, setState] = useState<PlannerState>({ from: '', to: '', have: [] });
  const [problems, setProblems] = useState<PlannerProblem[]>([]);
  const [ready, setReady] = useState(false);
  const fromId = useId();
  const toId = useId();
  const haveIds = [...qualifications.map((item) => item.id), ...generalHaves.map((item) => item.id)];
  const labels = Object.fromEntries(qualifications.map((item) => [item.id, item.label]));
  const node = (id: string) => graph.nodes.find((item) => item.id === id);

  useAddress((search) => {
    const reading = readPlannerState(search, graph, haveIds);
    setState(reading.state);
    setProblems(reading.problems);
    setReady(true);
  });

  const update = (next: PlannerState) => {
    setState(next);
    setProblems([]);
    writeAddress(plannerQuery(next));
  };

  const { standing, routes } = planRoutes(graph, state);
  const choices = [...graph.nodes].sort((a, b) => a.label.localeCompare(b.label));

  return (
    <div class="route-planner">
      <form action={plannerUrl()} method="get" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for={fromId}>I am a…</label>
          <select id={fromId} name="from" value={state.from} onChange={(event) => update({ ...state, from: event.currentTarget.value })}>
            <option value="">Choose where you are now</option>
            {choices
              .filter((item) => item.kind === 'role' || item.kind === 'status')
              .map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for={toId}>I want to reach…</label>
          <select id={toId} name="to" value={state.to} onChange={(event) => update({ ...state, to: event.currentTarget.value })}>
            <option value="">Choose a role or status</option>
            {choices.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="search-filters">
          <legend>I already have (optional)</legend>
          {[...generalHaves.map((item) => ({ id: item.id, label: item.label })), ...qualifications].map((item) => (
            <label class="checkbox" key={item.id}>
              <input
                type="checkbox"
                name="have"
                value={item.id}
                checked={state.have.includes(item.id)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  update({ ...state, have: checked ? [...state.have, item.id] : state.have.filter((id) => id !== item.id) });
                }}
              />{' '}
              {item.label}
            </label>
          ))}
        </fieldset>
        {!ready && <button type="submit">Plan my route</button>}
      </form>

      <section class="planner-result" aria-labelledby="planner-result-heading" aria-live="polite">
        {problems.length > 0 ? (
          <div class="note" role="alert">
            <h2 id="planner-result-heading">We could not read that plan</h2>
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
        ) : !state.from || !state.to ? (
          <h2 id="planner-result-heading">Choose where you are and where you want to go</h2>
        ) : routes.length === 0 && standing === null ? (
          <>
            <h2 id="planner-result-heading">No route in our sources</h2>
            <p>
              The map has no route from {node(state.from)?.label} to {node(state.to)?.label}. See <a href={mapUrl()}>the progression map</a>{' '}
              for where each role leads.
            </p>
          </>
        ) : (
          <>
            <h2 id="planner-result-heading">
              From {node(state.from)?.label} to {node(state.to)?.label}
            </h2>
            {standing !== null && <p>{standing}</p>}
            {routes.map((route, index) => (
              <section key={index} aria-label={index === 0 ? 'Shortest route' : `Alternative route ${index}`}>
                <h3>
                  {standing !== null
                    ? `Gaining the status: ${route.length} step${route.length === 1 ? '' : 's'}`
                    : index === 0
                      ? `Shortest route: ${route.length} step${route.length === 1 ? '' : 's'}`
                      : `Alternative ${index}: ${route.length} steps`}
                </h3>
                <ol class="planner-steps">
                  {route.map((edge) => {
                    const check = checkStep(edge, labels, state.have);
                    const target = node(edge.to);
                    return (
                      <li key={edge.id}>
                        <a href={target?.href}>{target?.label}</a>
                        {edge.kind === 'sideways' ? `, ${moveWording.sidewaysStep}` : ''}
                        {edge.basis === 'not-stated' ? ' (a move the sources do not state)' : ''}
                        {check.needs.length > 0 && <NeedList needs={check.needs} />}
                        {check.mayCount.length > 0 && (
                          <>
                            <p>{moveWording.mayCount}:</p>
                            <NeedList needs={check.mayCount} />
                          </>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </section>
            ))}
          </>
        )}
      </section>
    </div>
  );
}
