import { jeFactors, numericLevel } from '../../domain/jeScheme';
import { jeTotalLabel, type RoleRef } from '../content/roles';
import { matchRewordedDuties, wordChanges, type WordChanges } from './dutyMatching';

/**
 * What changes between two or three role profiles, side by side: duties reworded, added and
 * dropped from one to the next (key and optional duties both, each marked as which it is),
 * knowledge, and job evaluation levels that rise or fall. Pure data for the comparison pages and the comparison island.
 */

/** Duty text as compared: case, spacing and punctuation (a comma, a final full stop) do not make two duties different. */
function dutyKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How a profile lists a duty: among its key duties, or among the duties it says the job may also include. */
export type DutyKind = 'key' | 'optional';

export interface DutyRow {
  text: string;
  /**
   * For each compared role: whether it lists this duty as a key or an optional duty, `reworded`
   * when it lists it in other words (a reworded duty of the role before or after it), or null when
   * it does not list it.
   */
  inRoles: (DutyKind | 'reworded' | null)[];
}

/** A duty as one role lists it. */
export interface ComparedDuty {
  text: string;
  kind: DutyKind;
}

/** A duty of one role that the next role lists in other words, with the words that changed. */
export interface RewordedDuty {
  before: ComparedDuty;
  after: ComparedDuty;
  words: WordChanges;
}

export interface FactorRow {
  number: number;
  name: string;
  /** The level each role scores, as printed (alternatives joined with "or"), or null without a JE table. */
  levels: (string | null)[];
  /** Per role after the first: how its level compares with the role before it. */
  change: ('rises' | 'falls' | 'same' | 'unknown')[];
}

export interface RoleComparison {
  /** `extract`: the source gives only an extract of the profile, so its optional duties are not known. */
  roles: { id: string; title: string; purpose: string; jeTotal: string; knowledge: string[]; extract: boolean }[];
  duties: DutyRow[];
  factors: FactorRow[];
  /**
   * Per role after the first, compared with the role before it: duties of the other that it lists
   * in other words (src/lib/progression/dutyMatching.ts decides which), duties it lists that the
   * other does not list at all, duties the other lists that it does not, and duties both list in
   * the same words but one as key and the other as optional.
   */
  changes: {
    reworded: RewordedDuty[];
    added: ComparedDuty[];
    dropped: ComparedDuty[];
    becomeKey: string[];
    becomeOptional: string[];
  }[];
}

/** Every duty a role lists, key duties (with their lettered sub-items) first, then optional ones. */
function roleDuties(role: RoleRef): ComparedDuty[] {
  const texts = (duties: RoleRef['data']['keyDuties']) =>
    duties.flatMap((duty) => [duty.text, ...duty.subItems.map((item) => `${item.label}. ${item.text}`)]);
  return [
    ...texts(role.data.keyDuties).map((text) => ({ text, kind: 'key' as const })),
    ...texts(role.data.optionalDuties).map((text) => ({ text, kind: 'optional' as const })),
  ];
}

/** The duty's kind in a role, by duty key; a duty listed as both key and optional counts as key. */
function dutyKinds(role: RoleRef): Map<string, DutyKind> {
  const kinds = new Map<string, DutyKind>();
  for (const duty of roleDuties(role)) if (!kinds.has(dutyKey(duty.text))) kinds.set(dutyKey(duty.text), duty.kind);
  return kinds;
}

