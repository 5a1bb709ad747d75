import { describe, expect, it } from 'vitest';
import { draftFromProfile, emptyJobDescription, unitTitleInProse } from '../../src/lib/leadersTools/jobDescription';
import { assembleRecruitmentKit, interviewAspects, panelSize } from '../../src/lib/leadersTools/recruitmentKit';
import { catalogue, profile } from './jobDesignCatalogue';

const draft = {
  ...draftFromProfile(profile('teaching-assistant-3')),
  units: [
    { id: 'stl-30', priority: 'desirable' as const },
    { id: 'stl-3', priority: 'essential' as const },
  ],
};
const title = (id: string) => catalogue.units.find((unit) => unit.id === id)?.title ?? '';

describe('the recruitment kit', () => {
  const kit = assembleRecruitmentKit(draft, catalogue);

  it('puts essential standards before desirable ones', () => {
    expect(kit.standards.map((unit) => [unit.code, unit.priority])).toEqual([
      ['STL3', 'essential'],
      ['STL30', 'desirable'],
    ]);
  });

  it('describes the work in the advert with the unit titles', () => {
    expect(kit.advert).toMatchObject({ essentialWork: [title('stl-3')], desirableWork: [title('stl-30')] });
    expect(kit.advert.purpose).toBe(draft.purpose);
  });

  it('asks applicants about each standard in its own words, written into the sentence', () => {
    expect(kit.applicationPrompts).toHaveLength(kit.standards.length);
    kit.standards.forEach((standard, position) => {
      const prompt = kit.applicationPrompts[position]?.prompt ?? '';
      expect(prompt.toLowerCase()).toContain(standard.title.toLowerCase());
      // The title starts with a capital; inside the question it reads as words of the sentence.
      expect(standard.title.charAt(0)).toMatch(/[A-Z]/);
      expect(prompt).not.toContain(standard.title);
    });
  });

  it('gives referees and the shortlisting panel a point per standard, each naming the standard, in the kit’s order', () => {
    expect(kit.refereePoints.map((point, position) => point.includes(kit.standards[position]?.code ?? '-'))).toEqual(
      kit.standards.map(() => true),
    );
    expect(kit.shortlisting.map((row) => row.code)).toEqual(kit.standards.map((standard) => standard.code));
  });

  it('asks three different interview questions on every standard, each about its work, one per score sheet column', () => {
    for (const standard of kit.interview) {
      const questions = standard.questions.map((item) => item.question);
      expect(new Set(questions).size).toBe(3);
      for (const question of questions) expect(question.toLowerCase()).toContain(standard.title.toLowerCase());
      expect(standard.questions.map((item) => item.aspect)).toEqual([...interviewAspects]);
    }
  });

  it('is empty when no standard is chosen', () => {
    expect(assembleRecruitmentKit(emptyJobDescription(), catalogue).standards).toEqual([]);
  });

  it('writes unit titles into sentences without the reference notes', () => {
    expect(unitTitleInProse("Support children's development (imported CCLD 203)")).toBe("support children's development");
  });
});

describe('the number of score sheets in the address', () => {
  it.each([
    ['?panel=2', 2],
    ['?panel=6', 6],
    ['', 3],
    ['?panel=0', 3],
    ['?panel=99', 3],
    ['?panel=2.5', 3],
    ['?panel=%3Cscript%3E', 3],
  ])('%s gives %i', (search, expected) => {
    expect(panelSize(search)).toBe(expected);
  });
});
