import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { weeksInYear } from '../../src/domain/pay';
import { readPayAddress } from '../../src/lib/pay/payAddress';
import { calculatePay } from '../../src/lib/pay/payCalculator';
import { payPageProps } from '../../src/lib/pay/payPageProps';
import { salaryAfterAward, spineTable, spineYears } from '../../src/lib/pay/paySpine';
import { paidWeeksFromHolidayWeeks, paidWeeksFromLeave, termTimePay } from '../../src/lib/pay/termTimePay';
import { paySchema, type PayData } from '../../src/schemas/pay';
import { payQuery, type PayCalculatorState } from '../../src/lib/site/urls';
import { contentDir } from './contentFiles';
import { sourceSiteLabel } from '../../src/lib/site/sourceText';

const raw = parse(readFileSync(join(contentDir, 'pay.yaml'), 'utf8')) as unknown;
const pay = paySchema.parse(raw);
const years = spineYears(pay);
const published = years[0]!;
const award2025 = pay.awards.find((award) => award.year === '2025/26')!;
const year2025 = years.find((year) => year.label === '2025/26')!;
const salary = (year: { points: { point: number; salary: number }[] }, point: number) =>
  year.points.find((row) => row.point === point)?.salary;

describe('the 2025/26 spine, calculated from 2024/25 and the 3.2% award of 23 July 2025', () => {
  it('is a year of its own, marked as calculated by this site', () => {
    expect(years.map((year) => year.label)).toEqual(['2024/25', '2025/26']);
    expect(year2025.calculatedFrom).toBe('calculated by this site from the 2024/25 spine and the 2025/26 award of 3.2% on points 2 to 43');
    expect(published.calculatedFrom).toBeUndefined();
  });

  it("matches the reference file's own calculated rows (2024/25 × 1.032, to the nearest pound)", () => {
    // From ../shared/reference/pay.tsv, "NJC pay spine 2025/26 (from 1 Apr 2025)", marked COMPUTED.
    const reference: [point: number, salary: number][] = [
      [2, 24413], // 24,412.992: rounds up
      [3, 24796],
      [5, 25583], // 25,583.28: rounds down
      [14, 29540],
      [27, 38220],
      [43, 54495], // 54,494.76
    ];
    for (const [point, expected] of reference) expect(salary(year2025, point)).toBe(expected);
  });

  it('gives every point of the published spine its award, within half a pound of the exact figure', () => {
    expect(year2025.points.map((row) => row.point)).toEqual(published.points.map((row) => row.point));
    for (const row of published.points) {
      const exact = (row.salary * (100 + (award2025.increase.kind === 'percent' ? award2025.increase.percent : 0))) / 100;
      expect(Math.abs(salary(year2025, row.point)! - exact)).toBeLessThanOrEqual(0.5);
    }
  });

  it('keeps SCP 2 in 2025/26 and notes that it is deleted from 1 April 2026', () => {
    const row = spineTable(pay, years).find((item) => item.point === 2)!;
    expect(row.salaries.every((value) => value !== null)).toBe(true);
    expect(row.notes).toEqual(['Deleted from 1 April 2026; staff on it move to SCP 3 as a minimum.']);
  });

  it('would leave SCP 2 out of any year that starts on or after its deletion', () => {
    const later: PayData = {
      ...pay,
      awards: [...pay.awards, { ...award2025, year: '2026/27', effectiveFrom: '2026-04-01', agreed: undefined, facts: [] }],
    };
    const calculated = spineYears(later).at(-1)!;
    expect(calculated.label).toBe('2026/27');
    expect(calculated.points[0]?.point).toBe(3);
  });
});

describe('rounding a percentage award to the pound', () => {
  it('rounds an exact half up, which multiplying in floating point would not', () => {
    expect(23660 * 1.025).toBeLessThan(24251.5); // the trap: 24,251.499999…
    expect(salaryAfterAward(23660, { kind: 'percent', percent: 2.5 })).toBe(24252);
  });

  it('adds a flat award as it is: 2024/25 added £1,290 to the bottom point, which had been £22,366', () => {
    expect(salaryAfterAward(22366, { kind: 'flat', pounds: 1290 })).toBe(salary(published, 2));
  });
});

describe("the reference's worked examples of paid weeks, reproduced", () => {
  for (const example of pay.termTime.paidWeeksExamples) {
    it(example.employer, () => {
      if (example.kind === 'holiday-weeks') {
        expect(paidWeeksFromHolidayWeeks(example.weeksWorked, example.holidayWeeks).paidWeeks).toBe(example.paidWeeks);
      } else {
        for (const leaveCase of example.cases) {
          const weeks = paidWeeksFromLeave(example.weeksWorked, leaveCase.leaveDays, example.bankHolidays);
          expect(((weeks.paidWeeks / weeksInYear) * 100).toFixed(2)).toBe(leaveCase.statedPercentOfFullTime.toFixed(2));
        }
      }
    });
  }

  it('include 38 weeks + 5 weeks holiday = 43 paid weeks', () => {
    expect(pay.termTime.paidWeeksExamples).toContainEqual(expect.objectContaining({ weeksWorked: 38, holidayWeeks: 5, paidWeeks: 43 }));
  });
});

