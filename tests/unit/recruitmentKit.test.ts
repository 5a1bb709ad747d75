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

  it('suggests three different interview questions on every standard, each about its work', () => {
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

describe('every generated sentence, for every unit title in the content', () => {
  const everyUnit = {
    ...emptyJobDescription(),
    units: catalogue.units.map((unit) => ({ id: unit.id, priority: 'essential' as const })),
  };
  const kit = assembleRecruitmentKit(everyUnit, catalogue);
  // Mistakes a template makes when a title does not fit it: words run together or repeated, a
  // reference note left in, an adverb stuck after the title, a title left in title case.
  const badPatterns: [string, RegExp][] = [
    ['a word twice', /\b(\w+) \1\b/i],
    ['"well" after the title', /\b(safe|well-being|needs|pupils|learning|activities) well\b/i],
    ['a sentence ending in "well"', /\bwell[.?]/],
    ['a reference note', /\(imported|CCLD/],
    ['"to" twice', /\bto to\b/],
    ['space before punctuation', /\s[,.?:;]/],
    ['doubled punctuation', /[.?,]{2}/],
    ['a capital inside the sentence', /[a-z,] [A-Z][a-z]/],
  ];
  const sentences = kit.standards.flatMap((standard, position) => {
    const interview = kit.interview[position];
    return [
      { standard, kind: 'application prompt', text: kit.applicationPrompts[position]?.prompt ?? '' },
      ...(interview?.questions ?? []).map((item) => ({ standard, kind: `${item.aspect} question`, text: item.question })),
    ];
  });

  it('covers every unit with a title', () => {
    expect(kit.standards).toHaveLength(catalogue.units.length);
    expect(sentences).toHaveLength(catalogue.units.length * (1 + interviewAspects.length));
  });

  it('has none of the known mistakes', () => {
    const mistakes = sentences.flatMap(({ standard, kind, text }) =>
      badPatterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${standard.code} ${kind}: ${name}: ${text}`),
    );
    expect(mistakes).toEqual([]);
  });

  it('carries its unit’s own words, whole, inside a sentence that starts with a capital and ends as a sentence', () => {
    for (const { standard, kind, text } of sentences) {
      expect(text, `${standard.code} ${kind}`).toContain(unitTitleInProse(standard.title));
      expect(text, `${standard.code} ${kind}`).toMatch(/^[A-Z].*[.?]$/);
    }
  });

  it('fits each title to the templates: every title starts with its verb, as the templates take it', () => {
    for (const standard of kit.standards) {
      const [verb = ''] = unitTitleInProse(standard.title).split(/[ ,]/);
      expect(verb, standard.title).toMatch(/^[a-z]+$/);
      expect(verb, standard.title).not.toMatch(/(ing|ed|[^s]s)$/);
    }
  });

  it('would catch the old mistake', () => {
    const old = `What do you need to know to ${unitTitleInProse('Help to keep children safe')} well, and where would you find it out?`;
    expect(badPatterns.some(([, pattern]) => pattern.test(old))).toBe(true);
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
