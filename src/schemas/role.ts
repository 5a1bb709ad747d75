import { z } from 'astro/zod';
import { jeFactorIds, jeFactors, numericLevel, schemePoints } from '../domain/jeScheme';
import { formatRange, jeTotal, parsePointsAsPrinted, parsePrintedTotal } from '../domain/jeTotals';
import { jobFamilies, ladders } from '../domain/jobFamilies';
import { ref, sourceCitation, sourceText } from './common';

export { jobFamilies, ladders };

/** A duty as the profile numbers it, with any lettered sub-items, e.g. TA3's 7(a)–(d). */
const duty = z.object({
  text: sourceText,
  /** Lettered sub-items in source order. */
  subItems: z.array(z.object({ label: z.string().regex(/^[a-z]$/, 'must be a single lower-case letter'), text: sourceText })).default([]),
});

/** A CPD suggestion, with any nested suggestions, and the qualifications or statuses it names. */
const cpdSuggestion = z.object({
  /**
   * The words printed before this suggestion that introduce it and the ones after it, up to the next
   * intro, e.g. "Other areas for CPD may include:".
   */
  intro: sourceText.optional(),
  text: sourceText,
  subItems: z.array(sourceText).default([]),
  /** Qualifications the suggestion names, linked from it. */
  qualifications: z.array(ref('qualifications')).default([]),
  /** Statuses the suggestion names (QTS), linked from it. */
  statuses: z.array(ref('statuses')).default([]),
});

/**
 * A duty of the same profile, written "key duty 2" or "optional duty 4" (numbered as the profile
 * lists them, from 1).
 */
const dutyReference = z
  .string()
  .regex(/^(key|optional) duty [1-9]\d*$/, 'must be "key duty N" or "optional duty N"')
  .transform((text) => {
    const [kind, , number] = text.split(' ');
    return { kind: kind === 'key' ? ('key' as const) : ('optional' as const), number: Number(number) };
  });

/** One row of a JE factor: a factor has several rows when the level depends on a duty (optional, or the scope of a key one). */
const jeRow = z.object({
  /** The "relevant job information" column. */
  info: sourceText,
  /** The level exactly as printed: "3", "3(c)", "4(a) and (c)". */
  level: z.string().regex(/^\d+/, 'must start with the level number, e.g. "3" or "3(c)"'),
  /** Points as printed on this row. Leave out when the source prints one combined figure for the factor (see pointsAsPrinted). */
  points: z.number().int().positive().optional(),
  /** Required when the printed points differ from the scheme's points for this level: say what the source printed and why it cannot be right. */
  discrepancy: sourceText.optional(),
  /**
   * What the points cell prints when it is not a figure (e.g. ". 3, 20"): the page shows it as
   * printed, and the discrepancy note, which is then required, says how this site reads it.
   */
  pointsPrintedAs: sourceText.optional(),
  /**
   * On an alternative row (not the factor's first): the duties of this profile the row's job
   * information rests on, e.g. ["optional duty 4"]. Leave out when the row follows no listed duty.
   */
  restsOn: z.array(dutyReference).default([]),
});

const jeFactorEntry = z.object({
  /** Factor id from content/job-evaluation/scheme.json. */
  factor: z.enum(jeFactorIds, {
    error: (issue) => `unknown factor "${String(issue.input)}"; the NJC factors are ${jeFactorIds.join(', ')}`,
  }),
  rows: z.array(jeRow).min(1, 'a factor needs at least one row'),
  /** A combined figure printed once for a factor with alternative rows, e.g. "13/26"; one part per row. */
  pointsAsPrinted: z.string().optional(),
});

const jobEvaluation = z.object({
  /** The 13 factors in scheme order. */
  factors: z.array(jeFactorEntry),
  /** The total exactly as printed ("456", "332- 345", "472/495"), or null when the source prints none. */
  totalAsPrinted: z.string().nullable(),
  /** Required when the printed total is missing or does not match the factor points: explain it for readers. */
  totalNote: sourceText.optional(),
});

