import { describe, expect, it } from 'vitest';
import { filterUnits, unitGroups } from '../../src/lib/leadersTools/jobDesign';
import { placeText, placeUnit, contentWords } from '../../src/lib/leadersTools/levelConsistency';
import { catalogue, profile, statementIndex } from './jobDesignCatalogue';

const unit = (code: string) => {
  const found = catalogue.units.find((item) => item.code === code);
  if (!found) throw new Error(`No unit ${code}`);
  return found;
};

describe('placing a duty against the profiles', () => {
  it('flags whole-class teaching in a Teaching Assistant 2 job, naming the profile that has it', () => {
    expect(placeText(statementIndex, profile('teaching-assistant-2'), 'Deliver whole-class teaching')).toMatchObject({
      profileId: 'teaching-assistant-4',
      level: 4,
    });
  });

  it('flags a duty only Teaching Assistant 5 lists, in a Teaching Assistant 3 job', () => {
    expect(placeText(statementIndex, profile('teaching-assistant-3'), 'Liaise with external agencies on a regular basis.')).toMatchObject({
      profileId: 'teaching-assistant-5',
    });
  });

  it('does not flag the same duty in a Teaching Assistant 5 job', () => {
    expect(placeText(statementIndex, profile('teaching-assistant-5'), 'Liaise with external agencies on a regular basis.')).toBeNull();
  });

  it('does not flag a duty the profiles already give at a lower level', () => {
    const duty = 'Support pupils in social and emotional well-being, reporting problems to the teacher as appropriate.';
    expect(placeText(statementIndex, profile('teaching-assistant-2'), duty)).toBeNull();
    expect(placeText(statementIndex, profile('teaching-assistant-5'), duty)).toBeNull();
  });

  it("never flags any profile's own duties, knowledge or purpose against that profile", () => {
    for (const item of catalogue.profiles) {
      for (const text of [item.purpose, ...item.duties, ...item.optionalDuties, ...item.knowledge]) {
        expect(placeText(statementIndex, item, text), `${item.title}: ${text}`).toBeNull();
      }
    }
  });

  it('says nothing about a profile the NJC does not number, which has no higher level', () => {
    expect(profile('behaviour-management').level).toBeNull();
    expect(placeText(statementIndex, profile('behaviour-management'), 'Deliver whole-class teaching')).toBeNull();
  });

  it('does not try to place a text of one word', () => {
    expect(placeText(statementIndex, profile('teaching-assistant-1'), 'Classes')).toBeNull();
  });

  it('compares words, not spellings: plurals and -ing forms match', () => {
    expect(contentWords('Teaching whole classes')).toEqual(contentWords('teach whole class'));
  });
});

describe('placing a NOS unit against the profiles', () => {
  it('flags a unit that the ladder first draws on above the chosen level, with the qualification it comes through', () => {
    const placement = placeUnit(unit('STL30'), profile('teaching-assistant-2'));
    expect(placement).toMatchObject({ roleId: 'teaching-assistant-3', level: 3 });
    expect(placement?.qualifications.length).toBeGreaterThan(0);
  });

  it('does not flag it at that level or above', () => {
    expect(placeUnit(unit('STL30'), profile('teaching-assistant-3'))).toBeNull();
    expect(placeUnit(unit('STL30'), profile('teaching-assistant-4'))).toBeNull();
  });

  it('does not flag a unit the chosen level already draws on', () => {
    expect(placeUnit(unit('STL3'), profile('teaching-assistant-1'))).toBeNull();
  });
});

describe('the catalogue the tools receive', () => {
  it('offers every NOS unit with a known title, and counts the rest', () => {
    expect(catalogue.units.length + catalogue.untitledUnitCount).toBe(69);
    expect(catalogue.units.every((item) => item.title.length > 0)).toBe(true);
  });

  it('keeps lettered sub-items with their duty, each on its own line', () => {
    const ta3 = profile('teaching-assistant-3');
    const withItems = ta3.duties.find((duty) => duty.includes('\n(a) '));
    expect(withItems?.split('\n')).toHaveLength(5);
  });

  it('narrows the units by group and by words of the code or title, whatever the case', () => {
    const safe = filterUnits(catalogue.units, '', '  KEEP children SAFE ');
    expect(safe.map((item) => item.code)).toContain('STL3');
    expect(filterUnits(catalogue.units, '', 'stl3').map((item) => item.code)).toContain('STL3');
    const [firstGroup] = unitGroups(catalogue.units);
    const inGroup = filterUnits(catalogue.units, firstGroup?.[0] ?? '', '');
    expect(inGroup.length).toBeGreaterThan(0);
    expect(inGroup.every((item) => item.group === firstGroup?.[0])).toBe(true);
    expect(filterUnits(catalogue.units, '', 'no such words anywhere')).toEqual([]);
  });

  it('offers each group once, by name, and choosing each in turn shows every unit exactly once', () => {
    const groups = unitGroups(catalogue.units);
    expect(new Set(groups.map(([group]) => group)).size).toBe(groups.length);
    expect(new Set(groups.map(([, name]) => name)).size).toBe(groups.length);
    expect(groups.every(([, name]) => name.trim().length > 0)).toBe(true);
    const shown = groups.flatMap(([group]) => filterUnits(catalogue.units, group, '').map((unit) => unit.id));
    expect(shown.sort()).toEqual(catalogue.units.map((unit) => unit.id).sort());
  });
});
