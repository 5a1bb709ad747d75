import { z } from 'astro/zod';
import { ref, sourceCitation, sourceText } from './common';

/** A place on the progression map: a role profile, a status, a qualification (degree steps) or a route to QTS. */
export const progressionNode = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: ref('roles') }),
  z.object({ kind: z.literal('status'), status: ref('statuses') }),
  z.object({ kind: z.literal('qualification'), qualification: ref('qualifications') }),
  z.object({
    kind: z.literal('route'),
    status: ref('statuses'),
    /** Id of a route on that status (content/statuses/qts.mdx routes[].id). */
    route: z.string().regex(/^[a-z0-9-]+$/),
  }),
]);

/**
 * One move from one place to another, with what it takes and how we know. Every move is either
 * stated by a source, or commonly made but not stated: then it says so, and the site shows it.
 */
export const progressionSchema = z
  .object({
    from: progressionNode,
    to: progressionNode,
    /** "stated": a source says this move happens or is the next level. "not-stated": commonly made, but no source says it. */
    basis: z.enum(['stated', 'not-stated']),
    /** One or two sentences on the basis: what the source says (quoted where short), or why the move is shown though not stated. */
    basisNote: sourceText,
    /** What the step takes. */
    takes: z
      .object({
        /** Qualifications the sources name for the step (or for working at the level reached). */
        qualifications: z.array(ref('qualifications')).default([]),
        /** NOS STL units the sources tie to the step. */
        nosUnits: z.array(ref('nosUnits')).default([]),
        /** Statuses needed (HLTA standards for TA5). */
        statuses: z.array(ref('statuses')).default([]),
        /** Entry requirements, CPD or experience, in the sources' words where possible. */
        requirements: z.array(sourceText).default([]),
        /** Evidence someone could show that they are ready: duties of the level above they already do, qualifications held. */
        evidence: z.array(sourceText).default([]),
      })
      .default({ qualifications: [], nosUnits: [], statuses: [], requirements: [], evidence: [] }),
    /**
     * What may count towards the step without being needed for it: qualifications whose credits a
     * source says "could count towards" it (the Open University's E111 towards a foundation degree).
     * Never listed under takes as well.
     */
    mayCountTowards: z
      .object({
        qualifications: z.array(ref('qualifications')).default([]),
      })
      .default({ qualifications: [] }),
    sources: z.array(sourceCitation).default([]),
    /** Facts from the reference files behind the move, with the source they cite. */
    referenceSources: z.array(sourceText).default([]),
  })
  .superRefine((move, ctx) => {
    for (const [index, { id }] of move.mayCountTowards.qualifications.entries()) {
      if (move.takes.qualifications.some((taken) => taken.id === id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['mayCountTowards', 'qualifications', index],
          message: `"${id}" is listed both as something the step takes and as something that may count towards it; keep it in one place`,
        });
      }
    }
  });

export type ProgressionData = z.infer<typeof progressionSchema>;
export type ProgressionNode = z.infer<typeof progressionNode>;
