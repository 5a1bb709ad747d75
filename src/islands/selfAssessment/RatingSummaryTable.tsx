import type { AssessableStandard } from '../../lib/content/assessmentFrameworks';
import { ratingLabels, ratings, ratingSummary, unratedLabel, type Portfolio } from '../../lib/storage/portfolioStore';

/** How many standards of each section have each rating. */
export function RatingSummaryTable({ standards, portfolio }: { standards: readonly AssessableStandard[]; portfolio: Portfolio }) {
  return (
    <section class="table-scroll" aria-labelledby="summary-caption" tabIndex={0}>
      <table>
        <caption id="summary-caption">Your ratings by section</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            {ratings.map((rating) => (
              <th scope="col" class="number" key={rating}>
                {ratingLabels[rating]}
              </th>
            ))}
            <th scope="col" class="number">
              {unratedLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {ratingSummary(standards, portfolio).map(({ section, counts }) => (
            <tr key={section}>
              <th scope="row">{section}</th>
              {ratings.map((rating) => (
                <td class="number" key={rating}>
                  {counts[rating]}
                </td>
              ))}
              <td class="number">{counts.unrated}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
