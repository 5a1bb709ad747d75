import { weeksInYear } from '../../domain/pay';
import type { GradeExample, PayData, PayFact } from '../../schemas/pay';
import type { PayCalculatorState } from '../site/urls';
import { payWorking, type SpineYearOption, type WorkingStep } from './payCalculator';
import { formatDate } from '../site/dates';
import { asOfText, formatNumber } from './payFormat';
import { describeIncrease, payYearId, spineMethod, spineSources, spineTable, spineYears } from './paySpine';
import { paidWeeksFromHolidayWeeks, paidWeeksFromLeave, termTimePay } from './termTimePay';
import { sourceSiteLabel } from '../site/sourceText';

/** Everything the pay page and its calculator show, built at build time from content/pay.yaml. */

/** A fact as the page shows it: the words, its date, its sources as links, and any caveat. */
export interface FactView {
  text: string;
  /** "as of November 2024", "undated"… */
  asOf: string;
  sources: { href: string; label: string }[];
  caveat?: string | undefined;
  /** A low-confidence fact: shown as a lead to check, never as a fact. */
  lead: boolean;
  /** Whose grades these are, for a grade example. */
  employer?: string | undefined;
  /** This site's own working of a published example, to set beside it. */
  calculation?: string | undefined;
}

export function factView(fact: PayFact | GradeExample): FactView {
  return {
    text: fact.text,
    asOf: asOfText(fact.asOf),
    sources: fact.sources.map((href) => ({ href, label: sourceSiteLabel(href) })),
    caveat: fact.caveat,
    lead: fact.confidence === 'low',
    employer: 'employer' in fact ? fact.employer : undefined,
  };
}

/** The calculator's figures for the island: every pay year with its points, and what it starts with. */
export interface PayCalculatorProps {
  years: SpineYearOption[];
  defaults: PayCalculatorState;
  /** Points being deleted, with what to tell someone who chooses one. */
  deletions: { point: number; text: string }[];
}

