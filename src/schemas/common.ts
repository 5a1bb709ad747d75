import { z } from 'astro/zod';
import { sourceDocumentIds } from '../domain/sources';

/** Where an entry's facts come from: one of the five source documents, and where in it. */
export const sourceCitation = z.object({
  /** Id of the source document (see src/domain/sources.ts). */
  document: z.enum(sourceDocumentIds),
  /** Section or page in that document, as the document numbers it, e.g. "4.3.1". */
  section: z.string().min(1).optional(),
});

/** Text copied from a source: non-empty, trimmed. */
export const sourceText = z.string().trim().min(1, 'must not be empty');

/**
 * A reference to an entry of another collection, written in content as the entry's id.
 * Same output shape as Astro's `reference()` ({ collection, id }), but defined here so the
 * schemas stay importable in unit tests outside Astro. Astro does not check that a reference
 * resolves; src/data/loadSite.ts does, and fails the build naming the file and field.
 */
export function ref<C extends string>(collection: C) {
  return z
    .string({ error: `must be the id of an entry in ${collection}` })
    .min(1)
    .transform((id) => ({ collection, id }));
}
