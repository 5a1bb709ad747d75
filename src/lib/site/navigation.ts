import {
  comparisonUrl,
  guidanceIndexUrl,
  leadersUrl,
  mapUrl,
  payUrl,
  plannerUrl,
  qualificationsUrl,
  rolesUrl,
  selfAssessmentUrl,
  standardsUrl,
} from './urls';

/** A link in the site's header. */
export interface NavigationItem {
  href: string;
  label: string;
}

/**
 * The site's main sections, in header order: what people come for. One employer's grade scheme is
 * not among them; the roles index, the guidance index and the leaders' page link to it.
 */
export const mainNavigation: readonly NavigationItem[] = [
  { href: rolesUrl, label: 'Role profiles' },
  { href: mapUrl(), label: 'Progression map' },
  { href: qualificationsUrl, label: 'Qualifications' },
  { href: standardsUrl(), label: 'Standards' },
  { href: payUrl(), label: 'Pay' },
  { href: guidanceIndexUrl, label: 'Guidance' },
];

/** The tools, in the header's second list: for staff first, then the leaders' page with its three tools. */
export const toolNavigation: readonly NavigationItem[] = [
  { href: plannerUrl(), label: 'Plan a route' },
  { href: comparisonUrl(), label: 'Compare roles' },
  { href: selfAssessmentUrl(), label: 'HLTA self-assessment' },
  { href: leadersUrl, label: "Leaders' tools" },
];

/** A link in a breadcrumb trail; the current page is the last crumb and has no href. */
export interface Crumb {
  label: string;
  href?: string;
}

/** True when the nav item is the section the path belongs to. */
export function isCurrentSection(itemHref: string, path: string): boolean {
  return path === itemHref || path.startsWith(itemHref);
}

/** How a header link marks where the reader is: "page" on the item's own page, "true" elsewhere in its section. */
export function currentMarker(itemHref: string, path: string): 'page' | 'true' | undefined {
  if (path === itemHref) return 'page';
  return isCurrentSection(itemHref, path) ? 'true' : undefined;
}
