import type { NosUnitEntry } from '../../schemas/entry';
import type { NosUnitData } from '../../schemas/nosUnit';
import { givenTitleNames, nosGroups, titleStatuses, type NosGroup } from '../../domain/nosGroups';
import { standardUrl } from '../site/urls';
import { listInWords } from '../site/wording';

/** A NOS unit has a page only if its title is known: the site never shows a unit under a guessed name. */
export function nosUnitHasPage(unit: { data: Pick<NosUnitData, 'title'> }): boolean {
  return unit.data.title !== null;
}

/** The page address of a NOS unit, or undefined for a unit without a known title (it has no page). */
export function nosUnitHref(unit: NosUnitEntry): string | undefined {
  return nosUnitHasPage(unit) ? standardUrl(unit.id) : undefined;
}

/** "STL3", as the standards name their units. */
export function nosUnitCode(unit: { data: NosUnitData }): string {
  return `STL${unit.data.number}`;
}

/** Units grouped as the standards group them, each group in unit-number order. */
export function groupNosUnits<T extends NosUnitEntry>(
  units: readonly T[],
): { group: NosGroup; name: string; units: T[] }[] {
  return (Object.keys(nosGroups) as NosGroup[])
    .map((group) => ({
      group,
      name: nosGroups[group],
      units: units.filter((unit) => unit.data.group === group).sort((a, b) => a.data.number - b.data.number),
    }))
    .filter((group) => group.units.length > 0);
}

export type TitleStatus = NosUnitData['titleStatus'];

/** "1 unit", "5 units". */
export function unitCount(count: number): string {
  return `${count} ${count === 1 ? 'unit' : 'units'}`;
}

/**
 * What the standards index says about where titles come from, counted from the units themselves:
 * how many have a page, how many titles come from each kind of source (in the order of
 * `titleStatuses`, kinds with no unit left out), how many have no title, and how many of those
 * have a known topic.
 */
export function nosTitleProvenance(units: readonly { data: NosUnitData }[]): {
  total: number;
  titled: number;
  bySource: { status: Exclude<TitleStatus, 'title-not-found'>; count: number; description: string }[];
  untitled: number;
  withTopic: number;
} {
  const bySource = (Object.keys(titleStatuses) as TitleStatus[])
    .filter((status): status is Exclude<TitleStatus, 'title-not-found'> => status !== 'title-not-found')
    .map((status) => ({
      status,
      count: units.filter((unit) => unit.data.titleStatus === status).length,
      description: titleStatuses[status],
    }))
    .filter((item) => item.count > 0);
  const untitled = units.filter((unit) => !nosUnitHasPage(unit));
  return {
    total: units.length,
    titled: units.length - untitled.length,
    bySource,
    untitled: untitled.length,
    withTopic: untitled.filter((unit) => unit.data.topic !== undefined).length,
  };
}

/** The index's sentence on where the titles come from: "… 29 read from …, 19 taken from … and 5 found only in …". */
export function titleSourcesSentence(units: readonly { data: NosUnitData }[]): string {
  const { titled, bySource } = nosTitleProvenance(units);
  return `This site has a page for each of the ${unitCount(titled)} whose title was found: ${listInWords(
    bySource.map((item) => `${item.count} ${item.description}`),
  )}.`;
}

/** What the title this site gives a unit is: "the national title" only when it was read from the national site. */
export function givenTitleName(unit: { data: Pick<NosUnitData, 'titleStatus'> }): string {
  return givenTitleNames[unit.data.titleStatus];
}
