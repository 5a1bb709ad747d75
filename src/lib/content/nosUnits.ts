import type { NosUnitEntry } from '../../schemas/entry';
import type { NosUnitData } from '../../schemas/nosUnit';
import { nosGroups, type NosGroup } from '../../domain/nosGroups';
import { standardUrl } from '../site/urls';

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
