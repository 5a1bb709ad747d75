import { warningId } from '../../lib/leadersTools/draftEditing';
import type { DraftWarning } from '../../lib/leadersTools/jobDescription';

/** One line of warning beside the item it is about. */
export function InlineWarning({ warning }: { warning: DraftWarning | undefined }) {
  if (!warning) return null;
  return (
    <p class="inline-warning" id={warningId(warning.part, warning.itemId)}>
      <strong>Check the grade:</strong> the profiles place this {warning.placedAt}. {warning.reason}
    </p>
  );
}
