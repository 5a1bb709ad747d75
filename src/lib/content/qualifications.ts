import type { QualificationData } from '../../schemas/qualification';

/** Qualifications in the order a reader climbs them: by level (unstated last), then title. */
export function sortQualifications<T extends { data: QualificationData }>(qualifications: readonly T[]): T[] {
  return [...qualifications].sort(
    (a, b) => (a.data.levelNumber ?? 99) - (b.data.levelNumber ?? 99) || a.data.title.localeCompare(b.data.title),
  );
}

/** "Level 3", "Entry 1 to Level 2", or "Level not stated in our sources". */
export function qualificationLevelLabel(data: QualificationData): string {
  if (data.level === null) return 'Level not stated in our sources';
  return /^\d+$/.test(data.level) ? `Level ${data.level}` : data.level;
}

/** The anchor of a QCF unit's section on its qualification page. */
export function qcfUnitAnchor(qcfUnitId: string): string {
  return `unit-${qcfUnitId}`;
}
