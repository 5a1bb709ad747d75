import { useState } from 'preact/hooks';
import { libraryDutyOptions, readLibraryDuty } from '../../lib/leadersTools/draftEditing';
import type { JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';

interface Props {
  catalogue: Pick<JobDesignCatalogue, 'profiles'>;
  /** Why no duty can be added (the draft holds as many as it can keep), or null. */
  full: string | null;
  /** Adds a duty; false when it was not added (the person has been told why). */
  onAdd: (text: string, fromProfileId: string | null) => boolean;
}

/** Adds a duty in the leader's own words, or any profile's duty from the library. */
export function AddDutyForms({ catalogue, full, onAdd }: Props) {
  const [newDuty, setNewDuty] = useState('');
  const [libraryDuty, setLibraryDuty] = useState('');
  return (
    <>
      <h3>Add a duty</h3>
      {full && <p class="inline-warning">{full}</p>}
      <form
        class="add-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (newDuty.trim() === '') return;
          if (onAdd(newDuty.trim(), null)) setNewDuty('');
        }}
      >
        <div class="field">
          <label for="jd-new-duty">In your own words</label>
          <textarea id="jd-new-duty" rows={2} maxLength={5000} value={newDuty} onInput={(event) => setNewDuty(event.currentTarget.value)} />
        </div>
        <button type="submit">Add duty</button>
      </form>
      <form
        class="add-form"
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = readLibraryDuty(catalogue, libraryDuty);
          if (chosen) onAdd(chosen.text, chosen.profile.id);
        }}
      >
        <div class="field">
          <label for="jd-library-duty">From any role profile</label>
          <select id="jd-library-duty" value={libraryDuty} onChange={(event) => setLibraryDuty(event.currentTarget.value)}>
            <option value="">Choose a duty</option>
            {libraryDutyOptions(catalogue.profiles).map((group) => (
              <optgroup key={group.profileId} label={group.title}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" disabled={libraryDuty === ''}>
          Add this duty
        </button>
      </form>
    </>
  );
}
