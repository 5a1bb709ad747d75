import * as z from 'zod/mini';
import { isolate } from '../site/bidi';
import { toCsv } from '../openData/csv';
import {
  documentHeaderShape,
  formatCount,
  itemIdMaxLength,
  newDocumentHeader,
  uniqueItemId,
  withUniqueIds,
  roomFor,
  type DocumentKind,
  type ListLimit,
} from '../storage/documentStore';
import { profileById, profileDuties, type JobDesignCatalogue, type ProfileSummary } from './jobDesign';
import { checkLevel, levelCheckFor, levelFlagMatch, levelFlagPlace, levelFlagReason, type LevelCheck, type LevelFlag } from './levelCheck';

/**
 * A school's role audit, kept in the browser's localStorage under `pathways.role-audit` (through
 * src/lib/storage/documentStore.ts, which also reads and writes its export files).
 *
 * Stored document, version 1:
 *
 *   {
 *     "format": "pathways-role-audit",
 *     "version": 1,
 *     "revision": 12,
 *     "updatedAt": "2026-11-24T10:00:00.000Z",
 *     "school": "Hillside Primary",
 *     "roles": [
 *       { "id": "m3k…", "title": "Reading support TA", "hoursPerWeek": 27.5,
 *         "profileId": "teaching-assistant-2",                 // the closest profile, or null
 *         "responsibilities": ["r-1x9c0a", "r-0p2d7f"] }      // responsibility keys, ticked
 *     ]
 *   }
 *
 * A responsibility is a duty (key or "may also") of one or more profiles; its key is a hash of
 * its words (`responsibilityKey`), so the same duty in two profiles is one responsibility, and
 * a key stays the same when the profiles are reordered. A key whose duty has since left the
 * profiles is kept, and shown as such, never dropped.
 *
 * Role ids are unique (repaired on reading), and a role lists each responsibility once. An audit
 * holds up to `roleLimit.max` roles (1,000: every support role across a large trust), each with
 * up to `responsibilityLimit.max` responsibilities (the profiles list 150 between them).
 */

/** The most roles an audit keeps. */
export const roleLimit: ListLimit = {
  max: 1000,
  message: `This audit already has ${formatCount(1000)} roles, as many as it can keep. Remove a role before adding another, or export this audit and keep the rest in another.`,
};

/** The most responsibilities one role keeps ticked. */
export const responsibilityLimit: ListLimit = {
  max: 500,
  message: `This role already has ${formatCount(500)} responsibilities ticked, as many as it can keep. Untick one before adding another.`,
};

export const roleAuditFormat = 'pathways-role-audit';
export const roleAuditVersion = 1;

const schoolRoleSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(itemIdMaxLength)),
  title: z.string().check(z.maxLength(200)),
  hoursPerWeek: z.nullable(z.number().check(z.minimum(0), z.maximum(168))),
  profileId: z.nullable(z.string().check(z.maxLength(100))),
  responsibilities: z.array(z.string().check(z.regex(/^r-[a-z0-9]+$/))).check(z.maxLength(responsibilityLimit.max)),
});

export const roleAuditSchema = z.object({
  ...documentHeaderShape(roleAuditFormat, roleAuditVersion),
  school: z.string().check(z.maxLength(200)),
  roles: z.array(schoolRoleSchema).check(z.maxLength(roleLimit.max)),
});

export type RoleAudit = z.infer<typeof roleAuditSchema>;
export type SchoolRole = z.infer<typeof schoolRoleSchema>;

export function emptyRoleAudit(): RoleAudit {
  return { ...newDocumentHeader(roleAuditFormat, roleAuditVersion), school: '', roles: [] };
}

export const roleAuditKind: DocumentKind<RoleAudit> = {
  storageKey: 'pathways.role-audit',
  format: roleAuditFormat,
  version: roleAuditVersion,
  fileDescription: 'a Pathways role audit file',
  schema: roleAuditSchema,
  olderVersions: {},
  repair: (audit) => ({
    ...audit,
    roles: withUniqueIds(audit.roles).map((role) => ({ ...role, responsibilities: [...new Set(role.responsibilities)] })),
  }),
  empty: emptyRoleAudit,
};

