import * as z from 'zod/mini';
import { nationIds, nations, type Nation } from '../../domain/now';
import { nosStlUnitCount } from '../../domain/nosGroups';
import { withoutImportNote } from '../content/contentGraph';
import {
  documentHeaderShape,
  olderVersion,
  formatCount,
  itemIdMaxLength,
  newDocumentHeader,
  uniqueItemId,
  withUniqueIds,
  type DocumentKind,
  type ListLimit,
} from '../storage/documentStore';
import { profileById, unitById, type JobDesignCatalogue, type ProfileSummary, type UnitOption } from './jobDesign';
import { checkLevel, levelFlagPlace, levelFlagReason, type LevelCheck, type LevelFlag } from './levelCheck';
import { placeUnit } from './levelConsistency';
import { personSpecCriterion } from './personSpecCriteria';
import { statementsIn, statementsSourceNote, type SaferRecruitmentGuide } from './saferRecruitment';
import { advertDetailsSchema, emptyAdvertDetails, emptySchoolDetails, postDetails, schoolDetailsSchema } from './schoolDetails';

/**
 * The job description draft, kept in the browser's localStorage under `pathways.job-description`
 * (through src/lib/storage/documentStore.ts, which also reads and writes its export files).
 *
 * Stored document, version 2:
 *
 *   {
 *     "format": "pathways-job-description",
 *     "version": 2,
 *     "revision": 3,
 *     "updatedAt": "2026-11-24T10:00:00.000Z",
 *     "profileId": "teaching-assistant-3",        // the profile the job is graded against, or null
 *     "jobTitle": "Teaching Assistant (literacy)",  // the post title
 *     "purpose": "To work with teachers to support…",
 *     "school": { "school": "Oakfield Primary School", "grade": "Grade 5, SCP 7–11", "hoursPerWeek": "32.5",
 *                 "weeksPerYear": "39", "responsibleTo": "The SENCo", "responsibleFor": "", "placeOfWork": "…",
 *                 "date": "2026-12-02" },      // every field a string, "" when not given; dates as "YYYY-MM-DD"
 *     "advert": { "salaryActual": "£21,530", "salaryFullTime": "£25,584", "closingDate": "2027-01-15", "howToApply": "…" },
 *     "nation": "england",                           // whose safer recruitment guidance applies, or null
 *     "statements": [{ "key": "england-dbs-check", "text": "…" }],   // the leader's own wording ("" leaves it out)
 *     "duties": [{ "id": "k2x…", "text": "Provide learning activities…", "fromProfileId": "teaching-assistant-3" }],
 *     "units": [{ "id": "stl-3", "priority": "essential", "inPersonSpec": true }],   // NOS units chosen, in order
 *     "personSpec": [{ "id": "p1…", "text": "Knowledge and compliance with…", "priority": "essential" }]
 *   }
 *
 * `fromProfileId` says which profile a duty was copied from (null when the leader wrote it).
 * Duty and line ids are unique within their list (repaired on reading); a unit is chosen once, and
 * `inPersonSpec: false` keeps it out of the person specification (absent or true, it adds a line). A statement keeps an
 * entry only while its wording differs from the standard one (src/lib/leadersTools/saferRecruitment.ts).
 * Up to `dutyLimit.max` duties and `personSpecLimit.max` lines (200 each; a profile has at most 15).
 * The recruitment kit reads the same document.
 *
 * Version 1 had no school, advert, nation or statements, and every chosen unit added a line to the
 * person specification: `migrateFromVersion1` gives it empty details, no nation, and every unit in
 * the person specification, so nothing the leader wrote is lost. A later version adds a reader to
 * `olderVersions`.
 */

export const jobDescriptionFormat = 'pathways-job-description';
export const jobDescriptionVersion = 2;

export const priorities = ['essential', 'desirable'] as const;
export type Priority = (typeof priorities)[number];
export const priorityLabels: Record<Priority, string> = { essential: 'Essential', desirable: 'Desirable' };

/** The most duties a draft keeps: far more than any profile lists. */
export const dutyLimit: ListLimit = {
  max: 200,
  message: `This draft already has ${formatCount(200)} duties, as many as it can keep. Remove one before adding another.`,
};

