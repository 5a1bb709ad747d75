import { fullTimeHoursPerWeek, weeksInYear } from '../../domain/pay';
import type { PayData } from '../../schemas/pay';
import type { SpineYearOption } from './payCalculator';
import { formatDate } from '../site/dates';
import { asOfText, formatNumber, formatPounds } from './payFormat';
import { roundToPence } from './termTimePay';
import { sourceSiteLabel } from '../site/sourceText';

/**
 * The NJC pay spine year by year: the spine as published, then each later award applied to it.
 *
 * Rounding: the reference (../shared/reference/pay.tsv) does not say how the NJC rounds a
 * percentage award; its own calculated 2025/26 rows are "2024/25 value x 1.032, rounded to nearest
 * pound". This site does the same: each point's new salary is rounded to the nearest pound, halves
 * up, and the pay page says so.
 */

type Award = PayData['awards'][number];

/** A year of the spine: published, or calculated by this site from the year before and an award. */
export interface SpineYear extends SpineYearOption {
  /** The day the rates took effect. */
  effectiveFrom: string;
  /** The award this year was calculated with, when it was. */
  award?: Award | undefined;
}

/** "2025/26" → "2025-26", the year as the address writes it. */
export const payYearId = (year: string) => year.replace('/', '-');

/**
 * One point's salary after an award: a flat sum added, or a percentage to the nearest pound.
 * The percentage is worked in whole numbers (salary × 103,200 ÷ 100,000 for 3.2 %), so a half
 * pound is exactly a half and rounds up.
 */
export function salaryAfterAward(salary: number, increase: Award['increase']): number {
  if (increase.kind === 'flat') return salary + increase.pounds;
  return Math.round((salary * (100_000 + Math.round(increase.percent * 1000))) / 100_000);
}

/** "3.2% on points 2 to 43" or "£1,290 on points 2 to 43". */
export function describeIncrease(award: Award): string {
  const amount = award.increase.kind === 'flat' ? formatPounds(award.increase.pounds) : `${formatNumber(award.increase.percent)}%`;
  return `${amount} on points ${award.fromPoint} to ${award.toPoint}`;
}

/** Every year of the spine, oldest first: the published one, then one per later award. */
export function spineYears(pay: PayData): SpineYear[] {
  const published: SpineYear = {
    id: payYearId(pay.spine.year),
    label: pay.spine.year,
    effectiveFrom: pay.spine.effectiveFrom,
    points: pay.spine.points.map(({ point, salary }) => ({ point, salary })),
  };
  const years = [published];
  for (const award of pay.awards.filter((item) => item.effectiveFrom > pay.spine.effectiveFrom)) {
    const previous = years.at(-1) ?? published;
    const deleted = (point: number) =>
      pay.pointDeletions.some((deletion) => deletion.point === point && deletion.from <= award.effectiveFrom);
    years.push({
      id: payYearId(award.year),
      label: award.year,
      effectiveFrom: award.effectiveFrom,
      award,
      calculatedFrom: `calculated by this site from the ${previous.label} spine and the ${award.year} award of ${describeIncrease(award)}`,
      points: previous.points
        .filter((row) => !deleted(row.point))
        .map((row) => ({
          point: row.point,
          salary: row.point >= award.fromPoint && row.point <= award.toPoint ? salaryAfterAward(row.salary, award.increase) : row.salary,
        })),
    });
  }
  return years;
}

/** The hourly rate of a full-time salary: ÷ 37 ÷ 52.143, to the penny. */
export const fullTimeHourlyRate = (salary: number) => roundToPence(salary / fullTimeHoursPerWeek / weeksInYear);

export interface SpineTableRow {
  point: number;
  /** The salary in each year, in the order of `spineYears`; null where the point did not exist. */
  salaries: (number | null)[];
  /** The latest year's hourly rate. */
  latestHourly: number | null;
  /** Deletions of this point, in words: "Deleted from 1 April 2026; staff on it move to SCP 3 as a minimum." */
  notes: string[];
}

/** The spine as a table: one row per point, a column per year, and what happens to each point. */
export function spineTable(pay: PayData, years: readonly SpineYear[]): SpineTableRow[] {
  const points = [...new Set(years.flatMap((year) => year.points.map((row) => row.point)))].sort((a, b) => a - b);
  return points.map((point) => {
    const latest = years.at(-1)?.points.find((row) => row.point === point)?.salary;
    return {
      point,
      salaries: years.map((year) => year.points.find((row) => row.point === point)?.salary ?? null),
      latestHourly: latest === undefined ? null : fullTimeHourlyRate(latest),
      notes: pay.pointDeletions
        .filter((deletion) => deletion.point === point)
        .map(
          (deletion) =>
            `Deleted from ${formatDate(deletion.from)}${deletion.movesTo ? `; staff on it move to SCP ${deletion.movesTo} as a minimum` : ''}.`,
        ),
    };
  });
}

/** Where the spine's figures come from: each source and date with the points it covers ("SCP 2 to 43"). */
export function spineSources(pay: PayData): { points: string; source: string; label: string; asOf: string }[] {
  const groups: { from: number; to: number; source: string; asOf: string }[] = [];
  for (const row of pay.spine.points) {
    const last = groups.at(-1);
    if (last && last.source === row.source && last.asOf === row.asOf && last.to === row.point - 1) last.to = row.point;
    else groups.push({ from: row.point, to: row.point, source: row.source, asOf: row.asOf });
  }
  return groups.map((group) => ({
    points: group.from === group.to ? `SCP ${group.from}` : `SCP ${group.from} to ${group.to}`,
    source: group.source,
    label: sourceSiteLabel(group.source),
    asOf: asOfText(group.asOf),
  }));
}

/**
 * How each calculated year was worked out, in a sentence: "The 2025/26 figures are calculated by this
 * site from 2024/25 and the 3.2% on points 2 to 43 agreed on 23 July 2025: each 2024/25 figure × 1.032,
 * rounded to the nearest pound (a half pound up)."
 */
export function spineMethod(years: readonly SpineYear[]): string[] {
  return years.flatMap((year, index) => {
    const previous = years[index - 1];
    if (!year.award || !previous) return [];
    const { increase, agreed } = year.award;
    const sum =
      increase.kind === 'percent'
        ? `× ${formatNumber(1 + increase.percent / 100, 6)}, rounded to the nearest pound (a half pound up)`
        : `+ ${formatPounds(increase.pounds)}`;
    return [
      `The ${year.label} figures are ${year.calculatedFrom ?? ''}${agreed ? ` agreed on ${formatDate(agreed)}` : ''}: each ${previous.label} figure ${sum}.`,
    ];
  });
}
