/**
 * How wide a map label is, worked out at build time where there is no browser to measure text.
 * The advances are DejaVu Sans Bold's (what `system-ui` bold falls back to on Linux), the widest of
 * the fonts the site's stack can end up with, so a label that fits here fits in Segoe UI, San
 * Francisco, Roboto or Arial too. A character not in the table counts as 1 em.
 */

/** Advance widths in hundredths of an em, each followed by the characters that have it. */
const advances: readonly [number, string][] = [
  [31, "'"],
  [34, 'ijl'],
  [35, ' '],
  [37, '/IJ\\|'],
  [38, ',.’‘'],
  [40, ':;'],
  [42, '-'],
  [44, 'f'],
  [46, '!()[]'],
  [48, 't'],
  [49, 'r'],
  [50, '_`–'],
  [52, '"*'],
  [58, '?z'],
  [59, 'c'],
  [60, 's'],
  [64, 'L'],
  [65, 'vxy'],
  [67, 'ak'],
  [68, 'EFTe'],
  [69, 'o'],
  [70, '0123456789$'],
  [71, 'hnu{}'],
  [72, 'SYbdgpq'],
  [73, 'CPZ'],
  [76, 'B'],
  [77, 'AKRVX'],
  [81, 'U'],
  [82, 'G'],
  [83, 'D'],
  [84, '#+<=>HN^~'],
  [85, 'OQ'],
  [87, '&'],
  [92, 'w'],
  [100, '%@M—'],
  [104, 'm'],
  [110, 'W'],
];

// The table is plain ASCII and a few punctuation marks, so splitting by code point is exact.
// eslint-disable-next-line @typescript-eslint/no-misused-spread
const emWidths = new Map(advances.flatMap(([width, characters]) => [...characters].map((character) => [character, width / 100] as const)));

/** The width in CSS pixels of `text` set in bold at `fontSize` pixels. */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += emWidths.get(character) ?? 1;
  return ems * fontSize;
}
