import { stemmer } from 'stemmer';
import type { ProfileSummary, UnitOption } from './jobDesign';

/**
 * Level consistency: does a duty, a line of a person specification or a NOS unit belong, by the
 * profiles' own account, to a higher level than the profile a job is graded against? Nothing here
 * names a role or a duty: every judgement comes from the profiles' text and the qualifications
 * they name, so a change to the content changes the checks with it.
 *
 * Text is compared with the statements of the chosen profile's ladder (each profile's purpose,
 * key and optional duties, and knowledge, skills and experience). Words are weighted by how rare
 * they are across all the profiles, so "whole classes" counts for more than "support pupils". A
 * statement matches when most of the weight of the words written is found in it. The text is
 * placed at the lowest level on the ladder with a matching statement: if that is above the chosen
 * profile, it is flagged, with the statement it matched. Text that matches something at or below
 * the chosen level is never flagged, so duties the profiles repeat from level to level stay quiet.
 */

/** One sentence of a profile, and where it sits. */
export interface ProfileStatement {
  text: string;
  kind: 'purpose' | 'duty' | 'optional duty' | 'knowledge';
  profileId: string;
  profileTitle: string;
  ladder: string;
  level: number | null;
}

/** Every statement of every profile, in catalogue order. */
export function profileStatements(profiles: readonly ProfileSummary[]): ProfileStatement[] {
  return profiles.flatMap((profile) => {
    const base = { profileId: profile.id, profileTitle: profile.title, ladder: profile.ladder, level: profile.level };
    return [
      { ...base, text: profile.purpose, kind: 'purpose' as const },
      ...profile.duties.map((text) => ({ ...base, text, kind: 'duty' as const })),
      ...profile.optionalDuties.map((text) => ({ ...base, text, kind: 'optional duty' as const })),
      ...profile.knowledge.map((text) => ({ ...base, text, kind: 'knowledge' as const })),
    ];
  });
}

// Words that carry no meaning of their own in a duty.
const stopWords = new Set(
  (
    'a an and any are as at be by for from in into is it its of on or such that the their them this to under with within ' +
    'all as appropriate other others including e g eg etc may also will can should must who where which when required'
  ).split(' '),
);

/**
 * The meaningful words of a text, lower-cased and reduced to their stems by the Porter stemmer, so
 * that a duty reworded in another form of the same words still matches: "managing" and "manage",
 * "planning" and "plan", "supervising" and "supervise", "classes" and "class".
 */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !stopWords.has(word))
    .map(stemmer);
}

/** A matcher over the statements of all profiles, weighting words by their rarity. */
export interface StatementIndex {
  statements: readonly { statement: ProfileStatement; words: ReadonlySet<string> }[];
  weight(word: string): number;
}

export function indexStatements(statements: readonly ProfileStatement[]): StatementIndex {
  const indexed = statements.map((statement) => ({ statement, words: new Set(contentWords(statement.text)) }));
  const documentFrequency = new Map<string, number>();
  for (const { words } of indexed) for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const total = indexed.length;
  return {
    statements: indexed,
    // Inverse document frequency; a word no profile uses weighs the most.
    weight: (word) => Math.log((total + 1) / ((documentFrequency.get(word) ?? 0) + 0.5)),
  };
}

/** Share of the weight of `text`'s words that a statement contains, from 0 to 1. */
export function matchScore(index: StatementIndex, words: readonly string[], statementWords: ReadonlySet<string>): number {
  const unique = [...new Set(words)];
  const total = unique.reduce((sum, word) => sum + index.weight(word), 0);
  if (total === 0) return 0;
  const found = unique.filter((word) => statementWords.has(word)).reduce((sum, word) => sum + index.weight(word), 0);
  return found / total;
}

/** How close a statement must be for text to count as the same duty. */
export const matchThreshold = 0.7;

/** Fewer meaningful words than this and a text says too little to place. */
const minimumWords = 2;

export interface LevelFlag {
  /** The profile that places the text higher than the chosen one. */
  profileId: string;
  profileTitle: string;
  level: number;
  /** The profile's statement the text matched, and what kind of statement it is. */
  matched: string;
  kind: ProfileStatement['kind'];
}

/**
 * Flags text that the chosen profile's ladder places only above the chosen level. Returns null
 * when it matches something at or below that level, matches nothing, or the profile has no level.
 */
export function placeText(index: StatementIndex, chosen: ProfileSummary, text: string): LevelFlag | null {
  if (chosen.level === null) return null;
  const words = contentWords(text);
  if (words.length < minimumWords) return null;
  let lowest: { statement: ProfileStatement; score: number } | null = null;
  for (const { statement, words: statementWords } of index.statements) {
    if (statement.ladder !== chosen.ladder || statement.level === null) continue;
    const score = matchScore(index, words, statementWords);
    if (score < matchThreshold) continue;
    if (statement.level <= chosen.level) return null;
    const lowestLevel = lowest?.statement.level ?? Infinity;
    if (!lowest || statement.level < lowestLevel || (statement.level === lowestLevel && score > lowest.score)) {
      lowest = { statement, score };
    }
  }
  if (!lowest || lowest.statement.level === null) return null;
  return {
    profileId: lowest.statement.profileId,
    profileTitle: lowest.statement.profileTitle,
    level: lowest.statement.level,
    matched: lowest.statement.text,
    kind: lowest.statement.kind,
  };
}

/** Flags a NOS unit that the chosen profile's ladder first draws on at a higher level. */
export function placeUnit(unit: UnitOption, chosen: ProfileSummary): UnitOption['placements'][number] | null {
  if (chosen.level === null) return null;
  const placement = unit.placements.find((item) => item.ladder === chosen.ladder);
  return placement && placement.level > chosen.level ? placement : null;
}
