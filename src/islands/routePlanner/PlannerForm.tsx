import { useId } from 'preact/hooks';
import { nationIds, nations } from '../../domain/now';
import { generalHaves } from '../../lib/progression/planner';
import type { ProgressionGraph } from '../../lib/progression/progression';
import { plannerUrl, type PlannerState } from '../../lib/site/urls';

interface Props {
  graph: ProgressionGraph;
  qualifications: { id: string; label: string }[];
  state: PlannerState;
  update: (next: PlannerState) => void;
  /** "Plan my route": shows the plan (moving focus to it). */
  onPlan: () => void;
  /** Whether "What I already have" is unfolded: it is when the address already says what they have. */
  haveOpen: boolean;
  setHaveOpen: (open: boolean) => void;
}

/**
 * "I am a…", "I want to reach…", "Where do you work?" and, folded away so the plan is not pushed
 * below a long list on a phone, "What I already have".
 */
export function PlannerForm({ graph, qualifications, state, update, onPlan, haveOpen, setHaveOpen }: Props) {
  const fromId = useId();
  const toId = useId();
  const nationId = useId();
  const choices = [...graph.nodes].sort((a, b) => a.label.localeCompare(b.label));
  const haves = [...generalHaves.map((item) => ({ id: item.id, label: item.label })), ...qualifications];
  return (
    <form
      action={plannerUrl()}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        onPlan();
      }}
    >
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
      <div class="field">
        <label for={nationId}>Where do you work? (optional)</label>
        <select
          id={nationId}
          name="nation"
          value={state.nation}
          onChange={(event) => update({ ...state, nation: event.currentTarget.value })}
        >
          <option value="">Not saying: show every route</option>
          {nationIds.map((id) => (
            <option key={id} value={id}>
              {nations[id]}
            </option>
          ))}
        </select>
      </div>
      <details
        class="planner-have"
        open={haveOpen}
        onToggle={(event) => {
          setHaveOpen(event.currentTarget.open);
        }}
      >
        <summary>What I already have (optional){state.have.length > 0 ? `: ${state.have.length} chosen` : ''}</summary>
        <fieldset class="search-filters">
          <legend class="visually-hidden">I already have</legend>
          {haves.map((item) => (
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
      </details>
      <button type="submit">Plan my route</button>
    </form>
  );
}
