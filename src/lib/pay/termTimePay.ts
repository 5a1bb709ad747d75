import { fullTimeHoursPerWeek, weeksInYear, workingDaysPerWeek } from '../../domain/pay';

/**
 * Term-time pay, the usual way (Green Book Part 4.12 guidance, as ../shared/reference/pay.tsv gives it):
 *
 *   actual pay a year = full-time salary ÷ 37 × hours a week ÷ 52.143 × paid weeks
 *
 * Paid weeks are the weeks worked plus paid leave and bank holidays. Given leave in days, the leave
 * keeps the ratio a full-year worker's has to their working weeks (Part 4.12: "the ratio of working
 * days to paid leave should equal that of all-year staff"):
 *
 *   full-year leave weeks   = (leave days + bank holidays) ÷ 5
 *   paid weeks              = weeks worked × 52.143 ÷ (52.143 − full-year leave weeks)
 *
 * The calculator island, the page's worked table and the unit tests all call these functions.
 * Nothing is rounded along the way; results are rounded to the penny at the end.
 */

/** To the nearest penny, halves up. toPrecision first, so 1.005 (stored as 1.00499…) becomes 1.01, as on paper. */
export function roundToPence(pounds: number): number {
  return Math.round(Number((pounds * 100).toPrecision(12))) / 100;
}

/** Paid weeks and how they were found. */
export interface PaidWeeks {
  weeksWorked: number;
  paidWeeks: number;
  /** Paid weeks − weeks worked: the paid leave and bank holidays, in weeks. */
  leaveWeeks: number;
  from:
    | {
        kind: 'leave';
        leaveDays: number;
        bankHolidays: number;
        /** A full-year worker's leave and bank holidays, in weeks. */
        fullYearLeaveWeeks: number;
        /** The weeks a full-year worker works: 52.143 − their leave weeks. */
        fullYearWorkingWeeks: number;
      }
    | { kind: 'given' };
}

/** Paid weeks from weeks worked and a full-year worker's leave days and bank holidays, in the same ratio. */
export function paidWeeksFromLeave(weeksWorked: number, leaveDays: number, bankHolidays: number): PaidWeeks {
  const fullYearLeaveWeeks = (leaveDays + bankHolidays) / workingDaysPerWeek;
  const fullYearWorkingWeeks = weeksInYear - fullYearLeaveWeeks;
  const paidWeeks = (weeksWorked * weeksInYear) / fullYearWorkingWeeks;
  return {
    weeksWorked,
    paidWeeks,
    leaveWeeks: paidWeeks - weeksWorked,
    from: { kind: 'leave', leaveDays, bankHolidays, fullYearLeaveWeeks, fullYearWorkingWeeks },
  };
}

/** Paid weeks as a contract states them. */
export function paidWeeksGiven(weeksWorked: number, paidWeeks: number): PaidWeeks {
  return { weeksWorked, paidWeeks, leaveWeeks: paidWeeks - weeksWorked, from: { kind: 'given' } };
}

/** Holiday already given in weeks, added on: 38 weeks worked + 5 weeks' holiday = 43 paid weeks. */
export function paidWeeksFromHolidayWeeks(weeksWorked: number, holidayWeeks: number): PaidWeeks {
  return paidWeeksGiven(weeksWorked, weeksWorked + holidayWeeks);
}

export interface TermTimePay {
  fullTimeSalary: number;
  hoursPerWeek: number;
  paidWeeks: number;
  /** Full-time salary ÷ 37 ÷ 52.143, unrounded. */
  hourlyRate: number;
  /** The year's pay, unrounded. */
  annual: number;
  /** Rounded to the penny: the figures people are shown. */
  annualPay: number;
  /** The rounded annual pay ÷ 12, to the penny. */
  monthlyPay: number;
  hourlyPay: number;
  /** Annual pay as a share of the full-time salary, 0 to 1. */
  shareOfFullTime: number;
}

export function termTimePay(fullTimeSalary: number, hoursPerWeek: number, paidWeeks: number): TermTimePay {
  const hourlyRate = fullTimeSalary / fullTimeHoursPerWeek / weeksInYear;
  const annual = ((fullTimeSalary / fullTimeHoursPerWeek) * hoursPerWeek * paidWeeks) / weeksInYear;
  const annualPay = roundToPence(annual);
  return {
    fullTimeSalary,
    hoursPerWeek,
    paidWeeks,
    hourlyRate,
    annual,
    annualPay,
    monthlyPay: roundToPence(annualPay / 12),
    hourlyPay: roundToPence(hourlyRate),
    shareOfFullTime: annual / fullTimeSalary,
  };
}
