import { useState } from 'preact/hooks';
import { unitsBehindProfile, withUnitRemoved, withUnitsChosen } from '../../lib/leadersTools/draftEditing';
import { filterUnits, profileById, unitGroups, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import type { JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import { qualificationUrl } from '../../lib/site/urls';
import { NowBadge } from '../NowBadge';

interface Props {
  draft: JobDescriptionDraft;
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'untitledUnitCount' | 'unitCount'>;
  update: (changes: Partial<JobDescriptionDraft>) => void;
}

/** Choosing the draft's NOS units: those behind the profile in one go, or any by group and words of the title. */
export function StandardsChooser({ draft, catalogue, update }: Props) {
  const [unitGroup, setUnitGroup] = useState('');
  const [unitQuery, setUnitQuery] = useState('');
  const profile = profileById(catalogue, draft.profileId);
  const profileUnits = unitsBehindProfile(catalogue, profile);
  const filteredUnits = filterUnits(catalogue.units, unitGroup, unitQuery);
  const isChosen = (unitId: string) => draft.units.some((item) => item.id === unitId);
  return (
    <>
      <h2>Standards</h2>
      <p>
        The titles of the units you choose become the job description's standards section and lines of the person specification. Only units
        with a known title are offered ({catalogue.untitledUnitCount} of the {catalogue.unitCount} have none in our sources).
      </p>
      {profile && profile.qualifications.length > 0 && (
        <>
          <p>The qualifications {profile.title} names as relevant, and where each stands today:</p>
          <ul>
            {profile.qualifications.map((qualification) => (
              <li key={qualification.id}>
                <a href={qualificationUrl(qualification.id)}>{qualification.title}</a> <NowBadge now={qualification} />
              </li>
            ))}
          </ul>
        </>
      )}
      {profile && profileUnits.length > 0 && (
        <p>
          <button
            type="button"
            class="secondary-button"
            onClick={() =>
              update({
                units: withUnitsChosen(
                  draft,
                  profileUnits.map((unit) => unit.id),
                ),
              })
            }
          >
            Choose the {profileUnits.length} units behind {profile.title}'s qualifications
          </button>
        </p>
      )}
      <div class="field-row">
        <div class="field">
          <label for="jd-unit-group">Group</label>
          <select id="jd-unit-group" value={unitGroup} onChange={(event) => setUnitGroup(event.currentTarget.value)}>
            <option value="">All groups</option>
            {unitGroups(catalogue.units).map(([group, name]) => (
              <option key={group} value={group}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="jd-unit-search">Search unit titles</label>
          <input id="jd-unit-search" type="search" value={unitQuery} onInput={(event) => setUnitQuery(event.currentTarget.value)} />
        </div>
      </div>
      <fieldset class="unit-chooser">
        <legend>
          Units: {filteredUnits.length} of {catalogue.units.length} shown
        </legend>
        {filteredUnits.length === 0 && <p>No unit title matches. Try another word or group.</p>}
        <ul class="plain-list">
          {filteredUnits.map((unit) => (
            <li key={unit.id}>
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={isChosen(unit.id)}
                  onChange={(event) =>
                    update({ units: event.currentTarget.checked ? withUnitsChosen(draft, [unit.id]) : withUnitRemoved(draft, unit.id) })
                  }
                />{' '}
                {unit.code}: {unit.title}
                {profile?.nosUnitIds.includes(unit.id) && <span class="hint"> (behind {profile.title}'s qualifications)</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
