import type { ComponentChildren } from 'preact';
import type { AssessableStandard } from '../../lib/content/assessmentFrameworks';
import { formatDate } from '../../lib/site/dates';
import { evidenceByDate, evidenceName, type Evidence, type Portfolio } from '../../lib/storage/portfolioStore';

/** The id of an entry's Edit button, where focus returns when its form closes. */
export const editButtonId = (entry: Pick<Evidence, 'id'>) => `evidence-${entry.id}-edit`;

/**
 * The evidence recorded, oldest first, each naming the standards it shows by number and words,
 * each editable and removable. The entry being edited shows its form in its place.
 */
export function EvidenceList({
  portfolio,
  standardOf,
  editing,
  editor,
  onEdit,
  onRemove,
}: {
  portfolio: Portfolio;
  /** A standard of any framework, by key; undefined for one no framework lists (from an imported file). */
  standardOf: (key: string) => AssessableStandard | undefined;
  /** The id of the entry being edited, or null. */
  editing: string | null;
  editor: (entry: Evidence) => ComponentChildren;
  onEdit: (entry: Evidence) => void;
  onRemove: (entry: Evidence) => void;
}) {
  if (portfolio.evidence.length === 0) return <p>No evidence recorded yet.</p>;
  return (
    <ol class="evidence-list">
      {evidenceByDate(portfolio).map((entry) => {
        const when = formatDate(entry.date);
        if (entry.id === editing) return <li key={entry.id}>{editor(entry)}</li>;
        return (
          <li key={entry.id}>
            <p>
              <strong>{when}</strong>: <bdi>{entry.description}</bdi>
            </p>
            <p class="evidence-shows">Shows:</p>
            <ul class="evidence-standards">
              {entry.standards.map((key) => {
                const standard = standardOf(key);
                return <li key={key}>{standard ? `${standard.code}. ${standard.text}` : <bdi>{key}</bdi>}</li>;
              })}
            </ul>
            {entry.location && (
              <p>
                Kept: <bdi>{entry.location}</bdi>
              </p>
            )}
            <p class="no-print">
              <button type="button" class="secondary-button" id={editButtonId(entry)} onClick={() => onEdit(entry)}>
                Edit<span class="visually-hidden"> {evidenceName(entry)}</span>
              </button>{' '}
              <button type="button" class="secondary-button" onClick={() => onRemove(entry)}>
                Remove<span class="visually-hidden"> {evidenceName(entry)}</span>
              </button>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
