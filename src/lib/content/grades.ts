import type { GradeEntry } from '../../schemas/entry';

/** The note the source prints once against its accountabilities row; it applies to every grade. */
export const gradeDifferenceNote =
  'The difference between any level is an accumulation of a number of elements rather than focus on any particular task.';

export type GradeRef = GradeEntry;

export function sortGrades<T extends GradeRef>(grades: readonly T[]): T[] {
  return [...grades].sort((a, b) => a.data.grade - b.data.grade);
}

/** The grades either side of this one, if the source has them. */
export function gradeNeighbours<T extends GradeRef>(grades: readonly T[], grade: T): { previous?: T; next?: T } {
  const previous = grades.find((other) => other.data.grade === grade.data.grade - 1);
  const next = grades.find((other) => other.data.grade === grade.data.grade + 1);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
