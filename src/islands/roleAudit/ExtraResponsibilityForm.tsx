import { useState } from 'preact/hooks';
import { firstLine, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import { profileResponsibilities, type Responsibility, type SchoolRole } from '../../lib/leadersTools/roleAudit';

interface Props {
  role: SchoolRole;
  position: number;
  catalogue: Pick<JobDesignCatalogue, 'profiles'>;
  byKey: ReadonlyMap<string, Responsibility>;
  /** Whether the role is on or near the screen: until then the select holds only its prompt (it has over a hundred options). */
  near: boolean;
  onAdd: (key: string) => void;
}

/** Adds to a role a responsibility from any profile's duties. */
export function ExtraResponsibilityForm({ role, position, catalogue, byKey, near, onAdd }: Props) {
  const [choice, setChoice] = useState('');
  return (
    // Not a <form>: Chrome's autofill reads every form on a page each time it changes, which takes
    // seconds once an audit has a few hundred roles, one form each.
    <div class="add-form no-print">
      <div class="field">
        <label for={`audit-extra-${role.id}`}>Add a responsibility from another profile</label>
        <select id={`audit-extra-${role.id}`} value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value="">Choose a responsibility</option>
          {near &&
            catalogue.profiles.map((item) => (
              <optgroup key={item.id} label={item.title}>
                {profileResponsibilities(item).map((key) => (
                  <option key={key} value={key}>
                    {firstLine(byKey.get(key)?.text ?? key)}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
      <button
        type="button"
        class="secondary-button"
        onClick={() => {
          if (choice === '' || role.responsibilities.includes(choice)) return;
          onAdd(choice);
        }}
      >
        Add<span class="visually-hidden"> to role {position + 1}</span>
      </button>
    </div>
  );
}
