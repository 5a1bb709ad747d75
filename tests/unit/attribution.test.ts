import { describe, expect, it } from 'vitest';
import { sourceDocuments } from '../../src/domain/sources';
import { namingDocuments } from '../../src/lib/content/attribution';
import { content, graph } from './siteContent';

const grouped = (groups: ReturnType<typeof namingDocuments>) => groups.map((group) => [group.document, group.roles.map((role) => role.id)]);

describe('who names a qualification or status for a role', () => {
  it("credits the midday supervision profiles, not the career framework, with the wider curriculum certificate's link to them", () => {
    const roles = graph.rolesForQualification('level-2-certificate-supporting-the-wider-curriculum').relevant;
    expect(grouped(namingDocuments(roles))).toEqual([
      ['pupil-support-welfare', ['midday-supervision-2', 'midday-supervision-3']],
      ['ta-career-framework', ['teaching-assistant-2']],
    ]);
  });

  it("names, for every qualification and status, only the documents the roles' own profiles are in", () => {
    const links = [
      ...content.qualifications.flatMap((entry) => Object.values(graph.rolesForQualification(entry.id))),
      ...content.statuses.flatMap((entry) => Object.values(graph.rolesForStatus(entry.id))),
    ];
    for (const roles of links) {
      for (const group of namingDocuments(roles)) {
        for (const role of group.roles) expect(role.data.source.document, role.id).toBe(group.document);
      }
      expect(namingDocuments(roles).flatMap((group) => group.roles)).toHaveLength(roles.length);
    }
  });

  it('agrees the verb with the document: the profiles "name", the framework "names"', () => {
    const [profiles, framework] = namingDocuments(
      graph.rolesForQualification('level-2-certificate-supporting-the-wider-curriculum').relevant,
    );
    expect(profiles?.verb('names', 'name')).toBe('name');
    expect(framework?.verb('names', 'name')).toBe('names');
    expect(profiles?.name).toBe(sourceDocuments['pupil-support-welfare'].name);
  });
});
