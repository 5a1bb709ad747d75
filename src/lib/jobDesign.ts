import type { ContentGraph } from './contentGraph';
import { ladders } from './jobFamilies';
import { nosUnitCode } from './nosUnits';
import { sortRoles, type RoleRef } from './roles';
import { nosGroups, type NosGroup, type NosUnitData } from '../schemas/nosUnit';

/**
 * What the leaders' tools (job description builder, recruitment kit, role audit) know about the
 * role profiles and the standards: plain serialisable data, computed at build time from the same
 * collections as the pages, handed to the islands as props.
 */

/** A role profile as the tools use it: its words, and where it sits on its ladder. */
export interface ProfileSummary {
  id: string;
  title: string;
  ladder: keyof typeof ladders;
  ladderName: string;
  /** Level on the ladder; null for a profile the NJC does not number. */
  level: number | null;
  purpose: string;
  /** Key duties in source order; lettered sub-items follow their duty on lines of their own, "(a) …". */
  duties: string[];
  /** "May also" duties, flattened the same way. */
  optionalDuties: string[];
  knowledge: string[];
  /** NOS units behind the qualifications the profile names as relevant, in unit order. */
  nosUnitIds: string[];
}

/** Where the profiles of one ladder first draw on a NOS unit, through the qualifications they name. */
export interface UnitPlacement {
  ladder: keyof typeof ladders;
  /** The lowest level on the ladder whose relevant qualifications draw on the unit. */
  level: number;
  roleId: string;
  roleTitle: string;
  /** The qualifications of that role that draw on the unit. */
  qualifications: string[];
}

/** A NOS unit a leader can choose: only units with a known title (a job description needs the words). */
export interface UnitOption {
  id: string;
  /** "STL3". */
  code: string;
  title: string;
  group: NosGroup;
  groupName: string;
  placements: UnitPlacement[];
}

export interface JobDesignCatalogue {
  profiles: ProfileSummary[];
  units: UnitOption[];
  /** How many units were left out because no reliable title was found. */
  untitledUnitCount: number;
}

/** A duty and its lettered sub-items as one block of text, each sub-item on its own line. */
export function flattenDuty(duty: { text: string; subItems: readonly { label: string; text: string }[] }): string {
  return [duty.text, ...duty.subItems.map((item) => `(${item.label}) ${item.text}`)].join('\n');
}

/** The NOS units behind a role's relevant qualifications, in unit-number order. */
function nosUnitsForRole(role: RoleRef, graph: ContentGraph): { id: string; number: number; qualificationTitles: string[] }[] {
  const found = new Map<string, { id: string; number: number; qualificationTitles: string[] }>();
  for (const { id: qualificationId } of role.data.relevantQualifications) {
    const qualification = graph.qualification(qualificationId);
    for (const { unit } of qualification.data.units) {
      for (const { unit: nos } of graph.qcfUnit(unit.id).data.nosUnits) {
        const entry = found.get(nos.id) ?? { id: nos.id, number: graph.nosUnit(nos.id).data.number, qualificationTitles: [] };
        if (!entry.qualificationTitles.includes(qualification.data.title)) entry.qualificationTitles.push(qualification.data.title);
        found.set(nos.id, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}

/** Builds the tools' catalogue from the role profiles and the standards. */
export function buildJobDesignCatalogue(
  roles: readonly RoleRef[],
  nosUnits: readonly { id: string; data: NosUnitData }[],
  graph: ContentGraph,
): JobDesignCatalogue {
  const sorted = sortRoles(roles);
  const unitsByRole = new Map(sorted.map((role) => [role.id, nosUnitsForRole(role, graph)]));
  const profiles: ProfileSummary[] = sorted.map((role) => ({
    id: role.id,
    title: role.data.title,
    ladder: role.data.ladder,
    ladderName: ladders[role.data.ladder],
    level: role.data.level,
    purpose: role.data.purpose,
    duties: role.data.keyDuties.map(flattenDuty),
    optionalDuties: role.data.optionalDuties.map(flattenDuty),
    knowledge: [...role.data.knowledgeSkillsExperience],
    nosUnitIds: (unitsByRole.get(role.id) ?? []).map((unit) => unit.id),
  }));

  const placementsFor = (unitId: string): UnitPlacement[] => {
    const placements: UnitPlacement[] = [];
    for (const role of sorted) {
      if (role.data.level === null) continue;
      const drawn = unitsByRole.get(role.id)?.find((unit) => unit.id === unitId);
      if (!drawn) continue;
      const existing = placements.find((placement) => placement.ladder === role.data.ladder);
      if (existing && existing.level <= role.data.level) continue;
      const placement: UnitPlacement = {
        ladder: role.data.ladder,
        level: role.data.level,
        roleId: role.id,
        roleTitle: role.data.title,
        qualifications: drawn.qualificationTitles,
      };
      if (existing) placements.splice(placements.indexOf(existing), 1, placement);
      else placements.push(placement);
    }
    return placements;
  };

  const titled = [...nosUnits].filter((unit) => unit.data.title !== null).sort((a, b) => a.data.number - b.data.number);
  return {
    profiles,
    units: titled.map((unit) => ({
      id: unit.id,
      code: nosUnitCode(unit),
      title: unit.data.title ?? '',
      group: unit.data.group,
      groupName: nosGroups[unit.data.group],
      placements: placementsFor(unit.id),
    })),
    untitledUnitCount: nosUnits.length - titled.length,
  };
}