/** The most lines of its own a person specification keeps (each chosen standard adds one more, outside this count). */
export const personSpecLimit: ListLimit = {
  max: 200,
  message: `The person specification already has ${formatCount(200)} lines, as many as it can keep. Remove one before adding another.`,
};

const text = (max: number) => z.string().check(z.maxLength(max));
const itemId = z.string().check(z.minLength(1), z.maxLength(itemIdMaxLength));
const profileId = z.nullable(text(100));

const unitId = z.string().check(z.regex(/^stl-\d+$/));
const sharedFields = {
  profileId,
  jobTitle: text(200),
  purpose: text(5000),
  duties: z.array(z.object({ id: itemId, text: text(5000), fromProfileId: profileId })).check(z.maxLength(dutyLimit.max)),
  personSpec: z.array(z.object({ id: itemId, text: text(2000), priority: z.enum(priorities) })).check(z.maxLength(personSpecLimit.max)),
};

/** The most statements a draft rewords: every statement of every nation, with room to spare. */
const statementEditLimit = 50;

export const jobDescriptionSchema = z.object({
  ...documentHeaderShape(jobDescriptionFormat, jobDescriptionVersion),
  ...sharedFields,
  school: schoolDetailsSchema,
  advert: advertDetailsSchema,
  nation: z.nullable(z.enum(nationIds)),
  statements: z
    .array(z.object({ key: z.string().check(z.regex(/^[a-z0-9-]{1,100}$/)), text: text(3000) }))
    .check(z.maxLength(statementEditLimit)),
  units: z
    // inPersonSpec: absent or true, the unit adds a line to the person specification; false, it does not.
    .array(z.object({ id: unitId, priority: z.enum(priorities), inPersonSpec: z.optional(z.boolean()) }))
    .check(z.maxLength(nosStlUnitCount)),
});

export type JobDescriptionDraft = z.infer<typeof jobDescriptionSchema>;

const version1Schema = z.object({
  ...documentHeaderShape(jobDescriptionFormat, 1),
  ...sharedFields,
  units: z.array(z.object({ id: unitId, priority: z.enum(priorities) })).check(z.maxLength(nosStlUnitCount)),
});

/** Version 1 → 2: empty school and advert details, no nation yet, and every chosen unit still in the person specification. */
export function migrateFromVersion1(old: z.infer<typeof version1Schema>): JobDescriptionDraft {
  return {
    ...old,
    version: jobDescriptionVersion,
    school: emptySchoolDetails(),
    advert: emptyAdvertDetails(),
    nation: null,
    statements: [],
    units: old.units.map((unit) => ({ ...unit, inPersonSpec: true })),
  };
}

export function emptyJobDescription(): JobDescriptionDraft {
  return {
    ...newDocumentHeader(jobDescriptionFormat, jobDescriptionVersion),
    profileId: null,
    jobTitle: '',
    purpose: '',
    school: emptySchoolDetails(),
    advert: emptyAdvertDetails(),
    nation: null,
    statements: [],
    duties: [],
    units: [],
    personSpec: [],
  };
}

export const jobDescriptionKind: DocumentKind<JobDescriptionDraft> = {
  storageKey: 'pathways.job-description',
  format: jobDescriptionFormat,
  version: jobDescriptionVersion,
  fileDescription: 'a Pathways job description file',
  schema: jobDescriptionSchema,
  olderVersions: { 1: olderVersion(version1Schema, migrateFromVersion1) },
  repair: (draft) => ({
    ...draft,
    duties: withUniqueIds(draft.duties),
    units: draft.units.filter((unit, index) => draft.units.findIndex((other) => other.id === unit.id) === index),
    statements: draft.statements.filter((edit, index) => draft.statements.findIndex((other) => other.key === edit.key) === index),
    personSpec: withUniqueIds(draft.personSpec),
  }),
  empty: emptyJobDescription,
};

