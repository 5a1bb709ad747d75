import { describe, expect, it } from 'vitest';
import { gradeRange } from '../../src/lib/content/grades';
import { standardCount } from '../../src/lib/content/statuses';
import { hltaFramework } from '../../src/lib/content/assessmentFrameworks';
import { content, graph } from './siteContent';

describe('counts the site states come from the content', () => {
  it('the HLTA standards are counted from their sections', () => {
    const hlta = graph.status('hlta').data;
    const numbers = hlta.standardSections.flatMap((section) =>
      section.groups.flatMap((group) => group.standards.map((item) => item.number)),
    );
    expect(standardCount(hlta)).toBe(numbers.length);
    expect(hltaFramework(hlta).title).toBe(`The ${numbers.length} HLTA standards`);
  });

  it('the grade range is the lowest and highest grade in the content', () => {
    const numbers = content.grades.map((grade) => grade.data.grade);
    expect(gradeRange(content.grades)).toBe(`${Math.min(...numbers)} to ${Math.max(...numbers)}`);
    const grade = (number: number) => ({ ...content.grades[0]!, data: { ...content.grades[0]!.data, grade: number } });
    expect(gradeRange([grade(4)])).toBe('4');
    expect(gradeRange([grade(11), grade(10)])).toBe('10 and 11');
    expect(gradeRange([grade(3), grade(5)])).toBe('3 and 5');
  });
});
