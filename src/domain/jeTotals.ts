import { numericLevel, schemePoints } from './jeScheme';

/** A score that is a single figure (min === max) or a range where a factor has alternatives. */
export interface PointsRange {
  min: number;
  max: number;
}

/** The shape of one factor in a role's JE table, as the role schema defines it. */
export interface JeFactorEntry {
  factor: string;
  rows: { info: string; level: string; points?: number | undefined; discrepancy?: string | undefined }[];
  pointsAsPrinted?: string | undefined;
}

/**
 * Reads a total as the sources print it: "456", "332- 345", "482 - 508" or "472/495".
 * Returns undefined for anything else so the schema can say the total is unreadable.
 */
export function parsePrintedTotal(printed: string): PointsRange | undefined {
  const match = /^\s*(\d+)\s*(?:[-–/]\s*(\d+))?\s*$/.exec(printed);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return min <= max ? { min, max } : undefined;
}

/** The parts of a combined figure such as "13/26/39", or undefined if it is not one. */
export function parsePointsAsPrinted(printed: string): number[] | undefined {
  if (!/^\s*\d+(\s*\/\s*\d+)*\s*$/.test(printed)) return undefined;
  return printed.split('/').map((part) => Number(part.trim()));
}

/** The points each row shows on the page: its own printed figure, or its part of the factor's combined figure. */
export function printedRowPoints(entry: JeFactorEntry): (number | undefined)[] {
  const combined = entry.pointsAsPrinted === undefined ? undefined : parsePointsAsPrinted(entry.pointsAsPrinted);
  return entry.rows.map((row, index) => row.points ?? combined?.[index]);
}

/**
 * The factor's score on the scheme's scale. Several rows are alternatives (an optional duty
 * scores a higher level), so the factor scores anywhere from its lowest to its highest row.
 */
export function factorRange(entry: JeFactorEntry): PointsRange {
  const points = entry.rows.map((row) => {
    const value = schemePoints(entry.factor, row.level);
    if (value === undefined) throw new Error(`No points on the ${entry.factor} scale for level ${numericLevel(row.level)}`);
    return value;
  });
  return { min: Math.min(...points), max: Math.max(...points) };
}

/** The total a JE table adds up to on the scheme's scale. */
export function jeTotal(entries: readonly JeFactorEntry[]): PointsRange {
  return entries.map(factorRange).reduce((sum, range) => ({ min: sum.min + range.min, max: sum.max + range.max }), {
    min: 0,
    max: 0,
  });
}

export function formatRange(range: PointsRange): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}
