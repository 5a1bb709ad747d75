import type { ProfileSummary } from './jobDesign';
import {
  contentWords,
  indexStatements,
  placeText,
  profileStatements,
  type ProfileStatement,
  type StatementIndex,
} from './levelConsistency';

/**
 * The one level check the job description builder and the role audit share: given the profile a
 * job is graded against and a duty (typed, copied or ticked), does the profiles' own text place
 * the duty above that profile? Both tools call `checkLevel`, so the same duty gets the same
 * answer in both.
 *
 * Two rules, from the profiles' words alone (src/lib/leadersTools/levelConsistency.ts has the
 * word matching):
 *
 * 1. A duty is placed at the lowest level of the chosen profile's ladder with a statement that
 *    holds most of its words' weight. Above the chosen level, it is flagged.
 * 2. Line management and appraisal are a responsibility for other staff, which word matching
 *    alone misses: "Line manage and appraise two teaching assistants" shares too few words with
 *    "Line manage a team of support staff". A duty that speaks of them is placed at the lowest
 *    level of the ladder whose statements speak of them too; if no profile on the ladder does,
 *    it is flagged as held only by profiles of other ladders (which the profiles do not rank
 *    against each other), naming them.
 */

/** The words, stemmed and in order, by which a text speaks of line management or appraisal. */
const staffResponsibilityPhrases: readonly (readonly string[])[] = ['line manage', 'appraise', 'performance management'].map(contentWords);

/** Whether a text gives a responsibility for other staff: line management or appraisal. */
export function isStaffResponsibility(text: string): boolean {
  const words = contentWords(text);
  return staffResponsibilityPhrases.some((phrase) =>
    words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word)),
  );
}

/** What the check knows, built once for a catalogue's profiles. */
export interface LevelCheck {
  index: StatementIndex;
  /** The statements that speak of line management or appraisal, lowest level first. */
  staffStatements: readonly ProfileStatement[];
  /** Answers already given, by profile and text: an audit asks the same question of many roles. */
  answers: Map<string, LevelFlag | null>;
}

const built = new WeakMap<readonly ProfileSummary[], LevelCheck>();

/** The level check for these profiles, built on first use and kept for the same list. */
export function levelCheckFor(profiles: readonly ProfileSummary[]): LevelCheck {
  let check = built.get(profiles);
  if (!check) {
    const statements = profileStatements(profiles);
    check = {
      index: indexStatements(statements),
      staffStatements: statements
        .filter((statement) => isStaffResponsibility(statement.text))
        .sort((a, b) => (a.level ?? Infinity) - (b.level ?? Infinity)),
      answers: new Map(),
    };
    built.set(profiles, check);
  }
  return check;
}

/** Why a duty is flagged, and the profile that places it. */
export interface LevelFlag {
  /**
   * 'above': the chosen profile's ladder places it above the chosen profile. 'other ladders': it
   * is line management or appraisal, which no profile on the chosen ladder includes.
   */
  basis: 'above' | 'other ladders';
  /** The profile that places the duty (for 'other ladders', the lowest of those that hold it). */
  profileId: string;
  profileTitle: string;
  level: number | null;
  /** The statement of that profile the duty matched, and what kind of statement it is. */
  matched: string;
  kind: ProfileStatement['kind'];
  /** For 'other ladders': every profile that holds it, the lowest of each ladder. */
  holders: { profileId: string; profileTitle: string }[];
}

function staffFlag(check: LevelCheck, chosen: ProfileSummary): LevelFlag | null {
  const onLadder = check.staffStatements.find((statement) => statement.ladder === chosen.ladder && statement.level !== null);
  if (onLadder) {
    if ((onLadder.level ?? 0) <= (chosen.level ?? 0)) return null;
    return { basis: 'above', ...placedBy(onLadder), holders: [] };
  }
  const lowestPerLadder = new Map<string, ProfileStatement>();
  for (const statement of check.staffStatements)
    if (!lowestPerLadder.has(statement.ladder)) lowestPerLadder.set(statement.ladder, statement);
  const [first, ...rest] = lowestPerLadder.values();
  if (!first) return null;
  return {
    basis: 'other ladders',
    ...placedBy(first),
    holders: [first, ...rest].map((statement) => ({ profileId: statement.profileId, profileTitle: statement.profileTitle })),
  };
}

const placedBy = (statement: ProfileStatement) => ({
  profileId: statement.profileId,
  profileTitle: statement.profileTitle,
  level: statement.level,
  matched: statement.text,
  kind: statement.kind,
});

/**
 * Whether the profiles place `text` above `chosen`: the flag, or null when they place it at or
 * below it, cannot place it, or `chosen` is not one of a numbered set of profiles.
 */
export function checkLevel(check: LevelCheck, chosen: ProfileSummary, text: string): LevelFlag | null {
  if (chosen.level === null) return null;
  const question = `${chosen.id}\u0000${text}`;
  const known = check.answers.get(question);
  if (known !== undefined) return known;
  let answer: LevelFlag | null;
  if (isStaffResponsibility(text)) answer = staffFlag(check, chosen);
  else {
    const placed = placeText(check.index, chosen, text);
    answer = placed ? { basis: 'above', ...placed, holders: [] } : null;
  }
  check.answers.set(question, answer);
  return answer;
}

/** Where the profiles place a flagged duty, after "the profiles place this": "at Teaching Assistant 5, above Teaching Assistant 3". */
export function levelFlagPlace(flag: LevelFlag, chosen: Pick<ProfileSummary, 'title' | 'ladderName'>): string {
  return flag.basis === 'above'
    ? `at ${flag.profileTitle}, above ${chosen.title}`
    : `outside the ${chosen.ladderName} profiles: none of them includes line management or appraisal`;
}

/** Why, in a sentence: the statement matched, or the profiles that hold line management or appraisal. */
export function levelFlagReason(flag: LevelFlag): string {
  if (flag.basis === 'above') return `${flag.profileTitle} (${flag.kind}): “${flag.matched.replace(/\n/g, ' ')}”`;
  const titles = flag.holders.map((holder) => holder.profileTitle);
  const list = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : (titles[0] ?? '');
  return `The profiles that do are ${list} (the lowest of each set), and the profiles do not compare levels across sets.`;
}

/** The statement a flagged duty matched, when it is not the duty itself: " (its duty “…”)". */
export function levelFlagMatch(flag: LevelFlag, text: string): string {
  const matched = flag.matched.replace(/\s+/g, ' ').trim();
  return matched.toLowerCase() === text.replace(/\s+/g, ' ').trim().toLowerCase() ? '' : ` (its ${flag.kind} “${matched}”)`;
}

/** What the check cannot see, said on every page that shows its results. */
export const levelCheckLimits =
  'The check compares words with the profiles’ own statements. It cannot see what a duty means when its words differ from the profiles’ (other than in their form, such as “planning” for “plan”), it does not compare levels across different sets of profiles, and it says nothing about profiles the NJC does not number.';
