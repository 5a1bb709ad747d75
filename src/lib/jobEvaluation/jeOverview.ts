import { jeFactors } from '../../domain/jeScheme';
import { buildJeTable } from './jeTable';
import { compareRoles } from '../progression/roleComparison';
import { ladders } from '../../domain/jobFamilies';
import { jeTotalLabel, sortRoles, type RoleRef } from '../content/roles';
import { slugify } from '../content/slug';
import type { RoleData } from '../../schemas/role';
import { jobEvaluationUrl, roleUrl } from '../site/urls';

/**
 * The job evaluation page: the points each factor level scores, and every evaluated profile's
 * levels side by side, ladder by ladder. Built from the roles' JE tables and the scheme, so a
 * correction in a role file shows here too.
 */

export interface JeScale {
  /** The levels that appear on any factor's scale, lowest first. */
  levels: number[];
  /** One row per factor in scheme order: the points for each level, or null where no profile uses that level. */
  factors: { number: number; name: string; points: (number | null)[] }[];
}

export function jeScale(): JeScale {
  const levels = [...new Set(jeFactors.flatMap((factor) => Object.keys(factor.pointsByLevel).map(Number)))].sort((a, b) => a - b);
  return {
    levels,
    factors: jeFactors.map((factor) => ({
      number: factor.number,
      name: factor.name,
      points: levels.map((level) => factor.pointsByLevel[String(level)] ?? null),
    })),
  };
}

/** One profile's score on one factor: each printed row, as "level, points". */
export interface JeCell {
  /** `pointsPrintedAs`: the points cell's text when it is not a figure, shown as printed. */
  rows: { level: string; points: number | undefined; pointsPrintedAs?: string; noteHref?: string }[];
  /** Compared with the profile before it in the table (a ladder's previous level); absent for the first. */
  change?: 'rises' | 'falls' | 'same' | 'unknown';
}

/** A row's points as the cell shows them: "26 points", or what the source prints when it is not a figure. */
export function jeCellPointsLabel(row: JeCell['rows'][number]): string {
  if (row.pointsPrintedAs !== undefined) return `points printed "${row.pointsPrintedAs}"`;
  return row.points === undefined ? 'no points printed' : `${row.points} points`;
}

/** The table a profile appears in on the job evaluation page: its ladder, or the single profiles. */
function jeGroupName(role: RoleData): string {
  return role.level === null ? 'Single profiles' : ladders[role.ladder];
}

/** The address of a profile's table on the job evaluation page. */
export function jeOverviewHref(role: RoleData): string {
  return jobEvaluationUrl(slugify(jeGroupName(role)));
}

export interface JeLadderTable {
  /** "Midday Supervision", or "Single profiles" for the profiles the NJC does not number. */
  name: string;
  /** Fragment id of the table's section. */
  id: string;
  /** True for a numbered ladder, where a column's change from the one before means a step up. */
  ladder: boolean;
  roles: { id: string; title: string; total: string; totalNoteHref?: string }[];
  factors: { number: number; name: string; cells: JeCell[] }[];
}

/**
 * Every profile with a JE table, one table per ladder (lowest level first); profiles without a
 * level share one table, where no change between columns is shown.
 */
export function jeLadderTables(roles: readonly RoleRef[]): JeLadderTable[] {
  const evaluated = sortRoles(roles).filter((role) => role.data.jobEvaluation);
  const groups: { name: string; ladder: boolean; roles: RoleRef[] }[] = [];
  for (const role of evaluated) {
    const name = jeGroupName(role.data);
    let group = groups.find((candidate) => candidate.name === name);
    if (!group) {
      group = { name, ladder: role.data.level !== null, roles: [] };
      groups.push(group);
    }
    group.roles.push(role);
  }
  // Ladders first, in display order; the single profiles after them.
  groups.sort((a, b) => Number(b.ladder) - Number(a.ladder));
  return groups.map((group) => {
    const tables = group.roles.map((role) => {
      const table = buildJeTable(role.data);
      if (!table) throw new Error(`${role.id} has a JE table that cannot be built`);
      return table;
    });
    const comparison = compareRoles(group.roles);
    const noteHref = (roleId: string, note: number) => roleUrl(roleId, `je-note-${note}`);
    return {
      name: group.name,
      id: slugify(group.name),
      ladder: group.ladder,
      roles: group.roles.map((role, index) => {
        const table = tables[index];
        return {
          id: role.id,
          title: role.data.title,
          total: jeTotalLabel(role.data, { unit: false }),
          ...(table && !table.total.agrees ? { totalNoteHref: noteHref(role.id, table.notes.length) } : {}),
        };
      }),
      factors: jeFactors.map((factor, factorIndex) => ({
        number: factor.number,
        name: factor.name,
        cells: group.roles.map((role, roleIndex): JeCell => {
          const rows = tables[roleIndex]?.factors.find((entry) => entry.number === factor.number)?.rows ?? [];
          const change = roleIndex > 0 && group.ladder ? comparison.factors[factorIndex]?.change[roleIndex - 1] : undefined;
          return {
            rows: rows.map((row) => ({
              level: row.level,
              points: row.points,
              ...(row.pointsPrintedAs === undefined ? {} : { pointsPrintedAs: row.pointsPrintedAs }),
              ...(row.noteNumber === undefined ? {} : { noteHref: noteHref(role.id, row.noteNumber) }),
            })),
            ...(change ? { change } : {}),
          };
        }),
      })),
    };
  });
}