describe("the pay page's worked table", () => {
  const props = payPageProps(pay);

  it('has a row for every pattern at every chosen point, from the chosen year', () => {
    expect(props.workedTable.year).toBe(pay.workedTable.year);
    for (const pattern of props.workedTable.patterns) {
      expect(pattern.rows.map((row) => row.point)).toEqual(pay.workedTable.points);
      for (const row of pattern.rows) {
        const yearSalary = salary(
          years.find((year) => year.label === pay.workedTable.year)!,
          row.point,
        )!;
        expect(row.salary).toBe(yearSalary);
        expect(row.annual).toBe(termTimePay(yearSalary, pattern.hoursPerWeek, pattern.paidWeeks).annualPay);
      }
    }
  });

  it('gives more paid weeks, so more pay, with more leave', () => {
    const [fewer, more] = [...props.workedTable.patterns].sort((a, b) => a.leaveDays - b.leaveDays);
    expect(more!.paidWeeks).toBeGreaterThan(fewer!.paidWeeks);
    expect(more!.rows[0]!.annual).toBeGreaterThan(fewer!.rows[0]!.annual);
  });

  it("starts the calculator on the table's first pattern, which it can work out", () => {
    expect(calculatePay(props.calculator.defaults, props.calculator.years).ok).toBe(true);
  });

  it('shows every fact with its date and a source link', () => {
    const facts = [...props.termTimeFacts, ...props.gradeFacts, ...props.gradeExamples, ...props.northernIreland, ...props.spineFacts];
    for (const fact of facts) {
      expect(fact.asOf).not.toBe('');
      expect(fact.sources.length).toBeGreaterThan(0);
      if (fact.lead) expect(fact.caveat).toBeTruthy();
    }
  });

  it('names every grade example after one employer', () => {
    for (const example of props.gradeExamples) expect(example.employer).toBeTruthy();
  });
});

describe("the calculator's address", () => {
  const { calculator } = payPageProps(pay);
  const read = (search: string) => readPayAddress(search, calculator.years, calculator.defaults);

  it('reads back every state it writes, typed text included', () => {
    const states: PayCalculatorState[] = [
      { ...calculator.defaults, point: '12', hours: '32.5', worked: '39', leave: '27', bank: '8' },
      { ...calculator.defaults, salaryFrom: 'typed', salary: '£25,583', weeksFrom: 'paid', worked: '38', paid: '43' },
      { ...calculator.defaults, hours: 'abc & <b>', leave: '' },
    ];
    for (const state of states) {
      const reading = read(payQuery(state));
      expect(reading.problems).toEqual([]);
      // Fields the chosen ways do not use are not in the address; they come back as the defaults.
      const used = (key: keyof PayCalculatorState) =>
        !(state.salaryFrom === 'point' ? ['salary'] : ['year', 'point']).includes(key) &&
        !(state.weeksFrom === 'leave' ? ['paid'] : ['leave', 'bank']).includes(key);
      for (const key of Object.keys(state) as (keyof PayCalculatorState)[]) {
        expect(reading.state[key]).toBe(used(key) ? state[key] : calculator.defaults[key]);
      }
    }
  });

  it('uses the defaults for an empty address', () => {
    expect(read('')).toEqual({ state: calculator.defaults, problems: [] });
  });

  it('reports a year, point or choice the page does not offer, and uses its own instead', () => {
    const reading = read('?fte=guess&year=2030-31&point=<script>&weeks=leave');
    expect(reading.state.salaryFrom).toBe('point');
    expect(reading.state.year).toBe(calculator.defaults.year);
    expect(reading.state.point).toBe(calculator.defaults.point);
    expect(reading.problems).toEqual([
      '“guess” is not a way to give the full-time salary, so the calculator uses its usual choice.',
      '“2030-31” is not a pay year on this page, so the calculator uses its usual choice.',
      `“<script>” is not a spinal column point in ${pay.workedTable.year}, so the calculator uses its usual choice.`,
    ]);
  });

  it('cuts a very long typed value short', () => {
    expect(read(`?hours=${'9'.repeat(500)}`).state.hours).toHaveLength(40);
  });
});

describe('the pay data schema', () => {
  const problems = (change: (data: Record<string, unknown>) => void) => {
    const data = structuredClone(raw) as Record<string, unknown>;
    change(data);
    const result = paySchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  const spinePoints = (data: Record<string, unknown>) => (data['spine'] as { points: Record<string, unknown>[] }).points;

  it('accepts the content as it is', () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  it('refuses a salary written as text, naming the row and field', () => {
    expect(problems((data) => (spinePoints(data)[3]!['salary'] = '£24,790'))).toEqual([
      'spine.points.3.salary: must be a number of pounds, without £ or commas',
    ]);
  });

  it('refuses a row without its as-of date', () => {
    expect(problems((data) => delete spinePoints(data)[0]!['asOf'])[0]).toMatch(/^spine\.points\.0\.asOf: /);
  });

  it('refuses a gap in the spine', () => {
    expect(problems((data) => spinePoints(data).splice(5, 1))).toContain(
      'spine.points.5.point: spinal points must run one by one without gaps: SCP 8 follows SCP 6',
    );
  });

  it('refuses a low-confidence fact without a caveat', () => {
    expect(
      problems((data) => {
        const examples = (data['grades'] as { examples: Record<string, unknown>[] }).examples;
        const lead = examples.find((example) => example['confidence'] === 'low')!;
        delete lead['caveat'];
      }),
    ).toEqual([expect.stringMatching(/^grades\.examples\.\d+\.caveat: a low-confidence fact is only a lead/)]);
  });

  it('refuses a worked example whose sum is wrong', () => {
    expect(
      problems((data) => {
        const examples = (data['termTime'] as { paidWeeksExamples: Record<string, unknown>[] }).paidWeeksExamples;
        examples.find((example) => example['kind'] === 'holiday-weeks')!['paidWeeks'] = 44;
      }),
    ).toEqual([expect.stringMatching(/paidWeeks: 38 weeks worked \+ 5 weeks' holiday is not 44 paid weeks$/)]);
  });
});

describe('dates and sources as the page writes them', () => {
  it('names a source by its site', () => {
    expect(sourceSiteLabel('https://www.workingwithschools.co.uk/njc-pay-award-2025')).toBe('workingwithschools.co.uk');
  });
});
