import { describe, expect, it } from 'vitest';
import { draftFromProfile, emptyJobDescription, unitTitleInProse } from '../../src/lib/leadersTools/jobDescription';
import { assembleRecruitmentKit, panelSize } from '../../src/lib/leadersTools/recruitmentKit';
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

  it('asks applicants, referees and the shortlisting panel about each standard', () => {
    expect(kit.applicationPrompts.map((prompt) => prompt.prompt)).toEqual([
      `Tell us how your work, your other experience, or both, show that you can ${unitTitleInProse(title('stl-3'))}. Give examples.`,
      `Tell us how your work, your other experience, or both, show that you can ${unitTitleInProse(title('stl-30'))}. Give examples.`,
    ]);
    expect(kit.refereePoints).toHaveLength(2);
    expect(kit.shortlisting.map((row) => row.code)).toEqual(['STL3', 'STL30']);
  });

  it('has interview questions on experience, practice and knowledge for every standard', () => {
    for (const standard of kit.interview) {
      expect(standard.questions.map((question) => question.aspect)).toEqual(['Experience', 'Practice', 'Knowledge']);
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
