import type { AssessableStandard } from '../../lib/content/assessmentFrameworks';
import {
  evidenceCount,
  isEvidencedWithoutEvidence,
  portfolioMessages,
  ratingLabels,
  ratingText,
  ratings,
  type Portfolio,
  type Rating,
} from '../../lib/storage/portfolioStore';

/** One standard's rating, chosen on screen and written out when printed; flagged when rated Evidenced with nothing attached. */
export function StandardRating({
  standard,
  portfolio,
  onRate,
}: {
  standard: AssessableStandard;
  portfolio: Portfolio;
  onRate: (rating: Rating) => void;
}) {
  const rated = portfolio.ratings[standard.key];
  return (
    <fieldset class="standard-rating" id={standard.key}>
      <legend>
        {standard.code}. {standard.text}
      </legend>
      <div class="rating-options">
        {ratings.map((rating) => (
          <label class="checkbox" key={rating}>
            <input type="radio" name={standard.key} value={rating} checked={rated === rating} onChange={() => onRate(rating)} />{' '}
            {ratingLabels[rating]}
          </label>
        ))}
      </div>
      {/* Announced as it appears, when the person picks Evidenced for a standard nothing shows yet. */}
      <div aria-live="polite">
        {isEvidencedWithoutEvidence(portfolio, standard.key) && <p class="note evidence-flag">{portfolioMessages.noEvidenceFlag}</p>}
      </div>
      <p class="rating-print">
        Rating: {ratingText(portfolio, standard.key)}. Evidence: {evidenceCount(portfolio, standard.key)}.
      </p>
    </fieldset>
  );
}
