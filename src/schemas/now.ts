import { z } from 'astro/zod';
import { nationIds, nowStateIds, referenceFileNames } from '../domain/now';
import { ref, sourceCitation, sourceText } from './common';

/** One of England, Wales and Northern Ireland. */
export const nation = z.enum(nationIds);

/**
 * Where the status comes from: facts from the reference files (ids in content/now/facts.yaml),
 * the source documents themselves (when they say something has changed), or, for a state we
 * could not establish, the reference files that were searched and hold nothing on it.
 */
const statusSources = {
  /** Reference facts behind the status, by id (content/now/facts.yaml). */
  facts: z.array(ref('currentFacts')).default([]),
  /** Source documents that themselves say it has changed (the framework's "now owned by …"). */
  documents: z.array(sourceCitation).default([]),
  /** For "not-known" with no fact at all: the reference files searched, which say nothing about it. */
  searched: z.array(z.enum(referenceFileNames)).default([]),
};

const positionFields = {
  state: z.enum(nowStateIds),
  /** What is true now, in a sentence or two of the site's own words, shown in the banner. */
  summary: sourceText,
  /** When the status held: the "as of" of the facts behind it, as the reference dates them. */
  asOf: sourceText,
  ...statusSources,
};

type Position = {
  state: (typeof nowStateIds)[number];
  facts: unknown[];
  documents: unknown[];
  searched: unknown[];
  replacedBy?: string | undefined;
};

/** The rules every position obeys: a source always, and what replaced it when it was replaced. */
function checkPosition(position: Position, ctx: z.RefinementCtx, path: (string | number)[] = []) {
  const cited = position.facts.length + position.documents.length;
  if (position.state !== 'not-known' && cited === 0) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'facts'],
      message: `a "${position.state}" status needs its source: list the reference facts (or source documents) it rests on, or make it "not-known"`,
    });
  }
  if (cited === 0 && position.searched.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'searched'],
      message: 'with no fact or document behind it, name the reference files that were searched and say nothing about it',
    });
  }
  if (position.state === 'replaced' && position.replacedBy === undefined) {
    ctx.addIssue({ code: 'custom', path: [...path, 'replacedBy'], message: 'a "replaced" status must say what replaced it' });
  }
}

/** Where it stands in one nation, when that nation differs from the main status. */
const nationPosition = z
  .object({ nation, ...positionFields, replacedBy: sourceText.optional() })
  .superRefine((position, ctx) => checkPosition(position, ctx));

/**
 * Where a qualification, apprenticeship, status, body or tool stands today, with the date and
 * the source. "not-known" is a real state, shown as such: the site never says something is
 * current without a source.
 */
export const nowStatus = z
  .object({
    ...positionFields,
    /** What replaced it: required when the state is "replaced". */
    replacedBy: sourceText.optional(),
    /** The nations it applies in, when not all three (shown as an "England only" label). */
    nations: z.array(nation).default([]),
    /** Nations where the position differs from the main one. */
    elsewhere: z.array(nationPosition).default([]),
    /** Pages on what can be taken today instead (content/today). */
    today: z.array(ref('today')).default([]),
  })
  .superRefine((status, ctx) => {
    checkPosition(status, ctx);
    const seen = new Set<string>();
    status.elsewhere.forEach((position, index) => {
      if (seen.has(position.nation) || status.nations.includes(position.nation)) {
        ctx.addIssue({
          code: 'custom',
          path: ['elsewhere', index, 'nation'],
          message: `${position.nation} is already covered: give each nation once, outside "nations"`,
        });
      }
      seen.add(position.nation);
    });
  });

export type NowStatusData = z.infer<typeof nowStatus>;
