/** How the pay page writes money, weeks and dates. Shared by the page, its worked table and the calculator. */

const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** "£1,617.94" */
export const formatPence = (pounds: number) => poundsAndPence.format(pounds);

/** "£25,583", for salaries in whole pounds. */
export const formatPounds = (pounds: number) => wholePounds.format(pounds);

/** A number with at most `decimals` decimal places and no trailing zeros: 45.0475 → "45.05", 7 → "7". */
export function formatNumber(value: number, decimals = 2): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals }).format(value);
}

/** "86.39%" from 0.86387… */
export const formatPercent = (share: number) => `${formatNumber(share * 100, 2)}%`;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-04-01" → "1 April 2025"; "2024-11" → "November 2024"; "2019", "before 2019" and "undated" as they are. */
export function formatDate(date: string): string {
  const match = /^(before )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, before = '', year = '', month, day] = match;
  const monthName = month ? months[Number(month) - 1] : undefined;
  const text = day && monthName ? `${Number(day)} ${monthName} ${year}` : monthName ? `${monthName} ${year}` : year;
  return `${before}${text}`;
}

/** How a fact's date reads after its source: "as of November 2024", "from before 2019", "undated". */
export function asOfText(date: string): string {
  if (date === 'undated') return 'undated';
  if (date.startsWith('before ')) return `from ${formatDate(date)}`;
  return `as of ${formatDate(date)}`;
}
