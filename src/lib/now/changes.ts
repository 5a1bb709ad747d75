import { changeGroups, nationIds, nations, nationTagLabel, type ChangeGroup } from '../../domain/now';
import type { CurrentFactEntry, GuidanceEntry, NationEntry } from '../../schemas/entry';
import type { FactSectionData } from '../../schemas/today';
import { changesUrl, guidanceUrl, nationUrl, qualificationUrl, statusUrl, todayUrl } from '../site/urls';
import { sortQualifications } from '../content/qualifications';
import { changeAnchor, type ChangeKind } from './anchors';
import { factLookup, undatedLabel } from './facts';
import type { NationLimitedContent } from './nations';
import { nowView, type NowView } from './status';
import { standardHeadingDifferences } from './standardHeadings';

/** One thing that has changed (or could not be confirmed) since the source documents. */
export interface ChangeItem {
  /** Anchor on the changes page. */
  anchor: string;
  /** What changed: a qualification, a body, "HLTA status: the fee"… */
  subject: string;
  /** The page about it, when it has one. */
  href: string | undefined;
  /** Where it stands, for the things that have a status. */
  status: NowView | undefined;
  /** The change in a sentence or two: a status summary, or a reference fact. */
  text: string;
  /** "England only", when it applies in some nations only. */
  nationTag: string | undefined;
  asOf: string;
  sources: string[];
  /** How many of the facts behind it are only leads (low confidence), said beside it. */
  leads: number;
  /** The pages that name it, for a body or tool. */
  namedOn: { href: string; title: string }[];
}

export interface ChangeGroupView {
  id: ChangeGroup;
  title: string;
  items: ChangeItem[];
}

export interface ChangesContent extends NationLimitedContent {
  currentFacts: readonly CurrentFactEntry[];
  nations: readonly NationEntry[];
  guidance: readonly GuidanceEntry[];
}

/**
 * Everything that has changed since the source documents, grouped as the changes page shows it,
 * derived from the statuses and facts the other pages show: nothing here is written twice.
 */
