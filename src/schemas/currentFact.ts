import { z } from 'astro/zod';
import { referenceFileNames } from '../domain/now';
import { sourceText } from './common';
import { nation } from './now';

/**
 * One fact about today from the reference files (../shared/reference/), by id. The topic, date,
 * source and confidence are the row's own, exactly as given (tests/unit/sourceFidelity.test.ts
 * finds the row by them); the text is the site's words for the row's fact, keeping every figure.
 */
export const currentFactSchema = z.object({
  /** The reference file the row is in. */
  file: z.enum(referenceFileNames),
  /** The row's first column (its topic, or for qts-routes.tsv its route), as given. */
  topic: sourceText,
  /** The fact in the site's words; every figure in it is in the row. */
  text: sourceText,
  /** The row's as_of column, as given ("2016-06-10", "undated page"); null when the file has no such column. */
  asOf: sourceText.nullable(),
  /** The row's source column, as given. */
  source: sourceText,
  /** The row's confidence column, as given ("high (fee may have changed)"); null when the file has none. */
  confidence: sourceText.nullable(),
  /** The nations the fact is about, when the row names some and not all. */
  nations: z.array(nation).default([]),
  /** True for a row the reference marks COMPUTED: its own arithmetic, not a published figure. */
  computed: z.boolean().default(false),
});

export type CurrentFactData = z.infer<typeof currentFactSchema>;
