import { describe, expect, it } from 'vitest';
import { factorRange, formatRange, jeTotal, parsePointsAsPrinted, parsePrintedTotal, printedRowPoints } from '../../src/domain/jeTotals';
import { jeFactors, numericLevel, schemePoints } from '../../src/domain/jeScheme';
import { roleSchema } from '../../src/schemas/role';
import { loadCollection } from './contentFiles';

const roles = loadCollection('roles').map((entry) => ({ id: entry.id, data: roleSchema.parse(entry.data) }));

describe('reading printed totals', () => {
  it.each([
    ['456', { min: 456, max: 456 }],
    ['332- 345', { min: 332, max: 345 }],
    ['482 - 508', { min: 482, max: 508 }],
    ['472/495', { min: 472, max: 495 }],
  ])('reads "%s"', (printed, range) => expect(parsePrintedTotal(printed)).toEqual(range));

  it.each(['', 'about 400', '345-332', '1,2'])('refuses "%s"', (printed) => expect(parsePrintedTotal(printed)).toBeUndefined());

  it('reads combined factor figures', () => {
    expect(parsePointsAsPrinted('13/26/39')).toEqual([13, 26, 39]);
    expect(parsePointsAsPrinted('13 or 26')).toBeUndefined();
  });
});

describe('JE arithmetic', () => {
  it('reads the level number from printed levels', () => {
    expect(['3', '3(c)', '4(a) and (c)', '3(a) (b)', '4(a)(b) and (c)', '2(g)'].map(numericLevel)).toEqual([3, 3, 4, 3, 4, 2]);
  });

  it('scores a level on its factor scale', () => {
    expect(schemePoints('knowledge', '3')).toBe(60);
    expect(schemePoints('mental-demands', '4(a)')).toBe(40);
    expect(schemePoints('knowledge', '8')).toBeUndefined();
  });

  it('treats several rows as alternatives spanning a range', () => {
    const entry = {
      factor: 'responsibility-for-supervision',
      rows: ['1', '2', '3'].map((level) => ({ info: 'x', level })),
      pointsAsPrinted: '13/26/39',
    };
    expect(factorRange(entry)).toEqual({ min: 13, max: 39 });
    expect(printedRowPoints(entry)).toEqual([13, 26, 39]);
  });

  it('adds Midday Supervision 1 up to the 260 the source prints', () => {
    const role = roles.find((entry) => entry.id === 'midday-supervision-1');
    expect(jeTotal(role!.data.jobEvaluation!.factors)).toEqual({ min: 260, max: 260 });
  });

  it('adds Learning Mentor 3, with two optional factors, up to 482–508', () => {
    const role = roles.find((entry) => entry.id === 'learning-mentor-3');
    expect(formatRange(jeTotal(role!.data.jobEvaluation!.factors))).toBe('482–508');
  });

  it('gives every printed total of the pupil support profiles', () => {
    const totals = Object.fromEntries(
      roles.filter((role) => role.data.jobEvaluation).map((role) => [role.id, formatRange(jeTotal(role.data.jobEvaluation!.factors))]),
    );
    expect(totals).toEqual({
      'behaviour-management': '456',
      'learning-mentor-1': '384',
      'learning-mentor-2': '443–456',
      'learning-mentor-3': '482–508',
      'midday-supervision-1': '260',
      'midday-supervision-2': '332–345',
      'midday-supervision-3': '404–417',
      'pupil-wellbeing-management': '472–495',
      'school-attendance-and-family-support-1': '374',
      'school-attendance-and-family-support-2': '469–495',
    });
  });
});

describe('the JE scheme data', () => {
  it('lists the 13 NJC factors in scheme order', () => {
    expect(jeFactors.map((factor) => factor.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('only holds levels that some role profile evidences', () => {
    const evidenced = new Set(
      roles.flatMap(
        (role) =>
          role.data.jobEvaluation?.factors.flatMap((factor) => factor.rows.map((row) => `${factor.factor} ${numericLevel(row.level)}`)) ??
          [],
      ),
    );
    const unevidenced = jeFactors
      .flatMap((factor) => Object.keys(factor.pointsByLevel).map((level) => `${factor.id} ${level}`))
      .filter((key) => !evidenced.has(key));
    expect(unevidenced).toEqual([]);
  });
});
