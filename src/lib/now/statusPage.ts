import type { CurrentFactEntry } from '../../schemas/entry';
import type { StatusData } from '../../schemas/status';
import type { FactSectionData } from '../../schemas/today';
import { nationTagLabel } from '../../domain/now';
import { qtsDegreeAnchors } from '../site/urls';
import { factLookup, undatedLabel, type FactView } from './facts';

type Route = StatusData['routes'][number];

/** A route to a status as its page lists it: the rows of its summary list, each fact dated. */
export interface RouteView {
  id: string;
  name: string;
  nationTag: string | undefined;
  rows: { key: string; value: string }[];
  details: Route['details'];
  source: string;
}

export interface DegreeGroup {
  anchor: string;
  title: string;
  lead: string;
  routes: RouteView[];
}

function routeView(route: Route): RouteView {
  return {
    id: route.id,
    name: route.name,
    nationTag: nationTagLabel(route.nations),
    rows: [
      ...(route.whoFor ? [{ key: 'Who it is for', value: route.whoFor }] : []),
      { key: 'Entry requirements', value: route.entryRequirements },
      ...(route.duration ? [{ key: 'How long it takes', value: route.duration }] : []),
      ...(route.payAndFees ? [{ key: 'Pay and fees', value: route.payAndFees }] : []),
      { key: 'Facts as of', value: route.asOf ?? undatedLabel },
    ],
    details: route.details,
    source: route.source,
  };
}

/**
 * The routes split by whether they need a degree first, routes for someone without one first:
 * the page asks "Do you have a degree?" and each answer is an anchored section, so the choice
 * works without JavaScript. Undefined when the routes do not divide that way (or there are none).
 */
export function routesByDegree(routes: readonly Route[]): DegreeGroup[] | undefined {
  const without = routes.filter((route) => !route.needsDegree);
  const withDegree = routes.filter((route) => route.needsDegree);
  if (without.length === 0 || withDegree.length === 0) return undefined;
  const count = (n: number) => (n === 1 ? '1 route' : `${n} routes`);
  return [
    {
      anchor: qtsDegreeAnchors.without,
      title: 'If you do not have a degree',
      lead: `${count(without.length)} for people without a bachelor's degree: each includes the degree study, or a first step towards it.`,
      routes: without.map(routeView),
    },
    {
      anchor: qtsDegreeAnchors.with,
      title: 'If you have a degree',
      lead: `${count(withDegree.length)} for people who already have a bachelor's degree.`,
      routes: withDegree.map(routeView),
    },
  ];
}

/**
 * Fact sections (a status's "today", a today page, a nation page) with their facts looked up. On a
 * page that is itself about one nation, that nation's "Wales only" label would be on every fact:
 * `omitTag` leaves it off.
 */
export function factSectionViews(
  sections: readonly FactSectionData[],
  facts: readonly CurrentFactEntry[],
  omitTag?: string,
): { id: string; title: string; summary: string; facts: FactView[]; notKnown: string[] }[] {
  const fact = factLookup(facts);
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    summary: section.summary,
    facts: section.facts.map(({ id }) => fact(id)).map((view) => (view.nationTag === omitTag ? { ...view, nationTag: undefined } : view)),
    notKnown: section.notKnown,
  }));
}
