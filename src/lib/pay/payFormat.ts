/** How the pay page writes money, weeks and dates. Shared by the page, its worked table and the calculator. */

import { formatDate } from '../site/dates';

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

/** How a fact's date reads after its source: "as of November 2024", "from before 2019", "undated". */
export function asOfText(date: string): string {
  if (date === 'undated') return 'undated';
  if (date.startsWith('before ')) return `from ${formatDate(date)}`;
  return `as of ${formatDate(date)}`;
}
