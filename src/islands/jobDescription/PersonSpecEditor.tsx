import { warningId } from '../../lib/leadersTools/draftEditing';
import { priorities, priorityLabels, type DraftWarning, type JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import { replaceItem } from '../../lib/leadersTools/listEdits';
import { InlineWarning } from './InlineWarning';

interface Props {
  draft: JobDescriptionDraft;
  warningFor: (part: DraftWarning['part'], itemId: string) => DraftWarning | undefined;
  update: (changes: Partial<JobDescriptionDraft>) => void;
  /** Why no line can be added (the specification holds as many as it can keep), or null. */
  full: string | null;
  onAddLine: () => void;
  /** Moves focus to the element with this id once the change has rendered. */
  focus: (id: string) => void;
}

/** The person specification's own lines (each chosen standard adds one more), each essential or desirable. */
export function PersonSpecEditor({ draft, warningFor, update, full, onAddLine, focus }: Props) {
  const { personSpec } = draft;
  return (
    <>
      <h2>Person specification</h2>
      <p>Each chosen standard adds a line of its own. Add or change the others here.</p>
      <ol class="edit-list">
        {personSpec.map((line, position) => {
          const warning = warningFor('person', line.id);
          return (
            <li key={line.id}>
              <label for={`person-${line.id}`}>Line {position + 1}</label>
              <textarea
                id={`person-${line.id}`}
                aria-describedby={warning ? warningId('person', line.id) : undefined}
                rows={2}
                maxLength={2000}
                value={line.text}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  update({ personSpec: replaceItem(personSpec, line.id, { text }) });
                }}
              />
              <InlineWarning warning={warning} />
              <div class="item-actions">
                <label for={`person-priority-${line.id}`} class="visually-hidden">
                  Line {position + 1} is
                </label>
                <select
                  id={`person-priority-${line.id}`}
                  value={line.priority}
                  onChange={(event) => {
                    const priority = event.currentTarget.value === 'desirable' ? 'desirable' : 'essential';
                    update({ personSpec: replaceItem(personSpec, line.id, { priority }) });
                  }}
                >
                  {priorities.map((priority) => (
                    <option key={priority} value={priority}>
                      {priorityLabels[priority]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="secondary-button"
                  onClick={() => {
                    focus('jd-add-person');
                    update({ personSpec: personSpec.filter((item) => item.id !== line.id) });
                  }}
                >
                  Remove<span class="visually-hidden"> line {position + 1}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" id="jd-add-person" class="secondary-button" onClick={onAddLine}>
          Add a line
        </button>
      </p>
      {full && <p class="inline-warning">{full}</p>}
    </>
  );
}
