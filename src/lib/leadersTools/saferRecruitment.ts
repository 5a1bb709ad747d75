import type { Nation } from '../../domain/now';
import type { StatementPlace } from '../../domain/saferRecruitment';
import type { SourcePart } from '../site/sourceText';

/**
 * Safer recruitment by nation: the statements the job description builder and the recruitment kit
 * offer (content/now/safer-recruitment.yaml), each with the reference facts it rests on, and the
 * rules for a draft's own wording of them. The guide is built at build time and handed to the
 * islands as props; the draft keeps only what the leader changed, so "Reset to the standard
 * wording" forgets the change and the standard wording shows again. The guide itself is built
 * by src/lib/leadersTools/recruitmentProps.ts.
 */

/** A reference fact as the tools show it beside a statement: what it says, when, and where from. */
export interface StatementSource {
  text: string;
  /** "As of 4 October 2022", "Date: stored page". */
  asOf: string;
  citation: SourcePart[];
  /** "Confidence: edition unconfirmed.", when the reference qualifies the fact. */
  note: string | null;
}

export interface StandardStatement {
  /** Unique across the nations, "england-dbs-check": the draft keeps a leader's wording under it. */
  key: string;
  heading: string;
  /** The standard wording. */
  text: string;
  appearsIn: StatementPlace[];
  /** For the leader only, never in a document. */
  note: string | null;
  sources: StatementSource[];
}

export interface NationGuide {
  nation: Nation;
  name: string;
  /** The guidance followed, naming its edition: "Keeping Children Safe in Education 2025, in force from 1 September 2025". */
  guidance: string;
  guidanceSources: StatementSource[];
  statements: StandardStatement[];
}

/** Every nation's guide, in the order pages list the nations. */
export type SaferRecruitmentGuide = NationGuide[];

/** What a draft keeps of the statements: the nation chosen, and the wording the leader changed. */
export interface StatementChoices {
  nation: Nation | null;
  /** The leader's own wording, by statement key; "" leaves the statement out. */
  statements: readonly { key: string; text: string }[];
}

/** The guide for the draft's nation, or undefined until one is chosen. */
export function guideFor(guide: SaferRecruitmentGuide, draft: Pick<StatementChoices, 'nation'>): NationGuide | undefined {
  return guide.find((item) => item.nation === draft.nation);
}

/** A statement as the draft has it: the leader's wording if changed, else the standard wording. */
export function statementText(draft: Pick<StatementChoices, 'statements'>, statement: Pick<StandardStatement, 'key' | 'text'>): string {
  return draft.statements.find((edit) => edit.key === statement.key)?.text ?? statement.text;
}

/** True when the leader has changed (or cleared) the statement's wording. */
export function isReworded(draft: Pick<StatementChoices, 'statements'>, statement: Pick<StandardStatement, 'key'>): boolean {
  return draft.statements.some((edit) => edit.key === statement.key);
}

/** The draft's statement edits with this statement's wording set; the standard wording itself is not kept as an edit. */
export function withStatementText(
  draft: Pick<StatementChoices, 'statements'>,
  statement: Pick<StandardStatement, 'key' | 'text'>,
  text: string,
): { key: string; text: string }[] {
  const others = draft.statements.filter((edit) => edit.key !== statement.key);
  return text === statement.text ? others : [...others, { key: statement.key, text }];
}

/** The draft's statement edits without this statement's: "Reset to the standard wording". */
export function withStandardWording(
  draft: Pick<StatementChoices, 'statements'>,
  statement: Pick<StandardStatement, 'key'>,
): { key: string; text: string }[] {
  return draft.statements.filter((edit) => edit.key !== statement.key);
}

/** The statements that go into one document, in the draft's wording, leaving out any the leader cleared. */
export function statementsIn(guide: SaferRecruitmentGuide, draft: StatementChoices, place: StatementPlace): string[] {
  return (guideFor(guide, draft)?.statements ?? [])
    .filter((statement) => statement.appearsIn.includes(place))
    .map((statement) => statementText(draft, statement).trim())
    .filter((text) => text !== '');
}

/** The short note a sent document ends with: which guidance its statements follow. */
export function statementsSourceNote(guide: SaferRecruitmentGuide, draft: StatementChoices): string | null {
  const nation = guideFor(guide, draft);
  return nation ? `Safer recruitment statements for ${nation.name}, following ${nation.guidance}.` : null;
}

/** "the advert and the job description": where a statement goes, in a sentence. */
export function placesInWords(places: readonly StatementPlace[], names: Record<StatementPlace, string>): string {
  const words = places.map((place) => names[place]);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
