import { describe, expect, it } from 'vitest';
import { weeksInYear } from '../../src/domain/pay';
import { calculatePay, payMessages, type SpineYearOption } from '../../src/lib/pay/payCalculator';
import { paidWeeksFromHolidayWeeks, paidWeeksFromLeave, paidWeeksGiven, roundToPence, termTimePay } from '../../src/lib/pay/termTimePay';
import type { PayCalculatorState } from '../../src/lib/site/urls';

describe('term-time pay: full-time salary ÷ 37 × hours ÷ 52.143 × paid weeks', () => {
  // Worked by hand (Python's Decimal, rounded half up at the end), not with the code under test.
  const cases: [salary: number, hours: number, paidWeeks: number, annual: number, monthly: number, hourly: number][] = [
    [25583, 32.5, 43, 18531.29, 1544.27, 13.26],
    [30024, 30, 45.2, 21102.33, 1758.53, 15.56],
    [37280, 37, weeksInYear, 37280, 3106.67, 19.32],
    [23656, 15, 39, 7172.98, 597.75, 12.26],
    [54495, 36.5, 44.1, 45466.38, 3788.87, 28.25],
    [25000, 20, 40, 10366.5, 863.88, 12.96],
  ];
  for (const [salary, hours, paidWeeks, annual, monthly, hourly] of cases) {
    it(`£${salary}, ${hours} hours, ${paidWeeks} paid weeks: £${annual} a year, £${monthly} a month, £${hourly} an hour`, () => {
      const pay = termTimePay(salary, hours, paidWeeks);
      expect(pay.annualPay).toBe(annual);
      expect(pay.monthlyPay).toBe(monthly);
      expect(pay.hourlyPay).toBe(hourly);
    });
  }

  it('pays the full salary for a full-time week over the whole year', () => {
    expect(termTimePay(31022, 37, weeksInYear).annualPay).toBe(31022);
    expect(termTimePay(31022, 37, weeksInYear).shareOfFullTime).toBeCloseTo(1, 12);
  });
});

describe('paid weeks', () => {
  it("adds holiday given in weeks: the reference's 38 weeks + 5 weeks' holiday = 43 paid weeks", () => {
    const weeks = paidWeeksFromHolidayWeeks(38, 5);
    expect(weeks.paidWeeks).toBe(43);
    expect(weeks.leaveWeeks).toBe(5);
  });

  it("keeps a full-year worker's ratio of leave to working weeks (Part 4.12): 39 weeks with 27 days' leave and 8 bank holidays", () => {
    const weeks = paidWeeksFromLeave(39, 27, 8);
    // 35 days = 7 weeks; a full-year worker works 52.143 − 7 = 45.143 weeks for 52.143 weeks' pay.
    expect(weeks.from).toMatchObject({ kind: 'leave', fullYearLeaveWeeks: 7 });
    expect(weeks.from.kind === 'leave' && weeks.from.fullYearWorkingWeeks).toBeCloseTo(45.143, 9);
    expect(weeks.paidWeeks).toBeCloseTo((39 * 52.143) / 45.143, 9);
    expect(weeks.paidWeeks.toFixed(2)).toBe('45.05');
  });

  it('gives a full-year worker every week of the year', () => {
    expect(paidWeeksFromLeave(weeksInYear - 7, 27, 8).paidWeeks).toBeCloseTo(weeksInYear, 9);
  });

  it('takes paid weeks as given, with the leave they include', () => {
    expect(paidWeeksGiven(39, 45.2).leaveWeeks).toBeCloseTo(6.2, 9);
  });
});

describe('rounding to the penny', () => {
  it('rounds halves up, including those binary fractions store just below the half', () => {
    expect(roundToPence(1.005)).toBe(1.01); // 1.005 is stored as 1.00499999…
    expect(roundToPence(2.675)).toBe(2.68);
    expect(roundToPence(0.125)).toBe(0.13);
    expect(roundToPence(1617.795)).toBe(1617.8);
  });

  it('rounds just below a half down', () => {
    expect(roundToPence(1.00499)).toBe(1);
    expect(roundToPence(18651.17499)).toBe(18651.17);
  });

  it('works the month from the rounded year, so twelve instalments may differ from the year by pennies', () => {
    const pay = termTimePay(25000, 20, 40);
    expect(pay.annualPay).toBe(10366.5);
    expect(pay.monthlyPay).toBe(863.88); // 10,366.50 ÷ 12 = 863.875
    expect(Math.round(pay.monthlyPay * 12 * 100) / 100).toBe(10366.56);
  });
});

