import { jobFamilies, ladders } from '../../domain/jobFamilies';
import type { RoleEntry } from '../../schemas/entry';
import type { RoleData } from '../../schemas/role';
import { formatRange, jeTotal, parsePrintedTotal, type PointsRange } from '../../domain/jeTotals';
import { roleUrl } from '../site/urls';

/** A role as pages handle it: its entry id and validated data. */
export type RoleRef = RoleEntry;

/** Roles ordered for display: job family (in the order of jobFamilies), then ladder, then level. */
export function sortRoles<T extends RoleRef>(roles: readonly T[]): T[] {
  const familyOrder = Object.keys(jobFamilies);
  const ladderOrder = Object.keys(ladders);
  return [...roles].sort(
    (a, b) =>
      familyOrder.indexOf(a.data.family) - familyOrder.indexOf(b.data.family) ||
      ladderOrder.indexOf(a.data.ladder) - ladderOrder.indexOf(b.data.ladder) ||
      (a.data.level ?? 0) - (b.data.level ?? 0),
  );
}

export interface FamilyGroup<T extends RoleRef> {
  family: keyof typeof jobFamilies;
  name: string;
  ladders: { ladder: keyof typeof ladders; name: string; roles: T[] }[];
}

/** Roles grouped by job family, then by ladder, each group in display order. */
export function groupRolesByFamily<T extends RoleRef>(roles: readonly T[]): FamilyGroup<T>[] {
  const groups: FamilyGroup<T>[] = [];
  for (const role of sortRoles(roles)) {
    let family = groups.find((group) => group.family === role.data.family);
    if (!family) {
      family = { family: role.data.family, name: jobFamilies[role.data.family], ladders: [] };
      groups.push(family);
    }
    let ladder = family.ladders.find((group) => group.ladder === role.data.ladder);
    if (!ladder) {
      ladder = { ladder: role.data.ladder, name: ladders[role.data.ladder], roles: [] };
      family.ladders.push(ladder);
    }
    ladder.roles.push(role);
  }
  return groups;
}

/** The roles one level below and above on the same ladder, if the sources have them. */
export function ladderNeighbours<T extends RoleRef>(roles: readonly T[], role: T): { previous?: T; next?: T } {
  if (role.data.level === null) return {};
  const level = role.data.level;
  const sameLadder = roles.filter((other) => other.data.ladder === role.data.ladder);
  const previous = sameLadder.find((other) => other.data.level === level - 1);
  const next = sameLadder.find((other) => other.data.level === level + 1);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** What a reader is told about a role's JE total. */
export interface JeTotalSummary {
  /** The total as the source prints it, formatted ("332–345"), or null when it prints none. */
  printed: string | null;
  /** The total exactly as the source prints it ("332- 345", "472/495"), for the table's "as printed" row; null when it prints none. */
  printedAs: string | null;
  /** What the factor points add up to on the scheme's scale. */
  calculated: PointsRange;
  /** True when the printed total and the calculation agree. */
  agrees: boolean;
}

export function jeTotalSummary(role: RoleData): JeTotalSummary | undefined {
  const je = role.jobEvaluation;
  if (!je) return undefined;
  const calculated = jeTotal(je.factors);
  const printedRange = je.totalAsPrinted === null ? undefined : parsePrintedTotal(je.totalAsPrinted);
  return {
    printed: printedRange ? formatRange(printedRange) : null,
    printedAs: je.totalAsPrinted,
    calculated,
    agrees: printedRange !== undefined && printedRange.min === calculated.min && printedRange.max === calculated.max,
  };
}

/**
 * A one-line JE total for lists: the printed figure, or the calculation labelled as such.
 * Leave the unit off where a column heading already says "points".
 */
export function jeTotalLabel(role: RoleData, { unit = true }: { unit?: boolean } = {}): string {
  const summary = jeTotalSummary(role);
  if (!summary) return 'Not in our sources';
  const points = unit ? ' points' : '';
  if (summary.printed !== null) return `${summary.printed}${points}`;
  return `${formatRange(summary.calculated)}${points} (calculated; no total printed)`;
}

/** Where the role sits on its ladder, in words. */
export function roleLevelLabel(role: RoleData): string {
  return role.level === null ? 'Single profile' : `Level ${role.level}`;
}

/** Links to role pages, labelled with each role's title. */
export function roleLinks(roles: readonly RoleRef[]): { href: string; label: string }[] {
  return roles.map((role) => ({ href: roleUrl(role.id), label: role.data.title }));
}

/**
 * A profile's CPD suggestions as the source sets them out: runs of suggestions, each under the
 * words that introduce it ("Other areas for CPD may include:"), or under none.
 */
export function cpdSuggestionGroups<S extends { intro?: string | undefined }>(suggestions: readonly S[]): { intro?: string; suggestions: S[] }[] {
  const groups: { intro?: string; suggestions: S[] }[] = [];
  for (const suggestion of suggestions) {
    const current = groups[groups.length - 1];
    if (suggestion.intro !== undefined || !current) groups.push({ ...(suggestion.intro === undefined ? {} : { intro: suggestion.intro }), suggestions: [suggestion] });
    else current.suggestions.push(suggestion);
  }
  return groups;
}
