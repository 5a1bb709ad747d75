import { useMemo, useState } from 'preact/hooks';
import type { JobDesignCatalogue } from '../lib/leadersTools/jobDesign';
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
  type SchoolRole,
} from '../lib/leadersTools/roleAudit';
import { roomFor } from '../lib/storage/documentStore';
import { ExportImportControls } from './ExportImportControls';
import { AuditFindings } from './roleAudit/AuditFindings';
import { AuditRoleSection } from './roleAudit/AuditRoleSection';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useFocusAfterRender } from './useFocusAfterRender';
import { downloadText } from './browserStorage';
import { useStoredDocument } from './useStoredDocument';
import { WordDownload } from './WordDownload';

interface Props {
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCodes' | 'unitCount'>;
}

/**
 * The role audit: a school's support staff roles, each with its closest profile and the
 * responsibilities it really carries out, mapped to the profiles and standards. Saved in this
 * browser through the shared document store (src/lib/leadersTools/roleAudit.ts has the shape and the rules).
 */
export function RoleAudit({ catalogue }: Props) {
  const store = useStoredDocument(roleAuditKind, 'role audit');
  const audit = store.document;
  const { commit } = store;
  const byKey = useMemo(() => new Map(responsibilities(catalogue.profiles).map((item) => [item.key, item])), [catalogue]);
  const analysis = analyseAudit(audit, catalogue);
  const names = roleNames(audit);
  const rolesFull = roomFor(audit.roles, roleLimit);
  const [pendingRemove, setPendingRemove] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const refuse = (text: string) => store.setNotice({ kind: 'warning', text });
  const updateRole = (id: string, changes: Partial<SchoolRole>) => commit({ ...audit, roles: replaceItem(audit.roles, id, changes) });

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
      {audit.roles.map((role, position) => (
        <AuditRoleSection
          key={role.id}
          role={role}
          position={position}
          name={names.get(role.id) ?? ''}
          catalogue={catalogue}
          byKey={byKey}
          finding={analysis.roles[position]}
          onChange={(changes) => updateRole(role.id, changes)}
          onRefused={refuse}
          confirmingRemove={pendingRemove === role.id}
          onAskRemove={() => setPendingRemove(role.id)}
          onKeep={() => {
            setPendingRemove(null);
            focusAfterRender(`audit-remove-${role.id}`);
          }}
          onRemove={() => {
            setPendingRemove(null);
            focusAfterRender('audit-add-role');
            commit({ ...audit, roles: audit.roles.filter((item) => item.id !== role.id) });
          }}
        />
      ))}
      <p class="no-print">
        <button
          type="button"
          id="audit-add-role"
          onClick={() => {
            if (rolesFull) {
              refuse(rolesFull);
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
      {rolesFull && <p class="inline-warning no-print">{rolesFull}</p>}

      {audit.roles.length > 0 && <AuditFindings analysis={analysis} names={names} catalogue={catalogue} />}

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
        <WordDownload file={(writer) => writer.roleAuditFile(audit, analysis, catalogue)} />
        <button type="button" class="secondary-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
}
