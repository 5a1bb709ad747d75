/**
 * Dates as people in the UK write them: "5 October 2026", never "2026-10-05". Content, stored
 * documents and citations keep ISO dates (they sort and compare); every page and island that shows
 * one to a person writes it through here.
 */

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// A year, month and day in running text, not inside a longer run of digits or hyphens (a version
// such as 1-2026-10-05-3 is not a date). A year and month alone are not taken from running text:
// "2011-12" there is more often an academic year than December 2011.
const isoDate = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

function written(year: string, month: string, day: string | undefined): string | undefined {
  const monthName = monthNames[Number(month) - 1];
  if (!monthName) return undefined;
  if (day === undefined) return `${monthName} ${year}`;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > daysInMonth) return undefined;
  return `${dayNumber} ${monthName} ${year}`;
}

/**
 * "2026-10-05" → "5 October 2026"; "2026-10" → "October 2026"; "2019" as it is; a timestamp
 * ("2026-10-05T09:30:00.000Z") → its date; a reference row's "before 2019" → "before 2019" (its
 * date written the same way). Anything that is not a real date comes back unchanged.
 */
export function formatDate(iso: string): string {
  const match = /^(before )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!match) return iso;
  const [, before = '', year = '', month, day] = match;
  if (month === undefined) return `${before}${year}`;
  const text = written(year, month, day);
  return text === undefined ? iso : `${before}${text}`;
}

/** A text with every ISO date in it written out: "HEAD dated 2026-08-19" → "HEAD dated 19 August 2026". */
export function humanDatesIn(text: string): string {
  return text.replace(isoDate, (whole, year: string, month: string, day: string) => written(year, month, day) ?? whole);
}
