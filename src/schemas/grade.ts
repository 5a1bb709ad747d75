import { z } from 'astro/zod';
import { sourceCitation, sourceText } from './common';

/** One grade of the student support services job family profile summary (one column of the source table). */
export const gradeSchema = z.object({
  /** Grade number, 3 to 11. */
  grade: z.number().int().min(3).max(11),
  /** "Example Job Titles", one per item. */
  exampleJobTitles: z.array(sourceText).min(1),
  /** "Typical Level Purpose". */
  purpose: sourceText,
  /** "Typical reporting line". */
  reportingLine: sourceText,
  /** "Typical Supervisory responsibility". */
  supervisoryResponsibility: sourceText,
  /** "Probable settings". */
  probableSettings: sourceText,
  /**
   * The "NB" the source prints in the accountabilities row of this grade's part of the table, as
   * printed there (the part with grades 10 and 11 says "any levels", the others "any level").
   */
  differenceNote: sourceText,
  /** "Generally Representative Accountabilities & Responsibilities": the paragraphs before the typical tasks. */
  accountabilities: z.array(sourceText).min(1),
  /** The "Typical tasks" listed within that row. */
  typicalTasks: z.array(sourceText).min(1),
  /** The closing sentence of that row on communication. */
  communication: sourceText,
  /** "Typical Knowledge, Skills & Experience", in source order. */
  knowledgeSkillsExperience: z.array(sourceText).min(1),
  /** "Additional Work Elements"; empty when the source prints a dash. */
  additionalWorkElements: z.array(sourceText).default([]),
  source: sourceCitation,
});

export type GradeData = z.infer<typeof gradeSchema>;
