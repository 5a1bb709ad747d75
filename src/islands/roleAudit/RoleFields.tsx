import { useState } from 'preact/hooks';
import { profileById, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import { parseHours, type SchoolRole } from '../../lib/leadersTools/roleAudit';
import { ProfileOptions } from '../ProfileOptions';
import type { RoleActions } from './AuditRoleSection';

interface Props {
  role: SchoolRole;
  catalogue: Pick<JobDesignCatalogue, 'profiles'>;
  /** Whether the role is on or near the screen: until then the profile select holds only its chosen option. */
  near: boolean;
  actions: Pick<RoleActions, 'type' | 'chooseProfile'>;
}

/** A role's job title, hours a week and closest profile. */
export function RoleFields({ role, catalogue, near, actions }: Props) {
  /** Hours as typed, while what is typed is not yet a number (or is being typed). */
  const [hoursTyped, setHoursTyped] = useState<string | undefined>(undefined);
  const hoursInvalid = hoursTyped !== undefined && parseHours(hoursTyped) === undefined;
  const chosen = profileById(catalogue, role.profileId);
  return (
    <div class="field-row no-print">
      <div class="field">
        <label for={`audit-title-${role.id}`}>Job title</label>
        <input
          id={`audit-title-${role.id}`}
          type="text"
          maxLength={200}
          value={role.title}
          onInput={(event) => actions.type(role.id, { title: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`audit-hours-${role.id}`}>Hours a week</label>
        {/* Text, not type="number": a number field reports "27." as empty while it is being typed. */}
        <input
          id={`audit-hours-${role.id}`}
          class="hours-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={hoursTyped ?? (role.hoursPerWeek === null ? '' : String(role.hoursPerWeek))}
          aria-invalid={hoursInvalid ? 'true' : undefined}
          aria-describedby={hoursInvalid ? `audit-hours-error-${role.id}` : undefined}
          onInput={(event) => {
            const typed = event.currentTarget.value;
            setHoursTyped(typed);
            const hours = parseHours(typed);
            if (hours !== undefined) actions.type(role.id, { hoursPerWeek: hours });
          }}
        />
        {hoursInvalid && (
          <p class="inline-warning" id={`audit-hours-error-${role.id}`}>
            Give the hours as a number from 0 to 168, such as 27.5. Until then the saved hours stay as they were.
          </p>
        )}
      </div>
      <div class="field">
        <label for={`audit-profile-${role.id}`}>Closest profile</label>

        <select
          id={`audit-profile-${role.id}`}
          value={role.profileId ?? ''}
          onChange={(event) => actions.chooseProfile(role.id, event.currentTarget.value)}
          aria-describedby="audit-profile-hint"
        >
          <option value="">Not chosen</option>
          <ProfileOptions profiles={near ? catalogue.profiles : chosen ? [chosen] : []} />
        </select>
      </div>
    </div>
  );
}