/** A new, empty role, with an id unlike any of `existing`. */
export function newSchoolRole(existing: readonly SchoolRole[] = [], profileId: string | null = null): SchoolRole {
  return { id: uniqueItemId(existing), title: '', hoursPerWeek: null, profileId, responsibilities: [] };
}

/**
 * Hours a week as a person types them: "27.5", "27,5" or " 30 ". Blank is null (not given);
 * anything that is not a number from 0 to 168 is undefined (not yet readable).
 */
export function parseHours(typed: string): number | null | undefined {
  const text = typed.trim().replace(',', '.');
  if (text === '') return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const hours = Number(text);
  return hours <= 168 ? hours : undefined;
}

/** A stable key for a duty's words: FNV-1a over the text with spacing and case folded. */
export function responsibilityKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.replace(/\s+/g, ' ').trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `r-${hash.toString(36)}`;
}

export interface Responsibility {
  key: string;
  text: string;
  /** The profiles whose duties include it, in catalogue order. */
  profileIds: string[];
}

/** Every duty of every profile, once each, in catalogue order. */
export function responsibilities(profiles: readonly ProfileSummary[]): Responsibility[] {
  const byKey = new Map<string, Responsibility>();
  for (const profile of profiles) {
    for (const text of profileDuties(profile)) {
      const key = responsibilityKey(text);
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.profileIds.includes(profile.id)) existing.profileIds.push(profile.id);
      } else byKey.set(key, { key, text, profileIds: [profile.id] });
    }
  }
  return [...byKey.values()];
}

// A page lists each profile's responsibilities once per role: hash each profile's duties once.
const profileKeys = new WeakMap<ProfileSummary, readonly string[]>();

/** The responsibilities a role's closest profile lists, key duties first. */
export function profileResponsibilities(profile: ProfileSummary): readonly string[] {
  let keys = profileKeys.get(profile);
  if (!keys) {
    keys = profileDuties(profile).map(responsibilityKey);
    profileKeys.set(profile, keys);
  }
  return keys;
}

/** The responsibilities that are a profile's key duties (not its "may also" duties). */
export function keyDutyResponsibilities(profile: Pick<ProfileSummary, 'duties'>): string[] {
  return profile.duties.map(responsibilityKey);
}

/**
 * The responsibilities a role shows to tick: those its closest profile lists, in the profile's
 * order, then any others it holds (from other profiles, or no longer in any), in the order ticked.
 */
export function shownResponsibilities(role: Pick<SchoolRole, 'responsibilities'>, profile: ProfileSummary | undefined): string[] {
  const listed = profile ? profileResponsibilities(profile) : [];
  return [...listed, ...role.responsibilities.filter((key) => !listed.includes(key))];
}

/**
 * The role's responsibilities with `keys` ticked too (each once, new ones after those already
 * held), or the message to show if the role would hold more than `responsibilityLimit` allows.
 * "Tick all key duties" is this with `keyDutyResponsibilities(profile)`.
 */
export function withResponsibilitiesTicked(
  role: Pick<SchoolRole, 'responsibilities'>,
  keys: readonly string[],
): { ok: true; responsibilities: string[] } | { ok: false; message: string } {
  const responsibilities = [...new Set([...role.responsibilities, ...keys])];
  const full = roomFor(role.responsibilities, responsibilityLimit, responsibilities.length - role.responsibilities.length);
  return full ? { ok: false, message: full } : { ok: true, responsibilities };
}

/**
 * The role with `profile` as its closest profile (undefined: none chosen). Choosing a profile
 * ticks its key duties, and the leader unticks what the job does not do. The key duties of the
 * profile chosen before that the new one does not list are unticked, since choosing it ticked
 * them (so going through the profiles one by one does not pile up their duties); every other
 * tick, a "may also" duty or one added from another profile, is kept. Refused, with the message
 * to show, if the role would hold more than `responsibilityLimit` allows.
 */
