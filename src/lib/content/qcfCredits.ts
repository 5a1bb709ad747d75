import type { sizeClasses } from '../../domain/qualificationKinds';

/** Hours of learning and assessment one QCF credit stands for. */
export const hoursPerCredit = 10;

/** The QCF size class a number of credits falls into: award up to 12, certificate 13–36, diploma 37 or more. */
export function sizeClassForCredits(credits: number): keyof typeof sizeClasses {
  if (!Number.isInteger(credits) || credits < 1) throw new RangeError(`${credits} is not a whole number of credits`);
  if (credits <= 12) return 'award';
  if (credits <= 36) return 'certificate';
  return 'diploma';
}
