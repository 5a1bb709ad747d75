import { z } from 'astro/zod';
import { ref, sourceCitation, sourceText } from './common';

/**
 * A QCF unit named in the career framework's tables, with the NOS STL units the framework
 * says it draws on. Units of the same title in the Level 2 and Level 3 tables are separate
 * entries, one per level.
 */
export const qcfUnitSchema = z
  .object({
    /** The QCF unit title as the framework prints it. */
    title: sourceText,
    /** The level of the qualification whose table lists the unit. */
    level: z.union([z.literal(2), z.literal(3)]),
    /** How the framework maps the unit: listed NOS units, "No specific occupational standard drawn on", or nothing printed. */
    nosMapping: z.enum(['listed', 'none-drawn-on', 'not-given']),
    /** The NOS units, each with the number and title exactly as the framework prints them. */
    nosUnits: z
      .array(
        z.object({
          unit: ref('nosUnits'),
          /** The framework's wording, e.g. "10: Support children's play and learning". */
          printedAs: sourceText,
        }),
      )
      .default([]),
    source: sourceCitation,
  })
  .superRefine((unit, ctx) => {
    if ((unit.nosMapping === 'listed') !== unit.nosUnits.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['nosUnits'], message: 'list NOS units exactly when nosMapping is "listed"' });
    }
  });

export type QcfUnitData = z.infer<typeof qcfUnitSchema>;
