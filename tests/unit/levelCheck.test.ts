import { describe, expect, it } from 'vitest';
import { profileDuties } from '../../src/lib/leadersTools/jobDesign';
import { checkDraft, draftFromProfile } from '../../src/lib/leadersTools/jobDescription';
import { checkLevel, isStaffResponsibility, levelFlagPlace, levelFlagReason } from '../../src/lib/leadersTools/levelCheck';
import { contentWords } from '../../src/lib/leadersTools/levelConsistency';
import { analyseAudit, emptyRoleAudit, responsibilityKey } from '../../src/lib/leadersTools/roleAudit';
import { catalogue, levelCheck, profile } from './jobDesignCatalogue';

/** What the builder says of one duty in a job graded against `chosen`: the profile it names, or null. */
function builderSays(chosenId: string, duty: string): string | null {
  const draft = { ...draftFromProfile(profile(chosenId)), duties: [{ id: 'd', text: duty, fromProfileId: null }], personSpec: [] };
  const warning = checkDraft(draft, catalogue, levelCheck).find((item) => item.part === 'duty');
  return warning?.profileId ?? null;
}

/** What the audit says of the same duty ticked in a role whose closest profile is `chosen`. */
function auditSays(chosenId: string, duty: string): string | null {
  const role = { id: 'r', title: 'Role', hoursPerWeek: null, profileId: chosenId, responsibilities: [responsibilityKey(duty)] };
  const finding = analyseAudit({ ...emptyRoleAudit(), roles: [role] }, catalogue).roles[0];
  return finding?.aboveLevel[0]?.placedAt.id ?? null;
}

const numbered = catalogue.profiles.filter((item) => item.level !== null);

describe('one level check for the builder and the audit', () => {
  it('gives the same answer in both tools for every duty of every profile, in a job graded against every numbered profile', () => {
    const disagreements: string[] = [];
    let flagged = 0;
    for (const owner of catalogue.profiles) {
      for (const duty of profileDuties(owner)) {
        for (const chosen of numbered) {
          const builder = builderSays(chosen.id, duty);
          if (builder) flagged++;
          const audit = auditSays(chosen.id, duty);
          if (builder !== audit)
            disagreements.push(`${chosen.title} job, ${owner.title} duty “${duty}”: builder ${builder}, audit ${audit}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    // The comparison means something: many duties are flagged somewhere.
    expect(flagged).toBeGreaterThan(50);
  });

  it('never flags a profile’s own duty in a job graded against that profile', () => {
    for (const chosen of numbered) {
      for (const duty of profileDuties(chosen)) expect(checkLevel(levelCheck, chosen, duty), `${chosen.title}: ${duty}`).toBeNull();
    }
  });

  it('flags a duty only a higher level lists, at that level, in both tools', () => {
    expect(builderSays('teaching-assistant-3', 'Liaise with external agencies on a regular basis.')).toBe('teaching-assistant-5');
    expect(auditSays('teaching-assistant-3', 'Liaise with external agencies on a regular basis.')).toBe('teaching-assistant-5');
  });
});

describe('words in another form of the same verb', () => {
  it.each([
    ['manage', 'managing'],
    ['plan', 'planning'],
    ['supervise', 'supervising'],
    ['classes', 'class'],
  ])('“%s” and “%s” are the same word to the check', (one, other) => {
    expect(contentWords(one)).toEqual(contentWords(other));
  });

  it('catches a higher-level duty reworded with -ing forms', () => {
    const ta5 = profile('teaching-assistant-5');
    const duty = ta5.duties.find((text) => text.startsWith('Plan, prepare and deliver')) ?? '';
    const reworded = duty.replace('Plan, prepare and deliver', 'Planning, preparing and delivering');
    expect(reworded).not.toBe(duty);
    expect(checkLevel(levelCheck, profile('teaching-assistant-2'), reworded)?.level).toBeGreaterThan(2);

    const manage = profile('learning-mentor-3').duties.find((text) => text.startsWith('Line manage')) ?? '';
    expect(checkLevel(levelCheck, profile('learning-mentor-1'), manage.replace('Line manage', 'Line managing'))).toMatchObject({
      profileId: 'learning-mentor-3',
    });
  });
});

describe('line management and appraisal', () => {
  const ta3 = profile('teaching-assistant-3');
  const duty = 'Line manage and appraise two teaching assistants';

  it('knows a duty of line management or appraisal by its words, in any form', () => {
    expect(isStaffResponsibility(duty)).toBe(true);
    expect(isStaffResponsibility('Carry out appraisals of midday staff')).toBe(true);
    expect(isStaffResponsibility('Line-management of the attendance team')).toBe(true);
    expect(isStaffResponsibility('Manage the supervision of pupils excluded from school')).toBe(false);
  });

  it('flags it in a Teaching Assistant 3 job, naming the profiles that do include it, in both tools', () => {
    const flag = checkLevel(levelCheck, ta3, duty);
    expect(flag?.basis).toBe('other ladders');
    // The holders are found in the profiles' own duties, not listed here.
    const holders = catalogue.profiles.filter((item) => profileDuties(item).some(isStaffResponsibility)).map((item) => item.id);
    expect(holders.length).toBeGreaterThan(0);
    expect(flag?.holders.every((holder) => holders.includes(holder.profileId))).toBe(true);
    expect(levelFlagPlace(flag!, ta3)).toContain('none of them includes line management or appraisal');
    expect(levelFlagReason(flag!)).toContain(flag?.holders[0]?.profileTitle);
    expect(builderSays(ta3.id, duty)).toBe(flag?.profileId);
  });

  it('flags it below the lowest level of a ladder whose profiles include it, and not at that level', () => {
    const holds = (item: (typeof numbered)[number]) => profileDuties(item).some(isStaffResponsibility);
    // The lowest profile of its ladder to include it, with a profile below it.
    const holder = numbered.find(
      (item) =>
        holds(item) &&
        numbered.some((other) => other.ladder === item.ladder && (other.level ?? 0) < (item.level ?? 0)) &&
        !numbered.some((other) => other.ladder === item.ladder && (other.level ?? 0) < (item.level ?? 0) && holds(other)),
    );
    if (!holder) throw new Error('No numbered profile above level 1 line manages');
    const below = numbered.find((item) => item.ladder === holder.ladder && (item.level ?? 0) < (holder.level ?? 0));
    if (!below) throw new Error(`No profile below ${holder.title}`);
    expect(checkLevel(levelCheck, below, duty)).toMatchObject({ basis: 'above', profileId: holder.id });
    expect(checkLevel(levelCheck, holder, duty)).toBeNull();
  });
});
