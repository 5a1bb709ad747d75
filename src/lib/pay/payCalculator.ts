import { fullTimeHoursPerWeek, weeksInYear, workingDaysPerWeek } from '../../domain/pay';
import type { PayCalculatorState } from '../site/urls';
import { formatNumber, formatPence, formatPercent, formatPounds } from './payFormat';
import { paidWeeksFromLeave, paidWeeksGiven, termTimePay, type PaidWeeks, type TermTimePay } from './termTimePay';

/**
 * The pay calculator: reads what was typed, says what is wrong with it in words a person can act
 * on (echoing what they typed, as text), and otherwise works the pay out step by step. It imports
 * no zod, so the island can bundle it; the island only renders what this returns.
 */

/** One pay year the calculator offers: a spine as published or as this site calculated it. */
export interface SpineYearOption {
  /** "2025-26": the year as the address writes it. */
  id: string;
  /** "2025/26". */
  label: string;
  /** Set when this site calculated the figures: how, in a few words. */
  calculatedFrom?: string | undefined;
  points: { point: number; salary: number }[];
}

/** The fields a person types into. */
export type PayField = 'salary' | 'hours' | 'worked' | 'leave' | 'bank' | 'paid';

/** Each typed field's label, the hint shown under it, and an example value for its messages. */
export const payFields: Record<PayField, { label: string; hint?: string; example: string }> = {
  salary: {
    label: 'Full-time salary',
    hint: `The full-time equivalent salary a year, for ${fullTimeHoursPerWeek} hours a week, as an advert or pay scale gives it.`,
    example: '25583',
  },
  hours: { label: 'Hours a week', hint: `The hours you work in a week: ${fullTimeHoursPerWeek} is full time.`, example: '32.5' },
  worked: { label: 'Weeks worked a year', hint: 'Term-time weeks, INSET days included: often 38, 39 or 40.', example: '39' },
  leave: { label: 'Days of annual leave a year', hint: "The leave someone on your contract gets for a full year's work.", example: '27' },
  bank: { label: 'Bank holidays a year', example: '8' },
  paid: {
    label: 'Paid weeks a year',
    hint: 'Weeks worked plus paid leave and bank holidays, as your contract states them.',
    example: '43',
  },
};

/** The two choices of how a figure is given: address value and label. */
export const payChoices = {
  salaryFrom: [
    ['point', 'A spinal column point'],
    ['typed', 'A salary I type in'],
  ],
  weeksFrom: [
    ['leave', 'Work them out from my weeks and leave'],
    ['paid', 'I know my paid weeks'],
  ],
} as const satisfies { salaryFrom: [PayCalculatorState['salaryFrom'], string][]; weeksFrom: [PayCalculatorState['weeksFrom'], string][] };

/** Every message the calculator can give, in one table. `typed` is exactly what the person typed. */
export const payMessages = {
  empty: (field: PayField) => `Enter your ${payFields[field].label.toLowerCase()}.`,
  notANumber: (field: PayField, typed: string) =>
    `${payFields[field].label} must be a number, like ${payFields[field].example}. You typed “${typed}”.`,
  negative: (field: PayField, typed: string) => `${payFields[field].label} cannot be negative. You typed “${typed}”.`,
  zero: (field: PayField, typed: string) => `${payFields[field].label} must be more than 0. You typed “${typed}”.`,
  hoursOverFullTime: (typed: string) =>
    `Hours a week cannot be more than ${fullTimeHoursPerWeek}, the full-time week the NJC salaries are for. You typed “${typed}”.`,
  weeksOverYear: (field: 'worked' | 'paid', typed: string) =>
    `${payFields[field].label} cannot be more than ${weeksInYear}, the number of weeks in a year. You typed “${typed}”.`,
  paidBelowWorked: (paid: string, worked: string) =>
    `Paid weeks (${paid}) cannot be fewer than weeks worked (${worked}): paid weeks are the weeks worked plus paid leave and bank holidays.`,
  leaveFillsYear: (days: number) =>
    `${formatNumber(days)} days of leave and bank holidays are ${formatNumber(days / workingDaysPerWeek)} weeks: that leaves no weeks to work in a ${weeksInYear}-week year.`,
  workedOverFullYear: (worked: string, fullYearWorkingWeeks: number) =>
    `With this leave, someone working all year works ${formatNumber(fullYearWorkingWeeks, 3)} weeks, so weeks worked (${worked}) cannot be more than that.`,
  noPoint: (point: string, year: string) => `There is no spinal column point “${point}” in ${year}: choose one from the list.`,
} as const;

