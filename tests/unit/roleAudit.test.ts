import { describe, expect, it } from 'vitest';
import { exportDocument, readDocument } from '../../src/lib/storage/documentStore';
import { unitLabel } from '../../src/lib/leadersTools/jobDesign';
import {
  analyseAudit,
  describeAudit,
  emptyRoleAudit,
  keyDutyResponsibilities,
  nosCoverageSentence,
  responsibilityLimit,
  roleHeading,
  roleNames,
  shownResponsibilities,
  tickedSummary,
  withProfileChosen,
  withResponsibilitiesTicked,
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
import { isolate } from '../../src/lib/site/bidi';

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

  it("flags a duty above the role's profile, with the profile that places it", () => {
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

describe('editing a role', () => {
  it('ticking all of a profile\'s key duties ticks each key duty once, keeps what was ticked, and leaves the "may also" duties', () => {
    const held = role('a', ta2.id, [ta5Only, ta2.duties[0] ?? '']);
    const result = withResponsibilitiesTicked(held, keyDutyResponsibilities(ta2));
    if (!result.ok) throw new Error(result.message);
    expect(result.responsibilities).toEqual([responsibilityKey(ta5Only), ...ta2.duties.map(responsibilityKey)]);
    for (const optional of ta2.optionalDuties) expect(result.responsibilities).not.toContain(responsibilityKey(optional));
  });

  it('choosing a profile ticks its key duties, and no "may also" duty', () => {
    const result = withProfileChosen(role('a', '', []), ta2, undefined);
    if (!result.ok) throw new Error(result.message);
    expect(result.changes).toEqual({ profileId: ta2.id, responsibilities: keyDutyResponsibilities(ta2) });
    for (const optional of ta2.optionalDuties) expect(result.changes.responsibilities).not.toContain(responsibilityKey(optional));
  });

  it('choosing another profile unticks the key duties the first one ticked that the new one does not list, and keeps every other tick', () => {
    const ta3 = profile('teaching-assistant-3');
    const onlyTa2 = ta2.duties.filter((duty) => !profileResponsibilities(ta3).includes(responsibilityKey(duty)));
    const shared = ta2.duties.filter((duty) => profileResponsibilities(ta3).includes(responsibilityKey(duty)));
    expect(onlyTa2.length).toBeGreaterThan(0);
    const mentor = profile('learning-mentor-1').duties[0] ?? '';
    const held = role('a', ta2.id, [...ta2.duties, mentor]);
    const result = withProfileChosen(held, ta3, ta2);
    if (!result.ok) throw new Error(result.message);
    const ticked = result.changes.responsibilities;
    for (const duty of onlyTa2) expect(ticked).not.toContain(responsibilityKey(duty));
    for (const duty of [...shared, ...ta3.duties, mentor]) expect(ticked).toContain(responsibilityKey(duty));
    expect(new Set(ticked).size).toBe(ticked.length);
  });

  it('going back to no profile keeps every tick', () => {
    const held = role('a', ta2.id, ta2.duties);
    expect(withProfileChosen(held, undefined, ta2)).toEqual({
      ok: true,
      changes: { profileId: null, responsibilities: held.responsibilities },
    });
  });

  it('refuses to tick past the limit, saying so, and changes nothing', () => {
    const full = {
      ...role('a', ta2.id, []),
      responsibilities: Array.from({ length: responsibilityLimit.max }, (_, index) => `r-${index}`),
    };
    expect(withResponsibilitiesTicked(full, [responsibilityKey(shared)])).toEqual({ ok: false, message: responsibilityLimit.message });
    expect(withResponsibilitiesTicked(full, ['r-0'])).toMatchObject({ ok: true });
  });

  it("lists the profile's responsibilities first, then the others the role holds", () => {
    const held = role('a', ta2.id, [ta5Only]);
    const shown = shownResponsibilities(held, ta2);
    expect(shown.slice(0, -1)).toEqual([...ta2.duties, ...ta2.optionalDuties].map(responsibilityKey));
    expect(shown.at(-1)).toBe(responsibilityKey(ta5Only));
    expect(shownResponsibilities(held, undefined)).toEqual([responsibilityKey(ta5Only)]);
  });

  it('names a role by its title, or by its place while it has none', () => {
    const roles = audit(role('a', ta2.id, [], '  Reading TA '), role('b', ta2.id, [], ''));
    expect([...roleNames(roles).values()]).toEqual(['Reading TA', 'Role 2']);
    expect(roles.roles.map((item, position) => roleHeading(item, position))).toEqual([`Role 1: ${isolate('Reading TA')}`, 'Role 2']);
  });
});

describe('what the audit says', () => {
  it('says in a line how many responsibilities a role holds, until its list is drawn', () => {
    expect(tickedSummary(role('a', ta2.id, [shared]))).toBe('1 responsibility ticked.');
    expect(tickedSummary(role('a', ta2.id, ta2.duties))).toBe(`${ta2.duties.length} responsibilities ticked.`);
  });

  it('describes what an audit holds, in the words of the import question', () => {
    expect(describeAudit(audit(role('a', ta2.id, [shared])))).toBe('1 role with 1 responsibility ticked');
    expect(describeAudit(audit(role('a', ta2.id, [shared, ta5Only]), role('b', ta2.id, [])))).toBe(
      '2 roles with 2 responsibilities ticked',
    );
  });

  it('says how many of the standards the roles draw on, or that none are mapped', () => {
    expect(nosCoverageSentence(analyseAudit(audit(role('a', ta2.id, [])), catalogue), catalogue.unitCount)).toBe(
      `The qualifications of your roles' closest profiles draw on ${ta2.nosUnitIds.length} of the ${catalogue.unitCount} NOS STL units.`,
    );
    expect(nosCoverageSentence({ nosCoverage: [] }, catalogue.unitCount)).toContain('no standards are mapped');
  });

  it('names a unit by its code and title, and a unit without a known title by its code', () => {
    const titled = catalogue.units[0]!;
    expect(unitLabel(catalogue, titled.id)).toBe(`${titled.code}: ${titled.title}`);
    const untitled = catalogue.unitCodes.find((unit) => !catalogue.units.some((item) => item.id === unit.id));
    expect(untitled && unitLabel(catalogue, untitled.id)).toBe(`${untitled?.code} (title not available in our sources)`);
    expect(unitLabel(catalogue, 'stl-999')).toBe('stl-999');
  });

  it('lists the standards across the school in the standards’ own order', () => {
    const ta3 = profile('teaching-assistant-3');
    const analysis = analyseAudit(audit(role('a', ta3.id, []), role('b', ta2.id, [])), catalogue);
    const order = catalogue.unitCodes.map((unit) => unit.id);
    const positions = analysis.nosCoverage.map((item) => order.indexOf(item.unitId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(analysis.nosCoverage.map((item) => item.unitId))).toEqual(new Set([...ta2.nosUnitIds, ...ta3.nosUnitIds]));
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
