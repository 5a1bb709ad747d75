/**
 * The NJC job families and the ladders of numbered profiles in the sources. Plain constants, kept
 * apart from the zod schemas so that islands can use them without bundling zod.
 */
/** NJC job families. */
export const jobFamilies = {
  'teaching-and-learning-support': 'Teaching and learning support',
  'pupil-support-and-welfare': 'Pupil support and welfare',
} as const;

/** Ladders of roles in the sources; the level says where a role sits on its ladder. */
export const ladders = {
  'teaching-assistant': 'Teaching Assistant',
  'additional-support-needs-assistant': 'Additional Support Needs Assistant',
  'midday-supervision': 'Midday Supervision',
  'learning-mentor': 'Learning Mentor',
  'behaviour-management': 'Behaviour Management',
  'pupil-wellbeing-management': 'Pupil Wellbeing Management',
  'school-attendance-and-family-support': 'School Attendance and Family Support',
} as const;
