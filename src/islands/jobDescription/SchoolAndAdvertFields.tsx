import type { PayRule } from '../../lib/leadersTools/advert';
import type { JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import { advertFields, onlyFullTimePay, schoolDetailFields } from '../../lib/leadersTools/schoolDetails';
import { DetailFields } from './DetailFields';
import { TermTimePayWarning } from './TermTimePayWarning';

interface Props {
  draft: JobDescriptionDraft;
  update: (changes: Partial<JobDescriptionDraft>) => void;
  payRule: PayRule;
}

/** The school's details for the job description, and what the advert adds (salary, closing date, how to apply). */
export function SchoolDetailsFields({ draft, update }: Omit<Props, 'payRule'>) {
  return (
    <>
      <h2>The school and the post</h2>
      <p>The job title above is the post title. Anything left empty is left out of the documents.</p>
      <DetailFields
        fields={schoolDetailFields}
        values={draft.school}
        idPrefix="jd-school"
        onChange={(key, value) => update({ school: { ...draft.school, [key]: value } })}
      />
    </>
  );
}

export function AdvertFields({ draft, update, payRule }: Props) {
  return (
    <>
      <h2>The advert</h2>
      <p>The recruitment kit's advert adds these to the school's details, the standards and the safer recruitment statements.</p>
      <DetailFields
        fields={advertFields}
        values={draft.advert}
        idPrefix="jd-advert"
        onChange={(key, value) => update({ advert: { ...draft.advert, [key]: value } })}
        after={
          onlyFullTimePay(draft.advert)
            ? { key: 'salaryActual', id: 'jd-pay-warning', content: <TermTimePayWarning id="jd-pay-warning" rule={payRule} /> }
            : undefined
        }
      />
    </>
  );
}