export interface PayFieldError {
  /** The field to mark; "point" for a spinal point that does not exist. */
  field: PayField | 'point';
  message: string;
}

/** A typed number, or what is wrong with it. Pounds may be written "£25,583". */
function readNumber(field: PayField, typed: string): { value: number } | PayFieldError {
  const text =
    field === 'salary'
      ? typed
          .trim()
          .replace(/^£\s*/, '')
          .replace(/,(?=\d{3}\b)/g, '')
      : typed.trim();
  if (text === '') return { field, message: payMessages.empty(field) };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return { field, message: payMessages.notANumber(field, typed) };
  const value = Number(text);
  if (value < 0) return { field, message: payMessages.negative(field, typed) };
  return { value };
}

/** One line of the working, in words and figures. */
export interface WorkingStep {
  /** What the step finds: "Full-time salary", "Paid weeks"… */
  label: string;
  /** The sum and its result, in words and figures. */
  text: string;
}

export interface PayResult {
  ok: true;
  /** Where the full-time salary came from: "SCP 5 in 2025/26" or "the salary you typed". */
  salaryLabel: string;
  weeks: PaidWeeks;
  pay: TermTimePay;
  working: WorkingStep[];
}

export type PayCalculation = PayResult | { ok: false; errors: PayFieldError[] };

/** The steps from full-time salary to monthly pay, as the page and calculator show them. */
export function payWorking(salaryLabel: string, weeks: PaidWeeks, pay: TermTimePay): WorkingStep[] {
  const salary = formatPounds(pay.fullTimeSalary);
  const paid = formatNumber(weeks.paidWeeks);
  const steps: WorkingStep[] = [
    { label: 'Full-time salary', text: `${salaryLabel}: ${salary} a year for ${fullTimeHoursPerWeek} hours a week.` },
  ];
  if (weeks.from.kind === 'leave') {
    const { leaveDays, bankHolidays, fullYearLeaveWeeks, fullYearWorkingWeeks } = weeks.from;
    steps.push(
      {
        label: 'Leave in a full year',
        text: `${formatNumber(leaveDays)} days' leave + ${formatNumber(bankHolidays)} bank holidays = ${formatNumber(leaveDays + bankHolidays)} days ÷ ${workingDaysPerWeek} = ${formatNumber(fullYearLeaveWeeks, 3)} weeks. Someone working all year works ${weeksInYear} − ${formatNumber(fullYearLeaveWeeks, 3)} = ${formatNumber(fullYearWorkingWeeks, 3)} weeks and is paid for ${weeksInYear}.`,
      },
      {
        label: 'Paid weeks',
        text: `Your leave keeps the same ratio to the weeks you work: ${formatNumber(weeks.weeksWorked)} weeks worked × ${weeksInYear} ÷ ${formatNumber(fullYearWorkingWeeks, 3)} = ${paid} paid weeks (${formatNumber(weeks.weeksWorked)} weeks worked + ${formatNumber(weeks.leaveWeeks)} weeks of paid leave and bank holidays).`,
      },
    );
  } else {
    steps.push({
      label: 'Paid weeks',
      text: `${paid} paid weeks = ${formatNumber(weeks.weeksWorked)} weeks worked + ${formatNumber(weeks.leaveWeeks)} weeks of paid leave and bank holidays.`,
    });
  }
  steps.push(
    {
      label: 'Hourly rate',
      text: `${salary} ÷ ${fullTimeHoursPerWeek} hours ÷ ${weeksInYear} weeks = ${formatPence(pay.hourlyPay)} an hour.`,
    },
    {
      label: 'Pay a year',
      text: `${salary} ÷ ${fullTimeHoursPerWeek} × ${formatNumber(pay.hoursPerWeek)} hours ÷ ${weeksInYear} × ${paid} paid weeks = ${formatPence(pay.annualPay)} (${formatPercent(pay.shareOfFullTime)} of the full-time salary; worked with the unrounded figures, then rounded to the penny).`,
    },
    { label: 'Pay a month', text: `${formatPence(pay.annualPay)} ÷ 12 = ${formatPence(pay.monthlyPay)} in each of 12 equal instalments.` },
  );
  return steps;
}

