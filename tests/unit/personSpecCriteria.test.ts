import { describe, expect, it } from 'vitest';
import { withoutImportNote } from '../../src/lib/content/contentGraph';
import { nosUnitHasPage } from '../../src/lib/content/nosUnits';
import { ingForm, personSpecCriterion, titleAsIngPhrase } from '../../src/lib/leadersTools/personSpecCriteria';
import { content } from './siteContent';

/** Every NOS unit title in the content that a leader can choose (those with a known title). */
const titles = content.nosUnits.filter(nosUnitHasPage).map((unit) => unit.data.title ?? '');

describe('a NOS unit as a line of the person specification', () => {
  it('reads as a criterion a school would write', () => {
    expect(personSpecCriterion('Help to keep children safe')).toBe('Experience of helping to keep children safe');
    expect(personSpecCriterion('Provide literacy and numeracy support to enable pupils to access the wider curriculum')).toBe(
      'Experience of providing literacy and numeracy support to enable pupils to access the wider curriculum',
    );
    expect(personSpecCriterion('Plan, deliver and evaluate teaching and learning activities under the direction of a teacher')).toBe(
      'Experience of planning, delivering and evaluating teaching and learning activities under the direction of a teacher',
    );
    expect(personSpecCriterion('Reflect on and develop practice (imported CCLD 304)')).toBe(
      'Experience of reflecting on and developing practice',
    );
    // "and" joins verbs only before the first object: "young" here is not a verb.
    expect(personSpecCriterion("Support children and young people's play")).toBe(
      "Experience of supporting children and young people's play",
    );
  });

  it('writes the -ing form as British English does', () => {
    expect(['support', 'promote', 'plan', 'liaise', 'develop', 'deliver', 'use', 'tie', 'agree'].map(ingForm)).toEqual([
      'supporting',
      'promoting',
      'planning',
      'liaising',
      'developing',
      'delivering',
      'using',
      'tying',
      'agreeing',
    ]);
  });

  describe.each(titles.map((title) => [title]))('%s', (title) => {
    const line = personSpecCriterion(title);
    const plain = withoutImportNote(title);

    it('opens with "Experience of" and a verb in its -ing form, with no import note', () => {
      expect(line).toMatch(/^Experience of [a-z]+ing\b/);
      expect(line).not.toMatch(/imported|\(|\)/);
      expect(line).not.toMatch(/\s{2}|\s$/);
    });

    it("keeps every word of the title after its verbs, in the title's order", () => {
      const phrase = titleAsIngPhrase(title).split(' ');
      const words = plain.split(' ');
      expect(phrase).toHaveLength(words.length);
      // The verbs changed form and everything else is as written.
      const changed = words.filter((word, index) => phrase[index] !== word);
      expect(changed.length).toBeGreaterThan(0);
      for (const [index, word] of words.entries()) if (phrase[index] !== word) expect(phrase[index], word).toMatch(/^[a-z]+ing,?$/);
    });

    it('makes no -ing form a person would not write ("promoteing", "supporttting")', () => {
      const phrase = titleAsIngPhrase(title).split(' ');
      const formed = plain.split(' ').flatMap((word, index) => (phrase[index] === word ? [] : [phrase[index] ?? '']));
      for (const word of formed) {
        expect(word).not.toMatch(/[^e]eing,?$/);
        expect(word).not.toMatch(/([a-z])\1\1/);
      }
    });
  });
});
