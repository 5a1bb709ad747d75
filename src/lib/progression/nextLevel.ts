import type { ContentGraph } from '../content/contentGraph';
import { nosUnitCode, nosUnitHref } from '../content/nosUnits';
import type { RoleRef } from '../content/roles';
import { plannerUrl, qualificationUrl, statusUrl } from '../site/urls';
import { dutyTickKey, type ChecklistDuty } from '../storage/nextLevelStore';

/**
 * "What am I missing for the next level?" on a pre-built comparison page: the higher role's
 * duties to tick (key duties, then optional ones, each with the key the checklist keeps it by),
 * and what the higher role's profile names to cover them: its relevant qualifications and
 * statuses, the NOS units those qualifications' units draw on, and the route planner from the
 * lower role to the higher one. Built at build time; the checklist island receives `duties`.
 */
export function nextLevelChecklist(
  lower: RoleRef,
  higher: RoleRef,
  graph: Pick<ContentGraph, 'qualification' | 'status' | 'nosUnitsForQualification'>,
) {
  const checklistDuties = (duties: RoleRef['data']['keyDuties'], kind: ChecklistDuty['kind']): ChecklistDuty[] =>
    duties.map((duty) => ({
      key: dutyTickKey(duty.text),
      text: duty.text,
      kind,
      subItems: duty.subItems.map((item) => ({ key: dutyTickKey(`${item.label}. ${item.text}`), label: item.label, text: item.text })),
    }));
  const qualificationIds = higher.data.relevantQualifications.map((item) => item.id);
  const nosUnits = new Map(qualificationIds.flatMap((id) => graph.nosUnitsForQualification(id)).map((unit) => [unit.id, unit]));
  return {
    lower: { id: lower.id, title: lower.data.title },
    higher: { id: higher.id, title: higher.data.title, extract: higher.data.extract },
    duties: [...checklistDuties(higher.data.keyDuties, 'key'), ...checklistDuties(higher.data.optionalDuties, 'optional')],
    qualifications: qualificationIds.map((id) => ({ title: graph.qualification(id).data.title, href: qualificationUrl(id) })),
    statuses: higher.data.relevantStatuses.map(({ id }) => ({
      title: `${graph.status(id).data.title} (${graph.status(id).data.abbreviation})`,
      href: statusUrl(id),
    })),
    nosUnits: [...nosUnits.values()]
      .sort((a, b) => a.data.number - b.data.number)
      .map((unit) => ({ code: nosUnitCode(unit), title: unit.data.title, href: nosUnitHref(unit) })),
    plannerHref: plannerUrl({ from: `role:${lower.id}`, to: `role:${higher.id}` }),
  };
}

export type NextLevel = ReturnType<typeof nextLevelChecklist>;
