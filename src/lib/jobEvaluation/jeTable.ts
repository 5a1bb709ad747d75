import type { RoleData } from '../../schemas/role';
import { jeFactorById } from '../../domain/jeScheme';
import { printedRowPoints } from '../../domain/jeTotals';
import { jeTotalSummary, type JeTotalSummary } from '../content/roles';
import { listInWords } from '../site/wording';

/** A duty of the profile that an alternative row rests on, with its words. */
export interface JeRowDuty {
  kind: 'key' | 'optional';
  number: number;
  text: string;
}

export interface JeTableRow {
  info: string;
  level: string;
  /** Points as the source prints them for this row. */
  points: number | undefined;
  /** The points cell's text when it is not a figure; shown instead of `points`, which is how the site reads it. */
  pointsPrintedAs?: string;
  /** Number of the note explaining a printed figure that cannot be right, if any. */
  noteNumber?: number;
  /** On an alternative row: the profile's duties it rests on (none when it follows no listed duty). */
  restsOn: JeRowDuty[];
}

/**
 * What a factor's alternative rows rest on: optional duties (the level depends on whether the job
 * includes one), key duties every such job has (the level depends on the duty's scope), both, or
 * no listed duty. Null for a factor with one row.
 */
export type JeAlternativesBasis = 'optional' | 'key' | 'key-and-optional' | 'not-stated';

export interface JeTableFactor {
  number: number;
  name: string;
  rows: JeTableRow[];
  alternativesBasis: JeAlternativesBasis | null;
}

export interface JeTable {
  factors: JeTableFactor[];
  total: JeTotalSummary;
  /** Notes on the source's own inconsistencies, numbered in table order; the total's note comes last. */
  notes: string[];
  /** True when any factor has alternative rows, so the total is a range. */
  hasAlternatives: boolean;
  /** What the alternatives rest on, factor by factor, in sentences; empty without alternatives. */
  alternativesExplanation: string[];
}

function alternativesBasis(rows: readonly JeTableRow[]): JeAlternativesBasis | null {
  if (rows.length < 2) return null;
  const kinds = new Set(rows.slice(1).flatMap((row) => row.restsOn.map((duty) => duty.kind)));
  if (kinds.size === 0) return 'not-stated';
  if (kinds.size === 2) return 'key-and-optional';
  return kinds.has('key') ? 'key' : 'optional';
}

const basisSentence: Record<JeAlternativesBasis, (factors: string) => string> = {
  optional: (factors) => `On ${factors}, the level depends on whether the job includes an optional duty.`,
  key: (factors) =>
    `On ${factors}, the alternatives follow a key duty, which every job on this profile includes: the level depends on the scope of that duty in the job, not on whether the job has it.`,
  'key-and-optional': (factors) => `On ${factors}, the alternatives follow both key and optional duties.`,
  'not-stated': (factors) => `On ${factors}, the profile does not tie the alternatives to any of its listed duties.`,
};

/** "factor 11", "factors 10 and 11". */
const factorList = (numbers: readonly number[]) => `${numbers.length === 1 ? 'factor' : 'factors'} ${listInWords(numbers.map(String))}`;

/** The sentences under a JE table that say what its alternative rows rest on, derived from the rows' duties. */
export function explainAlternatives(factors: readonly Pick<JeTableFactor, 'number' | 'alternativesBasis'>[]): string[] {
  const withAlternatives = factors.filter((factor) => factor.alternativesBasis !== null);
  if (withAlternatives.length === 0) return [];
  const bases = Object.keys(basisSentence) as JeAlternativesBasis[];
  return [
    'Where a factor has more than one row, the rows are alternatives, so the total is a range.',
    ...bases.flatMap((basis) => {
      const numbers = withAlternatives.filter((factor) => factor.alternativesBasis === basis).map((factor) => factor.number);
      return numbers.length === 0 ? [] : [basisSentence[basis](factorList(numbers))];
    }),
  ];
}

/** Everything a page needs to render a role's JE table, in display order. */
export function buildJeTable(role: RoleData): JeTable | undefined {
  const je = role.jobEvaluation;
  const total = jeTotalSummary(role);
  if (!je || !total) return undefined;
  const notes: string[] = [];
  const factors = je.factors.map((entry) => {
    const scale = jeFactorById(entry.factor);
    if (!scale) throw new Error(`Unknown JE factor ${entry.factor}`);
    const points = printedRowPoints(entry);
    const rows = entry.rows.map((row, index): JeTableRow => {
      const restsOn = row.restsOn.map((reference) => {
        const duty = (reference.kind === 'key' ? role.keyDuties : role.optionalDuties)[reference.number - 1];
        if (!duty) throw new Error(`${role.title}: no ${reference.kind} duty ${reference.number}`);
        return { ...reference, text: duty.text };
      });
      const base = {
        info: row.info,
        level: row.level,
        points: points[index],
        restsOn,
        ...(row.pointsPrintedAs === undefined ? {} : { pointsPrintedAs: row.pointsPrintedAs }),
      };
      if (row.discrepancy === undefined) return base;
      notes.push(row.discrepancy);
      return { ...base, noteNumber: notes.length };
    });
    return { number: scale.number, name: scale.name, rows, alternativesBasis: alternativesBasis(rows) };
  });
  if (je.totalNote !== undefined) notes.push(je.totalNote);
  return {
    factors,
    total,
    notes,
    hasAlternatives: factors.some((factor) => factor.rows.length > 1),
    alternativesExplanation: explainAlternatives(factors),
  };
}