export function payPageProps(pay: PayData) {
  const years = spineYears(pay);
  const tableYear = years.find((year) => year.id === payYearId(pay.workedTable.year)) ?? years[0];
  const salaryAt = (point: number) => tableYear?.points.find((row) => row.point === point)?.salary;

  const workedTable = pay.workedTable.patterns.map((pattern) => {
    const weeks = paidWeeksFromLeave(pattern.weeksWorked, pattern.leaveDays, pattern.bankHolidays);
    return {
      ...pattern,
      caption: `${formatNumber(pattern.hoursPerWeek)} hours a week over ${formatNumber(pattern.weeksWorked)} weeks, with ${formatNumber(pattern.leaveDays)} days' leave and ${formatNumber(pattern.bankHolidays)} bank holidays: ${formatNumber(weeks.paidWeeks)} paid weeks`,
      paidWeeks: weeks.paidWeeks,
      rows: pay.workedTable.points.flatMap((point) => {
        const salary = salaryAt(point);
        if (salary === undefined) return [];
        const result = termTimePay(salary, pattern.hoursPerWeek, weeks.paidWeeks);
        return [{ point, salary, hourly: result.hourlyPay, annual: result.annualPay, monthly: result.monthlyPay }];
      }),
    };
  });

  // The formula worked through once, without JavaScript: the first pattern at the first point.
  const firstPattern = pay.workedTable.patterns[0];
  const firstPoint = pay.workedTable.points[0];
  const firstSalary = firstPoint === undefined ? undefined : salaryAt(firstPoint);
  let example: WorkingStep[] = [];
  if (firstPattern && firstPoint !== undefined && firstSalary !== undefined) {
    const weeks = paidWeeksFromLeave(firstPattern.weeksWorked, firstPattern.leaveDays, firstPattern.bankHolidays);
    example = payWorking(
      `SCP ${firstPoint} in ${tableYear?.label ?? ''}`,
      weeks,
      termTimePay(firstSalary, firstPattern.hoursPerWeek, weeks.paidWeeks),
    );
  }

  const defaults: PayCalculatorState = {
    salaryFrom: 'point',
    year: tableYear?.id ?? '',
    point: String(firstPoint ?? ''),
    salary: String(firstSalary ?? ''),
    hours: String(firstPattern?.hoursPerWeek ?? ''),
    weeksFrom: 'leave',
    worked: String(firstPattern?.weeksWorked ?? ''),
    leave: String(firstPattern?.leaveDays ?? ''),
    bank: String(firstPattern?.bankHolidays ?? ''),
    paid: workedTable[0] ? formatNumber(workedTable[0].paidWeeks) : '',
  };

  const deletionNotes = pay.pointDeletions.map((deletion) => ({
    point: deletion.point,
    text: `SCP ${deletion.point}: deleted from ${formatDate(deletion.from)}${deletion.movesTo ? `; staff on it move to SCP ${deletion.movesTo} as a minimum` : ''}.`,
    note: deletion.note,
    asOf: asOfText(deletion.asOf),
    sources: deletion.sources.map((href) => ({ href, label: sourceSiteLabel(href) })),
  }));

  const calculator: PayCalculatorProps = {
    years: years.map(({ id, label, calculatedFrom, points }) => ({ id, label, calculatedFrom, points })),
    defaults,
    deletions: deletionNotes.map(({ point, text }) => ({ point, text })),
  };

  return {
    years,
    spineColumns: years.map((year) => ({
      year: year.label,
      from: `from ${formatDate(year.effectiveFrom)}`,
      calculated: Boolean(year.calculatedFrom),
    })),
    spineMethod: spineMethod(years),
    spineRows: spineTable(pay, years),
    spineSources: spineSources(pay),
    spineFacts: pay.spine.facts.map(factView),
    awards: pay.awards.map((award) => ({
      year: award.year,
      increase: describeIncrease(award),
      effectiveFrom: formatDate(award.effectiveFrom),
      agreed: award.agreed ? formatDate(award.agreed) : undefined,
      asOf: asOfText(award.asOf),
      sources: award.sources.map((href) => ({ href, label: sourceSiteLabel(href) })),
      facts: award.facts.map(factView),
    })),
    deletions: deletionNotes,
    laterAwards: pay.laterAwards.map((item) => ({ text: item.text, searched: formatDate(item.searched) })),
    termTimeFacts: pay.termTime.facts.map(factView),
    paidWeeksExamples: pay.termTime.paidWeeksExamples.map((item): FactView => ({
      ...factView(item.fact),
      // Reproduced with the calculator's own functions, so a reader can check them against the source.
      calculation:
        item.kind === 'holiday-weeks'
          ? `${formatNumber(item.weeksWorked)} weeks worked + ${formatNumber(item.holidayWeeks)} weeks' holiday = ${formatNumber(paidWeeksFromHolidayWeeks(item.weeksWorked, item.holidayWeeks).paidWeeks)} paid weeks.`
          : item.cases
              .map((leaveCase) => {
                const weeks = paidWeeksFromLeave(item.weeksWorked, leaveCase.leaveDays, item.bankHolidays);
                const fullYear = weeks.from.kind === 'leave' ? weeks.from.fullYearWorkingWeeks : weeksInYear;
                return `${leaveCase.service}, ${formatNumber(item.weeksWorked)} weeks × ${weeksInYear} ÷ ${formatNumber(fullYear, 3)} = ${formatNumber(weeks.paidWeeks)} paid weeks, ${formatNumber((weeks.paidWeeks / weeksInYear) * 100)}% of the year (the example gives ${formatNumber(leaveCase.statedPercentOfFullTime)}%).`;
              })
              .join(' '),
    })),
    workedTable: { year: tableYear?.label ?? '', calculatedFrom: tableYear?.calculatedFrom, patterns: workedTable },
    example,
    gradeFacts: pay.grades.facts.map(factView),
    gradeExamples: pay.grades.examples.map(factView),
    northernIreland: pay.northernIreland.facts.map(factView),
    northernIrelandNotFound: pay.northernIreland.notFound.map((item) => ({ text: item.text, searched: formatDate(item.searched) })),
    calculator,
  };
}

export type PayPageProps = ReturnType<typeof payPageProps>;
