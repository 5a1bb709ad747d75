/** Kinds and QCF size classes of qualification. Plain constants, no zod. */

/** Kinds of qualification as the TDA guide describes them, plus generic skills and apprenticeships. */
export const qualificationTypes = {
  occupational: 'Occupational',
  'vocationally-related': 'Vocationally related',
  'higher-education': 'Higher education',
  'functional-generic': 'Functional or generic skills',
  apprenticeship: 'Apprenticeship',
} as const;

/** QCF size classes by credit (1 credit = 10 hours of learning). */
export const sizeClasses = {
  award: 'Award (up to 12 credits)',
  certificate: 'Certificate (13 to 36 credits)',
  diploma: 'Diploma (37 credits or more)',
} as const;