/** A new draft from a profile: its title, purpose and key duties, and its knowledge as the person specification. */
export function draftFromProfile(profile: ProfileSummary, base: JobDescriptionDraft = emptyJobDescription()): JobDescriptionDraft {
  const duties: JobDescriptionDraft['duties'] = [];
  for (const duty of profile.duties) duties.push({ id: uniqueItemId(duties), text: duty, fromProfileId: profile.id });
  const personSpec: JobDescriptionDraft['personSpec'] = [];
  for (const line of profile.knowledge) personSpec.push({ id: uniqueItemId(personSpec), text: line, priority: 'essential' });
  return { ...base, profileId: profile.id, jobTitle: profile.title, purpose: profile.purpose, duties, units: [], personSpec };
}

/** The draft's chosen units that the catalogue knows, in the order chosen, each with its priority and whether it is in the person specification. */
export function chosenUnits(
  draft: Pick<JobDescriptionDraft, 'units'>,
  catalogue: Pick<JobDesignCatalogue, 'units'>,
): { unit: UnitOption; priority: Priority; inPersonSpec: boolean }[] {
  return draft.units.flatMap((chosen) => {
    const unit = unitById(catalogue, chosen.id);
    return unit ? [{ unit, priority: chosen.priority, inPersonSpec: chosen.inPersonSpec !== false }] : [];
  });
}