/** What a screen reader hears after each change: the result in brief, or how many things to check. */
export function payAnnouncement(result: PayCalculation): string {
  if (result.ok) return `${formatPence(result.pay.annualPay)} a year, ${formatPence(result.pay.monthlyPay)} a month.`;
  return `${result.errors.length} ${result.errors.length === 1 ? 'thing' : 'things'} to check.`;
}

/** Reads the calculator's fields and works the pay out, or lists everything that is wrong. */
export function calculatePay(state: PayCalculatorState, years: readonly SpineYearOption[]): PayCalculation {
  const errors: PayFieldError[] = [];
  const number = (field: PayField, typed: string): number | undefined => {
    const reading = readNumber(field, typed);
    if ('value' in reading) return reading.value;
    errors.push(reading);
    return undefined;
  };
  const positive = (field: PayField, typed: string): number | undefined => {
    const value = number(field, typed);
    if (value === 0) errors.push({ field, message: payMessages.zero(field, typed) });
    return value === 0 ? undefined : value;
  };

  let salary: number | undefined;
  let salaryLabel = `The full-time salary you typed, “${state.salary.trim()}”`;
  if (state.salaryFrom === 'point') {
    const year = years.find((option) => option.id === state.year) ?? years.at(-1);
    salary = year?.points.find((row) => String(row.point) === state.point)?.salary;
    if (salary === undefined) errors.push({ field: 'point', message: payMessages.noPoint(state.point, year?.label ?? state.year) });
    else salaryLabel = `SCP ${state.point} in ${year?.label ?? ''}${year?.calculatedFrom ? ` (${year.calculatedFrom})` : ''}`;
  } else salary = positive('salary', state.salary);

  let hours = positive('hours', state.hours);
  if (hours !== undefined && hours > fullTimeHoursPerWeek) {
    errors.push({ field: 'hours', message: payMessages.hoursOverFullTime(state.hours) });
    hours = undefined;
  }

  let worked = positive('worked', state.worked);
  if (worked !== undefined && worked > weeksInYear) {
    errors.push({ field: 'worked', message: payMessages.weeksOverYear('worked', state.worked) });
    worked = undefined;
  }

  let weeks: PaidWeeks | undefined;
  if (state.weeksFrom === 'leave') {
    const leave = number('leave', state.leave);
    const bank = number('bank', state.bank);
    if (leave !== undefined && bank !== undefined) {
      const fullYearWorkingWeeks = weeksInYear - (leave + bank) / workingDaysPerWeek;
      if (fullYearWorkingWeeks <= 0) errors.push({ field: 'leave', message: payMessages.leaveFillsYear(leave + bank) });
      else if (worked !== undefined && worked > fullYearWorkingWeeks + 1e-9) {
        errors.push({ field: 'worked', message: payMessages.workedOverFullYear(state.worked, fullYearWorkingWeeks) });
      } else if (worked !== undefined) weeks = paidWeeksFromLeave(worked, leave, bank);
    }
  } else {
    const paid = positive('paid', state.paid);
    if (paid !== undefined && paid > weeksInYear) errors.push({ field: 'paid', message: payMessages.weeksOverYear('paid', state.paid) });
    else if (paid !== undefined && worked !== undefined && paid < worked) {
      errors.push({ field: 'paid', message: payMessages.paidBelowWorked(state.paid, state.worked) });
    } else if (paid !== undefined && worked !== undefined) weeks = paidWeeksGiven(worked, paid);
  }

  if (errors.length > 0 || salary === undefined || hours === undefined || weeks === undefined) return { ok: false, errors };
  const pay = termTimePay(salary, hours, weeks.paidWeeks);
  return { ok: true, salaryLabel, weeks, pay, working: payWorking(salaryLabel, weeks, pay) };
}
