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

/** Where the framework prints a NOS unit differently from the title this site gives it. */
export interface PrintedTitleDifference {
  printedAs: string;
  qcfUnitId: string;
  /** Another unit whose title is the one printed, if any (the framework printed the wrong unit's title). */
  titleOfUnitId?: string;
}

/** A NOS unit as a QCF unit's row of the framework prints it, compared with the title this site gives it. */
export interface PrintedNosUnit {
  nosUnitId: string;
  printedAs: string;
  /** True when the printed words are not the unit's title (number, "(imported …)" notes, case and spacing aside). */
  differs: boolean;
  /** Another unit whose title is the one printed, if any. */
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

  /** Roles whose profiles name a qualification: relevant at that level, or suggested for development (see namingDocuments for which document says so). */
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

  /** The framework's words for a NOS unit beside the unit's title: one rule for the NOS and the qualification pages. */
  const comparePrinted = (nosUnitId: string, printedAs: string): PrintedNosUnit => {
    const title = nosUnit(nosUnitId).data.title;
    const differs = title === null || comparableNosTitle(printedAs) !== comparableNosTitle(title);
    const owner = differs
      ? content.nosUnits.find(
          (other) =>
            other.id !== nosUnitId && other.data.title !== null && comparableNosTitle(other.data.title) === comparableNosTitle(printedAs),
        )
      : undefined;
    return { nosUnitId, printedAs, differs, ...(owner ? { titleOfUnitId: owner.id } : {}) };
  };

  /** The NOS units a QCF unit draws on, each as the framework prints it and whether that differs from its title. */
  const printedNosUnits = (qcfUnitId: string): PrintedNosUnit[] =>
    qcfUnit(qcfUnitId).data.nosUnits.map((item) => comparePrinted(item.unit.id, item.printedAs));

  /** Places where the framework prints this unit with other words than its title. */
  const printedTitleDifferences = (nosUnitId: string): PrintedTitleDifference[] =>
    qcfUnitsForNosUnit(nosUnitId).flatMap((entry) =>
      printedNosUnits(entry.id)
        .filter((item) => item.nosUnitId === nosUnitId && item.differs)
        .map((item) => ({
          printedAs: item.printedAs,
          qcfUnitId: entry.id,
          ...(item.titleOfUnitId ? { titleOfUnitId: item.titleOfUnitId } : {}),
        })),
    );

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
    printedNosUnits,
    printedTitleDifferences,
  };
}

export type ContentGraph = ReturnType<typeof buildContentGraph>;
