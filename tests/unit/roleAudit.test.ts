import { describe, expect, it } from 'vitest';
import { exportDocument, readDocument } from '../../src/lib/storage/documentStore';
import {
  analyseAudit,
  emptyRoleAudit,
  profileResponsibilities,
  responsibilities,
  responsibilityKey,
  roleAuditCsv,
  roleAuditKind,
  parseHours,
  type RoleAudit,
  type SchoolRole,
} from '../../src/lib/leadersTools/roleAudit';
import { catalogue, profile } from './jobDesignCatalogue';

const role = (id: string, profileId: string, ticked: string[], title = id): SchoolRole => ({
  id,
  title,
  hoursPerWeek: 30,
  profileId,
  responsibilities: ticked.map(responsibilityKey),
});
const audit = (...roles: SchoolRole[]): RoleAudit => ({ ...emptyRoleAudit(), roles });

const ta2 = profile('teaching-assistant-2');
const ta5 = profile('teaching-assistant-5');
const ta5Only = 'Liaise with external agencies on a regular basis.';
const shared = 'Support pupils in social and emotional well-being, reporting problems to the teacher as appropriate.';

describe('responsibilities', () => {
  it('are the same responsibility wherever the same duty appears, whatever its spacing or case', () => {
    expect(responsibilityKey(shared)).toBe(responsibilityKey(`  ${shared.toUpperCase().replace(/ /g, '  ')}`));
    const found = responsibilities(catalogue.profiles).find((item) => item.text === shared);
    expect(found?.profileIds).toEqual(expect.arrayContaining(['teaching-assistant-2', 'teaching-assistant-3', 'teaching-assistant-5']));
  });
});

describe('the role audit', () => {
  it('lists as gaps the duties of the chosen profiles that no role holds', () => {
    const [first, ...rest] = ta2.duties;
    const analysis = analyseAudit(audit(role('a', ta2.id, rest)), catalogue);
    expect(analysis.gaps.map((gap) => gap.responsibility.text)).toEqual([first]);
  });

  it('finds no gap when every duty is held', () => {
    expect(analyseAudit(audit(role('a', ta2.id, ta2.duties)), catalogue).gaps).toEqual([]);
  });

  it('lists a responsibility held by two roles as an overlap, naming both', () => {
    const analysis = analyseAudit(audit(role('a', ta2.id, [shared]), role('b', ta5.id, [shared, ta5Only])), catalogue);
    expect(analysis.overlaps.map((overlap) => [overlap.responsibility.text, overlap.roleIds])).toEqual([[shared, ['a', 'b']]]);
  });

  it("flags a duty above the role's profile, with the profile that first lists it", () => {
    const analysis = analyseAudit(audit(role('a', ta2.id, [ta5Only, shared])), catalogue);
    expect(analysis.roles[0]?.aboveLevel.map((item) => [item.responsibility.text, item.placedAt.title])).toEqual([
      [ta5Only, 'Teaching Assistant 5'],
    ]);
  });

  it('does not flag a duty at or below the profile', () => {
    const analysis = analyseAudit(audit(role('a', ta5.id, [ta5Only, shared])), catalogue);
    expect(analysis.roles[0]?.aboveLevel).toEqual([]);
  });

  it("sets apart a duty from another ladder's profile rather than comparing levels across ladders", () => {
    const mentor = profile('learning-mentor-1');
    const analysis = analyseAudit(audit(role('a', ta2.id, [mentor.duties[0] ?? ''])), catalogue);
    expect(analysis.roles[0]?.otherLadders).toHaveLength(1);
    expect(analysis.roles[0]?.aboveLevel).toEqual([]);
  });

  it('keeps a ticked duty that has left the profiles, and reports it', () => {
    const analysis = analyseAudit(audit({ ...role('a', ta2.id, []), responsibilities: ['r-gone'] }), catalogue);
    expect(analysis.roles[0]?.unknown).toEqual(['r-gone']);
  });

  it("maps each role to the NOS units behind its profile's qualifications", () => {
    const analysis = analyseAudit(audit(role('a', ta2.id, [])), catalogue);
    expect(analysis.roles[0]?.nosUnitIds).toEqual(ta2.nosUnitIds);
    expect(analysis.nosCoverage.map((item) => item.unitId)).toEqual(ta2.nosUnitIds);
  });

  it('lists key duties first among a profile’s responsibilities', () => {
    expect(profileResponsibilities(ta2).slice(0, ta2.duties.length)).toEqual(ta2.duties.map(responsibilityKey));
  });
});

describe('the audit as CSV', () => {
  it('has one row per role and responsibility held, and marks duties above the profile', () => {
    const csv = roleAuditCsv(audit(role('a', ta2.id, [ta5Only], 'Class TA')), catalogue);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"role","hours_per_week","closest_profile","responsibility","profiles_listing_it","above_profile_level"');
    expect(lines[1]).toBe(`"Class TA","30","Teaching Assistant 2","${ta5Only}","Teaching Assistant 5","yes: Teaching Assistant 5"`);
  });

  it('keeps a typed formula from running in a spreadsheet', () => {
    const csv = roleAuditCsv(audit(role('a', ta2.id, [], '=HYPERLINK("x")')), catalogue);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('keeps a formula hidden behind a NUL character from running in a spreadsheet', () => {
    const csv = roleAuditCsv(audit(role('a', ta2.id, [], '\u0000=1+1')), catalogue);
    expect(csv.split('\r\n')[1]?.startsWith(`"'\u0000=1+1",`)).toBe(true);
  });
});

describe('the saved audit', () => {
  it('reads back exactly what was exported', () => {
    const saved = audit(role('a', ta2.id, [shared], '<b>Bold</b> TA'));
    expect(readDocument(roleAuditKind, exportDocument(saved))).toEqual({ ok: true, document: saved });
  });

  it('refuses hours that cannot be right', () => {
    const bad = audit({ ...role('a', ta2.id, []), hoursPerWeek: 500 });
    expect(readDocument(roleAuditKind, JSON.stringify(bad))).toMatchObject({ ok: false, reason: 'damaged' });
  });
});

describe('hours a week as typed', () => {
  it.each([
    ['27.5', 27.5],
    ['27,5', 27.5],
    [' 30 ', 30],
    ['0', 0],
    ['168', 168],
  ])('reads %j as %d', (typed, hours) => {
    expect(parseHours(typed)).toBe(hours);
  });

  it('reads blank as not given', () => {
    expect(parseHours('  ')).toBeNull();
  });

  it.each(['27.', 'abc', '-3', '169', '1e2', '=1+1'])('cannot yet read %j', (typed) => {
    expect(parseHours(typed)).toBeUndefined();
  });
});
