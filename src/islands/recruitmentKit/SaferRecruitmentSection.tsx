import type { JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import { guideFor, statementText, type SaferRecruitmentGuide } from '../../lib/leadersTools/saferRecruitment';
import { jobDescriptionUrl } from '../../lib/site/urls';
import { StatementSources } from '../jobDescription/StatementSources';

/**
 * Safer recruitment for the panel: the statements for the kit in the draft's wording, each with the
 * facts it rests on. The wording is changed in the job description builder, which keeps it.
 */
export function SaferRecruitmentSection({ draft, guide }: { draft: JobDescriptionDraft; guide: SaferRecruitmentGuide }) {
  const nation = guideFor(guide, draft);
  if (!nation)
    return (
      <p class="no-print">
        Choose where the school is in the <a href={jobDescriptionUrl()}>job description builder</a> to add the safer recruitment statements
        for England, Wales or Northern Ireland to the advert and this kit.
      </p>
    );
  const statements = nation.statements
    .filter((statement) => statement.appearsIn.includes('kit'))
    .map((statement) => ({ statement, text: statementText(draft, statement).trim() }))
    .filter(({ text }) => text !== '');
  return (
    // Not a kit section of its own: it follows the advert on the same printed page.
    <section aria-labelledby="kit-safer-recruitment">
      <h2 id="kit-safer-recruitment">Safer recruitment</h2>
      <p>
        For {nation.name}, following {nation.guidance}.{' '}
        <span class="no-print">
          The wording is kept with the job description: change it in the <a href={jobDescriptionUrl()}>job description builder</a>.
        </span>
      </p>
      <ul>
        {statements.map(({ statement, text }) => (
          <li key={statement.key} class="preserve-lines">
            {text}
            <details class="no-print">
              <summary>
                What this rests on<span class="visually-hidden"> ({statement.heading})</span>
              </summary>
              <StatementSources sources={statement.sources} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
