import type { CurrentFactEntry } from '../../schemas/entry';
import type { StatusData } from '../../schemas/status';
import { slugify } from '../content/slug';
import { factLookup, type FactView } from './facts';

/** A heading our source prints differently from the set of standards used today. */
export interface HeadingDifference {
  printed: string;
  today: string;
  /** The anchor of the printed heading on the status page. */
  anchor: string;
  facts: FactView[];
}

/**
 * Every section and group heading whose printed title differs from today's, in page order. Where
 * they agree nothing is returned: the page shows a difference, and never hides one.
 */
export function standardHeadingDifferences(
  status: Pick<StatusData, 'standardSections'>,
  facts: readonly CurrentFactEntry[],
): HeadingDifference[] {
  const fact = factLookup(facts);
  const headings = status.standardSections.flatMap((section) => [
    { title: section.title, currentTitle: section.currentTitle, anchor: slugify(section.title) },
    ...section.groups
      .filter((group) => group.title !== section.title)
      .map((group) => ({ title: group.title, currentTitle: group.currentTitle, anchor: slugify(group.title) })),
  ]);
  return headings.flatMap(({ title, currentTitle, anchor }) =>
    currentTitle && currentTitle.text.toLowerCase() !== title.toLowerCase()
      ? [{ printed: title, today: currentTitle.text, anchor, facts: currentTitle.facts.map(({ id }) => fact(id)) }]
      : [],
  );
}

/** How many printed headings the reference facts let us compare with today's. */
export function comparedHeadingCount(status: Pick<StatusData, 'standardSections'>): number {
  return status.standardSections.reduce(
    (count, section) =>
      count + (section.currentTitle ? 1 : 0) + section.groups.filter((group) => group.title !== section.title && group.currentTitle).length,
    0,
  );
}
