import { describe, expect, it } from 'vitest';
import { draftFromProfile } from '../../src/lib/leadersTools/jobDescription';
import {
  describeKitQuestions,
  emptyKitQuestions,
  isAsked,
  keptQuestions,
  kitQuestionsKind,
  questionLimit,
  questionSource,
  suggestedPerStandard,
  suggestedQuestions,
  withOwnQuestionAdded,
  withSuggestionAdded,
  type KitQuestion,
} from '../../src/lib/leadersTools/kitQuestions';
import { assembleRecruitmentKit } from '../../src/lib/leadersTools/recruitmentKit';
import { exportDocument, readDocument } from '../../src/lib/storage/documentStore';
import { catalogue, profile } from './jobDesignCatalogue';

/** A Teaching Assistant 3 kit with the first `count` units behind the profile's qualifications. */
function kitWith(count: number) {
  const ta3 = profile('teaching-assistant-3');
  const units = catalogue.units.filter((unit) => ta3.nosUnitIds.includes(unit.id)).slice(0, count);
  if (units.length < count) throw new Error(`Only ${units.length} units behind ${ta3.title}`);
  return assembleRecruitmentKit(
    { ...draftFromProfile(ta3), units: units.map((unit) => ({ id: unit.id, priority: 'essential' })) },
    catalogue,
  );
}

const perStandard = (questions: readonly KitQuestion[]) => {
  const counts = new Map<string | null, number>();
  for (const question of questions) counts.set(question.unitId, (counts.get(question.unitId) ?? 0) + 1);
  return counts;
};

describe('the suggested interview questions', () => {
  it('ask two questions on each of four standards, standard by standard, in the kit’s order', () => {
    const kit = kitWith(4);
    const questions = suggestedQuestions(kit);
    expect(questions).toHaveLength(4 * suggestedPerStandard);
    expect([...perStandard(questions).values()]).toEqual(kit.standards.map(() => suggestedPerStandard));
    expect([...new Set(questions.map((item) => item.unitId))]).toEqual(kit.standards.map((standard) => standard.id));
    // Each is the kit's own wording for that standard.
    for (const question of questions) {
      const standard = kit.interview.find((item) => item.id === question.unitId);
      expect(standard?.questions.find((item) => item.aspect === question.aspect)?.question).toBe(question.text);
    }
  });

  it('never pass the limit, and give every standard one before any gets a second', () => {
    for (const count of [6, 8]) {
      const kit = kitWith(count);
      const questions = suggestedQuestions(kit);
      expect(questions).toHaveLength(Math.min(count * suggestedPerStandard, questionLimit.max));
      const counts = perStandard(questions);
      expect(kit.standards.every((standard) => (counts.get(standard.id) ?? 0) >= 1)).toBe(true);
    }
  });

  it('are what the kit asks until the leader changes something', () => {
    const kit = kitWith(4);
    expect(keptQuestions(emptyKitQuestions(), kit)).toEqual(suggestedQuestions(kit));
    expect(keptQuestions({ questions: [] }, kit)).toEqual([]);
    expect(describeKitQuestions(emptyKitQuestions())).toBe('the suggested interview questions');
  });
});

describe('choosing, wording and adding questions', () => {
  const kit = kitWith(4);
  const suggested = suggestedQuestions(kit);
  const knowledge = kit.interview[0]!.questions.find((item) => item.aspect === 'Knowledge')!;
  const suggestion = { unitId: kit.interview[0]!.id, aspect: knowledge.aspect, text: knowledge.question };

  it('adds a suggested question once, at the end, knowing it by its standard and aspect whatever its wording', () => {
    const added = withSuggestionAdded(suggested, suggestion);
    if (!added.ok) throw new Error(added.message);
    expect(added.questions.at(-1)).toMatchObject(suggestion);
    const reworded = added.questions.map((item) => (item.aspect === 'Knowledge' ? { ...item, text: 'My own words' } : item));
    expect(isAsked(reworded, suggestion)).toBe(true);
    expect(withSuggestionAdded(reworded, suggestion)).toEqual({ ok: true, questions: reworded });
  });

  it('adds the leader’s own question, trimmed, and refuses an empty one', () => {
    const added = withOwnQuestionAdded(suggested, '  Why do you want to work here?  ');
    expect(added).toMatchObject({ ok: true });
    if (added.ok) expect(added.questions.at(-1)).toMatchObject({ unitId: null, aspect: null, text: 'Why do you want to work here?' });
    expect(withOwnQuestionAdded(suggested, '   ')).toEqual({ ok: false, message: 'Write the question first, then add it.' });
  });

  it('refuses an eleventh question, saying why', () => {
    let questions: KitQuestion[] = [];
    for (let count = 0; count < questionLimit.max; count++) {
      const added = withOwnQuestionAdded(questions, `Question ${count + 1}?`);
      if (!added.ok) throw new Error(added.message);
      questions = added.questions;
    }
    expect(withOwnQuestionAdded(questions, 'One more?')).toEqual({ ok: false, message: questionLimit.message });
    expect(withSuggestionAdded(questions, suggestion)).toEqual({ ok: false, message: questionLimit.message });
    expect(new Set(questions.map((item) => item.id)).size).toBe(questionLimit.max);
  });

  it('names where each question came from', () => {
    expect(questionSource(suggested[0]!, kit)).toBe(`${kit.standards[0]?.code}, experience`);
    expect(questionSource({ unitId: null, aspect: null }, kit)).toBe('Your own question');
    expect(questionSource({ unitId: 'stl-999', aspect: 'Practice' }, kit)).toBe('STL999, practice (no longer chosen for the job)');
  });
});

describe('the saved questions', () => {
  const kit = kitWith(4);
  const saved = { ...emptyKitQuestions(), questions: suggestedQuestions(kit) };

  it('read back exactly as exported, the suggested set as null', () => {
    expect(readDocument(kitQuestionsKind, exportDocument(saved))).toEqual({ ok: true, document: saved });
    expect(readDocument(kitQuestionsKind, exportDocument(emptyKitQuestions()))).toEqual({ ok: true, document: emptyKitQuestions() });
  });

  it('refuse more questions than the kit keeps, and tell two questions with the same id apart', () => {
    const tooMany = {
      ...saved,
      questions: Array.from({ length: questionLimit.max + 1 }, (_, n) => ({ ...saved.questions[0]!, id: `q${n}` })),
    };
    expect(readDocument(kitQuestionsKind, JSON.stringify(tooMany))).toMatchObject({ ok: false, reason: 'damaged' });
    const twins = { ...saved, questions: [saved.questions[0]!, { ...saved.questions[1]!, id: saved.questions[0]!.id }] };
    const read = readDocument(kitQuestionsKind, JSON.stringify(twins));
    expect(read.ok && new Set(read.document.questions?.map((item) => item.id)).size).toBe(2);
  });
});
