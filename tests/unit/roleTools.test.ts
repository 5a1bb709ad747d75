import { describe, expect, it } from 'vitest';
import { ladderNeighbours } from '../../src/lib/content/roles';
import { roleToolLinks } from '../../src/lib/site/roleTools';
import { comparisonPairUrl, comparisonUrl, jobDescriptionUrl, plannerUrl, selfAssessmentUrl } from '../../src/lib/site/urls';
import { content, graph } from './siteContent';

const hltaRoles = graph.rolesForStatus('hlta');
const linksFor = (id: string) => {
  const role = content.roles.find((entry) => entry.id === id)!;
  return roleToolLinks({ role, next: ladderNeighbours(content.roles, role).next, hltaRoles });
};

describe("a role page's tools", () => {
  it('plan a route from the role and start a job description from its profile, for every role', () => {
    for (const role of content.roles) {
      const hrefs = linksFor(role.id).map((link) => link.href);
      expect(hrefs).toContain(plannerUrl({ from: `role:${role.id}` }));
      expect(hrefs).toContain(jobDescriptionUrl(role.id));
    }
  });

  it('compare with the next level where the ladder has one, and with any roles at its top', () => {
    for (const role of content.roles) {
      const { next } = ladderNeighbours(content.roles, role);
      const compare = linksFor(role.id)[1];
      expect(compare?.href).toBe(next ? comparisonPairUrl(role.id, next.id) : comparisonUrl([role.id]));
    }
  });

  it('offer the HLTA self-assessment to exactly the roles the HLTA page lists', () => {
    const concerned = new Set([...hltaRoles.relevant, ...hltaRoles.development].map((role) => role.id));
    expect(concerned.size).toBeGreaterThan(0);
    for (const role of content.roles) {
      const offered = linksFor(role.id).some((link) => link.href === selfAssessmentUrl());
      expect(offered, role.id).toBe(concerned.has(role.id));
    }
  });
});