const years: SpineYearOption[] = [
  {
    id: '2025-26',
    label: '2025/26',
    calculatedFrom: 'calculated',
    points: [
      { point: 2, salary: 24413 },
      { point: 5, salary: 25583 },
    ],
  },
];
const valid: PayCalculatorState = {
  salaryFrom: 'point',
  year: '2025-26',
  point: '5',
  salary: '',
  hours: '32.5',
  weeksFrom: 'leave',
  worked: '39',
  leave: '27',
  bank: '8',
  paid: '',
};
const errorsFor = (change: Partial<PayCalculatorState>) => {
  const result = calculatePay({ ...valid, ...change }, years);
  return result.ok ? [] : result.errors;
};

describe('the calculator', () => {
  it('works out 32.5 hours, 39 weeks and 27 days of leave at SCP 5, step by step', () => {
    const result = calculatePay(valid, years);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pay.annualPay).toBe(19413.65);
    expect(result.pay.monthlyPay).toBe(1617.8);
    expect(result.pay.hourlyPay).toBe(13.26);
    expect(result.working.map((step) => step.label)).toEqual([
      'Full-time salary',
      'Leave in a full year',
      'Paid weeks',
      'Hourly rate',
      'Pay a year',
      'Pay a month',
    ]);
    expect(result.working.find((step) => step.label === 'Paid weeks')?.text).toContain(
      '39 weeks worked × 52.143 ÷ 45.143 = 45.05 paid weeks',
    );
    expect(result.working.at(-1)?.text).toBe('£19,413.65 ÷ 12 = £1,617.80 in each of 12 equal instalments.');
  });

  it('takes a typed salary, with £ and commas', () => {
    const result = calculatePay({ ...valid, salaryFrom: 'typed', salary: '£25,583' }, years);
    expect(result.ok && result.pay.annualPay).toBe(19413.65);
  });

  it('takes paid weeks directly', () => {
    const result = calculatePay({ ...valid, weeksFrom: 'paid', worked: '38', paid: '43' }, years);
    expect(result.ok && result.pay.annualPay).toBe(18531.29);
    expect(result.ok && result.working[1]?.text).toBe('43 paid weeks = 38 weeks worked + 5 weeks of paid leave and bank holidays.');
  });

  const bad: [what: string, change: Partial<PayCalculatorState>, field: string, message: string][] = [
    ['an empty field', { hours: '' }, 'hours', payMessages.empty('hours')],
    ['a field of spaces', { worked: '   ' }, 'worked', payMessages.empty('worked')],
    ['text in a number field', { hours: 'thirty' }, 'hours', 'Hours a week must be a number, like 32.5. You typed “thirty”.'],
    ['a comma for a decimal point', { hours: '32,5' }, 'hours', payMessages.notANumber('hours', '32,5')],
    ['a negative number', { leave: '-3' }, 'leave', 'Days of annual leave a year cannot be negative. You typed “-3”.'],
    ['no hours', { hours: '0' }, 'hours', payMessages.zero('hours', '0')],
    ['more than 37 hours', { hours: '37.5' }, 'hours', payMessages.hoursOverFullTime('37.5')],
    ['more weeks worked than a year has', { worked: '53' }, 'worked', payMessages.weeksOverYear('worked', '53')],
    ['more paid weeks than a year has', { weeksFrom: 'paid', paid: '52.2' }, 'paid', payMessages.weeksOverYear('paid', '52.2')],
    ['paid weeks below weeks worked', { weeksFrom: 'paid', paid: '38' }, 'paid', payMessages.paidBelowWorked('38', '39')],
    ['more weeks worked than leave allows', { worked: '46' }, 'worked', payMessages.workedOverFullYear('46', weeksInYear - 7)],
    ['leave that fills the year', { leave: '300' }, 'leave', payMessages.leaveFillsYear(308)],
    ['a typed salary that is text', { salaryFrom: 'typed', salary: '25k' }, 'salary', payMessages.notANumber('salary', '25k')],
    ['a point not on the spine', { point: '99' }, 'point', payMessages.noPoint('99', '2025/26')],
  ];
  for (const [what, change, field, message] of bad) {
    it(`says what is wrong with ${what}, quoting what was typed`, () => {
      expect(errorsFor(change)).toEqual([{ field, message }]);
    });
  }

  it('lists every wrong field at once', () => {
    expect(errorsFor({ hours: 'x', worked: '', bank: '-1' }).map((error) => error.field)).toEqual(['hours', 'worked', 'bank']);
  });

  it('accepts the limits themselves: 37 hours, and paid weeks equal to weeks worked or to the whole year', () => {
    expect(errorsFor({ hours: '37' })).toEqual([]);
    expect(errorsFor({ weeksFrom: 'paid', worked: '39', paid: '39' })).toEqual([]);
    expect(errorsFor({ weeksFrom: 'paid', paid: String(weeksInYear) })).toEqual([]);
  });

  it('shows hostile text only inside its message, as typed', () => {
    const [error] = errorsFor({ hours: '<img src=x onerror=alert(1)>' });
    expect(error?.message).toBe('Hours a week must be a number, like 32.5. You typed “<img src=x onerror=alert(1)>”.');
  });
});