/** A unit title as words in a sentence: "(imported CCLD 203)" notes dropped, first letter lower-cased. */
export function unitTitleInProse(title: string): string {
  const plain = withoutImportNote(title);
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

/** The criterion a chosen unit adds to the person specification: "Experience of helping to keep children safe". */
export function personSpecLineForUnit(unit: Pick<UnitOption, 'title'>): string {
  return personSpecCriterion(unit.title);
}

/** A check against the profiles that the leader should see. */
export interface DraftWarning {
  part: 'duty' | 'unit' | 'person';
  itemId: string;
  /** The duty, unit or line as the draft has it. */
  text: string;
  /** The profile that places it above the chosen one. */
  profileId: string;
  profileTitle: string;
  /** Where, after "the profiles place this": "at Teaching Assistant 5, above Teaching Assistant 3". */
  placedAt: string;
  /** Why: the profile statement it matched, or the qualifications through which the profile draws on the unit. */
  reason: string;
}

/** Every duty, unit and person specification line that the profiles place above the chosen profile. */
export function checkDraft(draft: JobDescriptionDraft, catalogue: JobDesignCatalogue, check: LevelCheck): DraftWarning[] {
  const chosen = profileById(catalogue, draft.profileId);
  if (!chosen) return [];
  const textWarning = (part: 'duty' | 'person', itemId: string, text: string, flag: LevelFlag | null): DraftWarning[] =>
    flag
      ? [
          {
            part,
            itemId,
            text,
            profileId: flag.profileId,
            profileTitle: flag.profileTitle,
            placedAt: levelFlagPlace(flag, chosen),
            reason: levelFlagReason(flag),
          },
        ]
      : [];
  return [
    ...draft.duties.flatMap((duty) => textWarning('duty', duty.id, duty.text, checkLevel(check, chosen, duty.text))),
    ...chosenUnits(draft, catalogue).flatMap(({ unit }) => {
      const placement = placeUnit(unit, chosen);
      if (!placement) return [];
      return [
        {
          part: 'unit' as const,
          itemId: unit.id,
          text: `${unit.code}: ${unit.title}`,
          profileId: placement.roleId,
          profileTitle: placement.roleTitle,
          placedAt: `at ${placement.roleTitle}, above ${chosen.title}`,
          reason: `${placement.roleTitle} is the first level that draws on it, through ${placement.qualifications.join(' and ')}`,
        },
      ];
    }),
    ...draft.personSpec.flatMap((line) => textWarning('person', line.id, line.text, checkLevel(check, chosen, line.text))),
  ];
}

/** The finished document, as the page, the Markdown copy and the Word file show it. */
export interface JobDescriptionDocument {
  /** The school's name, which heads the document (never the site's); null until the leader gives it. */
  schoolName: string | null;
  jobTitle: string;
  /** "Based on the NJC model role profile Teaching Assistant 3.", or null. */
  profileNote: string | null;
  /** The post's details, each given one in order: school, post title, grade or pay range, hours, weeks, responsible to and for, place of work, date. */
  details: { label: string; value: string }[];
  purpose: string;
  duties: string[];
  standards: { code: string; title: string }[];
  /** The nation whose safer recruitment guidance the statements follow, or null before one is chosen. */
  nation: { id: Nation; name: string } | null;
  /** The safeguarding and safer recruitment statements for the job description, in the draft's wording. */
  safeguarding: string[];
  personSpec: { essential: string[]; desirable: string[] };
  /** Where the statements come from, for the document's closing "Sources" note; null when there are none. */
  sourcesNote: string | null;
}

export function assembleJobDescription(
  draft: JobDescriptionDraft,
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units'>,
  /** The statements by nation (src/lib/leadersTools/saferRecruitment.ts); without it the document has none. */
  guide: SaferRecruitmentGuide = [],
): JobDescriptionDocument {
  const profile = profileById(catalogue, draft.profileId);
  const units = chosenUnits(draft, catalogue);
  const lines = [
    ...draft.personSpec.filter((line) => line.text.trim() !== '').map((line) => ({ text: line.text.trim(), priority: line.priority })),
    ...units.filter((chosen) => chosen.inPersonSpec).map(({ unit, priority }) => ({ text: personSpecLineForUnit(unit), priority })),
  ];
  const jobTitle = draft.jobTitle.trim() || profile?.title || 'Job description';
  const safeguarding = statementsIn(guide, draft, 'job-description');
  return {
    schoolName: draft.school.school.trim() || null,
    jobTitle,
    profileNote: profile ? `Based on the NJC model role profile ${profile.title}.` : null,
    details: postDetails(draft.school, jobTitle),
    purpose: draft.purpose.trim(),
    duties: draft.duties.map((duty) => duty.text.trim()).filter((duty) => duty !== ''),
    standards: units.map(({ unit }) => ({ code: unit.code, title: unit.title })),
    nation: draft.nation ? { id: draft.nation, name: nations[draft.nation] } : null,
    safeguarding,
    personSpec: {
      essential: lines.filter((line) => line.priority === 'essential').map((line) => line.text),
      desirable: lines.filter((line) => line.priority === 'desirable').map((line) => line.text),
    },
    sourcesNote: safeguarding.length > 0 ? statementsSourceNote(guide, draft) : null,
  };
}

/** Markdown has no way to run code, but a pasted line starting with "#", ">" or "-" changes its meaning: escape them. */
function markdownLine(text: string): string {
  return text.replace(/^([#>*+-]|\d+[.)])/, '\\$1');
}

/** The document as Markdown, for pasting into a word processor or an HR system. */
export function jobDescriptionMarkdown(document: JobDescriptionDocument): string {
  const list = (items: readonly string[], numbered: boolean) =>
    items.length === 0
      ? ['None listed.']
      : items.map((item, index) => {
          const [first = '', ...rest] = item.split('\n');
          return `${numbered ? `${index + 1}.` : '-'} ${markdownLine(first)}${rest.map((line) => `\n   ${markdownLine(line)}`).join('')}`;
        });
  return [
    ...(document.schoolName ? [markdownLine(document.schoolName), ''] : []),
    `# ${markdownLine(document.jobTitle)}`,
    ...(document.profileNote ? ['', document.profileNote] : []),
    ...(document.details.length > 0
      ? ['', '## Post details', '', ...document.details.map((detail) => `- ${detail.label}: ${detail.value.replace(/\n/g, ' ')}`)]
      : []),
    '',
    '## Purpose of the job',
    '',
    document.purpose ? markdownLine(document.purpose) : 'Not written yet.',
    '',
    '## Main duties',
    '',
    ...list(document.duties, true),
    '',
    '## Standards (National Occupational Standards for Supporting Teaching and Learning)',
    '',
    ...list(
      document.standards.map((unit) => `${unit.code}: ${unit.title}`),
      false,
    ),
    '',
    ...(document.safeguarding.length > 0
      ? ['## Safeguarding', '', ...document.safeguarding.flatMap((statement) => [statement.split('\n').map(markdownLine).join('\n'), ''])]
      : []),
    '## Person specification',
    '',
    '### Essential',
    '',
    ...list(document.personSpec.essential, false),
    '',
    '### Desirable',
    '',
    ...list(document.personSpec.desirable, false),
    '',
    ...(document.sourcesNote ? ['## Sources', '', document.sourcesNote, ''] : []),
  ].join('\n');
}