type JobEvaluationInput = z.infer<typeof jobEvaluation>;

/** Checks a JE table against the scheme: factor order, points per level, and the total. */
function checkJobEvaluation(je: JobEvaluationInput, ctx: z.RefinementCtx, basePath: (string | number)[]): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path: [...basePath, ...path], message });

  if (je.factors.length !== jeFactors.length) {
    issue(['factors'], `must list all ${jeFactors.length} NJC factors in scheme order; found ${je.factors.length}`);
  }
  let tableIsReadable = je.factors.length === jeFactors.length;

  je.factors.forEach((entry, index) => {
    const expected = jeFactors[index];
    if (expected && entry.factor !== expected.id) {
      tableIsReadable = false;
      issue(
        ['factors', index, 'factor'],
        `factor ${index + 1} must be "${expected.id}" (${expected.name}); found "${entry.factor}" out of order`,
      );
      return;
    }
    const combined = entry.pointsAsPrinted === undefined ? undefined : parsePointsAsPrinted(entry.pointsAsPrinted);
    if (entry.pointsAsPrinted !== undefined && (combined === undefined || combined.length !== entry.rows.length)) {
      tableIsReadable = false;
      issue(
        ['factors', index, 'pointsAsPrinted'],
        `"${entry.pointsAsPrinted}" must give one figure per row, separated by "/", for ${entry.rows.length} row(s)`,
      );
      return;
    }
    entry.rows.forEach((row, rowIndex) => {
      const rowPath = ['factors', index, 'rows', rowIndex];
      const scale = schemePoints(entry.factor, row.level);
      if (scale === undefined) {
        tableIsReadable = false;
        issue(
          [...rowPath, 'level'],
          `level ${numericLevel(row.level)} is not on the ${expected?.name} scale (levels ${Object.keys(expected?.pointsByLevel ?? {}).join(', ')})`,
        );
        return;
      }
      const printed = row.points ?? combined?.[rowIndex];
      if (printed === undefined) {
        tableIsReadable = false;
        issue([...rowPath, 'points'], 'is missing: give the points printed on this row, or a pointsAsPrinted figure for the factor');
        return;
      }
      if (row.points !== undefined && combined !== undefined) {
        issue([...rowPath, 'points'], "give points either on the rows or as the factor's pointsAsPrinted, not both");
      }
      if (row.pointsPrintedAs !== undefined && row.discrepancy === undefined) {
        issue(
          [...rowPath, 'discrepancy'],
          `the points are printed "${row.pointsPrintedAs}": add a discrepancy note saying how they are read`,
        );
      }
      if (printed !== scale && row.discrepancy === undefined) {
        issue(
          [...rowPath, 'points'],
          `${printed} points does not match level ${row.level} on ${expected?.name}, which scores ${scale}; correct it, or add a discrepancy note if the source really prints ${printed}`,
        );
      }
      if (printed === scale && row.discrepancy !== undefined && row.pointsPrintedAs === undefined) {
        issue(
          [...rowPath, 'discrepancy'],
          `the points (${printed}) match the scheme, so there is no discrepancy to explain; remove the note`,
        );
      }
    });
  });

  if (!tableIsReadable) return;
  const total = jeTotal(je.factors);
  if (je.totalAsPrinted === null) {
    if (je.totalNote === undefined)
      issue(['totalNote'], `the source prints no total, so a note must say so (the factors add up to ${formatRange(total)})`);
    return;
  }
  const printed = parsePrintedTotal(je.totalAsPrinted);
  if (printed === undefined) {
    issue(['totalAsPrinted'], `"${je.totalAsPrinted}" is not a total: write a figure ("456") or a range ("332- 345")`);
    return;
  }
  const adds = printed.min === total.min && printed.max === total.max;
  if (!adds && je.totalNote === undefined) {
    issue(
      ['totalAsPrinted'],
      `printed total ${formatRange(printed)} does not match the factor points, which add up to ${formatRange(total)}; correct it, or add a totalNote if the source really prints it`,
    );
  }
  if (adds && je.totalNote !== undefined) {
    issue(['totalNote'], `the total adds up (${formatRange(total)}), so there is nothing to explain; remove the note`);
  }
}

