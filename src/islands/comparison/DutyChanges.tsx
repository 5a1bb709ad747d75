import type { ComparedDuty, RoleComparison } from '../../lib/progression/roleComparison';
import { RewordedDutyText } from './RewordedDutyText';

type Change = RoleComparison['changes'][number];
type ComparedRole = RoleComparison['roles'][number];

/** A list of duties, each optional one marked as such. */
export function Duties({ duties, className }: { duties: readonly ComparedDuty[]; className: string }) {
  return (
    <ul class={className}>
      {duties.map((duty) => (
        <li key={duty.text}>
          {duty.text}
          {duty.kind === 'optional' && <em> (optional duty)</em>}
        </li>
      ))}
    </ul>
  );
}

/** "(optional duty)", or how the kind changed: "(an optional duty of Midday Supervision 2, a key duty of Midday Supervision 3)". */
function kindNote(pair: Change['reworded'][number], from: ComparedRole, to: ComparedRole): string | null {
  if (pair.before.kind === pair.after.kind) return pair.after.kind === 'optional' ? ' (optional duty)' : null;
  return ` (${pair.before.kind} duty of ${from.title}, ${pair.after.kind} duty of ${to.title})`;
}

/** What changes from one role to the next: duties reworded, new, dropped, and moved between key and optional. */
export function DutyChanges({ change, from, to }: { change: Change; from: ComparedRole; to: ComparedRole }) {
  return (
    <section aria-label={`From ${from.title} to ${to.title}`}>
      <h3>
        From {from.title} to {to.title}
      </h3>
      {[from, to].map(
        (role) =>
          role.extract && (
            <p key={role.id}>
              The source gives only an extract of the {role.title} profile, without its optional duties, so a duty not listed here may still
              be one of them.
            </p>
          ),
      )}
      {change.reworded.length > 0 && (
        <>
          <p>
            Duties of {from.title} that {to.title} words differently, each in both wordings: struck-through words are only in {from.title},
            underlined words are new in {to.title}.
          </p>
          <ul class="duties-reworded">
            {change.reworded.map((pair) => (
              <li key={pair.after.text}>
                <span class="wording">
                  <strong>{from.title}:</strong> <RewordedDutyText runs={pair.words.before} mark="removed" />
                </span>
                <span class="wording">
                  <strong>{to.title}:</strong> <RewordedDutyText runs={pair.words.after} mark="added" />
                  {kindNote(pair, from, to) && <em>{kindNote(pair, from, to)}</em>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {change.added.length > 0 ? (
        <>
          <p>
            Duties {to.title} lists that {from.title} does not:
          </p>
          <Duties duties={change.added} className="duties-added" />
        </>
      ) : (
        <p>No duty is new.</p>
      )}
      {change.dropped.length > 0 && (
        <>
          <p>
            Duties of {from.title} that {to.title} does not list:
          </p>
          <Duties duties={change.dropped} className="duties-dropped" />
        </>
      )}
      {change.becomeKey.length > 0 && (
        <>
          <p>
            Optional duties of {from.title} that are key duties of {to.title}:
          </p>
          <Duties duties={change.becomeKey.map((text) => ({ text, kind: 'key' }))} className="duties-added" />
        </>
      )}
      {change.becomeOptional.length > 0 && (
        <>
          <p>
            Key duties of {from.title} that {to.title} lists only as optional:
          </p>
          <Duties duties={change.becomeOptional.map((text) => ({ text, kind: 'optional' }))} className="duties-dropped" />
        </>
      )}
    </section>
  );
}