export function withProfileChosen(
  role: Pick<SchoolRole, 'profileId' | 'responsibilities'>,
  profile: ProfileSummary | undefined,
  previous: ProfileSummary | undefined,
): { ok: true; changes: Pick<SchoolRole, 'profileId' | 'responsibilities'> } | { ok: false; message: string } {
  if (!profile) return { ok: true, changes: { profileId: null, responsibilities: role.responsibilities } };
  const listed = new Set(profileResponsibilities(profile));
  const chosenBefore = new Set(previous && previous.id !== profile.id ? keyDutyResponsibilities(previous) : []);
  const kept = role.responsibilities.filter((key) => listed.has(key) || !chosenBefore.has(key));
  const result = withResponsibilitiesTicked({ responsibilities: kept }, keyDutyResponsibilities(profile));
  return result.ok ? { ok: true, changes: { profileId: profile.id, responsibilities: result.responsibilities } } : result;
}

/** What each role is called in the findings: its title, or "Role 3" while it has none. */
export function roleNames(audit: Pick<RoleAudit, 'roles'>): Map<string, string> {
  return new Map(audit.roles.map((role, position) => [role.id, role.title.trim() || `Role ${position + 1}`]));
}

/** A role's heading: "Role 3: Reading support TA", or "Role 3" while it has no title. */
export function roleHeading(role: Pick<SchoolRole, 'title'>, position: number): string {
  const title = role.title.trim();
  // The title is the leader's own text: isolated, so a direction override in it cannot reorder the heading.
  return `Role ${position + 1}${title ? `: ${isolate(title)}` : ''}`;
}

/** A role's ticks in a line, shown until its list of responsibilities is drawn: "12 responsibilities ticked." */
export function tickedSummary(role: Pick<SchoolRole, 'responsibilities'>): string {
  const count = role.responsibilities.length;
  return `${count} ${count === 1 ? 'responsibility' : 'responsibilities'} ticked.`;
}

/** What an audit holds, for the import and conflict questions: "2 roles with 9 responsibilities ticked". */
export function describeAudit(audit: Pick<RoleAudit, 'roles'>): string {
  const ticked = audit.roles.reduce((sum, role) => sum + role.responsibilities.length, 0);
  return `${audit.roles.length} ${audit.roles.length === 1 ? 'role' : 'roles'} with ${ticked} ${ticked === 1 ? 'responsibility' : 'responsibilities'} ticked`;
}

/** The sentence under "Standards across the school". */
export function nosCoverageSentence(analysis: Pick<AuditAnalysis, 'nosCoverage'>, unitCount: number): string {
  return analysis.nosCoverage.length === 0
    ? "None of your roles' closest profiles names a qualification, so no standards are mapped."
    : `The qualifications of your roles' closest profiles draw on ${analysis.nosCoverage.length} of the ${unitCount} NOS STL units.`;
}

export interface RoleFinding {
  roleId: string;
  roleTitle: string;
  profile: ProfileSummary | null;
  /**
   * Ticked responsibilities the level check (src/lib/leadersTools/levelCheck.ts, shared with the
   * job description builder) places above the role's closest profile: `placedAt` is the profile
   * it names, `flag` says why.
   */
  aboveLevel: { responsibility: Responsibility; placedAt: ProfileSummary; flag: LevelFlag }[];
  /** Ticked responsibilities, not flagged, that no profile on the role's own ladder lists. */
  otherLadders: Responsibility[];
  /** Ticked keys that no profile lists any more. */
  unknown: string[];
  /** NOS units behind the closest profile's qualifications. */
  nosUnitIds: string[];
}

export interface AuditAnalysis {
  roles: RoleFinding[];
  /** Responsibilities of the profiles the school's roles are closest to that no role has ticked. */
  gaps: { responsibility: Responsibility; profileIds: string[] }[];
  /** Responsibilities ticked in two or more roles. */
  overlaps: { responsibility: Responsibility; roleIds: string[] }[];
  /** NOS units behind any role's closest profile, and which roles. */
  nosCoverage: { unitId: string; roleIds: string[] }[];
}

