import { z } from 'astro/zod';
import { qualificationTypes, sizeClasses } from '../domain/qualificationKinds';
import { ref, sourceCitation, sourceText } from './common';
import { nowStatus } from './now';

export const qualificationSchema = z
  .object({
    /** Title as the source prints it. */
    title: sourceText,
    /** A shorter name for lists and links, if the title is long. */
    shortTitle: sourceText.optional(),
    /** Level as the sources state it ("2", "Entry 1 to Level 2", "4"); null when they state none. */
    level: sourceText.nullable(),
    /** Sort key: the (highest) numeric level, 0 for entry level, null when no level is stated. */
    levelNumber: z.number().int().min(0).max(8).nullable(),
    type: z.enum(Object.keys(qualificationTypes) as [keyof typeof qualificationTypes, ...(keyof typeof qualificationTypes)[]]),
    /** Why the site places it in that type, where the sources do not say so in as many words. */
    typeReason: sourceText.optional(),
    /** QCF size class, where the title says it. */
    sizeClass: z
      .enum(Object.keys(sizeClasses) as [keyof typeof sizeClasses, ...(keyof typeof sizeClasses)[]])
      .nullable()
      .default(null),
    /** What the qualification is for and who it suits, as the sources describe it, one point per item. */
    description: z.array(sourceText).min(1),
    /** The list the description's last sentence introduces (it then ends with a colon), item by item as printed. */
    descriptionList: z.array(sourceText).default([]),
    /** A line after the description pointing to more information, as printed (with any address). */
    moreInformation: sourceText.optional(),
    /** QCF units the framework lists for it: core units, or some of the optional units. */
    units: z.array(z.object({ unit: ref('qcfUnits'), kind: z.enum(['core', 'optional']) })).default([]),
    /** What the framework says about the units it does not list. */
    unitsNote: sourceText.optional(),
    /** Categories of optional units (Level 3 Diploma). */
    optionCategories: z.array(sourceText).default([]),
    /** Organisations that award or provide it, as the sources list them. */
    awardingOrganisations: z.array(sourceText).default([]),
    /** Where the facts come from; the first is the main source. */
    sources: z.array(sourceCitation).min(1),
    /**
     * Where it stands today (current, replaced, withdrawn or not known), with its date and source.
     * Required: the sources are 2010–2015, and a reader needs to know whether it can still be taken.
     */
    now: nowStatus,
  })
  .superRefine((qualification, ctx) => {
    const last = qualification.description[qualification.description.length - 1] ?? '';
    if (last.endsWith(':') !== qualification.descriptionList.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['descriptionList'],
        message: "give the list exactly when the description's last sentence introduces one (ends with a colon)",
      });
    }
  });

export type QualificationData = z.infer<typeof qualificationSchema>;
