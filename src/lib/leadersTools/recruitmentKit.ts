import { profileById, type JobDesignCatalogue, type ProfileSummary } from './jobDesign';
import { chosenUnits, unitTitleInProse, type JobDescriptionDraft, type Priority } from './jobDescription';

/**
 * The recruitment kit: the stages of recruitment the NOS guidance describes (advertising,
 * application forms, shortlisting, references, interviews scored against the standards), each
 * written from the NOS units a leader chose for the job. The wording around the unit titles is
 * this site's; what each stage does with the standards is the source's.
 */

export interface KitStandard {
  /** The unit's id: "stl-3". */
  id: string;
  code: string;
  title: string;
  priority: Priority;
}

/** What the interview questions probe for each standard, in the order asked and scored. */
export const interviewAspects = ['Experience', 'Practice', 'Knowledge'] as const;

export interface InterviewStandard extends KitStandard {
  /** Questions probing experience, practice and knowledge, as the source asks interviews to. */
  questions: { aspect: (typeof interviewAspects)[number]; question: string }[];
}

export interface RecruitmentKit {
  jobTitle: string;
  /** Essential standards first, then desirable ones, each group in the order chosen. */
  standards: KitStandard[];
  advert: { purpose: string; essentialWork: string[]; desirableWork: string[] };
  applicationPrompts: { code: string; title: string; prompt: string }[];
  shortlisting: { code: string; title: string; priority: Priority; check: string }[];
  refereePoints: string[];
  interview: InterviewStandard[];
}

/** Everything the kit says, from the draft the job description builder saved. */
export interface KitCatalogue {
  units: JobDesignCatalogue['units'];
  profiles: Pick<ProfileSummary, 'id' | 'title'>[];
}

/**
 * The interview questions on one standard, from its title as a verb phrase ("help to keep
 * children safe"). Each template takes the phrase whole, after "had to", "would you" or "to",
 * where any unit title (all begin with their verb) reads as English; nothing follows the phrase
 * but the end of the clause, so no title can run into the template's own words ("…keep children
 * safe well").
 */
export function interviewQuestions(work: string): InterviewStandard['questions'] {
  return [
    { aspect: 'Experience', question: `Tell us about a time you had to ${work}. What did you do, and what happened?` },
    { aspect: 'Practice', question: `In this school, how would you ${work}? Talk us through what you would do.` },
    { aspect: 'Knowledge', question: `What would you need to know to ${work}, and where would you find it out?` },
  ];
}

export function assembleRecruitmentKit(draft: JobDescriptionDraft, catalogue: KitCatalogue): RecruitmentKit {
  const chosen = chosenUnits(draft, catalogue).map(({ unit, priority }) => ({ id: unit.id, code: unit.code, title: unit.title, priority }));
  const standards = [...chosen.filter((unit) => unit.priority === 'essential'), ...chosen.filter((unit) => unit.priority === 'desirable')];
  const profile = profileById(catalogue, draft.profileId);
  return {
    jobTitle: draft.jobTitle.trim() || profile?.title || 'the job',
    standards,
    advert: {
      purpose: draft.purpose.trim(),
      essentialWork: standards.filter((unit) => unit.priority === 'essential').map((unit) => unit.title),
      desirableWork: standards.filter((unit) => unit.priority === 'desirable').map((unit) => unit.title),
    },
    applicationPrompts: standards.map((unit) => ({
      code: unit.code,
      title: unit.title,
      prompt: `Tell us how your work, your other experience, or both, show that you can ${unitTitleInProse(unit.title)}. Give examples.`,
    })),
    shortlisting: standards.map((unit) => ({
      code: unit.code,
      title: unit.title,
      priority: unit.priority,
      check: `Does the application show experience that matches ${unit.code}: ${unit.title}?`,
    })),
    refereePoints: standards.map(
      (unit) =>
        `The applicant's strengths and weaknesses in their ability to ${unitTitleInProse(unit.title)} (${unit.code}: ${unit.title}).`,
    ),
    interview: standards.map((unit) => ({ ...unit, questions: interviewQuestions(unitTitleInProse(unit.title)) })),
  };
}

/** The scale the interview grid suggests. The source asks for scoring against the standards but gives no scale: this one is the site's. */
export const scoringScale = [
  { score: 0, meaning: 'No evidence of the standard' },
  { score: 1, meaning: 'Some evidence, with gaps' },
  { score: 2, meaning: 'Meets the standard' },
  { score: 3, meaning: 'Meets the standard with strong, varied evidence' },
] as const;

/** The columns of the shortlisting checklist, one per applicant, left blank to tick by hand. */
export const shortlistingColumns = ['Applicant 1', 'Applicant 2', 'Applicant 3', 'Applicant 4'] as const;

/** The panel sizes the kit prints score sheets for. */
export const panelSizes = [1, 2, 3, 4, 5, 6] as const;

/** How many panel members the kit prints score sheets for, read from the address; 1 to 6, 3 when absent or unreadable. */
export function panelSize(search: string): number {
  const value = Number(new URLSearchParams(search).get('panel'));
  return panelSizes.find((size) => size === value) ?? 3;
}