type AuditCatalogue = Pick<JobDesignCatalogue, 'profiles' | 'unitCodes'>;

/** What the analysis needs of a catalogue, worked out once per catalogue. */
interface AuditIndex {
  all: Responsibility[];
  byKey: Map<string, Responsibility>;
  profiles: Map<string, ProfileSummary>;
  levelCheck: LevelCheck;
  /** Each responsibility's ladders, by key. */
  ladders: Map<string, Set<string>>;
  /** What a role's finding says that depends only on its profile and its ticks, by both. */
  findings: Map<string, Pick<RoleFinding, 'aboveLevel' | 'otherLadders' | 'unknown'>>;
}

const indexes = new WeakMap<readonly ProfileSummary[], AuditIndex>();
/** A trust edits hundreds of roles in a visit; past this many remembered findings, start again. */
const rememberedFindings = 20_000;

function auditIndex(catalogue: AuditCatalogue): AuditIndex {
  let index = indexes.get(catalogue.profiles);
  if (!index) {
    const all = responsibilities(catalogue.profiles);
    const profiles = new Map(catalogue.profiles.map((profile) => [profile.id, profile]));
    index = {
      all,
      byKey: new Map(all.map((item) => [item.key, item])),
      profiles,
      levelCheck: levelCheckFor(catalogue.profiles),
      ladders: new Map(all.map((item) => [item.key, new Set(item.profileIds.map((id) => profiles.get(id)?.ladder ?? ''))])),
      findings: new Map(),
    };
    indexes.set(catalogue.profiles, index);
  }
  return index;
}

/** The part of a role's finding that its closest profile and its ticks decide, remembered: typing a title changes neither. */
function roleFindingParts(index: AuditIndex, role: SchoolRole, profile: ProfileSummary | null) {
  const question = `${role.profileId ?? ''}|${role.responsibilities.join(',')}`;
  const known = index.findings.get(question);
  if (known) return known;
  const parts: Pick<RoleFinding, 'aboveLevel' | 'otherLadders' | 'unknown'> = { aboveLevel: [], otherLadders: [], unknown: [] };
  for (const key of new Set(role.responsibilities)) {
    const responsibility = index.byKey.get(key);
    if (!responsibility) {
      parts.unknown.push(key);
      continue;
    }
    if (!profile) continue;
    const flag = checkLevel(index.levelCheck, profile, responsibility.text);
    const placedAt = flag && index.profiles.get(flag.profileId);
    if (flag && placedAt) parts.aboveLevel.push({ responsibility, placedAt, flag });
    else if (!index.ladders.get(key)?.has(profile.ladder)) parts.otherLadders.push(responsibility);
  }
  if (index.findings.size >= rememberedFindings) index.findings.clear();
  index.findings.set(question, parts);
  return parts;
}

