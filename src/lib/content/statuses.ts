import type { StatusData } from '../../schemas/status';

/** How many professional standards a status has, counted from its sections. */
export function standardCount(status: Pick<StatusData, 'standardSections'>): number {
  return status.standardSections.reduce(
    (sum, section) => sum + section.groups.reduce((inSection, group) => inSection + group.standards.length, 0),
    0,
  );
}

/** The anchor of a numbered professional standard on its status page: "standard-11". */
export function standardAnchor(number: number): string {
  return `standard-${number}`;
}
