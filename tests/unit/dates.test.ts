import { describe, expect, it } from 'vitest';
import { formatDate, humanDatesIn } from '../../src/lib/site/dates';

describe('a date shown to people', () => {
  it.each([
    ['2026-10-05', '5 October 2026'],
    ['2026-01-31', '31 January 2026'],
    ['2024-02-29', '29 February 2024'],
    ['2026-08', 'August 2026'],
    ['2026-11-23T18:00:00.000Z', '23 November 2026'],
    ['2019', '2019'],
    ['before 2019', 'before 2019'],
    ['before 2019-04', 'before April 2019'],
  ])('is written out: %s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each(['2026-13-01', '2026-02-30', '2025-02-29', 'before 2026-13', 'August 2026', 'undated', 'soon', ''])(
    'is left as it is when it is not a real date: "%s"',
    (text) => {
      expect(formatDate(text)).toBe(text);
    },
  );

  it('is written out wherever it appears in a citation', () => {
    expect(humanDatesIn('app @1c9f227 (snapshot, HEAD dated 2026-08-19): page.md (last changed 2025-11-07)')).toBe(
      'app @1c9f227 (snapshot, HEAD dated 19 August 2026): page.md (last changed 7 November 2025)',
    );
  });

  it('leaves numbers that only look like dates alone, academic years included', () => {
    const text = 'version 1-2026-10-05-3, item 12026-10-01, the 2011-12 academic year, 2026-02-30';
    expect(humanDatesIn(text)).toBe(text);
  });
});
