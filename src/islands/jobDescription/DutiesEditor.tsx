import { focusAfterMove, focusAfterRemove, warningId } from '../../lib/leadersTools/draftEditing';
import { profileById, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import { type DraftWarning, type JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import { moveItem, replaceItem } from '../../lib/leadersTools/listEdits';
import { InlineWarning } from './InlineWarning';

interface Props {
  draft: JobDescriptionDraft;
  catalogue: Pick<JobDesignCatalogue, 'profiles'>;
  warningFor: (part: DraftWarning['part'], itemId: string) => DraftWarning | undefined;
  update: (changes: Partial<JobDescriptionDraft>) => void;
  /** Moves focus to the element with this id once the change has rendered. */
  focus: (id: string) => void;
}

/** The draft's duties, each editable, movable up and down, and removable, keeping focus on a sensible control. */
export function DutiesEditor({ draft, catalogue, warningFor, update, focus }: Props) {
  const { duties } = draft;
  const move = (position: number, step: -1 | 1) => {
    const duty = duties[position];
    if (!duty) return;
    focus(`duty-${focusAfterMove(position, step, duties.length)}-${duty.id}`);
    update({ duties: moveItem(duties, position, step) });
  };
  return (
    <>
      <h2>Duties</h2>
      {duties.length === 0 && <p>No duties yet.</p>}
      <ol class="edit-list">
        {duties.map((duty, position) => {
          const from =
            duty.fromProfileId && duty.fromProfileId !== draft.profileId ? profileById(catalogue, duty.fromProfileId) : undefined;
          const warning = warningFor('duty', duty.id);
          return (
            <li key={duty.id}>
              <label for={`duty-${duty.id}`}>Duty {position + 1}</label>
              {from && <p class="hint">From the {from.title} profile.</p>}
              <textarea
                id={`duty-${duty.id}`}
                aria-describedby={warning ? warningId('duty', duty.id) : undefined}
                rows={3}
                maxLength={5000}
                value={duty.text}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  update({ duties: replaceItem(duties, duty.id, { text }) });
                }}
              />
              <InlineWarning warning={warning} />
              <div class="item-actions">
                <button
                  type="button"
                  class="secondary-button"
                  id={`duty-up-${duty.id}`}
                  disabled={position === 0}
                  onClick={() => move(position, -1)}
                >
                  Move up<span class="visually-hidden"> duty {position + 1}</span>
                </button>
                <button
                  type="button"
                  class="secondary-button"
                  id={`duty-down-${duty.id}`}
                  disabled={position === duties.length - 1}
                  onClick={() => move(position, 1)}
                >
                  Move down<span class="visually-hidden"> duty {position + 1}</span>
                </button>
                <button
                  type="button"
                  class="secondary-button"
                  onClick={() => {
                    const next = focusAfterRemove(duties, position);
                    focus(next ? `duty-${next.id}` : 'jd-new-duty');
                    update({ duties: duties.filter((item) => item.id !== duty.id) });
                  }}
                >
                  Remove<span class="visually-hidden"> duty {position + 1}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
