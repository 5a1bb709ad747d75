import { z } from 'astro/zod';
import { factConfidences, fullTimeHoursPerWeek, weeksInYear } from '../domain/pay';
import { sourceText } from './common';

/**
 * content/pay.yaml: the NJC pay spine, its awards and the facts the pay page shows, each with the
 * public source, the date it held and how sure ../shared/reference/pay.tsv is of it. The file is
 * one entry, `pay`; the page's 2025/26 spine is calculated from it (src/lib/pay/paySpine.ts), never typed in.
 */

/** When a fact held, as the reference gives it: "2024", "2024-11", "2024-11-29", "before 2019" or "undated". */
export const asOfDate = z
  .string({ error: 'must be a date such as "2024-11" or "2024-11-29", "before 2019" or "undated"' })
  .regex(
    /^((before )?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|undated)$/,
    'must be a date such as "2024-11" or "2024-11-29", "before 2019" or "undated"',
  );

/** A day, "2025-04-01": the day a rate took effect or a point was deleted. */
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day written "2025-04-01"');

/** The public pages a fact comes from, as the reference file's source column gives them. */
const sources = z.array(z.url({ error: 'must be the address of the public page the fact comes from' })).min(1, 'must name a source');

/** A spine year as people write it: "2024/25". */
const payYear = z.string().regex(/^\d{4}\/\d{2}$/, 'must be a pay year written "2025/26"');

/** A spinal column point number. */
const spinalPoint = z.number({ error: 'must be a spinal column point number' }).int('must be a whole number').min(1);

const payFactFields = z.object({
  /** The fact in this site's words (the reference gives facts, not prose). */
  text: sourceText,
  sources,
  asOf: asOfDate,
  /** The reference file's confidence. "low-medium" rows are entered as low. */
  confidence: z.enum(factConfidences),
  /** What qualifies the fact (one employer's figure, a date inferred): required when confidence is low. */
  caveat: sourceText.optional(),
});

/** A low-confidence fact is only a lead, so it must say why. */
function leadsNeedCaveats<T extends z.ZodType<{ confidence: string; caveat?: string | undefined }>>(schema: T) {
  return schema.refine((fact) => fact.confidence !== 'low' || fact.caveat !== undefined, {
    path: ['caveat'],
    message: 'a low-confidence fact is only a lead: say why in a caveat',
  });
}

/** One fact, in the site's words, with where it comes from. */
export const payFactSchema = leadsNeedCaveats(payFactFields);

/** A fact about one employer's grades. */
const gradeExampleSchema = leadsNeedCaveats(
  payFactFields.extend({
    /** The employer whose grades these are, e.g. "Hertfordshire County Council". */
    employer: sourceText,
  }),
);

/** Something looked for and not found, shown so nobody assumes it exists. */
const notFoundSchema = z.object({
  /** What was not found, in the site's words. */
  text: sourceText,
  /** When it was looked for, e.g. "2026". */
  searched: asOfDate,
});

/** One spinal column point of the published spine. */
const spinePointSchema = z.object({
  point: spinalPoint,
  /** Full-time equivalent salary in whole pounds a year, for a 37-hour week. */
  salary: z.number({ error: 'must be a number of pounds, without £ or commas' }).int('must be whole pounds').positive(),
  source: z.url({ error: 'must be the address of the public page the figure comes from' }),
  asOf: asOfDate,
  confidence: z.enum(['high', 'medium'], { error: 'must be high or medium: a spine figure has to be a fact' }),
});

const awardSchema = z.object({
  /** "2025/26". */
  year: payYear,
  /** The day the new rates took effect. */
  effectiveFrom: day,
  /** The day the award was agreed, when known. */
  agreed: day.optional(),
  /** What the award added to each point in its range. */
  increase: z.discriminatedUnion('kind', [
    /** The same sum on every point, e.g. £1,290. */
    z.object({ kind: z.literal('flat'), pounds: z.number().positive() }),
    /** A percentage of each point, e.g. 3.2. */
    z.object({ kind: z.literal('percent'), percent: z.number().positive().max(100) }),
  ]),
  /** The lowest and highest spinal points the increase applies to. */
  fromPoint: spinalPoint,
  toPoint: spinalPoint,
  /** Where the award's terms (increase, points, dates) come from. */
  sources,
  asOf: asOfDate,
  confidence: z.enum(['high', 'medium'], { error: 'must be high or medium: the spine is calculated from it' }),
  /** Further facts about the award: the offer, who accepted it. */
  facts: z.array(payFactSchema).default([]),
});

/** A spinal point taken off the spine. */
const pointDeletionSchema = z.object({
  point: spinalPoint,
  /** The first day the point no longer exists. */
  from: day,
  /** The point staff on it move to, when the source says. */
  movesTo: spinalPoint.optional(),
  /** What the deletion was part of, e.g. "Agreed with the 2025/26 award." */
  note: sourceText.optional(),
  sources,
  asOf: asOfDate,
  confidence: z.enum(['high', 'medium']),
});

/** A pattern of work for the page's worked table (built at build time, shown without JavaScript). */
const workedPatternSchema = z.object({
  /** What the pattern stands for, e.g. "Green Book minimum leave, under 5 years' service". */
  label: sourceText,
  hoursPerWeek: z.number().positive().max(fullTimeHoursPerWeek, `must be at most ${fullTimeHoursPerWeek}, the full-time week`),
  weeksWorked: z.number().positive().max(weeksInYear, `must be at most ${weeksInYear}, the weeks in a year`),
  /** Days of annual leave a full-year worker on the same contract gets. */
  leaveDays: z.number().min(0),
  bankHolidays: z.number().min(0),
});

