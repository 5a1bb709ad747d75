/**
 * Limits for unit tests that do real work, such as laying the map out with ELK: generous enough for
 * a machine busy with other work, so a test fails for what it checks, never for the time it took.
 */
export const elkTimeout = 120_000;
