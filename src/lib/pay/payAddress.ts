import type { PayCalculatorState } from '../site/urls';
import type { SpineYearOption } from './payCalculator';

/**
 * Reads the pay calculator's address (written by `payQuery` in src/lib/site/urls.ts). The address is
 * untrusted: the two choices and the pay year must be ones the page offers, or they are reported and
 * replaced by the defaults; typed numbers are kept exactly as typed (cut to a sensible length) so the
 * calculator checks them like anything typed, and they are only ever shown as text.
 */

export interface PayAddressReading {
  state: PayCalculatorState;
  /** What could not be used, in words, to show the person. */
  problems: string[];
}

/** Longer than any number anyone types; enough to show what was there. */
const maxTypedLength = 40;

export function readPayAddress(search: string, years: readonly SpineYearOption[], defaults: PayCalculatorState): PayAddressReading {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const typed = (name: string, fallback: string) => params.get(name)?.slice(0, maxTypedLength) ?? fallback;
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T, what: string): T => {
    const value = params.get(name);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`“${value.slice(0, maxTypedLength)}” is not ${what}, so the calculator uses its usual choice.`);
    return fallback;
  };

  const salaryFrom = choice('fte', ['point', 'typed'], defaults.salaryFrom, 'a way to give the full-time salary');
  const weeksFrom = choice('weeks', ['leave', 'paid'], defaults.weeksFrom, 'a way to give paid weeks');
  const year = choice(
    'year',
    years.map((option) => option.id),
    defaults.year,
    'a pay year on this page',
  );
  const points = years.find((option) => option.id === year)?.points ?? [];
  const point = choice(
    'point',
    points.map((row) => String(row.point)),
    points.some((row) => String(row.point) === defaults.point) ? defaults.point : String(points[0]?.point ?? ''),
    `a spinal column point in ${years.find((option) => option.id === year)?.label ?? year}`,
  );

  return {
    state: {
      salaryFrom,
      year,
      point,
      salary: typed('salary', defaults.salary),
      hours: typed('hours', defaults.hours),
      weeksFrom,
      worked: typed('worked', defaults.worked),
      leave: typed('leave', defaults.leave),
      bank: typed('bank', defaults.bank),
      paid: typed('paid', defaults.paid),
    },
    problems,
  };
}
