import type { GradeEntry } from '../../schemas/entry';
import { listInWords } from '../site/wording';


export type GradeRef = GradeEntry;

export function sortGrades<T extends GradeRef>(grades: readonly T[]): T[] {
  return [...grades].sort((a, b) => a.data.grade - b.data.grade);
}

/**
 * The source's note on what separates grades, once per wording, with the grades whose part of the
 * table prints it, in grade order.
 */
export function gradeDifferenceNotes<T extends GradeRef>(grades: readonly T[]): { note: string; grades: T[] }[] {
  const notes: { note: string; grades: T[] }[] = [];
  for (const grade of sortGrades(grades)) {
    const existing = notes.find((item) => item.note === grade.data.differenceNote);
    if (existing) existing.grades.push(grade);
    else notes.push({ note: grade.data.differenceNote, grades: [grade] });
  }
  return notes;
}

/** The grades as words: "3 to 11" for a run of three or more, else each one ("10 and 11", "4"). */
export function gradeRange(grades: readonly GradeRef[]): string {
  const numbers = [...new Set(grades.map((grade) => grade.data.grade))].sort((a, b) => a - b);
  const first = numbers[0] ?? 0;
  const last = numbers[numbers.length - 1] ?? 0;
  const isRun = numbers.length >= 3 && last - first === numbers.length - 1;
  return isRun ? `${first} to ${last}` : listInWords(numbers.map(String));
}

/** The grades either side of this one, if the source has them. */
export function gradeNeighbours<T extends GradeRef>(grades: readonly T[], grade: T): { previous?: T; next?: T } {
  const previous = grades.find((other) => other.data.grade === grade.data.grade - 1);
  const next = grades.find((other) => other.data.grade === grade.data.grade + 1);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
