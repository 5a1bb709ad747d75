import { nationIds, nations, nationTagLabel, type Nation } from '../../domain/now';
import type { BodyOrToolEntry, NationEntry, QualificationEntry, StatusEntry, TodayEntry } from '../../schemas/entry';
import type { NationSectionData } from '../../schemas/nation';
import { changesUrl, nationUrl, qualificationUrl, statusUrl, todayUrl } from '../site/urls';
import { changeAnchor } from './anchors';

/** A page a nation's section can change, as a section's `affects` names it. */
export type AffectedPage =
  | { kind: 'statuses' | 'qualifications' | 'today' | 'guidance'; id: string }
  | { kind: 'ladders'; id: NationSectionData['affects']['ladders'][number] };

/** A line on a page that a nation changes: "In Wales: …", linking to the nation's section. */
export interface NationNote {
  nation: Nation;
  nationName: string;
  title: string;
  summary: string;
  href: string;
}

function affects(section: NationSectionData, page: AffectedPage): boolean {
  if (page.kind === 'ladders') return section.affects.ladders.includes(page.id);
  return section.affects[page.kind].some((reference) => reference.id === page.id);
}

/** Every nation section that changes the page, in nation order (England, Wales, Northern Ireland). */
export function nationNotesFor(nationPages: readonly NationEntry[], page: AffectedPage): NationNote[] {
  return nationIds.flatMap((nation) => {
    const entry = nationPages.find((item) => item.id === nation);
    if (!entry) return [];
    return entry.data.sections
      .filter((section) => affects(section, page))
      .map((section) => ({
        nation,
        nationName: nations[nation],
        title: section.title,
        summary: section.summary,
        href: nationUrl(nation, section.id),
      }));
  });
}

/** Nation pages must be named after a nation, one each: "england", "wales", "northern-ireland". */
export function nationPageProblems(nationPages: readonly { id: string }[]): string[] {
  const ids = nationPages.map((page) => page.id);
  return [
    ...ids
      .filter((id) => !(nationIds as readonly string[]).includes(id))
      .map((id) => `content/nations/${id}.mdx is not named after a nation (${nationIds.join(', ')})`),
    ...nationIds.filter((id) => !ids.includes(id)).map((id) => `content/nations/${id}.mdx is missing`),
  ];
}

/** Something on the site that applies in some nations only, with where it is shown. */
export interface NationLimitedItem {
  kind: 'route' | 'qualification' | 'today' | 'body';
  id: string;
  name: string;
  href: string;
  nations: Nation[];
  /** "England only". */
  tag: string;
}

export interface NationLimitedContent {
  qualifications: readonly QualificationEntry[];
  statuses: readonly StatusEntry[];
  today: readonly TodayEntry[];
  bodiesAndTools: readonly BodyOrToolEntry[];
}

/**
 * Every route, qualification, page and body that the content says applies in some nations only,
 * each of which must carry its label wherever it is shown (tests/e2e/builtSite.test.ts checks).
 */
export function nationLimitedItems(content: NationLimitedContent): NationLimitedItem[] {
  const item = (kind: NationLimitedItem['kind'], id: string, name: string, href: string, applies: Nation[]) => {
    const tag = nationTagLabel(applies);
    return tag ? [{ kind, id, name, href, nations: applies, tag }] : [];
  };
  return [
    ...content.statuses.flatMap((status) =>
      status.data.routes.flatMap((route) => item('route', route.id, route.name, statusUrl(status.id, route.id), route.nations)),
    ),
    ...content.today.flatMap((page) => item('today', page.id, page.data.title, todayUrl(page.id), page.data.nations)),
    ...content.qualifications.flatMap((entry) =>
      item('qualification', entry.id, entry.data.title, qualificationUrl(entry.id), entry.data.now.nations),
    ),
    ...content.bodiesAndTools.flatMap((entry) =>
      item('body', entry.id, entry.data.name, changesUrl(changeAnchor('body', entry.id)), entry.data.now.nations),
    ),
  ];
}

/** The items a reader in this nation should know are not for them (England only, when reading about Wales). */
export function notForNation(items: readonly NationLimitedItem[], nation: Nation): NationLimitedItem[] {
  return items.filter((entry) => !entry.nations.includes(nation));
}

/** The items that apply in this nation only. */
export function onlyInNation(items: readonly NationLimitedItem[], nation: Nation): NationLimitedItem[] {
  return items.filter((entry) => entry.nations.length === 1 && entry.nations[0] === nation);
}

/**
 * Each route's nation label by route id ("England only"), for guidance pages that list routes in
 * their text: the MDX reads `props.nationTags[id]`, so the label comes from the route's data.
 */
export function routeNationTags(statuses: readonly StatusEntry[]): Record<string, string | undefined> {
  return Object.fromEntries(statuses.flatMap((status) => status.data.routes.map((route) => [route.id, nationTagLabel(route.nations)])));
}
