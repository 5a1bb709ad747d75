import { nationIds, nations } from '../../domain/now';
import { statementPlaces } from '../../domain/saferRecruitment';
import type { JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import {
  guideFor,
  isReworded,
  placesInWords,
  statementText,
  withStandardWording,
  withStatementText,
  type SaferRecruitmentGuide,
} from '../../lib/leadersTools/saferRecruitment';
import { StatementSources } from './StatementSources';

interface Props {
  draft: JobDescriptionDraft;
  guide: SaferRecruitmentGuide;
  update: (changes: Partial<JobDescriptionDraft>) => void;
  /** Moves focus to the element with this id once the change has rendered. */
  focus: (id: string) => void;
}

/**
 * The nation whose safer recruitment guidance applies, chosen once, and its statements: each in the
 * standard wording until the leader changes it, with the facts it rests on and where it goes.
 */
export function SaferRecruitmentEditor({ draft, guide, update, focus }: Props) {
  const nation = guideFor(guide, draft);
  return (
    <>
      <h2>Safer recruitment</h2>
      <fieldset class="chosen-item">
        <legend>Where is the school?</legend>
        {nationIds.map((id) => (
          <label class="checkbox" key={id}>
            <input type="radio" name="jd-nation" checked={draft.nation === id} onChange={() => update({ nation: id })} /> {nations[id]}
          </label>
        ))}
      </fieldset>
      {!nation && <p>Choose the nation to add its safer recruitment statements to the advert, the job description and the kit.</p>}
      {nation && (
        <>
          <p>
            The statements follow {nation.guidance}. Change the wording to your school's own if you have it; an empty statement is left out.
          </p>
          <details>
            <summary>Where the guidance and its edition come from</summary>
            <StatementSources sources={nation.guidanceSources} />
          </details>
          <ul class="plain-list">
            {nation.statements.map((statement) => {
              const id = `jd-statement-${statement.key}`;
              const reworded = isReworded(draft, statement);
              return (
                <li key={statement.key}>
                  <fieldset class="chosen-item">
                    <legend>{statement.heading}</legend>
                    <label for={id}>
                      <span class="visually-hidden">{statement.heading}: </span>
                      Wording for {placesInWords(statement.appearsIn, statementPlaces)}
                    </label>
                    <textarea
                      id={id}
                      rows={3}
                      maxLength={3000}
                      value={statementText(draft, statement)}
                      onInput={(event) => update({ statements: withStatementText(draft, statement, event.currentTarget.value) })}
                    />
                    {statement.note && <p class="hint">{statement.note}</p>}
                    {reworded && (
                      <p>
                        <button
                          type="button"
                          class="secondary-button"
                          onClick={() => {
                            focus(id);
                            update({ statements: withStandardWording(draft, statement) });
                          }}
                        >
                          Reset to the standard wording<span class="visually-hidden"> for {statement.heading}</span>
                        </button>
                      </p>
                    )}
                    <details>
                      <summary>
                        What this rests on<span class="visually-hidden"> ({statement.heading})</span>
                      </summary>
                      <StatementSources sources={statement.sources} />
                    </details>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