export const roleSchema = z
  .object({
    /** The profile's title as the source prints it, e.g. "Teaching Assistant 3". */
    title: sourceText,
    /** NJC job family. */
    family: z.enum(Object.keys(jobFamilies) as [keyof typeof jobFamilies]),
    /** The ladder of numbered profiles this role belongs to. */
    ladder: z.enum(Object.keys(ladders) as [keyof typeof ladders]),
    /** Level within the ladder; null for a profile the NJC does not number. */
    level: z.number().int().min(1).max(5).nullable(),
    /** "Purpose of the role (job statement)". */
    purpose: sourceText,
    /** Key duties in source order. */
    keyDuties: z.array(duty).min(1, 'a role needs at least one key duty'),
    /** "Individuals in this role may also…" duties, in source order. */
    optionalDuties: z.array(duty).default([]),
    /** The words that introduce the optional duties, exactly as printed ("Individuals in this role may also:"). */
    optionalDutiesIntro: sourceText.optional(),
    /** True when the source gives only an extract of the NJC profile (no optional duties, no JE table). */
    extract: z.boolean().default(false),
    /** Indicative knowledge, skills and experience. */
    knowledgeSkillsExperience: z.array(sourceText).min(1, 'a role needs its indicative knowledge, skills and experience'),
    /** The NJC job evaluation assessment, where the source prints one. */
    jobEvaluation: jobEvaluation.optional(),
    /** Footnotes the source attaches to the profile. */
    footnotes: z.array(sourceText).default([]),
    /** This site's notes on places where the source's text contradicts itself (not the source's words). */
    sourceNotes: z.array(sourceText).default([]),
    /** Qualifications the framework names as relevant to working at this level. */
    relevantQualifications: z.array(ref('qualifications')).default([]),
    /** Statuses the profile asks the role to meet or work towards (HLTA). */
    relevantStatuses: z.array(ref('statuses')).default([]),
    /** The framework's suggestions for continuing professional development. */
    cpdSuggestions: z.array(cpdSuggestion).default([]),
    source: sourceCitation,
  })
  .superRefine((role, ctx) => {
    if (role.jobEvaluation) checkJobEvaluation(role.jobEvaluation, ctx, ['jobEvaluation']);
    if (role.optionalDuties.length > 0 !== (role.optionalDutiesIntro !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['optionalDutiesIntro'],
        message: 'give the words that introduce the optional duties, as printed, exactly when the profile lists optional duties',
      });
    }
    role.jobEvaluation?.factors.forEach((factor, factorIndex) =>
      factor.rows.forEach((row, rowIndex) =>
        row.restsOn.forEach((reference, referenceIndex) => {
          const path = ['jobEvaluation', 'factors', factorIndex, 'rows', rowIndex, 'restsOn', referenceIndex];
          const duties = reference.kind === 'key' ? role.keyDuties : role.optionalDuties;
          if (rowIndex === 0)
            ctx.addIssue({
              code: 'custom',
              path,
              message: "the factor's first row is the base level: give restsOn on the alternatives after it",
            });
          else if (reference.number > duties.length)
            ctx.addIssue({
              code: 'custom',
              path,
              message: `the profile has ${duties.length} ${reference.kind} duties, so there is no ${reference.kind} duty ${reference.number}`,
            });
        }),
      ),
    );
    if (!role.jobEvaluation && !role.extract) {
      ctx.addIssue({
        code: 'custom',
        path: ['jobEvaluation'],
        message: 'is missing: give the JE table, or set extract: true if the source gives only an extract of the profile',
      });
    }
  });

export type RoleData = z.infer<typeof roleSchema>;