/** Maps the school's roles to the profiles and standards, and finds gaps, overlaps and duties above level. */
export function analyseAudit(audit: Pick<RoleAudit, 'roles'>, catalogue: AuditCatalogue): AuditAnalysis {
  const index = auditIndex(catalogue);

  const roles: RoleFinding[] = audit.roles.map((role) => {
    const profile = (role.profileId !== null && index.profiles.get(role.profileId)) || null;
    return {
      roleId: role.id,
      roleTitle: role.title,
      profile,
      ...roleFindingParts(index, role, profile),
      nosUnitIds: profile?.nosUnitIds ?? [],
    };
  });

  const ticked = new Map<string, string[]>();
  for (const role of audit.roles) {
    for (const key of new Set(role.responsibilities)) {
      const roleIds = ticked.get(key);
      if (roleIds) roleIds.push(role.id);
      else ticked.set(key, [role.id]);
    }
  }

  const schoolProfiles = new Set(audit.roles.flatMap((role) => (role.profileId ? [role.profileId] : [])));
  const gaps: AuditAnalysis['gaps'] = [];
  for (const responsibility of index.all) {
    const profileIds = responsibility.profileIds.filter((id) => schoolProfiles.has(id));
    if (profileIds.length > 0 && !ticked.has(responsibility.key)) gaps.push({ responsibility, profileIds });
  }

  const overlaps = [...ticked.entries()].flatMap(([key, roleIds]) => {
    const responsibility = index.byKey.get(key);
    return responsibility && roleIds.length > 1 ? [{ responsibility, roleIds }] : [];
  });

  const coverage = new Map<string, string[]>();
  for (const finding of roles) {
    for (const unitId of finding.nosUnitIds) {
      const roleIds = coverage.get(unitId);
      if (roleIds) roleIds.push(finding.roleId);
      else coverage.set(unitId, [finding.roleId]);
    }
  }
  // In the standards' own order; a unit the catalogue does not know goes last.
  const order = new Map(catalogue.unitCodes.map((unit, position) => [unit.id, position]));
  const nosCoverage = [...coverage.entries()]
    .map(([unitId, roleIds]) => ({ unitId, roleIds }))
    .sort((a, b) => (order.get(a.unitId) ?? order.size) - (order.get(b.unitId) ?? order.size));

  return { roles, gaps, overlaps, nosCoverage };
}

/** The audit as CSV: one row per role and responsibility it holds (a role holding none gets one row). */
export function roleAuditCsv(audit: RoleAudit, catalogue: AuditCatalogue): string {
  const all = auditIndex(catalogue).byKey;
  const analysis = analyseAudit(audit, catalogue);
  const titleOf = (id: string) => profileById(catalogue, id)?.title ?? id;
  // analyseAudit keeps the audit's order: the finding at a role's position is that role's.
  const rows = audit.roles.flatMap((role, position) => {
    const finding = analysis.roles[position];
    const base = [role.title, role.hoursPerWeek, role.profileId ? titleOf(role.profileId) : ''];
    const keys = [...new Set(role.responsibilities)];
    if (keys.length === 0) return [[...base, '', '', '']];
    return keys.map((key) => {
      const responsibility = all.get(key);
      const above = finding?.aboveLevel.find((item) => item.responsibility.key === key);
      return [
        ...base,
        responsibility?.text.replace(/\n/g, ' ') ?? '(no longer in the profiles)',
        responsibility?.profileIds.map(titleOf).join('; ') ?? '',
        above ? `yes: ${above.placedAt.title}` : '',
      ];
    });
  });
  return toCsv(['role', 'hours_per_week', 'closest_profile', 'responsibility', 'profiles_listing_it', 'above_profile_level'], rows);
}

/** What the findings say when no role has a duty above its profile. */
export const noDutyAboveLevel = 'No role carries a duty that the profiles place above its closest profile.';

/** What the findings say after naming a duty above its role's profile. */
export const aboveLevelAdvice = 'The role may be graded too low, or the duty may belong elsewhere.';

/**
 * A duty above its role's profile, in words, as the findings on the page say it (the page also links
 * the profile's title): for the Word file and anything else that needs it as text.
 */
export function aboveLevelText(
  roleName: string,
  profile: Pick<ProfileSummary, 'title' | 'ladderName'> | null | undefined,
  { responsibility, placedAt, flag }: AuditAnalysis['roles'][number]['aboveLevel'][number],
  firstLineOf: (text: string) => string,
): string {
  const duty = `${roleName} (${profile?.title ?? ''}): “${firstLineOf(responsibility.text)}”`;
  const placed =
    flag.basis === 'above'
      ? `is placed at ${placedAt.title}${levelFlagMatch(flag, responsibility.text)}.`
      : `is placed ${profile ? levelFlagPlace(flag, profile) : ''}. ${levelFlagReason(flag)}`;
  return `${duty} ${placed} ${aboveLevelAdvice}`;
}