export function compareRoles(roles: readonly RoleRef[]): RoleComparison {
  const duties: DutyRow[] = [];
  for (const [index, role] of roles.entries()) {
    for (const duty of roleDuties(role)) {
      const existing = duties.find((row) => dutyKey(row.text) === dutyKey(duty.text));
      if (existing) existing.inRoles[index] ??= duty.kind;
      else duties.push({ text: duty.text, inRoles: roles.map((_, other) => (other === index ? duty.kind : null)) });
    }
  }
  const levelsOf = (role: RoleRef, factorId: string) => {
    const entry = role.data.jobEvaluation?.factors.find((factor) => factor.factor === factorId);
    return entry ? entry.rows.map((row) => row.level) : null;
  };
  const factors = jeFactors.map((factor) => {
    const levels = roles.map((role) => levelsOf(role, factor.id));
    const change = levels.slice(1).map((current, index) => {
      const previous = levels[index];
      if (!current || !previous) return 'unknown' as const;
      const high = (list: string[]) => Math.max(...list.map(numericLevel));
      const difference = high(current) - high(previous);
      return difference > 0 ? ('rises' as const) : difference < 0 ? ('falls' as const) : ('same' as const);
    });
    return { number: factor.number, name: factor.name, levels: levels.map((list) => (list ? list.join(' or ') : null)), change };
  });
  const changes = roles.slice(1).map((role, index) => {
    const before = roles[index];
    const mine = dutyKinds(role);
    const theirs = before ? dutyKinds(before) : new Map<string, DutyKind>();
    const kindChange = (from: DutyKind, to: DutyKind) =>
      roleDuties(role)
        .filter((duty) => duty.kind === to && mine.get(dutyKey(duty.text)) === to && theirs.get(dutyKey(duty.text)) === from)
        .map((duty) => duty.text);
    const beforeDuties = before ? roleDuties(before) : [];
    const matched = matchRewordedDuties(
      beforeDuties.filter((duty) => !mine.has(dutyKey(duty.text))),
      roleDuties(role).filter((duty) => !theirs.has(dutyKey(duty.text))),
      [...beforeDuties, ...roleDuties(role)].map((duty) => duty.text),
    );
    return {
      reworded: matched.pairs.map((pair) => ({
        before: pair.before,
        after: pair.after,
        words: wordChanges(pair.before.text, pair.after.text),
      })),
      added: matched.unmatchedAfter,
      dropped: matched.unmatchedBefore,
      becomeKey: kindChange('optional', 'key'),
      becomeOptional: kindChange('key', 'optional'),
    };
  });
  // A duty reworded by a neighbouring role is one that role lists, in other words.
  const rowOf = (text: string) => duties.find((row) => dutyKey(row.text) === dutyKey(text));
  changes.forEach((change, index) => {
    for (const pair of change.reworded) {
      const beforeRow = rowOf(pair.before.text);
      const afterRow = rowOf(pair.after.text);
      if (beforeRow) beforeRow.inRoles[index + 1] ??= 'reworded';
      if (afterRow) afterRow.inRoles[index] ??= 'reworded';
    }
  });
  return {
    roles: roles.map((role) => ({
      id: role.id,
      title: role.data.title,
      purpose: role.data.purpose,
      jeTotal: jeTotalLabel(role.data),
      knowledge: role.data.knowledgeSkillsExperience,
      extract: role.data.extract,
    })),
    duties,
    factors: roles.some((role) => role.data.jobEvaluation) ? factors : [],
    changes,
  };
}

/** Pairs of neighbouring levels on each ladder: the comparisons that get a page of their own. */
export function adjacentPairs<T extends RoleRef>(roles: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (const role of roles) {
    if (role.data.level === null) continue;
    const next = roles.find((other) => other.data.ladder === role.data.ladder && other.data.level === (role.data.level ?? 0) + 1);
    if (next) pairs.push([role, next]);
  }
  return pairs;
}

/** The most roles one comparison shows side by side. */
export const maxComparedRoles = 3;

/** What ?roles= asked for, as the comparison reads it. */
export interface ComparedRolesReading {
  /** Known role ids to compare, in the order asked, no repeats, at most maxComparedRoles. */
  ids: string[];
  /** Ids that name no role, to tell the reader about (shown as text). */
  unknown: string[];
  /** Known role ids asked for beyond the first maxComparedRoles, left out of the comparison. */
  extra: string[];
}

/** Reads ?roles=a,b,c: known role ids only, up to three of them, in order, no repeats. */
export function readComparedRoles(search: string, knownIds: readonly string[]): ComparedRolesReading {
  const raw = (new URLSearchParams(search).get('roles') ?? '').slice(0, 500);
  const asked = [
    ...new Set(
      raw
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const known = asked.filter((id) => knownIds.includes(id));
  return {
    ids: known.slice(0, maxComparedRoles),
    unknown: asked.filter((id) => !knownIds.includes(id)),
    extra: known.slice(maxComparedRoles),
  };
}

/**
 * What to tell someone who asked for more roles than a comparison shows, or null:
 * "You asked for 4 roles; a comparison shows at most 3: these are the first 3."
 */
export function tooManyRolesMessage(reading: ComparedRolesReading): string | null {
  if (reading.extra.length === 0) return null;
  const asked = reading.ids.length + reading.extra.length;
  return `You asked for ${asked} roles; a comparison shows at most ${maxComparedRoles}: these are the first ${maxComparedRoles}.`;
}
