import { useState } from 'preact/hooks';
import { profileById, unitById, type JobDesignCatalogue } from '../lib/leadersTools/jobDesign';
import { replaceItem } from '../lib/leadersTools/jobDescription';
import { roomFor } from '../lib/storage/documentStore';
import {
  analyseAudit,
  newSchoolRole,
  responsibilityLimit,
  roleLimit,
  parseHours,
  profileResponsibilities,
  responsibilities,
  roleAuditCsv,
  roleAuditKind,
  type RoleAudit as RoleAuditDocument,
  type SchoolRole,
} from '../lib/leadersTools/roleAudit';
import { ProfileOptions } from './ProfileOptions';
import { ExportImportControls } from './ExportImportControls';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useFocusAfterRender } from './useFocusAfterRender';
import { downloadText, useStoredDocument } from './useStoredDocument';
import { roleUrl } from '../lib/site/urls';

interface Props {
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCount'>;
}

const describeAudit = (audit: RoleAuditDocument) =>
  `${audit.roles.length} ${audit.roles.length === 1 ? 'role' : 'roles'} with ${audit.roles.reduce((sum, role) => sum + role.responsibilities.length, 0)} responsibilities ticked`;

const firstLine = (text: string) => text.split('\n')[0] ?? text;

/**
 * The role audit: a school's support staff roles, each with its closest profile and the
 * responsibilities it really carries out, mapped to the profiles and standards. Saved in this
 * browser through the shared document store (src/lib/leadersTools/roleAudit.ts has the shape).
 */
