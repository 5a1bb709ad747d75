import { payUrl } from './urls';

/** The site's main sections, in header order. */
export const mainNavigation = [
  { href: '/roles/', label: 'Role profiles' },
  { href: '/map/', label: 'Map' },
  { href: '/qualifications/', label: 'Qualifications' },
  { href: '/standards/', label: 'Standards' },
  { href: '/grades/', label: 'Grades' },
  { href: payUrl(), label: 'Pay' },
  { href: '/guidance/', label: 'Guidance' },
] as const;

/** A link in a breadcrumb trail; the current page is the last crumb and has no href. */
export interface Crumb {
  label: string;
  href?: string;
}

/** True when the nav item is the section the path belongs to. */
export function isCurrentSection(itemHref: string, path: string): boolean {
  return path === itemHref || path.startsWith(itemHref);
}
