import { useMemo, useRef, useState } from 'preact/hooks';
import { profileById, type JobDesignCatalogue } from '../lib/leadersTools/jobDesign';
import { replaceItem } from '../lib/leadersTools/listEdits';
import {
  analyseAudit,
  describeAudit,
  newSchoolRole,
  responsibilities,
  roleAuditCsv,
  roleAuditKind,
  roleLimit,
  roleNames,
  withProfileChosen,
  withResponsibilitiesTicked,
  type RoleAudit as RoleAuditDocument,
  type SchoolRole,
} from '../lib/leadersTools/roleAudit';
import { roomFor } from '../lib/storage/documentStore';
import { LoadingNote } from './Loading';
import { ExportImportControls } from './ExportImportControls';
import { AuditFindings } from './roleAudit/AuditFindings';
import { AuditRoleSection, type RoleActions } from './roleAudit/AuditRoleSection';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useFocusAfterRender } from './useFocusAfterRender';
import { downloadText } from './browserStorage';
import { useSettledValue } from './useSettledValue';
import { useStoredDocument } from './useStoredDocument';
import { WordDownload } from './WordDownload';

interface Props {
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCodes' | 'unitCount'>;
}

/** How long the findings wait for typing and ticking to pause before they are worked out again. */
const findingsDelayMs = 300;

/**
 * The role audit: a school's support staff roles, each with its closest profile and the
 * responsibilities it really carries out, mapped to the profiles and standards. Saved in this
 * browser through the shared document store (src/lib/leadersTools/roleAudit.ts has the shape and the rules).
 *
 * A trust may audit hundreds of roles, so a key press does only what it must: the role that
 * changed is drawn again (each role section is pure, and its callbacks never change), the
 * findings follow once typing pauses, and typing is saved when it pauses or the page is left.
 */
export function RoleAudit({ catalogue }: Props) {
  const store = useStoredDocument(roleAuditKind, 'role audit');
  const audit = store.document;
  const byKey = useMemo(() => new Map(responsibilities(catalogue.profiles).map((item) => [item.key, item])), [catalogue]);
  const names = roleNames(audit);
  // The findings name the roles as they were when the findings were worked out.
  const findings = useSettledValue(
    audit.roles,
    (roles) => ({ analysis: analyseAudit({ roles }, catalogue), names: roleNames({ roles }) }),
    findingsDelayMs,
  );
  const rolesFull = roomFor(audit.roles, roleLimit);
  const [pendingRemove, setPendingRemove] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();

  // The callbacks read the latest audit and store through these, so they are made once.
  const latest = useRef({ audit, store });
  latest.current = { audit, store };
  const actions = useMemo<RoleActions>(() => {
    const save = (next: RoleAuditDocument, typing = false) => {
      latest.current.audit = next;
      if (typing) latest.current.store.commitTyping(next);
      else latest.current.store.commit(next);
    };
    const roleWith = (id: string, changes: Partial<SchoolRole>, typing = false) => {
      const current = latest.current.audit;
      save({ ...current, roles: replaceItem(current.roles, id, changes) }, typing);
    };
    const refuse = (text: string) => latest.current.store.setNotice({ kind: 'warning', text });
    const find = (id: string) => latest.current.audit.roles.find((role) => role.id === id);
    return {
      type: (id, changes) => roleWith(id, changes, true),
      chooseProfile: (id, profileId) => {
        const role = find(id);
        if (!role) return;
        const result = withProfileChosen(role, profileById(catalogue, profileId), profileById(catalogue, role.profileId));
        if (result.ok) roleWith(id, result.changes);
        else refuse(result.message);
      },
      tick: (id, keys) => {
        const role = find(id);
        if (!role) return;
        const result = withResponsibilitiesTicked(role, keys);
        if (result.ok) roleWith(id, { responsibilities: result.responsibilities });
        else refuse(result.message);
      },
      untick: (id, key) => {
        const role = find(id);
        if (role) roleWith(id, { responsibilities: role.responsibilities.filter((item) => item !== key) });
      },
      askRemove: (id) => setPendingRemove(id),
      keep: (id) => {
        setPendingRemove(null);
        focusAfterRender(`audit-remove-${id}`);
      },
      remove: (id) => {
        setPendingRemove(null);
        focusAfterRender('audit-add-role');
        const current = latest.current.audit;
        save({ ...current, roles: current.roles.filter((item) => item.id !== id) });
      },
    };
  }, [catalogue]);

  if (!store.ready) return <LoadingNote>The audit will appear here once the page has loaded.</LoadingNote>;

  return (
    <div class="tool">
      <StoredDocumentPrompts store={store} describe={describeAudit} noun="role audit" />

      <div class="field no-print">
        <label for="audit-school">School</label>
        <input
          id="audit-school"
          type="text"
          maxLength={200}
          value={audit.school}
          onInput={(event) => store.commitTyping({ ...audit, school: event.currentTarget.value })}
        />
      </div>
      {audit.school.trim() && (
        <p class="rating-print">
          <strong>
            <bdi>{audit.school.trim()}</bdi>
          </strong>
        </p>
      )}

      <h2>Roles in your school</h2>
      <p class="no-print" id="audit-profile-hint">
        Choosing a role's closest profile ticks that profile's key duties: untick what the job does not do.
      </p>
      {audit.roles.length === 0 && <p>No roles yet. Add each support staff role in your school.</p>}
      {audit.roles.map((role, position) => (
        <AuditRoleSection
          key={role.id}
          role={role}
          position={position}
          name={names.get(role.id) ?? ''}
          catalogue={catalogue}
          byKey={byKey}
          actions={actions}
          confirmingRemove={pendingRemove === role.id}
        />
      ))}
      <p class="no-print">
        <button
          type="button"
          id="audit-add-role"
          onClick={() => {
            if (rolesFull) {
              store.setNotice({ kind: 'warning', text: rolesFull });
              return;
            }
            const role = newSchoolRole(audit.roles);
            focusAfterRender(`audit-title-${role.id}`);
            store.commit({ ...audit, roles: [...audit.roles, role] });
          }}
        >
          Add a role
        </button>
      </p>
      {rolesFull && <p class="inline-warning no-print">{rolesFull}</p>}

      {audit.roles.length > 0 && <AuditFindings analysis={findings.analysis} names={findings.names} catalogue={catalogue} />}

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
        {/* Worked out afresh when the file is asked for: the findings on the page may still be settling after a keystroke. */}
        <WordDownload file={(writer) => writer.roleAuditFile(audit, analyseAudit(audit, catalogue), catalogue)} />
        <button type="button" class="secondary-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
}
