import scheme from '../../content/job-evaluation/scheme.json';

/**
 * The NJC job evaluation scheme as the sources evidence it: 13 factors in scheme order,
 * each with the points its levels score. Data lives in content/job-evaluation/scheme.json.
 */
export interface JeFactorScale {
  id: string;
  number: number;
  name: string;
  pointsByLevel: Record<string, number>;
}

export const jeFactors: readonly JeFactorScale[] = scheme.factors;

export const jeFactorIds = jeFactors.map((factor) => factor.id) as [string, ...string[]];

export function jeFactorById(id: string): JeFactorScale | undefined {
  return jeFactors.find((factor) => factor.id === id);
}

/** The whole-number level a printed level starts with: "3(c)" → 3, "4(a) and (c)" → 4. */
export function numericLevel(printedLevel: string): number {
  const match = /^\s*(\d+)/.exec(printedLevel);
  if (!match) throw new Error(`"${printedLevel}" does not start with a level number`);
  return Number(match[1]);
}

/** Points the scheme gives a printed level on a factor, or undefined if the scale has no such level. */
export function schemePoints(factorId: string, printedLevel: string): number | undefined {
  return jeFactorById(factorId)?.pointsByLevel[String(numericLevel(printedLevel))];
}
