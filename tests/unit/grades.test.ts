import { describe, expect, it } from 'vitest';
import { gradeDifferenceNotes, gradeRange } from '../../src/lib/content/grades';
import { content } from './siteContent';

describe("the source's note on what separates grades", () => {
  it('is quoted as each part of the table prints it: "any levels" for grades 10 and 11, "any level" before them', () => {
    const notes = gradeDifferenceNotes(content.grades);
    expect(notes.map((item) => [gradeRange(item.grades), item.note.match(/between any \w+/)?.[0]])).toEqual([
      ['3 to 9', 'between any level'],
      ['10 and 11', 'between any levels'],
    ]);
  });

  it('covers every grade once', () => {
    const grades = gradeDifferenceNotes(content.grades).flatMap((item) => item.grades);
    expect(grades).toHaveLength(content.grades.length);
  });
});
