import type { Entry } from '../../schemas/entry';
import type { GradeData } from '../../schemas/grade';
import type { NosUnitData } from '../../schemas/nosUnit';
import type { QcfUnitData } from '../../schemas/qcfUnit';
import type { QualificationData } from '../../schemas/qualification';
import type { RoleData } from '../../schemas/role';
import type { StatusData } from '../../schemas/status';

export type { Entry } from '../../schemas/entry';

export interface ContentSet {
  roles: readonly Entry<RoleData>[];
  grades: readonly Entry<GradeData>[];
  nosUnits: readonly Entry<NosUnitData>[];
  qcfUnits: readonly Entry<QcfUnitData>[];
  qualifications: readonly Entry<QualificationData>[];
  statuses: readonly Entry<StatusData>[];
}

/** Where the framework prints a NOS unit differently from the national title. */
export interface PrintedTitleDifference {
  printedAs: string;
  qcfUnitId: string;
  /** Another unit whose national title is the one printed, if any (the framework printed the wrong unit's title). */
  titleOfUnitId?: string;
}

/** A NOS title without the "(imported CCLD 203)" note the reference adds to units borrowed from other standards. */
export function withoutImportNote(title: string): string {
  return title.replace(/\s*\(imported [^)]*\)\s*$/i, '').trim();
}

/** The NOS title without the number prefix the framework prints or the "(imported …)" note the reference adds, for comparison. */
export function comparableNosTitle(title: string): string {
  return withoutImportNote(title.replace(/^\s*\d+\s*:\s*/, ''))
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The links between roles, qualifications, QCF units, NOS units and statuses, both ways.
 * Content stores each link once (a role names its qualifications; a qualification names its
 * units; a QCF unit names its NOS units); every reverse link here is derived from those.
 */
export function buildContentGraph<C extends ContentSet>(content: C) {
  type Role = C['roles'][number];
  type Qualification = C['qualifications'][number];
  type QcfUnit = C['qcfUnits'][number];
  type NosUnit = C['nosUnits'][number];
  type Status = C['statuses'][number];

  const index = <E extends Entry<unknown>>(entries: readonly E[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const roles = index<Role>(content.roles);
  const qualifications = index<Qualification>(content.qualifications);
  const qcfUnits = index<QcfUnit>(content.qcfUnits);
  const nosUnits = index<NosUnit>(content.nosUnits);
  const statuses = index<Status>(content.statuses);

  const must = <E>(map: Map<string, E>, id: string, collection: string): E => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No ${collection} entry "${id}"`);
    return entry;
  };

  const role = (id: string) => must(roles, id, 'roles');
  const qualification = (id: string) => must(qualifications, id, 'qualifications');
  const qcfUnit = (id: string) => must(qcfUnits, id, 'qcfUnits');
  const nosUnit = (id: string) => must(nosUnits, id, 'nosUnits');
  const status = (id: string) => must(statuses, id, 'statuses');

  /** Qualifications whose unit lists include this QCF unit. */
  const qualificationsForQcfUnit = (qcfUnitId: string): Qualification[] =>
    content.qualifications.filter((entry) => entry.data.units.some((item) => item.unit.id === qcfUnitId));

  /** QCF units that draw on this NOS unit. */
  const qcfUnitsForNosUnit = (nosUnitId: string): QcfUnit[] =>
    content.qcfUnits.filter((entry) => entry.data.nosUnits.some((item) => item.unit.id === nosUnitId));

  /** Qualifications with a listed unit that draws on this NOS unit. */
  const qualificationsForNosUnit = (nosUnitId: string): Qualification[] => {
    const units = new Set(qcfUnitsForNosUnit(nosUnitId).map((entry) => entry.id));
    return content.qualifications.filter((entry) => entry.data.units.some((item) => units.has(item.unit.id)));
  };

  /** The NOS units a qualification's listed units draw on, each once, in unit-number order. */
  const nosUnitsForQualification = (qualificationId: string): NosUnit[] => {
    const found = new Map<string, NosUnit>();
    for (const item of qualification(qualificationId).data.units) {
      for (const nos of qcfUnit(item.unit.id).data.nosUnits) found.set(nos.unit.id, nosUnit(nos.unit.id));
    }
    return [...found.values()].sort((a, b) => a.data.number - b.data.number);
  };

  /** Roles the framework names a qualification for: relevant at that level, or suggested for development. */
  const rolesForQualification = (qualificationId: string): { relevant: Role[]; development: Role[] } => ({
    relevant: content.roles.filter((entry) => entry.data.relevantQualifications.some((item) => item.id === qualificationId)),
    development: content.roles.filter(
      (entry) =>
        !entry.data.relevantQualifications.some((item) => item.id === qualificationId) &&
        entry.data.cpdSuggestions.some((suggestion) => suggestion.qualifications.some((item) => item.id === qualificationId)),
    ),
  });

  /** Roles whose relevant qualifications draw on this NOS unit. */
  const rolesForNosUnit = (nosUnitId: string): Role[] => {
    const quals = new Set(qualificationsForNosUnit(nosUnitId).map((entry) => entry.id));
    return content.roles.filter((entry) => entry.data.relevantQualifications.some((item) => quals.has(item.id)));
  };

  /** Roles that must meet or work towards a status, and roles the framework points towards it. */
  const rolesForStatus = (statusId: string): { relevant: Role[]; development: Role[] } => ({
    relevant: content.roles.filter((entry) => entry.data.relevantStatuses.some((item) => item.id === statusId)),
    development: content.roles.filter((entry) =>
      entry.data.cpdSuggestions.some((suggestion) => suggestion.statuses.some((item) => item.id === statusId)),
    ),
  });

  /** Places where the framework prints this unit with other words than its national title. */
  const printedTitleDifferences = (nosUnitId: string): PrintedTitleDifference[] => {
    const title = nosUnit(nosUnitId).data.title;
    return qcfUnitsForNosUnit(nosUnitId).flatMap((entry) =>
      entry.data.nosUnits
        .filter(
          (item) => item.unit.id === nosUnitId && (title === null || comparableNosTitle(item.printedAs) !== comparableNosTitle(title)),
        )
        .map((item) => {
          const owner = content.nosUnits.find(
            (other) =>
              other.id !== nosUnitId &&
              other.data.title !== null &&
              comparableNosTitle(other.data.title) === comparableNosTitle(item.printedAs),
          );
          return { printedAs: item.printedAs, qcfUnitId: entry.id, ...(owner ? { titleOfUnitId: owner.id } : {}) };
        }),
    );
  };

  return {
    role,
    qualification,
    qcfUnit,
    nosUnit,
    status,
    qualificationsForQcfUnit,
    qcfUnitsForNosUnit,
    qualificationsForNosUnit,
    nosUnitsForQualification,
    rolesForQualification,
    rolesForNosUnit,
    rolesForStatus,
    printedTitleDifferences,
  };
}

export type ContentGraph = ReturnType<typeof buildContentGraph>;
