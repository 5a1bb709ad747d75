import { Fragment } from 'preact';
import type { AssessmentFramework } from '../../lib/content/assessmentFrameworks';
import {
  evidencedWithoutEvidence,
  portfolioMessages,
  ratingLabels,
  ratings,
  ratingSummary,
  unratedLabel,
  type Portfolio,
} from '../../lib/storage/portfolioStore';

/**
 * How many standards have evidence, which are rated Evidenced with none attached (each linked to
 * its rating), and how many standards of each section have each rating.
 */
export function RatingSummaryTable({ framework, portfolio }: { framework: AssessmentFramework; portfolio: Portfolio }) {
  const { standards, noun, setName } = framework;
  const rows = ratingSummary(standards, portfolio);
  const all = rows[rows.length - 1];
  const flagged = evidencedWithoutEvidence(standards, portfolio);
  return (
    <>
      <p>{portfolioMessages.coverage(all?.withEvidence ?? 0, standards.length, setName)}</p>
      {flagged.length > 0 && (
        <p class="note evidence-flag">
          {portfolioMessages.evidencedWithout(flagged.length, noun)}{' '}
          {flagged.map((item, index) => (
            <Fragment key={item.key}>
              {index > 0 && ', '}
              <a href={`#${item.key}`}>{item.code}</a>
            </Fragment>
          ))}
          .
        </p>
      )}
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
              <th scope="col" class="number">
                With evidence
              </th>
              <th scope="col" class="number">
                {ratingLabels.evidenced}, no evidence attached
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ section, counts, withEvidence, evidencedWithoutEvidence: unsupported }) => (
              <tr key={section}>
                <th scope="row">{section}</th>
                {ratings.map((rating) => (
                  <td class="number" key={rating}>
                    {counts[rating]}
                  </td>
                ))}
                <td class="number">{counts.unrated}</td>
                <td class="number">{withEvidence}</td>
                <td class="number">{unsupported}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
