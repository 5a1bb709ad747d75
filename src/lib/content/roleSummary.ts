import { ladders } from '../../domain/jobFamilies';
import { nationTagLabel } from '../../domain/now';
import type { QualificationEntry, RoleEntry } from '../../schemas/entry';
import type { NowStatusData } from '../../schemas/now';
import { whereItLeads } from '../progression/whereItLeads';
import type { ProgressionGraph } from '../progression/progression';
import { comparisonPairUrl, qualificationUrl } from '../site/urls';
import { jeTotalLabel, jeTotalSummary, ladderNeighbours, roleLevelLabel } from './roles';

/**
 * A role page's "At a glance", built from the data before the full transcription: what the job is
 * for (the profile's own words), its level, the qualifications it names that can be taken today
 * and those whose status is not known, where it leads, and the comparison with the next level.
 */
export interface RoleAtAGlance {
  purpose: {
    /** The profile's purpose as printed, or its first sentence when it has more than one. */
    text: string;
    /** True when `text` is only the first sentence of a longer purpose. */
    firstSentenceOnly: boolean;
  };
  /** "Level 3 on the Teaching assistant ladder", "Single profile". */
  level: string;
  /** The role's relevant qualifications whose status today is current, or replaced by something named. */
  takeableToday: GlanceQualification[];
  /** The role's relevant qualifications whose status today is not known: shown as such, never as current. */
  notKnown: GlanceQualification[];
  /** How many of its relevant qualifications there are in all (some may be withdrawn). */
  relevantCount: number;
  /** Next steps (not sideways moves), each a place with its page and any nation label. */
  leadsTo: { label: string; href: string; nationTag: string | undefined }[];
  /** The comparison with the level above on the ladder, or, at the top of a ladder, the level below. */
  compare: { href: string; label: string } | undefined;
}

export interface GlanceQualification {
  id: string;
  title: string;
  href: string;
  /** The status as the badge shows it. */
  now: NowStatusData;
  /** "England only", when it applies in some nations only. */
  nationTag: string | undefined;
}

export interface RoleSummaryContent {
  roles: readonly RoleEntry[];
  qualifications: readonly QualificationEntry[];
  progression: ProgressionGraph;
}

/**
 * The first sentence of a passage: up to the first full stop (or ! or ?) followed by a space and
 * a capital letter, so "e.g. the" and "3.2" do not end it.
 */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])\s+(?=[A-Z])/.exec(text.trim());
  return match?.[1] ?? text.trim();
}

export function roleAtAGlance(content: RoleSummaryContent, role: RoleEntry, nodeTags: Record<string, string> = {}): RoleAtAGlance {
  const { data } = role;
  const purpose = firstSentence(data.purpose);
  const relevant = data.relevantQualifications.map(({ id }): GlanceQualification => {
    const qualification = content.qualifications.find((entry) => entry.id === id);
    if (!qualification) throw new Error(`${role.id} names qualification "${id}", which does not exist`);
    return {
      id,
      title: qualification.data.title,
      href: qualificationUrl(id),
      now: qualification.data.now,
      nationTag: nationTagLabel(qualification.data.now.nations),
    };
  });
  const { nextSteps } = whereItLeads(content.progression, `role:${role.id}`);
  const { previous, next } = ladderNeighbours(content.roles, role);
  const compareWith = next ?? previous;
  return {
    purpose: { text: purpose, firstSentenceOnly: purpose !== data.purpose.trim() },
    level: data.level === null ? roleLevelLabel(data) : `${roleLevelLabel(data)} on the ${ladders[data.ladder]} ladder`,
    takeableToday: relevant.filter(
      (item) => item.now.state === 'current' || (item.now.state === 'replaced' && item.now.replacedBy !== undefined),
    ),
    notKnown: relevant.filter((item) => item.now.state === 'not-known'),
    relevantCount: relevant.length,
    leadsTo: nextSteps.flatMap((edge) => {
      const node = content.progression.nodes.find((item) => item.id === edge.to);
      return node ? [{ label: node.label, href: node.href, nationTag: nodeTags[node.id] }] : [];
    }),
    compare: compareWith && {
      href: next ? comparisonPairUrl(role.id, next.id) : comparisonPairUrl(compareWith.id, role.id),
      // Not "Compare with <title>": the page's level navigation has that link already.
      label: `Compare side by side with the level ${next ? 'above' : 'below'} (${compareWith.data.title})`,
    },
  };
}

/** What the roles index says when a source gives no figure: once, in the legend, not in every cell. */
export const notInOurSources = 'not in our sources';
/** What stands in a cell for "not in our sources". */
export const notInOurSourcesMark = '—';

/** A row of the roles index: the purpose's first sentence, the level, and the JE total or the mark for none. */
export function roleIndexRow(role: RoleEntry): { purpose: string; level: string; jeTotal: string; jeTotalInSources: boolean } {
  const inSources = jeTotalSummary(role.data) !== undefined;
  return {
    purpose: firstSentence(role.data.purpose),
    level: role.data.level === null ? roleLevelLabel(role.data) : String(role.data.level),
    jeTotal: inSources ? jeTotalLabel(role.data, { unit: false }) : notInOurSourcesMark,
    jeTotalInSources: inSources,
  };
}
