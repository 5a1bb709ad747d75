import type { JobDesignCatalogue, ProfileSummary } from './jobDesign';
import { chosenUnits, type JobDescriptionDraft } from './jobDescription';
import { statementsIn, type SaferRecruitmentGuide } from './saferRecruitment';
import { advertFields, detailLines, onlyFullTimePay, schoolDetailFields } from './schoolDetails';

/**
 * The recruitment kit's advert, from the job description draft: the school, the post and its
 * details, the salary as the actual pay and the full-time equivalent, the work (the chosen
 * standards), the safer recruitment statements for the advert, the closing date and how to apply.
 */

/** The Green Book's Part 4.12 rule on advertising term-time pay, as content/pay.yaml gives it, with its date and sources. */
export interface PayRule {
  text: string;
  /** "as of 2019". */
  asOf: string;
  sources: { href: string; label: string }[];
}

export interface AdvertDocument {
  /** The school's name, which heads the advert; null until the leader gives it. */
  schoolName: string | null;
  jobTitle: string;
  purpose: string;
  /** Salary (actual, then full-time equivalent), grade, hours, weeks, place of work, as given. */
  details: { label: string; value: string }[];
  /** True when only the full-time equivalent salary is given: the advert must show the actual pay too. */
  onlyFullTimePay: boolean;
  essentialWork: string[];
  desirableWork: string[];
  /** The safer recruitment statements for the advert, in the draft's wording. */
  statements: string[];
  closingDate: string | null;
  howToApply: string;
}

export function assembleAdvert(
  draft: JobDescriptionDraft,
  catalogue: { units: JobDesignCatalogue['units']; profiles: Pick<ProfileSummary, 'id' | 'title'>[] },
  guide: SaferRecruitmentGuide,
): AdvertDocument {
  const chosen = chosenUnits(draft, catalogue);
  const work = (priority: 'essential' | 'desirable') => chosen.filter((item) => item.priority === priority).map(({ unit }) => unit.title);
  const { salaryActual, salaryFullTime } = advertFields;
  const { grade, hoursPerWeek, weeksPerYear, placeOfWork } = schoolDetailFields;
  const closing = detailLines({ closingDate: advertFields.closingDate }, { closingDate: draft.advert.closingDate })[0];
  return {
    schoolName: draft.school.school.trim() || null,
    jobTitle: draft.jobTitle.trim() || catalogue.profiles.find((profile) => profile.id === draft.profileId)?.title || 'the job',
    purpose: draft.purpose.trim(),
    details: [
      ...detailLines({ salaryActual, salaryFullTime }, draft.advert),
      ...detailLines({ grade, hoursPerWeek, weeksPerYear, placeOfWork }, draft.school),
    ],
    onlyFullTimePay: onlyFullTimePay(draft.advert),
    essentialWork: work('essential'),
    desirableWork: work('desirable'),
    statements: statementsIn(guide, draft, 'advert'),
    closingDate: closing?.value ?? null,
    howToApply: draft.advert.howToApply.trim(),
  };
}
