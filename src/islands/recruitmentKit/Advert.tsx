import type { AdvertDocument, PayRule } from '../../lib/leadersTools/advert';
import { jobDescriptionUrl } from '../../lib/site/urls';
import { DetailList } from '../DetailList';
import { TermTimePayWarning } from '../jobDescription/TermTimePayWarning';

/** The advert: the school, the post and its pay, the work, the safer recruitment statements, the closing date and how to apply. */
export function Advert({ advert, payRule }: { advert: AdvertDocument; payRule: PayRule }) {
  return (
    <section class="kit-section" aria-labelledby="kit-advert">
      {advert.onlyFullTimePay && (
        <div class="no-print">
          <TermTimePayWarning id="kit-pay-warning" rule={payRule} />
          <p>
            Add the actual salary in the <a href={jobDescriptionUrl()}>job description builder</a>.
          </p>
        </div>
      )}
      {advert.schoolName && <p class="document-school">{advert.schoolName}</p>}
      <h2 id="kit-advert">
        1. Advert: <bdi>{advert.jobTitle}</bdi>
      </h2>
      <DetailList details={advert.details} />
      {advert.purpose && <p class="preserve-lines">{advert.purpose}</p>}
      <p>The work includes:</p>
      <ul>
        {advert.essentialWork.map((work) => (
          <li key={work}>{work}</li>
        ))}
      </ul>
      {advert.desirableWork.length > 0 && (
        <>
          <p>It would help if you can also:</p>
          <ul>
            {advert.desirableWork.map((work) => (
              <li key={work}>{work}</li>
            ))}
          </ul>
        </>
      )}
      {advert.statements.map((statement, index) => (
        <p key={index} class="preserve-lines">
          {statement}
        </p>
      ))}
      {advert.howToApply && (
        <>
          <h3>How to apply</h3>
          <p class="preserve-lines">{advert.howToApply}</p>
        </>
      )}
      {advert.closingDate && (
        <p>
          <strong>Closing date:</strong> {advert.closingDate}
        </p>
      )}
    </section>
  );
}
