import type { ladders } from '../../domain/jobFamilies';
import type { NosGroup } from '../../domain/nosGroups';
import type { NowState } from '../../domain/now';

/**
 * What the leaders' tools (job description builder, recruitment kit, role audit) know about the
 * role profiles and the standards: plain serialisable data, computed at build time from the same
 * collections as the pages (src/lib/leadersTools/jobDesignProps.ts) and handed to the islands as props, with
 * the lookups the tools share. Nothing here imports zod, so islands can use it.
 */

/** A role profile as the tools use it: its words, and where it sits on its ladder. */
export interface ProfileSummary {
  id: string;
  title: string;
  ladder: keyof typeof ladders;
  ladderName: string;
  /** Level on the ladder; null for a profile the NJC does not number. */
  level: number | null;
  purpose: string;
  /** Key duties in source order; lettered sub-items follow their duty on lines of their own, "(a) …". */
  duties: string[];
  /** "May also" duties, flattened the same way. */
  optionalDuties: string[];
  knowledge: string[];
  /** NOS units behind the qualifications the profile names as relevant, in unit order. */
  nosUnitIds: string[];
  /** The qualifications the profile names as relevant, each with where it stands today. */
  qualifications: QualificationNow[];
}

/** A qualification as the tools list it: its title and its status today, as the qualifications index badges it. */
export interface QualificationNow {
  id: string;
  title: string;
  state: NowState;
  /** The badge's words: "Replaced", or "Not known · Wales: Current" when a nation differs (nowBadgeText). */
  badge: string;
}

/** Where the profiles of one ladder first draw on a NOS unit, through the qualifications they name. */
export interface UnitPlacement {
  ladder: keyof typeof ladders;
  /** The lowest level on the ladder whose relevant qualifications draw on the unit. */
  level: number;
  roleId: string;
  roleTitle: string;
  /** The qualifications of that role that draw on the unit. */
  qualifications: string[];
}

/** A NOS unit a leader can choose: only units with a known title (a job description needs the words). */
export interface UnitOption {
  id: string;
  /** "STL3". */
  code: string;
  title: string;
  group: NosGroup;
  groupName: string;
  placements: UnitPlacement[];
}

export interface JobDesignCatalogue {
  profiles: ProfileSummary[];
  units: UnitOption[];
  /** Every NOS STL unit, titled or not, in number order: how the tools name and order a unit the profiles draw on. */
  unitCodes: { id: string; code: string }[];
  /** How many units were left out because no reliable title was found. */
  untitledUnitCount: number;
  /** How many NOS STL units there are, titled or not. */
  unitCount: number;
}

/** The catalogue's profile with this id. */
export function profileById<P extends Pick<ProfileSummary, 'id'>>(
  catalogue: { profiles: readonly P[] },
  id: string | null | undefined,
): P | undefined {
  return catalogue.profiles.find((profile) => profile.id === id);
}

/** The catalogue's unit with this id (only units with a known title are in it). */
export function unitById(catalogue: Pick<JobDesignCatalogue, 'units'>, id: string): UnitOption | undefined {
  return catalogue.units.find((unit) => unit.id === id);
}

/**
 * A unit as the tools name it: "STL3: Help to keep children safe", or, for a unit with no known
 * title, "STL5 (title not available in our sources)"; an id the catalogue does not know is shown as it is.
 */
export function unitLabel(catalogue: Pick<JobDesignCatalogue, 'units' | 'unitCodes'>, id: string): string {
  const unit = unitById(catalogue, id);
  if (unit) return `${unit.code}: ${unit.title}`;
  const code = catalogue.unitCodes.find((item) => item.id === id)?.code;
  return code ? `${code} (title not available in our sources)` : id;
}

/** A duty's first line, for lists and options: its lettered sub-items follow on lines of their own. */
export function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** A profile's key duties, then its "may also" duties. */
export function profileDuties(profile: Pick<ProfileSummary, 'duties' | 'optionalDuties'>): string[] {
  return [...profile.duties, ...profile.optionalDuties];
}

/** The units in one group ('' for all) whose code or title contains the query, ignoring case. */
export function filterUnits(units: readonly UnitOption[], group: string, query: string): UnitOption[] {
  const wanted = query.trim().toLowerCase();
  return units.filter((unit) => (group === '' || unit.group === group) && `${unit.code} ${unit.title}`.toLowerCase().includes(wanted));
}

/** The groups the units fall in, each once, in the units' order: [group, its name]. */
export function unitGroups(units: readonly UnitOption[]): [NosGroup, string][] {
  return [...new Map(units.map((unit) => [unit.group, unit.groupName])).entries()];
}
