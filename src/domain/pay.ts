/**
 * The fixed figures of term-time pay (../shared/reference/pay.tsv, "Term-time only pay" and
 * "NJC pay spine hours"): the schema checks content against them and src/lib/pay calculates with them.
 */

/** The NJC spine's salaries are for a 37-hour week (Hertfordshire's pay ranges page). */
export const fullTimeHoursPerWeek = 37;

/**
 * Weeks in a year: 365 days ÷ 7 = 52.142857…, to three decimal places. Hertfordshire's published
 * formula divides by 52.142 instead (the figure cut short rather than rounded); the pay page says so.
 */
export const weeksInYear = 52.143;

/** Working days in a week, to turn days of leave into weeks. */
export const workingDaysPerWeek = 5;

/** How sure the reference file is of a fact. "low" facts are shown as leads, each with its caveat. */
export const factConfidences = ['high', 'medium', 'low'] as const;
export type FactConfidence = (typeof factConfidences)[number];
