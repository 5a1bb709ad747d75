import { profileById, unitLabel, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import {
  keyDutyResponsibilities,
  roleHeading,
  withResponsibilitiesTicked,
  type Responsibility,
  type RoleFinding,
  type SchoolRole,
} from '../../lib/leadersTools/roleAudit';
import { useNearViewport } from '../useNearViewport';
import { ExtraResponsibilityForm } from './ExtraResponsibilityForm';
import { ResponsibilityChecklist } from './ResponsibilityChecklist';
import { RoleFields } from './RoleFields';

interface Props {
  role: SchoolRole;
  position: number;
  /** What the role is called in questions: its title, or "Role 3". */
  name: string;
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCodes'>;
  byKey: ReadonlyMap<string, Responsibility>;
  finding: RoleFinding | undefined;
  onChange: (changes: Partial<SchoolRole>) => void;
  /** Tells the person why a change was not made. */
  onRefused: (message: string) => void;
  /** Whether the person has asked to remove this role and is being asked to confirm. */
  confirmingRemove: boolean;
  onAskRemove: () => void;
  onKeep: () => void;
  onRemove: () => void;
}

/** One of the school's roles: its fields, the responsibilities it carries out, and the standards behind its profile. */
export function AuditRoleSection(props: Props) {
  const { role, position, catalogue, finding, onChange } = props;
  const { ref, near } = useNearViewport<HTMLElement>();
  const profile = profileById(catalogue, role.profileId);
  const heading = `audit-role-${role.id}`;
  const tick = (keys: readonly string[]) => {
    const result = withResponsibilitiesTicked(role, keys);
    if (result.ok) onChange({ responsibilities: result.responsibilities });
    else props.onRefused(result.message);
  };
  return (
    <section class="audit-role" ref={ref} aria-labelledby={heading}>
      <h3 id={heading}>{roleHeading(role, position)}</h3>
      <RoleFields role={role} catalogue={catalogue} near={near} onChange={onChange} />
      <p class="rating-print">
        {role.hoursPerWeek !== null ? `${role.hoursPerWeek} hours a week. ` : ''}Closest profile: {profile?.title ?? 'not chosen'}.
      </p>

      <ResponsibilityChecklist
        role={role}
        profile={profile}
        catalogue={catalogue}
        byKey={props.byKey}
        onTick={(key) => tick([key])}
        onUntick={(key) => onChange({ responsibilities: role.responsibilities.filter((item) => item !== key) })}
      />

      <div class="item-actions no-print">
        {profile && (
          <button type="button" class="secondary-button" onClick={() => tick(keyDutyResponsibilities(profile))}>
            Tick all of {profile.title}'s key duties<span class="visually-hidden"> for role {position + 1}</span>
          </button>
        )}
        <button type="button" class="secondary-button" onClick={props.onAskRemove} id={`audit-remove-${role.id}`}>
          Remove role {position + 1}
        </button>
      </div>
      {props.confirmingRemove && (
        <div class="note no-print" role="alert">
          <p>
            Remove <bdi>{props.name}</bdi> and its {role.responsibilities.length} ticked responsibilities? Export the audit first if you may
            want them back.
          </p>
          <button type="button" onClick={props.onRemove}>
            Remove it
          </button>{' '}
          <button type="button" class="secondary-button" onClick={props.onKeep}>
            Keep it
          </button>
        </div>
      )}
      <ExtraResponsibilityForm
        role={role}
        position={position}
        catalogue={catalogue}
        byKey={props.byKey}
        near={near}
        onAdd={(key) => tick([key])}
      />

      {finding && finding.nosUnitIds.length > 0 && (
        <details>
          <summary>
            Standards behind {profile?.title}'s qualifications ({finding.nosUnitIds.length})
          </summary>
          <ul>
            {finding.nosUnitIds.map((id) => (
              <li key={id}>{unitLabel(catalogue, id)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