export function RoleAudit({ catalogue }: Props) {
  const store = useStoredDocument(roleAuditKind, 'role audit');
  const audit = store.document;
  const { commit } = store;
  const all = responsibilities(catalogue.profiles);
  const byKey = new Map(all.map((item) => [item.key, item]));
  const analysis = analyseAudit(audit, catalogue);
  const [pendingRemove, setPendingRemove] = useState<string | null>(null);
  const [extraChoice, setExtraChoice] = useState<Record<string, string>>({});
  /** Hours as typed, per role, while what is typed is not yet a number (or is being typed). */
  const [hoursTyped, setHoursTyped] = useState<Record<string, string>>({});
  const focusAfterRender = useFocusAfterRender();

  const updateRole = (id: string, changes: Partial<SchoolRole>) => commit({ ...audit, roles: replaceItem(audit.roles, id, changes) });
  const roleName = (id: string) => {
    const position = audit.roles.findIndex((role) => role.id === id);
    const role = audit.roles[position];
    return role?.title.trim() || `Role ${position + 1}`;
  };
  const profileTitle = (id: string) => profileById(catalogue, id)?.title ?? id;
  const unitLabel = (id: string) => {
    const unit = unitById(catalogue, id);
    return unit ? `${unit.code}: ${unit.title}` : `STL${id.replace(/\D/g, '')} (title not available in our sources)`;
  };

  if (!store.ready) return <p>The audit will appear here once the page has loaded.</p>;

  return (
    <div class="tool">
      <StoredDocumentPrompts store={store} describe={describeAudit} noun="role audit" />

      <div class="field">
        <label for="audit-school">School</label>
        <input
          id="audit-school"
          type="text"
          maxLength={200}
          value={audit.school}
          onInput={(event) => commit({ ...audit, school: event.currentTarget.value })}
        />
      </div>

      <h2>Roles in your school</h2>
      {audit.roles.length === 0 && <p>No roles yet. Add each support staff role in your school.</p>}
      {audit.roles.map((role, position) => {
        const profile = profileById(catalogue, role.profileId);
        const listed = profile ? profileResponsibilities(profile) : [];
        const extra = role.responsibilities.filter((key) => !listed.includes(key));
        const shown = [...listed, ...extra];
        const finding = analysis.roles.find((item) => item.roleId === role.id);
        const heading = `audit-role-${role.id}`;
        const hoursInvalid = hoursTyped[role.id] !== undefined && parseHours(hoursTyped[role.id] ?? '') === undefined;
        return (
          <section class="audit-role" key={role.id} aria-labelledby={heading}>
            <h3 id={heading}>
              Role {position + 1}
              {role.title.trim() ? `: ${role.title.trim()}` : ''}
            </h3>
            <div class="field-row no-print">
              <div class="field">
                <label for={`audit-title-${role.id}`}>Job title</label>
                <input
                  id={`audit-title-${role.id}`}
                  type="text"
                  maxLength={200}
                  value={role.title}
                  onInput={(event) => updateRole(role.id, { title: event.currentTarget.value })}
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
                  value={hoursTyped[role.id] ?? (role.hoursPerWeek === null ? '' : String(role.hoursPerWeek))}
                  aria-invalid={hoursInvalid ? 'true' : undefined}
                  aria-describedby={hoursInvalid ? `audit-hours-error-${role.id}` : undefined}
                  onInput={(event) => {
                    const typed = event.currentTarget.value;
                    setHoursTyped({ ...hoursTyped, [role.id]: typed });
                    const hours = parseHours(typed);
                    if (hours !== undefined) updateRole(role.id, { hoursPerWeek: hours });
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
                  onChange={(event) => updateRole(role.id, { profileId: event.currentTarget.value || null })}
                >
                  <option value="">Not chosen</option>
                  <ProfileOptions profiles={catalogue.profiles} />
                </select>
              </div>
            </div>
            <p class="rating-print">
              {role.hoursPerWeek !== null ? `${role.hoursPerWeek} hours a week. ` : ''}Closest profile: {profile?.title ?? 'not chosen'}.
            </p>

            {shown.length > 0 ? (
              <fieldset class="chosen-item">
                <legend>Responsibilities this role carries out</legend>
                <ul class="plain-list">
                  {shown.map((key) => {
                    const responsibility = byKey.get(key);
                    const optional = responsibility !== undefined && profile?.optionalDuties.includes(responsibility.text);
                    const from = responsibility && !listed.includes(key) ? responsibility.profileIds.map(profileTitle).join(', ') : null;
                    return (
                      <li key={key}>
                        <label class="checkbox preserve-lines">
                          <input
                            type="checkbox"
                            checked={role.responsibilities.includes(key)}
                            onChange={(event) =>
                              updateRole(role.id, {
                                responsibilities: event.currentTarget.checked
                                  ? [...role.responsibilities, key]
                                  : role.responsibilities.filter((item) => item !== key),
                              })
                            }
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
            ) : (
              <p>Choose the closest profile to list its responsibilities.</p>
            )}

            <div class="item-actions no-print">
              {profile && (
                <button
                  type="button"
                  class="secondary-button"
                  onClick={() =>
                    updateRole(role.id, {
                      responsibilities: [
                        ...new Set([...role.responsibilities, ...profileResponsibilities(profile).slice(0, profile.duties.length)]),
                      ],
                    })
                  }
                >
                  Tick all of {profile.title}'s key duties<span class="visually-hidden"> for role {position + 1}</span>
                </button>
              )}
              <button type="button" class="secondary-button" onClick={() => setPendingRemove(role.id)} id={`audit-remove-${role.id}`}>
                Remove role {position + 1}
              </button>
            </div>
            {pendingRemove === role.id && (
              <div class="note no-print" role="alert">
                <p>
                  Remove {roleName(role.id)} and its {role.responsibilities.length} ticked responsibilities? Export the audit first if you
                  may want them back.
                </p>
                <button
                  type="button"
                  onClick={() => {
                    setPendingRemove(null);
                    focusAfterRender('audit-add-role');
                    commit({ ...audit, roles: audit.roles.filter((item) => item.id !== role.id) });
                  }}
                >
                  Remove it
                </button>{' '}
                <button
                  type="button"
                  class="secondary-button"
                  onClick={() => {
                    setPendingRemove(null);
                    focusAfterRender(`audit-remove-${role.id}`);
                  }}
                >
                  Keep it
                </button>
              </div>
            )}
            <form
              class="add-form no-print"
              onSubmit={(event) => {
                event.preventDefault();
                const key = extraChoice[role.id];
                if (!key || role.responsibilities.includes(key)) return;
                const full = roomFor(role.responsibilities, responsibilityLimit);
                if (full) {
                  store.setNotice({ kind: 'warning', text: full });
                  return;
                }
                updateRole(role.id, { responsibilities: [...role.responsibilities, key] });
              }}
            >
              <div class="field">
                <label for={`audit-extra-${role.id}`}>Add a responsibility from another profile</label>
                <select
                  id={`audit-extra-${role.id}`}
                  value={extraChoice[role.id] ?? ''}
                  onChange={(event) => setExtraChoice({ ...extraChoice, [role.id]: event.currentTarget.value })}
                >
                  <option value="">Choose a responsibility</option>
                  {catalogue.profiles.map((item) => (
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
              <button type="submit" class="secondary-button">
                Add<span class="visually-hidden"> to role {position + 1}</span>
              </button>
            </form>

            {finding && finding.nosUnitIds.length > 0 && (
              <details>
                <summary>
                  Standards behind {profile?.title}'s qualifications ({finding.nosUnitIds.length})
                </summary>
                <ul>
                  {finding.nosUnitIds.map((id) => (
                    <li key={id}>{unitLabel(id)}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
      <p class="no-print">
        <button
          type="button"
          id="audit-add-role"
          onClick={() => {
            const full = roomFor(audit.roles, roleLimit);
            if (full) {
              store.setNotice({ kind: 'warning', text: full });
              return;
            }
            const role = newSchoolRole(audit.roles);
            focusAfterRender(`audit-title-${role.id}`);
            commit({ ...audit, roles: [...audit.roles, role] });
          }}
        >
          Add a role
        </button>
      </p>
      {roomFor(audit.roles, roleLimit) && <p class="inline-warning no-print">{roleLimit.message}</p>}

      {audit.roles.length > 0 && (
        <section aria-labelledby="audit-findings">
          <h2 id="audit-findings">What the audit shows</h2>

          <h3>Duties above the role's profile</h3>
          {analysis.roles.every((finding) => finding.aboveLevel.length === 0) ? (
            <p>No role carries a duty that its ladder's profiles place only above its closest profile.</p>
          ) : (
            <ul>
              {analysis.roles.flatMap((finding) =>
                finding.aboveLevel.map(({ responsibility, placedAt }) => (
                  <li key={`${finding.roleId}-${responsibility.key}`}>
                    <strong>{roleName(finding.roleId)}</strong> ({finding.profile?.title}): “{firstLine(responsibility.text)}” is first
                    listed at <a href={roleUrl(placedAt.id)}>{placedAt.title}</a>. The role may be graded too low, or the duty may belong
                    elsewhere.
                  </li>
                )),
              )}
            </ul>
          )}

          <h3>Responsibilities nobody holds</h3>
          {analysis.gaps.length === 0 ? (
            <p>Every responsibility of the profiles your roles are closest to is held by at least one role.</p>
          ) : (
            <>
              <p>These are in the profiles your roles are closest to, but no role has them ticked.</p>
              <ul>
                {analysis.gaps.map((gap) => (
                  <li key={gap.responsibility.key}>
                    {firstLine(gap.responsibility.text)} <span class="hint">({gap.profileIds.map(profileTitle).join(', ')})</span>
                  </li>
                ))}
              </ul>
            </>
          )}

          <h3>Responsibilities held by more than one role</h3>
          {analysis.overlaps.length === 0 ? (
            <p>No responsibility is ticked in more than one role.</p>
          ) : (
            <>
              <p>Sharing a responsibility can be right; check that each of these is meant to be shared.</p>
              <ul>
                {analysis.overlaps.map((overlap) => (
                  <li key={overlap.responsibility.key}>
                    {firstLine(overlap.responsibility.text)}: {overlap.roleIds.map(roleName).join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}

          {analysis.roles.some((finding) => finding.otherLadders.length > 0) && (
            <>
              <h3>Responsibilities from other job profiles</h3>
              <p>The profiles do not compare levels across ladders, so these are not checked against the role's level.</p>
              <ul>
                {analysis.roles.flatMap((finding) =>
                  finding.otherLadders.map((responsibility) => (
                    <li key={`${finding.roleId}-${responsibility.key}`}>
                      <strong>{roleName(finding.roleId)}</strong>: {firstLine(responsibility.text)}{' '}
                      <span class="hint">({responsibility.profileIds.map(profileTitle).join(', ')})</span>
                    </li>
                  )),
                )}
              </ul>
            </>
          )}

          <h3>Standards across the school</h3>
          <p>
            {analysis.nosCoverage.length === 0
              ? "None of your roles' closest profiles names a qualification, so no standards are mapped."
              : `The qualifications of your roles' closest profiles draw on ${analysis.nosCoverage.length} of the ${catalogue.unitCount} NOS STL units.`}
          </p>
          {analysis.nosCoverage.length > 0 && (
            <details>
              <summary>Which units, and which roles</summary>
              <ul>
                {analysis.nosCoverage.map((item) => (
                  <li key={item.unitId}>
                    {unitLabel(item.unitId)}: {item.roleIds.map(roleName).join(', ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}

      <h2 class="no-print">Keep, move or share the audit</h2>
      <div class="tool-actions no-print">
        <ExportImportControls store={store} fileName="role-audit.json" importLabel="Import an audit you exported" idPrefix="audit" />
        <button
          type="button"
          class="secondary-button"
          onClick={() => downloadText(roleAuditCsv(audit, catalogue), 'role-audit.csv', 'text/csv')}
        >
          Download as CSV
        </button>
        <button type="button" class="secondary-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
}
