import { withoutImportNote, type ContentGraph, type ContentSet } from '../content/contentGraph';
import { ladders } from '../../domain/jobFamilies';
import type { JobDesignCatalogue, ProfileSummary, UnitPlacement } from './jobDesign';
import { nosUnitCode, nosUnitHasPage } from '../content/nosUnits';
import { sortRoles, type RoleRef } from '../content/roles';
import type { NosUnitEntry } from '../../schemas/entry';
import { nosGroups } from '../../domain/nosGroups';
import { nowBadgeText } from '../now/status';

/**
 * Builds the leaders' tools' catalogue (src/lib/leadersTools/jobDesign.ts) at build time, from the same
 * collections as the pages.
 */

/** The leaders' tools' catalogue, from everything the site loaded. */
export function jobDesignCatalogueFor(site: Pick<ContentSet, 'roles' | 'nosUnits'> & { graph: ContentGraph }): JobDesignCatalogue {
  return buildJobDesignCatalogue(site.roles, site.nosUnits, site.graph);
}

/** A duty and its lettered sub-items as one block of text, each sub-item on its own line. */
export function flattenDuty(duty: { text: string; subItems: readonly { label: string; text: string }[] }): string {
  return [duty.text, ...duty.subItems.map((item) => `(${item.label}) ${item.text}`)].join('\n');
}

/** The NOS units behind a role's relevant qualifications, in unit-number order. */
function nosUnitsForRole(role: RoleRef, graph: ContentGraph): { id: string; number: number; qualificationTitles: string[] }[] {
  const found = new Map<string, { id: string; number: number; qualificationTitles: string[] }>();
  for (const { id: qualificationId } of role.data.relevantQualifications) {
    const title = graph.qualification(qualificationId).data.title;
    for (const nos of graph.nosUnitsForQualification(qualificationId)) {
      const entry = found.get(nos.id) ?? { id: nos.id, number: nos.data.number, qualificationTitles: [] };
      if (!entry.qualificationTitles.includes(title)) entry.qualificationTitles.push(title);
      found.set(nos.id, entry);
    }
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}

/** Builds the tools' catalogue from the role profiles and the standards. */
export function buildJobDesignCatalogue(
  roles: readonly RoleRef[],
  nosUnits: readonly NosUnitEntry[],
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
    qualifications: role.data.relevantQualifications.map(({ id }) => {
      const qualification = graph.qualification(id).data;
      return { id, title: qualification.title, state: qualification.now.state, badge: nowBadgeText(qualification.now) };
    }),
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

  const titled = [...nosUnits].filter(nosUnitHasPage).sort((a, b) => a.data.number - b.data.number);
  return {
    profiles,
    units: titled.map((unit) => ({
      id: unit.id,
      code: nosUnitCode(unit),
      // The tools print the title a school would: without the reference's "(imported CCLD 301)" note.
      title: withoutImportNote(unit.data.title ?? ''),
      group: unit.data.group,
      groupName: nosGroups[unit.data.group],
      placements: placementsFor(unit.id),
    })),
    unitCodes: [...nosUnits].sort((a, b) => a.data.number - b.data.number).map((unit) => ({ id: unit.id, code: nosUnitCode(unit) })),
    untitledUnitCount: nosUnits.length - titled.length,
    unitCount: nosUnits.length,
  };
}
