import type { BodyOrToolData } from './bodyOrTool';
import type { CurrentFactData } from './currentFact';
import type { GradeData } from './grade';
import type { GuidanceData } from './guidance';
import type { NationData } from './nation';
import type { NosUnitData } from './nosUnit';
import type { QcfUnitData } from './qcfUnit';
import type { QualificationData } from './qualification';
import type { RoleData } from './role';
import type { SaferRecruitmentData } from './saferRecruitment';
import type { StatusData } from './status';
import type { TodayData } from './today';

/**
 * A content entry as src/lib sees it: its id, where it lives, and its data as the collection's
 * schema produced it. Pages pass Astro's CollectionEntry objects, which fit; unit tests pass
 * entries parsed through the same schemas. The one shape of "an entry": everything else names
 * one of the aliases below.
 */
export interface Entry<D> {
  id: string;
  data: D;
  /** Path of the content file, for error messages. */
  filePath?: string | undefined;
}

export type RoleEntry = Entry<RoleData>;
export type GradeEntry = Entry<GradeData>;
export type GuidanceEntry = Entry<GuidanceData>;
export type NosUnitEntry = Entry<NosUnitData>;
export type QcfUnitEntry = Entry<QcfUnitData>;
export type QualificationEntry = Entry<QualificationData>;
export type StatusEntry = Entry<StatusData>;
export type CurrentFactEntry = Entry<CurrentFactData>;
export type BodyOrToolEntry = Entry<BodyOrToolData>;
export type NationEntry = Entry<NationData>;
export type TodayEntry = Entry<TodayData>;
export type SaferRecruitmentEntry = Entry<SaferRecruitmentData>;
