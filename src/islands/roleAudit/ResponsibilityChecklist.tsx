import { profileById, type JobDesignCatalogue, type ProfileSummary } from '../../lib/leadersTools/jobDesign';
import { profileResponsibilities, shownResponsibilities, type Responsibility, type SchoolRole } from '../../lib/leadersTools/roleAudit';

interface Props {
  role: SchoolRole;
  profile: ProfileSummary | undefined;
  catalogue: Pick<JobDesignCatalogue, 'profiles'>;
  byKey: ReadonlyMap<string, Responsibility>;
  onTick: (key: string) => void;
  onUntick: (key: string) => void;
}

/** The responsibilities a role can tick: its profile's, then any others it holds. */
export function ResponsibilityChecklist({ role, profile, catalogue, byKey, onTick, onUntick }: Props) {
  const shown = shownResponsibilities(role, profile);
  if (shown.length === 0) return <p>Choose the closest profile to list its responsibilities.</p>;
  const listed = new Set(profile ? profileResponsibilities(profile) : []);
  const profileTitle = (id: string) => profileById(catalogue, id)?.title ?? id;
  return (
    <fieldset class="chosen-item audit-checklist">
      <legend>Responsibilities this role carries out</legend>
      <ul class="plain-list">
        {shown.map((key) => {
          const responsibility = byKey.get(key);
          const optional = responsibility !== undefined && profile?.optionalDuties.includes(responsibility.text);
          const from = responsibility && !listed.has(key) ? responsibility.profileIds.map(profileTitle).join(', ') : null;
          return (
            <li key={key}>
              <label class="checkbox preserve-lines">
                <input
                  type="checkbox"
                  checked={role.responsibilities.includes(key)}
                  onChange={(event) => (event.currentTarget.checked ? onTick(key) : onUntick(key))}
                />{' '}
                {optional ? 'May also: ' : ''}
                {responsibility?.text ?? 'A duty no longer in the profiles (kept as it was saved)'}
                {from && <span class="hint"> (from {from})</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
