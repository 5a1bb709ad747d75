import { describe, expect, it } from 'vitest';
import {
  dutySimilarity,
  dutyStems,
  matchRewordedDuties,
  rewordedThreshold,
  stemWeights,
  wordChanges,
} from '../../src/lib/progression/dutyMatching';
import { adjacentPairs, compareRoles } from '../../src/lib/progression/roleComparison';
import { content } from './siteContent';

const role = (id: string) => content.roles.find((entry) => entry.id === id)!;
/** Every duty a profile lists, sub-items as the comparison words them ("a. Provide …"). */
const dutiesOf = (id: string) =>
  [...role(id).data.keyDuties, ...role(id).data.optionalDuties].flatMap((duty) => [
    duty.text,
    ...duty.subItems.map((item) => `${item.label}. ${item.text}`),
  ]);
const startingWith = (id: string, start: string) => dutiesOf(id).find((text) => text.startsWith(start))!;

describe('the words that say what a duty is', () => {
  it('are the same word in another form: planning and plan, evaluation and evaluate', () => {
    const stems = dutyStems('Participate in planning and evaluation of learning activities');
    expect([...dutyStems('Plan and evaluate specialist learning activities')].filter((stem) => stems.has(stem))).toEqual([
      'plan',
      'evalu',
      'learn',
      'activ',
    ]);
  });

  it('leave out the little words and the letter of a sub-item', () => {
    expect(dutyStems('a. Provide specialist support to the pupils')).toEqual(dutyStems('Provide specialist support pupils'));
  });
});

describe('how alike two duties are', () => {
  it('is 1 for the same words and 0 for none in common', () => {
    const duty = startingWith('teaching-assistant-2', 'Participate in planning');
    expect(dutySimilarity(duty, duty)).toBe(1);
    expect(dutySimilarity('Report incidents in line with school policy', 'Operate tills and take money')).toBe(0);
  });

  it('counts a word that most of the duties compared use for less than a rare one', () => {
    const weightOf = stemWeights(dutiesOf('teaching-assistant-2'));
    expect(weightOf('pupil')).toBeLessThan(weightOf('feedback'));
  });
});

describe('matching the duties a level rewords', () => {
  const change = (lower: string, higher: string) => compareRoles([role(lower), role(higher)]).changes[0]!;

  it('shows Teaching Assistant 2 duties that Teaching Assistant 3 rewrites as changed, not as one dropped and one added', () => {
    const { reworded, added, dropped } = change('teaching-assistant-2', 'teaching-assistant-3');
    const pairs = reworded.map((pair) => [pair.before.text, pair.after.text]);
    expect(pairs).toContainEqual([
      startingWith('teaching-assistant-2', 'Participate in planning and evaluation'),
      startingWith('teaching-assistant-3', 'Plan and evaluate specialist learning activities'),
    ]);
    expect(pairs).toContainEqual([
      startingWith('teaching-assistant-2', 'Support the teacher in monitoring, assessing and recording'),
      startingWith('teaching-assistant-3', 'Assess, record and report'),
    ]);
    const listedApart = [...added, ...dropped].map((duty) => duty.text);
    for (const [before, after] of pairs) expect(listedApart).not.toContain(before ?? after);
    for (const [, after] of pairs) expect(listedApart).not.toContain(after);
  });

  it('keeps two different duties apart even when they share "support", "the teacher" and "pupils"', () => {
    // Teaching Assistant 1's behaviour management and Teaching Assistant 2's monitoring of progress
    // are the closest pair of different duties on neighbouring levels.
    const behaviour = startingWith('teaching-assistant-1', 'Support the teacher in behaviour management');
    const monitoring = startingWith('teaching-assistant-2', 'Support the teacher in monitoring');
    const corpus = [...dutiesOf('teaching-assistant-1'), ...dutiesOf('teaching-assistant-2')];
    expect(dutySimilarity(behaviour, monitoring, stemWeights(corpus))).toBeLessThan(rewordedThreshold);
    const { dropped, reworded } = change('teaching-assistant-1', 'teaching-assistant-2');
    expect(dropped.map((duty) => duty.text)).toContain(behaviour);
    expect(reworded.map((pair) => pair.before.text)).not.toContain(behaviour);
  });

  it('matches a duty reworded on the other ladders too: midday supervision and learning mentors', () => {
    const midday = change('midday-supervision-1', 'midday-supervision-2');
    expect(midday.reworded.map((pair) => pair.before.text)).toContain(
      startingWith('midday-supervision-1', 'Supervise activities and maintain'),
    );
    const mentor = change('learning-mentor-1', 'learning-mentor-2');
    expect(mentor.reworded.map((pair) => pair.after.text)).toContain(startingWith('learning-mentor-2', 'Support the transition of pupils'));
  });

  it('accounts for every duty of both levels once: the same words, reworded, added or dropped', () => {
    for (const [lower, higher] of adjacentPairs(content.roles)) {
      const comparison = compareRoles([lower, higher]);
      const [change] = comparison.changes;
      const listed = (kind: (typeof comparison.duties)[number]['inRoles'][number]) => kind === 'key' || kind === 'optional';
      const listedBy = (index: number) => comparison.duties.filter((row) => listed(row.inRoles[index] ?? null)).length;
      const shared = comparison.duties.filter((row) => row.inRoles.every(listed)).length;
      const { reworded, added, dropped } = change!;
      expect(shared + reworded.length + dropped.length, `${lower.id} → ${higher.id}`).toBe(listedBy(0));
      expect(shared + reworded.length + added.length, `${lower.id} → ${higher.id}`).toBe(listedBy(1));
    }
  });

  it('pairs each duty at most once, and only above the threshold', () => {
    const before = dutiesOf('teaching-assistant-3').map((text) => ({ text }));
    const after = dutiesOf('teaching-assistant-4').map((text) => ({ text }));
    const { pairs, unmatchedBefore, unmatchedAfter } = matchRewordedDuties(before, after);
    expect(new Set(pairs.map((pair) => pair.before)).size).toBe(pairs.length);
    expect(new Set(pairs.map((pair) => pair.after)).size).toBe(pairs.length);
    expect(pairs.length + unmatchedBefore.length).toBe(before.length);
    expect(pairs.length + unmatchedAfter.length).toBe(after.length);
    for (const pair of pairs) expect(pair.similarity).toBeGreaterThanOrEqual(rewordedThreshold);
  });
});

describe('the words that changed', () => {
  it('are marked in each wording, which reads as the profile prints it, for every reworded duty', () => {
    for (const [lower, higher] of adjacentPairs(content.roles)) {
      for (const pair of compareRoles([lower, higher]).changes[0]!.reworded) {
        const { before, after } = pair.words;
        expect(before.map((run) => run.text).join('')).toBe(pair.before.text);
        expect(after.map((run) => run.text).join('')).toBe(pair.after.text);
        expect([...before, ...after].some((run) => run.changed)).toBe(true);
      }
    }
  });

  it('marks just the words that changed', () => {
    const before = startingWith('learning-mentor-1', 'Maintain confidentiality');
    const after = startingWith('learning-mentor-2', 'Maintain confidentiality');
    const changed = (runs: { text: string; changed: boolean }[]) => runs.filter((run) => run.changed).map((run) => run.text.trim());
    const words = wordChanges(before, after);
    expect(changed(words.before)).toEqual(['circumstances']);
    expect(changed(words.after)).toEqual(['to', 'circumstance']);
  });
});
