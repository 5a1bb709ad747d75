import type { GradeData } from '../../schemas/grade';

/** The note the source prints once against its accountabilities row; it applies to every grade. */
export const gradeDifferenceNote =
  'The difference between any level is an accumulation of a number of elements rather than focus on any particular task.';

export interface GradeRef {
  id: string;
  data: GradeData;
}

export function sortGrades<T extends GradeRef>(grades: readonly T[]): T[] {
  return [...grades].sort((a, b) => a.data.grade - b.data.grade);
}

/** "3 to 11": the lowest and highest grade the source has. */
export function gradeRange(grades: readonly GradeRef[]): string {
  const numbers = grades.map((grade) => grade.data.grade);
  return `${Math.min(...numbers)} to ${Math.max(...numbers)}`;
}

/** The grades either side of this one, if the source has them. */
export function gradeNeighbours<T extends GradeRef>(grades: readonly T[], grade: T): { previous?: T; next?: T } {
  const previous = grades.find((other) => other.data.grade === grade.data.grade - 1);
  const next = grades.find((other) => other.data.grade === grade.data.grade + 1);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
