import { z } from 'astro/zod';
import { sourceDocumentIds } from '../lib/sources';

/** Where an entry's facts come from: one of the five source documents, and where in it. */
export const sourceCitation = z.object({
  /** Id of the source document (see src/lib/sources.ts). */
  document: z.enum(sourceDocumentIds),
  /** Section or page in that document, as the document numbers it, e.g. "4.3.1". */
  section: z.string().min(1).optional(),
});

/** Text copied from a source: non-empty, trimmed. */
export const sourceText = z.string().trim().min(1, 'must not be empty');
