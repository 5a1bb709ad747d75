import type { PayRule } from '../../lib/leadersTools/advert';

/**
 * The warning beside an advert that gives only the full-time equivalent salary, quoting the Green
 * Book's Part 4.12 guidance with its date and source.
 */
export function TermTimePayWarning({ id, rule }: { id: string; rule: PayRule }) {
  return (
    <p class="inline-warning" id={id}>
      <strong>Give the actual pay too:</strong> only the full-time equivalent salary is given. {rule.text}{' '}
      <span class="source-citation-inline">
        (Source:{' '}
        {rule.sources.map((source, index) => (
          <>
            {index > 0 && ', '}
            <a href={source.href}>{source.label}</a>
          </>
        ))}
        ; {rule.asOf}.)
      </span>
    </p>
  );
}