export function buildChanges(content: ChangesContent): ChangeGroupView[] {
  const fact = factLookup(content.currentFacts);
  const status = (now: Parameters<typeof nowView>[0]) => nowView(now, content.currentFacts, content.today);
  const statusItem = (kind: ChangeKind, id: string, subject: string, href: string | undefined, view: NowView): ChangeItem => ({
    anchor: changeAnchor(kind, id),
    subject,
    href,
    status: view,
    text: view.summary,
    nationTag: view.nationTag,
    asOf: view.asOf,
    sources: view.sources,
    leads: view.leads.length,
    namedOn: [],
  });
  /** One item per topic: its summary, with the dates and sources of the facts behind it. */
  const sectionItems = (
    kind: ChangeKind,
    idPrefix: string,
    subject: string,
    href: string,
    sections: readonly FactSectionData[],
    nationTag?: string,
  ) =>
    sections.map((section): ChangeItem => {
      const cited = section.facts.map(({ id }) => fact(id));
      return {
        anchor: changeAnchor(kind, `${idPrefix}-${section.id}`),
        subject: `${subject}: ${section.title}`,
        href: `${href}#${section.id}`,
        status: undefined,
        text: section.summary,
        nationTag:
          nationTag ??
          (cited.length > 0 && cited.every((item) => item.nationTag === cited[0]?.nationTag) ? cited[0]?.nationTag : undefined),
        asOf: cited.length === 0 ? 'not known' : [...new Set(cited.map((item) => item.asOf))].join('; '),
        sources: cited.length === 0 ? ['No fact about it in the reference files'] : [...new Set(cited.map((item) => item.source))],
        leads: cited.filter((item) => item.isLead).length,
        namedOn: [],
      };
    });

  const groups: Record<ChangeGroup, ChangeItem[]> = {
    qualifications: [],
    apprenticeships: [],
    hlta: [],
    standards: [],
    'routes-to-teaching': [],
    bodies: [],
    nations: [],
  };

  for (const { id, data } of sortQualifications(content.qualifications)) {
    const group = data.type === 'apprenticeship' ? 'apprenticeships' : 'qualifications';
    groups[group].push(statusItem('qualification', id, data.title, qualificationUrl(id), status(data.now)));
  }
  for (const { id, data } of content.bodiesAndTools) {
    const group = data.kind === 'framework' ? 'qualifications' : data.kind === 'standards' ? 'standards' : 'bodies';
    const namedOn = [
      ...data.namedIn.guidance.map(({ id: pageId }) => ({
        href: guidanceUrl(pageId),
        title: content.guidance.find((page) => page.id === pageId)?.data.title ?? pageId,
      })),
      ...data.namedIn.statuses.map(({ id: statusId }) => ({
        href: statusUrl(statusId),
        title: content.statuses.find((entry) => entry.id === statusId)?.data.title ?? statusId,
      })),
      // A body every QCF qualification names is listed once, not on each of them.
      ...(data.namedIn.qualifications.length <= 2
        ? data.namedIn.qualifications.map(({ id: qualificationId }) => ({
            href: qualificationUrl(qualificationId),
            title: content.qualifications.find((entry) => entry.id === qualificationId)?.data.title ?? qualificationId,
          }))
        : []),
    ];
    groups[group].push({ ...statusItem('body', id, data.name, undefined, status(data.now)), namedOn });
  }
  for (const page of content.today) {
    groups[page.data.group].push(...sectionItems('today', page.id, page.data.title, todayUrl(page.id), page.data.sections));
  }
  for (const entry of content.statuses) {
    const group = entry.id === 'hlta' ? 'hlta' : 'routes-to-teaching';
    const href = statusUrl(entry.id);
    groups[group].push(statusItem('status', entry.id, `${entry.data.title} (${entry.data.abbreviation})`, href, status(entry.data.now)));
    groups[group].push(...sectionItems('status', entry.id, entry.data.abbreviation, href, entry.data.today));
    for (const route of entry.data.routes) {
      groups['routes-to-teaching'].push({
        anchor: changeAnchor('route', route.id),
        subject: route.name,
        href: statusUrl(entry.id, route.id),
        status: undefined,
        text: [
          route.whoFor && `For ${route.whoFor.charAt(0).toLowerCase()}${route.whoFor.slice(1)}.`,
          route.duration && `${route.duration}.`,
        ]
          .filter(Boolean)
          .join(' '),
        nationTag: nationTagLabel(route.nations),
        asOf: route.asOf ?? undatedLabel,
        sources: [route.source],
        leads: 0,
        namedOn: [],
      });
    }
    for (const difference of standardHeadingDifferences(entry.data, content.currentFacts)) {
      groups.standards.push({
        anchor: changeAnchor('heading', `${entry.id}-${difference.anchor}`),
        subject: `${entry.data.abbreviation} standards: the heading "${difference.printed}"`,
        href: statusUrl(entry.id, difference.anchor),
        status: undefined,
        text: `Our source prints "${difference.printed}"; the set used today is headed "${difference.today}".`,
        nationTag: undefined,
        asOf: difference.facts.map((item) => item.asOf).join('; '),
        sources: difference.facts.map((item) => item.source),
        leads: 0,
        namedOn: [],
      });
    }
  }
  for (const nation of nationIds) {
    const page = content.nations.find((entry) => entry.id === nation);
    if (page)
      groups.nations.push(
        ...sectionItems('nation', nation, nations[nation], nationUrl(nation), page.data.sections, nationTagLabel([nation])),
      );
  }

  return (Object.keys(changeGroups) as ChangeGroup[]).map((id) => ({ id, title: changeGroups[id], items: groups[id] }));
}

/** Where something named on a guidance page stands today, for the box at the top of that page. */
export function namedOnGuidancePage(content: ChangesContent, guidanceId: string) {
  return content.bodiesAndTools
    .filter((entry) => entry.data.namedIn.guidance.some((reference) => reference.id === guidanceId))
    .map((entry) => ({
      id: entry.id,
      name: entry.data.name,
      href: changesUrl(changeAnchor('body', entry.id)),
      status: nowView(entry.data.now, content.currentFacts, content.today),
    }));
}
