import { useState } from 'preact/hooks';
import type { AssessableStandard, AssessmentFramework } from '../../lib/content/assessmentFrameworks';
import { formatDate } from '../../lib/site/dates';
import { roomFor } from '../../lib/storage/documentStore';
import { evidenceLimit, portfolioMessages, withEvidenceAdded, withEvidenceEdited, type Portfolio } from '../../lib/storage/portfolioStore';
import { useFocusAfterRender } from '../useFocusAfterRender';
import { blankEvidence, EvidenceForm } from './EvidenceForm';
import { EvidenceList, editButtonId } from './EvidenceList';

interface Props {
  framework: AssessmentFramework;
  /** The standards of every framework, so evidence recorded against another still shows its words. */
  allStandards: readonly AssessableStandard[];
  portfolio: Portfolio;
  commit: (next: Portfolio) => void;
}

const headingId = 'evidence-heading';

/**
 * The evidence: the list, one entry at a time edited in its place, and the form that adds more.
 * Each change is said in the section's own status line, and focus lands where the person was: on
 * the entry's Edit button after saving or cancelling, on the heading after a removal.
 */
export function EvidenceSection({ framework, allStandards, portfolio, commit }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const byKey = new Map(allStandards.map((item) => [item.key, item]));
  const standardOf = (key: string) => byKey.get(key);
  const codeOf = (key: string) => standardOf(key)?.code ?? key;

  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        Evidence
      </h2>
      <p aria-live="polite" class="evidence-status no-print">
        {message}
      </p>
      <EvidenceList
        portfolio={portfolio}
        standardOf={standardOf}
        editing={editing}
        onEdit={(entry) => {
          setEditing(entry.id);
          setMessage('');
          focusAfterRender('evidence-edit-date');
        }}
        onRemove={(entry) => {
          commit({ ...portfolio, evidence: portfolio.evidence.filter((item) => item.id !== entry.id) });
          setMessage(portfolioMessages.removed(entry.date));
          focusAfterRender(headingId);
        }}
        editor={(entry) => (
          <EvidenceForm
            idPrefix="evidence-edit"
            heading={`Change the evidence from ${formatDate(entry.date)}`}
            submitLabel="Save changes"
            framework={framework}
            codeOf={codeOf}
            initial={entry}
            onSubmit={(typed) => {
              const edited = withEvidenceEdited(portfolio, entry.id, typed);
              if (!edited.ok) return edited.message;
              commit(edited.portfolio);
              setEditing(null);
              setMessage(portfolioMessages.edited(typed.date));
              focusAfterRender(editButtonId(entry));
              return null;
            }}
            onCancel={() => {
              setEditing(null);
              focusAfterRender(editButtonId(entry));
            }}
          />
        )}
      />
      <EvidenceForm
        idPrefix="evidence-add"
        heading="Add evidence"
        submitLabel="Add evidence"
        framework={framework}
        codeOf={codeOf}
        initial={blankEvidence}
        full={roomFor(portfolio.evidence, evidenceLimit)}
        onSubmit={(typed) => {
          const added = withEvidenceAdded(portfolio, typed);
          if (!added.ok) return added.message;
          commit(added.portfolio);
          setMessage(portfolioMessages.added(typed.date));
          return null;
        }}
      />
    </>
  );
}
