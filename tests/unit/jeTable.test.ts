import { describe, expect, it } from 'vitest';
import { buildJeTable, explainAlternatives } from '../../src/lib/jobEvaluation/jeTable';
import { roleSchema } from '../../src/schemas/role';
import { content } from './siteContent';

const table = (id: string) => buildJeTable(content.roles.find((entry) => entry.id === id)!.data)!;
const factor = (id: string, number: number) => table(id).factors.find((entry) => entry.number === number)!;

describe('what the alternative rows of a JE factor rest on', () => {
  it('says a factor that follows a key duty depends on that duty, not on an optional one', () => {
    // Learning Mentor 3, factor 10: a team in one school or across a cluster, as key duty 2 allows.
    expect(factor('learning-mentor-3', 10).alternativesBasis).toBe('key');
    expect(factor('learning-mentor-3', 11).alternativesBasis).toBe('optional');
    const explanation = table('learning-mentor-3').alternativesExplanation.join(' ');
    expect(explanation).toContain('On factor 11, the level depends on whether the job includes an optional duty.');
    expect(explanation).toMatch(/On factor 10, the alternatives follow a key duty/);
  });

  it('does the same for Pupil Wellbeing Management, whose factor 13 follows its work with excluded pupils', () => {
    expect(factor('pupil-wellbeing-management', 13).alternativesBasis).toBe('key');
    expect(factor('pupil-wellbeing-management', 13).rows[1]!.restsOn.map((duty) => duty.text)).toEqual([
      'Oversee support packages for pupils to reintegrate them into school following periods of exclusion / absence',
      'Organise the supervision of pupils excluded from or not otherwise working to a normal timetable',
    ]);
    expect(table('pupil-wellbeing-management').alternativesExplanation.join(' ')).not.toMatch(/factors? 11 and 13/);
  });

  it('says so when the profile ties an alternative to no listed duty, instead of assuming an optional one', () => {
    expect(explainAlternatives([{ number: 10, alternativesBasis: 'not-stated' }])).toEqual([
      'Where a factor has more than one row, the rows are alternatives, so the total is a range.',
      'On factor 10, the profile does not tie the alternatives to any of its listed duties.',
    ]);
    expect(explainAlternatives([{ number: 1, alternativesBasis: null }])).toEqual([]);
    expect(
      explainAlternatives([
        { number: 10, alternativesBasis: 'optional' },
        { number: 12, alternativesBasis: 'optional' },
      ])[1],
    ).toBe('On factors 10 and 12, the level depends on whether the job includes an optional duty.');
  });

  it('ties every alternative to a duty that shares its words, so a wrong reference is noticed', () => {
    const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{5,}/g) ?? []);
    for (const role of content.roles) {
      for (const entry of buildJeTable(role.data)?.factors ?? []) {
        for (const row of entry.rows.filter((item) => item.restsOn.length > 0)) {
          const rowWords = words(row.info);
          const shared = row.restsOn.flatMap((duty) => [...words(duty.text)].filter((word) => rowWords.has(word)));
          expect(shared, `${role.id} factor ${entry.number}: ${row.info}`).not.toEqual([]);
        }
      }
    }
  });
});

describe('points printed as something other than a figure', () => {
  it('are shown as printed, with the note saying how the site reads them', () => {
    const row = factor('midday-supervision-2', 12).rows[1]!;
    expect(row).toMatchObject({ pointsPrintedAs: '. 3, 20', points: 26, noteNumber: 1 });
    expect(table('midday-supervision-2').notes[0]).toMatch(/printed "\. 3, 20"/);
  });
});

describe('a duty reference on a JE row', () => {
  const base = content.roles.find((entry) => entry.id === 'midday-supervision-2')!.data;
  const withReference = (reference: string, rowIndex: number) => {
    const factors = base.jobEvaluation!.factors.map((entry) => ({
      ...entry,
      rows: entry.rows.map((row, index) => ({
        ...row,
        restsOn: entry.rows.length > 1 && index === rowIndex ? [reference] : [],
      })),
    }));
    return roleSchema.safeParse({
      ...base,
      relevantQualifications: base.relevantQualifications.map((item) => item.id),
      relevantStatuses: base.relevantStatuses.map((item) => item.id),
      cpdSuggestions: [],
      jobEvaluation: { ...base.jobEvaluation, factors },
    });
  };

  it('must name a duty the profile has', () => {
    expect(withReference('optional duty 1', 1).success).toBe(true);
    expect(withReference(`optional duty ${base.optionalDuties.length + 1}`, 1).success).toBe(false);
    expect(withReference('a duty', 1).success).toBe(false);
  });

  it("is refused on a factor's first row, which is the base level", () => {
    expect(withReference('optional duty 1', 0).success).toBe(false);
  });
});
