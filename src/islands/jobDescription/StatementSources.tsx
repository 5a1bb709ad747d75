import type { StatementSource } from '../../lib/leadersTools/saferRecruitment';

/** The reference facts a statement rests on, each with its date and source, as the tools show them (never in a document). */
export function StatementSources({ sources }: { sources: readonly StatementSource[] }) {
  return (
    <ul class="fact-list">
      {sources.map((source, index) => (
        <li key={index}>
          {source.text}
          {source.note && <em> {source.note}</em>}{' '}
          <span class="source-citation-inline">
            ({source.asOf}. Source:{' '}
            {source.citation.map((part, at) =>
              part.kind === 'link' ? (
                <a key={at} href={part.href}>
                  {part.label}
                </a>
              ) : (
                part.text
              ),
            )}
            )
          </span>
        </li>
      ))}
    </ul>
  );
}
