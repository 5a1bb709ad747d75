/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call --
   each test copies real content and breaks it in one place, reaching into it untyped on purpose */
import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../src/schemas/role';
import { loadCollection } from './contentFiles';

const roles = new Map(loadCollection('roles').map((entry) => [entry.id, entry.data]));

/** A deep copy of a real content file's frontmatter, to break in one way per test. */
function realRole(id: string): any {
  return structuredClone(roles.get(id));
}

/** The messages the schema gives for some data, as "path: message". */
function problems(data: unknown): string[] {
  const result = roleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the role schema', () => {
  it('accepts every real role profile', () => {
    for (const [id, data] of roles) expect(problems(data), id).toEqual([]);
  });

  it('names a missing field', () => {
    const role = realRole('learning-mentor-1');
    delete role.purpose;
    expect(problems(role)).toEqual([expect.stringMatching(/^purpose: /)]);
  });

  it('rejects an empty duty', () => {
    const role = realRole('learning-mentor-1');
    role.keyDuties[2].text = '   ';
    expect(problems(role)).toEqual(['keyDuties.2.text: must not be empty']);
  });

  it('rejects an unknown factor and lists the real ones', () => {
    const role = realRole('midday-supervision-1');
    role.jobEvaluation.factors[3].factor = 'physical-skill';
    expect(problems(role)).toEqual([
      expect.stringMatching(
        /^jobEvaluation\.factors\.3\.factor: unknown factor "physical-skill"; the NJC factors are knowledge, mental-skills/,
      ),
    ]);
  });

  it('rejects factors out of scheme order', () => {
    const role = realRole('midday-supervision-1');
    const [first, second] = role.jobEvaluation.factors;
    role.jobEvaluation.factors.splice(0, 2, second, first);
    expect(problems(role)).toEqual([
      'jobEvaluation.factors.0.factor: factor 1 must be "knowledge" (Knowledge); found "mental-skills" out of order',
      'jobEvaluation.factors.1.factor: factor 2 must be "mental-skills" (Mental Skills); found "knowledge" out of order',
    ]);
  });

  it('rejects a table without all 13 factors', () => {
    const role = realRole('midday-supervision-1');
    role.jobEvaluation.factors.pop();
    expect(problems(role)).toEqual(['jobEvaluation.factors: must list all 13 NJC factors in scheme order; found 12']);
  });

  it('rejects points that do not match the level', () => {
    const role = realRole('learning-mentor-1');
    role.jobEvaluation.factors[0].rows[0].points = 61;
    expect(problems(role)).toEqual([
      'jobEvaluation.factors.0.rows.0.points: 61 points does not match level 3 on Knowledge, which scores 60; correct it, or add a discrepancy note if the source really prints 61',
    ]);
  });

  it('rejects a level that is not on the factor scale', () => {
    const role = realRole('learning-mentor-1');
    role.jobEvaluation.factors[3].rows[0].level = '9';
    expect(problems(role)).toEqual([
      expect.stringMatching(/^jobEvaluation\.factors\.3\.rows\.0\.level: level 9 is not on the Physical Skills scale/),
    ]);
  });

  it('rejects a total that does not add up', () => {
    const role = realRole('learning-mentor-1');
    role.jobEvaluation.totalAsPrinted = '385';
    expect(problems(role)).toEqual([
      'jobEvaluation.totalAsPrinted: printed total 385 does not match the factor points, which add up to 384; correct it, or add a totalNote if the source really prints it',
    ]);
  });

  it('rejects a range whose ends do not match the alternatives', () => {
    const role = realRole('midday-supervision-2');
    role.jobEvaluation.totalAsPrinted = '332- 346';
    expect(problems(role)).toEqual([
      expect.stringMatching(
        /^jobEvaluation\.totalAsPrinted: printed total 332–346 does not match the factor points, which add up to 332–345/,
      ),
    ]);
  });

  it('rejects a combined figure with the wrong number of parts', () => {
    const role = realRole('midday-supervision-2');
    role.jobEvaluation.factors[11].pointsAsPrinted = '13';
    expect(problems(role)).toEqual([
      'jobEvaluation.factors.11.pointsAsPrinted: "13" must give one figure per row, separated by "/", for 2 row(s)',
    ]);
  });

  it('requires a note when the source prints no total', () => {
    const role = realRole('learning-mentor-1');
    role.jobEvaluation.totalAsPrinted = null;
    expect(problems(role)).toEqual([
      'jobEvaluation.totalNote: the source prints no total, so a note must say so (the factors add up to 384)',
    ]);
  });

  it('rejects a discrepancy note on points that are right', () => {
    const role = realRole('learning-mentor-1');
    role.jobEvaluation.factors[0].rows[0].discrepancy = 'Stale note';
    expect(problems(role)).toEqual([
      'jobEvaluation.factors.0.rows.0.discrepancy: the points (60) match the scheme, so there is no discrepancy to explain; remove the note',
    ]);
  });

  it('requires a JE table unless the source gives only an extract', () => {
    const role = realRole('learning-mentor-1');
    delete role.jobEvaluation;
    expect(problems(role)).toEqual([expect.stringMatching(/^jobEvaluation: is missing/)]);
  });

  it('requires the words that introduce optional duties, as printed, on a profile that lists them', () => {
    const role = realRole('behaviour-management');
    delete role.optionalDutiesIntro;
    expect(problems(role)).toEqual([expect.stringMatching(/^optionalDutiesIntro: /)]);
  });

  it('keeps points printed as something other than a figure only with a note saying how they are read', () => {
    const role = realRole('midday-supervision-2');
    const row = role.jobEvaluation.factors[11].rows[1];
    expect(row.pointsPrintedAs).toBe('. 3, 20');
    delete row.discrepancy;
    expect(problems(role)).toEqual([expect.stringMatching(/^jobEvaluation\.factors\.11\.rows\.1\.discrepancy: the points are printed/)]);
  });

  it('rejects an unknown source document', () => {
    const role = realRole('teaching-assistant-1');
    role.source.document = 'some-blog';
    expect(problems(role)).toEqual([expect.stringMatching(/^source\.document: /)]);
  });
});

