import { profileById, unitLabel, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import {
  keyDutyResponsibilities,
  roleHeading,
  tickedSummary,
  type Responsibility,
  type SchoolRole,
} from '../../lib/leadersTools/roleAudit';
import { pure } from '../pure';
import { useNearViewport } from '../useNearViewport';
import { ExtraResponsibilityForm } from './ExtraResponsibilityForm';
import { ResponsibilityChecklist } from './ResponsibilityChecklist';
import { RoleFields } from './RoleFields';

/** What a role section can ask of the audit, by the role's id. The same object on every render, so an unchanged role is not drawn again. */
export interface RoleActions {
  /** Typed changes (title, hours): shown at once, saved when typing pauses. */
  type: (id: string, changes: Partial<SchoolRole>) => void;
  /** Chooses the closest profile ('' for none), ticking its key duties. */
  chooseProfile: (id: string, profileId: string) => void;
  tick: (id: string, keys: readonly string[]) => void;
  untick: (id: string, key: string) => void;
  /** Asks to remove the role; `keep` and `remove` answer. */
  askRemove: (id: string) => void;
  keep: (id: string) => void;
  remove: (id: string) => void;
}

interface Props {
  role: SchoolRole;
  position: number;
  /** What the role is called in questions: its title, or "Role 3". */
  name: string;
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCodes'>;
  byKey: ReadonlyMap<string, Responsibility>;
  actions: RoleActions;
  /** Whether the person has asked to remove this role and is being asked to confirm. */
  confirmingRemove: boolean;
}

/** One of the school's roles: its fields, the responsibilities it carries out, and the standards behind its profile. */
function RoleSection({ role, position, name, catalogue, byKey, actions, confirmingRemove }: Props) {
  const { ref, near } = useNearViewport<HTMLElement>();
  const profile = profileById(catalogue, role.profileId);
  const heading = `audit-role-${role.id}`;
  return (
    <section class="audit-role" ref={ref} aria-labelledby={heading}>
      <h3 id={heading}>{roleHeading(role, position)}</h3>
      <RoleFields role={role} catalogue={catalogue} near={near} actions={actions} />
      <p class="rating-print">
        {role.hoursPerWeek !== null ? `${role.hoursPerWeek} hours a week. ` : ''}Closest profile: {profile?.title ?? 'not chosen'}.
      </p>

      {near ? (
        <ResponsibilityChecklist
          role={role}
          profile={profile}
          catalogue={catalogue}
          byKey={byKey}
          onTick={(key) => actions.tick(role.id, [key])}
          onUntick={(key) => actions.untick(role.id, key)}
        />
      ) : (
        // Until the role comes near the screen: what it holds, in a line (the list has a box per responsibility).
        <p>{tickedSummary(role)}</p>
      )}

      <div class="item-actions no-print">
        {profile && (
          <button type="button" class="secondary-button" onClick={() => actions.tick(role.id, keyDutyResponsibilities(profile))}>
            Tick all of {profile.title}'s key duties<span class="visually-hidden"> for role {position + 1}</span>
          </button>
        )}
        <button type="button" class="secondary-button" onClick={() => actions.askRemove(role.id)} id={`audit-remove-${role.id}`}>
          Remove role {position + 1}
        </button>
      </div>
      {confirmingRemove && (
        <div class="note no-print" role="alert">
          <p>
            Remove <bdi>{name}</bdi> and its {role.responsibilities.length} ticked responsibilities? Export the audit first if you may want
            them back.
          </p>
          <button type="button" onClick={() => actions.remove(role.id)}>
            Remove it
          </button>{' '}
          <button type="button" class="secondary-button" onClick={() => actions.keep(role.id)}>
            Keep it
          </button>
        </div>
      )}
      <ExtraResponsibilityForm
        role={role}
        position={position}
        catalogue={catalogue}
        byKey={byKey}
        near={near}
        onAdd={(key) => actions.tick(role.id, [key])}
      />

      {near && profile && profile.nosUnitIds.length > 0 && (
        <details class="print-open">
          <summary>
            Standards behind {profile.title}'s qualifications ({profile.nosUnitIds.length})
          </summary>
          <ul>
            {profile.nosUnitIds.map((id) => (
              <li key={id}>{unitLabel(catalogue, id)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A role section, drawn again only when its own props change. */
export const AuditRoleSection = pure(RoleSection);
