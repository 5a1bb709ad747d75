import { z } from 'astro/zod';
import { nationIds } from '../domain/now';
import { statementPlaceIds } from '../domain/saferRecruitment';
import { ref, sourceText } from './common';

/**
 * content/now/safer-recruitment.yaml: the safer recruitment statements the job description builder
 * and the recruitment kit offer for each nation, each resting on reference facts (ids in
 * content/now/facts.yaml, checked when the site loads). The file is one entry, so every nation
 * must be there.
 */

const statementSchema = z.object({
  /** Unique within its nation: "dbs-check". The draft keeps a leader's own wording under it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens, such as "dbs-check"'),
  /** What the statement is about, as the tools label it: "Enhanced DBS check with a barred list check". */
  heading: sourceText,
  /** The standard wording, as it goes into the documents; every figure in it is in one of its facts. */
  text: sourceText,
  /** The documents it goes into. */
  appearsIn: z
    .array(z.enum(statementPlaceIds, { error: `must be where a statement can appear: ${statementPlaceIds.join(', ')}` }))
    .min(1, 'must name where the statement appears'),
  /** The reference facts it rests on, shown beside it in the tools with their dates and sources. */
  facts: z.array(ref('currentFacts')).min(1, 'must cite the reference facts it rests on'),
  /** What the leader should know before using it; shown in the tools, never in the documents. */
  note: sourceText.optional(),
});

const nationGuidanceSchema = z
  .object({
    /** The guidance a school in the nation follows, naming its edition: "Keeping Children Safe in Education 2025, …". */
    guidance: sourceText,
    /** The facts that date the guidance and its edition. */
    facts: z.array(ref('currentFacts')).min(1, 'must cite the facts that date the guidance'),
    statements: z.array(statementSchema).min(1),
  })
  .superRefine((nation, ctx) => {
    nation.statements.forEach((statement, index) => {
      if (nation.statements.findIndex((other) => other.id === statement.id) !== index)
        ctx.addIssue({ code: 'custom', path: ['statements', index, 'id'], message: `"${statement.id}" is used by another statement` });
    });
  });

/** Every nation, each with its guidance and statements (a record over an enum needs every key). */
export const saferRecruitmentSchema = z.record(z.enum(nationIds), nationGuidanceSchema);

export type SaferRecruitmentData = z.infer<typeof saferRecruitmentSchema>;
