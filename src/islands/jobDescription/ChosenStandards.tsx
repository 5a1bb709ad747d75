import { withUnitRemoved } from '../../lib/leadersTools/draftEditing';
import type { JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import {
  chosenUnits,
  personSpecLineForUnit,
  priorities,
  priorityLabels,
  type DraftWarning,
  type JobDescriptionDraft,
} from '../../lib/leadersTools/jobDescription';
import { replaceItem } from '../../lib/leadersTools/listEdits';
import { InlineWarning } from './InlineWarning';

interface Props {
  draft: JobDescriptionDraft;
  catalogue: Pick<JobDesignCatalogue, 'units'>;
  warningFor: (part: DraftWarning['part'], itemId: string) => DraftWarning | undefined;
  update: (changes: Partial<JobDescriptionDraft>) => void;
}

/** The chosen units, each essential or desirable, in the person specification or not, and removable. */
export function ChosenStandards({ draft, catalogue, warningFor, update }: Props) {
  return (
    <>
      <h3>Chosen standards</h3>
      {draft.units.length === 0 && <p>None chosen yet.</p>}
      <ul class="plain-list">
        {chosenUnits(draft, catalogue).map(({ unit, priority: chosen, inPersonSpec }) => (
          <li key={unit.id}>
            <fieldset class="chosen-item" id={`unit-${unit.id}`}>
              <legend>
                {unit.code}: {unit.title}
              </legend>
              {priorities.map((priority) => (
                <label class="checkbox" key={priority}>
                  <input
                    type="radio"
                    name={`unit-priority-${unit.id}`}
                    checked={chosen === priority}
                    onChange={() => update({ units: replaceItem(draft.units, unit.id, { priority }) })}
                  />{' '}
                  {priorityLabels[priority]}
                </label>
              ))}
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={inPersonSpec}
                  onChange={(event) => update({ units: replaceItem(draft.units, unit.id, { inPersonSpec: event.currentTarget.checked }) })}
                />{' '}
                Add to the person specification as “{personSpecLineForUnit(unit)}”
              </label>{' '}
              <button type="button" class="secondary-button" onClick={() => update({ units: withUnitRemoved(draft, unit.id) })}>
                Remove<span class="visually-hidden"> {unit.code}</span>
              </button>
              <InlineWarning warning={warningFor('unit', unit.id)} />
            </fieldset>
          </li>
        ))}
      </ul>
    </>
  );
}
