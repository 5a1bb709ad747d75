/** Labelled details (a post's grade, hours, salary…) as a summary list. Every value is text. */
export function DetailList({ details }: { details: readonly { label: string; value: string }[] }) {
  if (details.length === 0) return null;
  return (
    <dl class="summary-list">
      {details.map((detail) => (
        <div key={detail.label}>
          <dt>{detail.label}</dt>
          <dd class="preserve-lines">{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
