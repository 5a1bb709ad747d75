import { priorityLabels } from '../../lib/leadersTools/jobDescription';
import { shortlistingColumns, type RecruitmentKit } from '../../lib/leadersTools/recruitmentKit';

/** The shortlisting checklist: each standard, essential or desirable, with a column to tick per applicant. */
export function ShortlistingTable({ kit }: { kit: RecruitmentKit }) {
  return (
    <section class="kit-section" aria-labelledby="kit-shortlisting">
      <h2 id="kit-shortlisting">3. Shortlisting checklist</h2>
      <p>Tick each standard an application shows. Select the applicants whose experience best matches the standards for the role.</p>
      <div class="table-scroll" role="region" aria-labelledby="kit-shortlisting-caption" tabIndex={0}>
        <table class="tick-grid">
          <caption id="kit-shortlisting-caption">Standards met, by applicant</caption>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              <th scope="col">Essential or desirable</th>
              {shortlistingColumns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kit.shortlisting.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  {row.code}: {row.title}
                </th>
                <td>{priorityLabels[row.priority]}</td>
                {shortlistingColumns.map((column) => (
                  <td key={column} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