/** A published example of working out paid weeks, which the unit tests reproduce with src/lib/pay. */
const paidWeeksExampleSchema = z.discriminatedUnion('kind', [
  /** Holiday already given in weeks, added to the weeks worked: "38 weeks + 5 weeks holiday = 43 paid weeks". */
  z.object({
    kind: z.literal('holiday-weeks'),
    /** Whose example it is, e.g. "Buckinghamshire". */
    employer: sourceText,
    weeksWorked: z.number().positive(),
    holidayWeeks: z.number().min(0),
    /** The paid weeks as the source states them. */
    paidWeeks: z.number().positive().max(weeksInYear),
    fact: payFactSchema,
  }),
  /** Leave in days, kept in the same ratio to working days as a full-year worker's (Part 4.12). */
  z.object({
    kind: z.literal('leave-ratio'),
    employer: sourceText,
    weeksWorked: z.number().positive(),
    bankHolidays: z.number().min(0),
    /** Each length of service the example gives: the leave days and the share of full-time pay stated, in per cent. */
    cases: z
      .array(z.object({ service: sourceText, leaveDays: z.number().min(0), statedPercentOfFullTime: z.number().positive().max(100) }))
      .min(1),
    fact: payFactSchema,
  }),
]);

export const paySchema = z
  .object({
    /** The spine as published, one row per spinal column point, lowest first. */
    spine: z.object({
      year: payYear,
      effectiveFrom: day,
      points: z.array(spinePointSchema).min(2),
      /** Facts about the spine's structure (when it began, points deleted earlier). */
      facts: z.array(payFactSchema).default([]),
    }),
    /** Pay awards, oldest first. An award after the spine's year is applied to it to calculate that year's spine. */
    awards: z.array(awardSchema).min(1),
    pointDeletions: z.array(pointDeletionSchema).default([]),
    /** Later awards looked for and not found. */
    laterAwards: z.array(notFoundSchema).default([]),
    termTime: z.object({
      facts: z.array(payFactSchema).min(1),
      paidWeeksExamples: z.array(paidWeeksExampleSchema).default([]),
    }),
    grades: z.object({
      /** Who sets grades. */
      facts: z.array(payFactSchema).min(1),
      /** Grades particular employers give teaching assistants and HLTAs: each one employer's, never national. */
      examples: z.array(gradeExampleSchema).min(1),
    }),
    northernIreland: z.object({
      facts: z.array(payFactSchema).min(1),
      notFound: z.array(notFoundSchema).default([]),
    }),
    workedTable: z.object({
      /** The pay year whose spine the table uses: the spine's year or an award's. */
      year: payYear,
      points: z.array(spinalPoint).min(1),
      patterns: z.array(workedPatternSchema).min(1),
    }),
  })
  .superRefine((pay, ctx) => {
    const points = pay.spine.points;
    points.forEach((row, index) => {
      const previous = points[index - 1];
      if (previous && row.point !== previous.point + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['spine', 'points', index, 'point'],
          message: `spinal points must run one by one without gaps: SCP ${row.point} follows SCP ${previous.point}`,
        });
      }
      if (previous && row.salary <= previous.salary) {
        ctx.addIssue({
          code: 'custom',
          path: ['spine', 'points', index, 'salary'],
          message: `SCP ${row.point}'s salary (${row.salary}) must be more than SCP ${previous.point}'s (${previous.salary})`,
        });
      }
    });
    const onSpine = (point: number) => points.some((row) => row.point === point);
    pay.awards.forEach((award, index) => {
      for (const field of ['fromPoint', 'toPoint'] as const) {
        if (!onSpine(award[field])) {
          ctx.addIssue({ code: 'custom', path: ['awards', index, field], message: `SCP ${award[field]} is not on the spine` });
        }
      }
      const previous = pay.awards[index - 1];
      if (previous && award.effectiveFrom <= previous.effectiveFrom) {
        ctx.addIssue({ code: 'custom', path: ['awards', index, 'effectiveFrom'], message: 'awards must be listed oldest first' });
      }
    });
    const years = [pay.spine.year, ...pay.awards.map((award) => award.year)];
    if (!years.includes(pay.workedTable.year)) {
      ctx.addIssue({
        code: 'custom',
        path: ['workedTable', 'year'],
        message: `must be the spine's year or an award's: ${years.join(', ')}`,
      });
    }
    pay.workedTable.points.forEach((point, index) => {
      if (!onSpine(point))
        ctx.addIssue({ code: 'custom', path: ['workedTable', 'points', index], message: `SCP ${point} is not on the spine` });
    });
    pay.termTime.paidWeeksExamples.forEach((example, index) => {
      if (example.kind === 'holiday-weeks' && Math.abs(example.weeksWorked + example.holidayWeeks - example.paidWeeks) > 1e-9) {
        ctx.addIssue({
          code: 'custom',
          path: ['termTime', 'paidWeeksExamples', index, 'paidWeeks'],
          message: `${example.weeksWorked} weeks worked + ${example.holidayWeeks} weeks' holiday is not ${example.paidWeeks} paid weeks`,
        });
      }
    });
  });

export type PayData = z.infer<typeof paySchema>;
export type PayFact = z.infer<typeof payFactSchema>;
export type GradeExample = z.infer<typeof gradeExampleSchema>;
export type NotFound = z.infer<typeof notFoundSchema>;
