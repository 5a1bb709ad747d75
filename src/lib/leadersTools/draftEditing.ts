import { firstLine, profileById, profileDuties, type JobDesignCatalogue, type ProfileSummary } from './jobDesign';
import type { DraftWarning, JobDescriptionDraft } from './jobDescription';
import { isolate } from '../site/bidi';

/**
 * How the job description builder edits a draft, as rules the island only calls: which control
 * keeps focus after a move or a removal, how a duty from the profiles' library is referred to in
 * its select, which units a profile's qualifications draw on, and the sentences the builder says.
 */

/** A draft with nothing in it yet, for which the builder offers only a start (or an import). */
export function hasContent(draft: JobDescriptionDraft): boolean {
  return draft.jobTitle !== '' || draft.purpose !== '' || draft.duties.length > 0 || draft.units.length > 0 || draft.personSpec.length > 0;
}

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** What a draft holds, for the import, conflict and start questions: "a draft “TA” with 9 duties and 2 standards". */
export function describeDraft(draft: JobDescriptionDraft): string {
  return draft.duties.length === 0 && draft.jobTitle === ''
    ? 'an empty draft'
    : `a draft “${draft.jobTitle ? isolate(draft.jobTitle) : 'untitled'}” with ${count(draft.duties.length, 'duty', 'duties')} and ${count(draft.units.length, 'standard', 'standards')}`;
}

/**
 * After "Move up" or "Move down" on the item at `position` of a list of `length`, which of the
 * moved item's two buttons takes focus: the one pressed, unless the item has reached the end it
 * moved towards (that button is then disabled), when focus goes to the other.
 */
export function focusAfterMove(position: number, step: -1 | 1, length: number): 'up' | 'down' {
  if (step === -1) return position - 1 === 0 ? 'down' : 'up';
  return position + 1 === length - 1 ? 'up' : 'down';
}

/** After removing the item at `position`, the item that takes focus: the next one, else the one before, else none. */
export function focusAfterRemove<T extends { id: string }>(items: readonly T[], position: number): T | undefined {
  return items[position + 1] ?? items[position - 1];
}

/**
 * How the library select refers to a profile's duty: "<profile id>#<position>", the position in
 * the profile's key duties then its "may also" duties (`profileDuties`).
 */
export function libraryDutyValue(profileId: string, position: number): string {
  return `${profileId}#${position}`;
}

/** Every profile's duties as the library select offers them, grouped by profile. */
export function libraryDutyOptions(
  profiles: readonly ProfileSummary[],
): { profileId: string; title: string; options: { value: string; label: string }[] }[] {
  return profiles.map((profile) => ({
    profileId: profile.id,
    title: profile.title,
    options: profileDuties(profile).map((text, position) => ({
      value: libraryDutyValue(profile.id, position),
      label: `${position >= profile.duties.length ? 'May also: ' : ''}${text.replace(/\n/g, ' ')}`,
    })),
  }));
}

/** The duty a library select value refers to, with its profile; undefined for a value that refers to none. */
export function readLibraryDuty(
  catalogue: Pick<JobDesignCatalogue, 'profiles'>,
  value: string,
): { profile: ProfileSummary; text: string } | undefined {
  const mark = value.lastIndexOf('#');
  if (mark < 1) return undefined;
  const profile = profileById(catalogue, value.slice(0, mark));
  const position = value.slice(mark + 1);
  if (!profile || !/^\d+$/.test(position)) return undefined;
  const text = profileDuties(profile)[Number(position)];
  return text === undefined ? undefined : { profile, text };
}

/** The units behind a profile's qualifications that a leader can choose (those with a known title), in unit order. */
export function unitsBehindProfile(
  catalogue: Pick<JobDesignCatalogue, 'units'>,
  profile: ProfileSummary | undefined,
): JobDesignCatalogue['units'] {
  return profile ? catalogue.units.filter((unit) => profile.nosUnitIds.includes(unit.id)) : [];
}

/** The draft's units with `unitIds` chosen too (as essential, after those already chosen), or with `unitId` removed. */
export function withUnitsChosen(draft: Pick<JobDescriptionDraft, 'units'>, unitIds: readonly string[]): JobDescriptionDraft['units'] {
  const added = unitIds.filter((id, index) => unitIds.indexOf(id) === index && !draft.units.some((unit) => unit.id === id));
  return [...draft.units, ...added.map((id) => ({ id, priority: 'essential' as const }))];
}

export function withUnitRemoved(draft: Pick<JobDescriptionDraft, 'units'>, unitId: string): JobDescriptionDraft['units'] {
  return draft.units.filter((unit) => unit.id !== unitId);
}

/** The sentence under "Checks against the profiles". */
export function checksSummary(profile: Pick<ProfileSummary, 'title' | 'level'> | undefined, warningCount: number): string {
  if (!profile) return 'Choose the profile this job is graded against to check the draft.';
  if (profile.level === null)
    return `${profile.title} is not one of a numbered set of profiles, so there is no higher level to check against.`;
  if (warningCount === 0) return `Nothing in this draft is placed above ${profile.title} by the profiles.`;
  const one = warningCount === 1;
  return `${warningCount} ${one ? 'thing' : 'things'} in this draft ${one ? 'is' : 'are'} placed above ${profile.title} by the profiles. If the job really includes ${one ? 'it' : 'them'}, it may need a higher grade.`;
}

/** What the checks' list calls each part of a draft. */
export const draftPartLabels: Record<DraftWarning['part'], string> = { duty: 'Duty', unit: 'Standard', person: 'Person specification' };

/** A warning as the checks' list shows it: "Duty: Liaise with external agencies…". */
export function warningSummary(warning: Pick<DraftWarning, 'part' | 'text'>): string {
  return `${draftPartLabels[warning.part]}: ${firstLine(warning.text)}`;
}

/** The id of an item's warning, which its field names as its description. */
export function warningId(part: DraftWarning['part'], itemId: string): string {
  return `warning-${part}-${itemId}`;
}

/** Where the checks' list links for a warning: the item's field or fieldset. */
export function warningTarget(warning: Pick<DraftWarning, 'part' | 'itemId'>): string {
  return `#${warning.part}-${warning.itemId}`;
}
