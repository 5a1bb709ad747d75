import { formatDate } from '../../lib/site/dates';
import { evidenceByDate, type Portfolio } from '../../lib/storage/portfolioStore';

/** The evidence recorded, oldest first, each removable. */
export function EvidenceList({
  portfolio,
  codeOf,
  onRemove,
}: {
  portfolio: Portfolio;
  /** How a standard is numbered on screen: "11", "STL3". */
  codeOf: (key: string) => string;
  onRemove: (id: string) => void;
}) {
  if (portfolio.evidence.length === 0) return <p>No evidence recorded yet.</p>;
  return (
    <ol class="evidence-list">
      {evidenceByDate(portfolio).map((entry) => (
        <li key={entry.id}>
          <strong>{formatDate(entry.date)}</strong>: <bdi>{entry.description}</bdi>
          <br />
          Shows standards {entry.standards.map(codeOf).join(', ')}
          {entry.location && (
            <>
              {' '}
              · Kept: <bdi>{entry.location}</bdi>
            </>
          )}{' '}
          <button type="button" class="secondary-button no-print" onClick={() => onRemove(entry.id)}>
            Remove<span class="visually-hidden"> evidence from {formatDate(entry.date)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
