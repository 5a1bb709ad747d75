import { comparisonPairUrl, comparisonUrl, jobDescriptionUrl, plannerUrl, selfAssessmentUrl } from './urls';

/** A link from a role page to a tool, already pointed at that role. */
export interface RoleToolLink {
  href: string;
  label: string;
}

/** What a role page needs to know to point each tool at its role. */
export interface RoleToolsInput {
  role: { id: string };
  /** The level above on the role's ladder, if there is one. */
  next?: { id: string; data: { title: string } } | undefined;
  /**
   * The roles the HLTA standards concern: those the profiles ask to hold or work towards the status,
   * and those the career framework points towards it (the HLTA page's "Roles it belongs to";
   * `graph.rolesForStatus('hlta')`).
   */
  hltaRoles: { relevant: readonly { id: string }[]; development: readonly { id: string }[] };
}

/**
 * The tools a role page links to: a route planned from the role, the comparison with the next level
 * (or with any roles, at the top of a ladder), a job description started from the profile, and the
 * HLTA self-assessment where the HLTA standards concern the role.
 */
export function roleToolLinks({ role, next, hltaRoles }: RoleToolsInput): RoleToolLink[] {
  const concernsHlta = [...hltaRoles.relevant, ...hltaRoles.development].some((entry) => entry.id === role.id);
  return [
    { href: plannerUrl({ from: `role:${role.id}` }), label: 'Plan a route from here' },
    next
      ? { href: comparisonPairUrl(role.id, next.id), label: `Compare with the next level (${next.data.title})` }
      : { href: comparisonUrl([role.id]), label: 'Compare with other roles' },
    { href: jobDescriptionUrl(role.id), label: 'Build a job description from this profile' },
    ...(concernsHlta ? [{ href: selfAssessmentUrl(), label: 'Rate yourself against the HLTA standards' }] : []),
  ];
}
