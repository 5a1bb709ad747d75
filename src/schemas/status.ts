import { z } from 'astro/zod';
import { ref, sourceCitation, sourceText } from './common';
import { nation, nowStatus } from './now';
import { factSection } from './today';

/** One professional standard, numbered as the source numbers it (HLTA 1–33). */
const standard = z.object({ number: z.number().int().positive(), text: sourceText });

/** The heading the standards are published under today, where the reference facts give it. */
const currentTitle = z.object({
  text: sourceText,
  /** The reference facts that give today's heading. */
  facts: z.array(ref('currentFacts')).min(1),
});

/** A group of standards under a heading, with the sentence that introduces them. */
const standardsGroup = z.object({
  /** Heading as printed, e.g. "Planning and expectations". */
  title: sourceText,
  /** Today's heading for the group; the page shows it beside the printed one when they differ. */
  currentTitle: currentTitle.optional(),
  /** The sentence before the list, e.g. "Those awarded HLTA status must demonstrate, through their practice, that they:". */
  lead: sourceText,
  standards: z.array(standard).min(1),
});

/** A route to the status, with facts from the reference files (each route cites its own source and date). */
const route = z.object({
  /** Short id for anchors and the route planner. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
  name: sourceText,
  /** True when the route needs a bachelor's degree first: the page lists it under "If you have a degree". */
  needsDegree: z.boolean(),
  /** The nations the route is open in, when not all three (the routes to QTS in the reference are England's). */
  nations: z.array(nation).default([]),
  whoFor: sourceText.nullable(),
  entryRequirements: sourceText,
  duration: sourceText.nullable(),
  payAndFees: sourceText.nullable(),
  /** Where the facts come from, as the reference file cites it. */
  source: sourceText,
  /** When the facts were true, e.g. "August 2026"; fees change every year. */
  asOf: sourceText.nullable(),
  /** Further facts about this route from other rows of the reference file (an example provider's entry, an older listing). */
  details: z.array(z.object({ text: sourceText, source: sourceText })).default([]),
});

/** A fact from ../shared/reference/, with the public source it cites. */
const referenceNote = z.object({
  text: sourceText,
  /** The reference file's source column, as given. */
  source: sourceText,
});

/** A status (HLTA, QTS): not a qualification, but awarded against professional standards. */
export const statusSchema = z
  .object({
    title: sourceText,
    /** The abbreviation people use: HLTA, QTS. */
    abbreviation: sourceText,
    /** One-sentence summary in the site's words, drawn from the sources. */
    summary: sourceText,
    /** Sections of standards, each with one or more groups (HLTA's "Professional skills" has three). */
    standardSections: z
      .array(
        z.object({
          title: sourceText,
          /** Today's heading for the section; the page shows it beside the printed one when they differ. */
          currentTitle: currentTitle.optional(),
          /** Any sentence printed under the section heading before its groups. */
          note: sourceText.optional(),
          groups: z.array(standardsGroup).min(1),
        }),
      )
      .default([]),
    /** Current routes to the status. */
    routes: z.array(route).default([]),
    /** Requirements the sources state outright, one per item. */
    requirements: z.array(sourceText).default([]),
    /** Where the requirements come from, when that is a reference file rather than the cited documents. */
    requirementsSource: sourceText.optional(),
    /** Facts from the reference files that add to or qualify the source documents. */
    referenceNotes: z.array(referenceNote).default([]),
    /** Where the status stands today, with its date and source. */
    now: nowStatus,
    /** What is true today about gaining it (who assesses it, the fee, the evidence rules…), topic by topic. */
    today: z.array(factSection).default([]),
    sources: z.array(sourceCitation).min(1),
  })
  .superRefine((status, ctx) => {
    const numbers = status.standardSections.flatMap((section) =>
      section.groups.flatMap((group) => group.standards.map((item) => item.number)),
    );
    const misplaced = numbers.findIndex((number, index) => number !== index + 1);
    if (misplaced >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['standardSections'],
        message: `standards must be numbered 1, 2, 3… in order; found ${numbers[misplaced]} where ${misplaced + 1} belongs`,
      });
    }
  });

export type StatusData = z.infer<typeof statusSchema>;
