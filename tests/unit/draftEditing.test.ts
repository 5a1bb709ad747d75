import { describe, expect, it } from 'vitest';
import {
  checksSummary,
  describeDraft,
  focusAfterMove,
  focusAfterRemove,
  hasContent,
  libraryDutyOptions,
  readLibraryDuty,
  unitsBehindProfile,
  warningSummary,
  withUnitRemoved,
  withUnitsChosen,
} from '../../src/lib/leadersTools/draftEditing';
import { profileDuties } from '../../src/lib/leadersTools/jobDesign';
import { draftFromProfile, emptyJobDescription } from '../../src/lib/leadersTools/jobDescription';
import { catalogue, profile } from './jobDesignCatalogue';
import { isolate } from '../../src/lib/site/bidi';

describe('focus after moving a duty', () => {
  it('stays on the button pressed while the duty can move further that way', () => {
    expect(focusAfterMove(3, -1, 5)).toBe('up');
    expect(focusAfterMove(1, 1, 5)).toBe('down');
  });

  it('goes to the other button when the duty reaches the end it moved to (that button is then disabled)', () => {
    expect(focusAfterMove(1, -1, 5)).toBe('down');
    expect(focusAfterMove(3, 1, 5)).toBe('up');
  });
});

describe('focus after removing a duty', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('goes to the next duty, or the one before the last, or nowhere when none is left', () => {
    expect(focusAfterRemove(items, 0)?.id).toBe('b');
    expect(focusAfterRemove(items, 2)?.id).toBe('b');
    expect(focusAfterRemove([{ id: 'a' }], 0)).toBeUndefined();
  });
});

describe('the library of duties', () => {
  const options = libraryDutyOptions(catalogue.profiles);

  it('offers every profile\'s duties, key duties first, the others marked "May also", each on one line', () => {
    const ta3 = profile('teaching-assistant-3');
    const group = options.find((item) => item.profileId === ta3.id);
    expect(group?.options).toHaveLength(profileDuties(ta3).length);
    expect(group?.options.every((option) => !option.label.includes('\n'))).toBe(true);
    const mayAlso = group?.options.filter((option) => option.label.startsWith('May also: ')).length;
    expect(mayAlso).toBe(ta3.optionalDuties.length);
  });

  it('gives back, for every option, the very duty it shows and the profile it is from', () => {
    for (const group of options) {
      group.options.forEach((option, position) => {
        const read = readLibraryDuty(catalogue, option.value);
        expect(read?.profile.id).toBe(group.profileId);
        expect(read?.text).toBe(profileDuties(profile(group.profileId))[position]);
      });
    }
  });

  it.each(['', '#0', 'no-such-profile#0', 'teaching-assistant-3#999', 'teaching-assistant-3#x', 'teaching-assistant-3'])(
    'refers to no duty for %j',
    (value) => {
      expect(readLibraryDuty(catalogue, value)).toBeUndefined();
    },
  );
});

describe('choosing units', () => {
  it("chooses every titled unit behind a profile's qualifications once, after those already chosen", () => {
    const ta3 = profile('teaching-assistant-3');
    const behind = unitsBehindProfile(catalogue, ta3);
    expect(behind.map((unit) => unit.id)).toEqual(ta3.nosUnitIds.filter((id) => catalogue.units.some((unit) => unit.id === id)));
    const first = behind[1]!;
    const units = withUnitsChosen(
      { units: [{ id: first.id, priority: 'desirable' }] },
      behind.map((unit) => unit.id),
    );
    expect(units[0]).toEqual({ id: first.id, priority: 'desirable' });
    expect(units.map((unit) => unit.id).sort()).toEqual(behind.map((unit) => unit.id).sort());
    expect(withUnitRemoved({ units }, first.id).map((unit) => unit.id)).not.toContain(first.id);
  });
});

describe('what the builder says', () => {
  it('describes a draft for the questions it asks', () => {
    expect(describeDraft(emptyJobDescription())).toBe('an empty draft');
    const draft = { ...draftFromProfile(profile('teaching-assistant-3')), units: [{ id: 'stl-3', priority: 'essential' as const }] };
    expect(describeDraft(draft)).toBe(`a draft “${isolate('Teaching Assistant 3')}” with ${draft.duties.length} duties and 1 standard`);
    expect(hasContent(emptyJobDescription())).toBe(false);
    expect(hasContent({ ...emptyJobDescription(), purpose: 'x' })).toBe(true);
  });

  it('sums up the checks: no profile, an unnumbered profile, nothing above it, one thing or several', () => {
    const ta3 = profile('teaching-assistant-3');
    expect(checksSummary(undefined, 0)).toBe('Choose the profile this job is graded against to check the draft.');
    expect(checksSummary({ title: 'Behaviour manager', level: null }, 0)).toContain('no higher level to check against');
    expect(checksSummary(ta3, 0)).toBe('Nothing in this draft is placed above Teaching Assistant 3 by the profiles.');
    expect(checksSummary(ta3, 1)).toBe(
      '1 thing in this draft is placed above Teaching Assistant 3 by the profiles. If the job really includes it, it may need a higher grade.',
    );
    expect(checksSummary(ta3, 2)).toContain('2 things in this draft are placed above Teaching Assistant 3');
  });

  it('names a warning by its part and first line', () => {
    expect(warningSummary({ part: 'duty', text: 'Plan lessons\n(a) with the teacher' })).toBe('Duty: Plan lessons');
    expect(warningSummary({ part: 'person', text: 'HLTA status' })).toBe('Person specification: HLTA status');
  });
});
