import type { RoleData } from '../../schemas/role';
import { jeFactorById } from '../../domain/jeScheme';
import { printedRowPoints } from '../../domain/jeTotals';
import { jeTotalSummary, type JeTotalSummary } from '../content/roles';

export interface JeTableRow {
  info: string;
  level: string;
  /** Points as the source prints them for this row. */
  points: number | undefined;
  /** Number of the note explaining a printed figure that cannot be right, if any. */
  noteNumber?: number;
}

export interface JeTableFactor {
  number: number;
  name: string;
  rows: JeTableRow[];
}

export interface JeTable {
  factors: JeTableFactor[];
  total: JeTotalSummary;
  /** Notes on the source's own inconsistencies, numbered in table order; the total's note comes last. */
  notes: string[];
  /** True when any factor has alternative rows, so the total is a range. */
  hasAlternatives: boolean;
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
    return {
      number: scale.number,
      name: scale.name,
      rows: entry.rows.map((row, index): JeTableRow => {
        const base = { info: row.info, level: row.level, points: points[index] };
        if (row.discrepancy === undefined) return base;
        notes.push(row.discrepancy);
        return { ...base, noteNumber: notes.length };
      }),
    };
  });
  if (je.totalNote !== undefined) notes.push(je.totalNote);
  return { factors, total, notes, hasAlternatives: factors.some((factor) => factor.rows.length > 1) };
}
