import { firstLine, profileById, unitLabel, type JobDesignCatalogue } from '../leadersTools/jobDesign';
import {
  aboveLevelText,
  noDutyAboveLevel,
  nosCoverageSentence,
  roleNames,
  type AuditAnalysis,
  type RoleAudit,
} from '../leadersTools/roleAudit';
import { isolate } from '../site/bidi';
import { list, paragraph, section, type WordBlock, type WordDocument } from './wordDocument';

type AuditCatalogue = Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCodes' | 'unitCount'>;

/** A finding's part: its heading, then what to say when it is empty or the sentence before its list. */
function findings(title: string, items: readonly string[], none: string, intro?: string): WordBlock[] {
  return section(1, title, items.length === 0 ? [paragraph(none)] : [...(intro ? [paragraph(intro)] : []), ...list(items, false)]);
}

/**
 * The role audit's findings as a Word document, everything expanded: the school's roles, duties
 * above level, gaps, overlaps, duties from other ladders, and the standards behind each role.
 * Each finding reads as it does on the page (a duty by its first line, as the page lists it), with
 * the page's collapsed parts open. Role titles are the leader's own text, so inside a sentence each
 * is isolated (src/lib/site/bidi.ts).
 */
export function roleAuditWord(audit: RoleAudit, analysis: AuditAnalysis, catalogue: AuditCatalogue): WordDocument {
  const names = roleNames(audit);
  const roleName = (id: string) => isolate(names.get(id) ?? id);
  const profileTitle = (id: string) => profileById(catalogue, id)?.title ?? id;
  const school = audit.school.trim();
  const otherLadders = analysis.roles.flatMap((finding) =>
    finding.otherLadders.map(
      (responsibility) =>
        `${roleName(finding.roleId)}: ${firstLine(responsibility.text)} (${responsibility.profileIds.map(profileTitle).join(', ')})`,
    ),
  );
  return {
    title: school ? `Role audit: ${isolate(school)}` : 'Role audit',
    blocks: [
      ...section(1, 'Roles in the audit', [
        audit.roles.length === 0
          ? paragraph('No roles yet.')
          : {
              kind: 'table',
              caption: `${audit.roles.length} ${audit.roles.length === 1 ? 'role' : 'roles'}`,
              header: ['Role', 'Hours a week', 'Closest profile', 'Responsibilities ticked'],
              rows: audit.roles.map((role, position) => [
                names.get(role.id) ?? '',
                role.hoursPerWeek === null ? 'Not given' : String(role.hoursPerWeek),
                analysis.roles[position]?.profile?.title ?? 'Not chosen',
                String(new Set(role.responsibilities).size),
              ]),
              rowHeaders: true,
              widths: [3, 1.5, 3, 1.5],
            },
      ]),
      ...findings(
        "Duties above the role's profile",
        analysis.roles.flatMap((finding) =>
          finding.aboveLevel.map((above) => aboveLevelText(roleName(finding.roleId), finding.profile, above, firstLine)),
        ),
        noDutyAboveLevel,
      ),
      ...findings(
        'Responsibilities nobody holds',
        analysis.gaps.map((gap) => `${firstLine(gap.responsibility.text)} (${gap.profileIds.map(profileTitle).join(', ')})`),
        'Every responsibility of the profiles your roles are closest to is held by at least one role.',
        'These are in the profiles your roles are closest to, but no role has them ticked.',
      ),
      ...findings(
        'Responsibilities held by more than one role',
        analysis.overlaps.map((overlap) => `${firstLine(overlap.responsibility.text)}: ${overlap.roleIds.map(roleName).join(', ')}`),
        'No responsibility is ticked in more than one role.',
        'Sharing a responsibility can be right; check that each of these is meant to be shared.',
      ),
      ...(otherLadders.length > 0
        ? findings(
            'Responsibilities from other job profiles',
            otherLadders,
            '',
            "The profiles do not compare levels across ladders, so these are not checked against the role's level.",
          )
        : []),
      ...section(
        1,
        'Standards across the school',
        [paragraph(nosCoverageSentence(analysis, catalogue.unitCount))],
        analysis.nosCoverage.length > 0
          ? list(
              analysis.nosCoverage.map((item) => `${unitLabel(catalogue, item.unitId)}: ${item.roleIds.map(roleName).join(', ')}`),
              false,
            )
          : [],
      ),
      ...section(
        1,
        'Standards behind each role',
        ...analysis.roles.map((finding) =>
          section(
            2,
            `${roleName(finding.roleId)} (${finding.profile?.title ?? 'no closest profile'})`,
            list(
              finding.nosUnitIds.map((id) => unitLabel(catalogue, id)),
              false,
              finding.profile
                ? "The closest profile's qualifications name no standards."
                : 'Choose a closest profile to see its standards.',
            ),
          ),
        ),
      ),
    ],
  };
}