describe('the source inconsistencies in the content', () => {
  it('are exactly the ones found in review, so no new one slips in unnoticed', () => {
    const discrepancies = [...roles].flatMap(([id, data]) => {
      const role = roleSchema.parse(data);
      const je = role.jobEvaluation;
      return [
        ...(je?.factors.flatMap((factor) => factor.rows.filter((row) => row.discrepancy).map(() => `${id}: ${factor.factor} points`)) ??
          []),
        ...(je?.totalNote ? [`${id}: total`] : []),
        ...role.sourceNotes.map(() => `${id}: text`),
      ];
    });
    expect(discrepancies.sort()).toEqual([
      'additional-support-needs-assistant-1: text', // duty 9 printed "therapist/care." (the word "professional" lost)
      'behaviour-management: mental-skills points', // level 4 printed as 80; the scale and the printed total 456 say 52
      'learning-mentor-1: text', // "quidance", kept as printed
      'learning-mentor-3: text', // "Indentifies", kept as printed
      'midday-supervision-1: text', // the index says "Midday Supervisor 1", the heading "Midday Supervision 1"
      'midday-supervision-2: responsibility-for-physical-and-information-resources points', // printed ". 3, 20", read as 26
      'midday-supervision-2: text', // likewise
      'midday-supervision-3: text', // likewise
      'midday-supervision-3: text', // the JE table printed out of order
      'teaching-assistant-5: text', // "See section 4.6" where the section on becoming a teacher is 4.9
      'teaching-assistant-5: text', // "7(a-d) above" where the lettered duty is 10
    ]);
  });
});
