import { jobFamilies, ladders } from '../../domain/jobFamilies';
import { nosGroups } from '../../domain/nosGroups';
import { qualificationTypes } from '../../domain/qualificationKinds';
import type { ContentGraph, ContentSet } from '../content/contentGraph';
import { toCsv } from './csv';
import { jeFactorById } from '../../domain/jeScheme';
import { jeTotal, printedRowPoints } from '../../domain/jeTotals';
import { nosUnitCode, nosUnitHref } from '../content/nosUnits';
import { gradeRange } from '../content/grades';
import { sourceDocuments } from '../../domain/sources';
import { gradeUrl, qualificationUrl, roleUrl, statusUrl } from '../site/urls';
import { buildChanges, type ChangesContent } from '../now/changes';
import { nowData, nowView } from '../now/status';

/** Everything the open data is built from: the content graph's collections and what is true today. */
export type OpenDataContent = ContentSet & ChangesContent;

const now = (content: OpenDataContent, status: Parameters<typeof nowView>[0]) =>
  nowData(nowView(status, content.currentFacts, content.today));

/**
 * The site's open data: every file under /data/, built from the same collections as the pages.
 * The shapes are documented in README.md ("Open data"); change both together.
 */

const citation = (source: { document: keyof typeof sourceDocuments; section?: string | undefined }) =>
  `${sourceDocuments[source.document].title}${source.section ? `, section ${source.section}` : ''}`;

export function rolesData(content: ContentSet) {
  return content.roles.map(({ id, data }) => ({
    id,
    url: roleUrl(id),
    title: data.title,
    family: jobFamilies[data.family],
    ladder: ladders[data.ladder],
    level: data.level,
    purpose: data.purpose,
    keyDuties: data.keyDuties,
    optionalDuties: data.optionalDuties,
    knowledgeSkillsExperience: data.knowledgeSkillsExperience,
    jobEvaluation: data.jobEvaluation
      ? {
          factors: data.jobEvaluation.factors.map((entry) => {
            const points = printedRowPoints(entry);
            return {
              number: jeFactorById(entry.factor)?.number,
              factor: jeFactorById(entry.factor)?.name,
              rows: entry.rows.map((row, index) => ({
                info: row.info,
                level: row.level,
                points: points[index] ?? null,
                note: row.discrepancy ?? null,
              })),
            };
          }),
          totalAsPrinted: data.jobEvaluation.totalAsPrinted,
          totalCalculated: jeTotal(data.jobEvaluation.factors),
          totalNote: data.jobEvaluation.totalNote ?? null,
        }
      : null,
    relevantQualifications: data.relevantQualifications.map((item) => item.id),
    relevantStatuses: data.relevantStatuses.map((item) => item.id),
    source: citation(data.source),
  }));
}

export function nosUnitsData(content: ContentSet, graph: ContentGraph) {
  return [...content.nosUnits]
    .sort((a, b) => a.data.number - b.data.number)
    .map((unit) => ({
      id: unit.id,
      code: nosUnitCode(unit),
      url: nosUnitHref(unit) ?? null,
      title: unit.data.title,
      group: nosGroups[unit.data.group],
      titleStatus: unit.data.titleStatus,
      qcfUnits: graph.qcfUnitsForNosUnit(unit.id).map((entry) => entry.id),
      qualifications: graph.qualificationsForNosUnit(unit.id).map((entry) => entry.id),
    }));
}

export function qcfUnitsData(content: ContentSet, graph: ContentGraph) {
  return content.qcfUnits.map((unit) => ({
    id: unit.id,
    title: unit.data.title,
    level: unit.data.level,
    qualifications: graph.qualificationsForQcfUnit(unit.id).map((entry) => entry.id),
    nosMapping: unit.data.nosMapping,
    nosUnits: unit.data.nosUnits.map((item) => ({ id: item.unit.id, printedAs: item.printedAs })),
    source: citation(unit.data.source),
  }));
}

export function qualificationsData(content: OpenDataContent, graph: ContentGraph) {
  return content.qualifications.map(({ id, data }) => {
    const roles = graph.rolesForQualification(id);
    return {
      id,
      url: qualificationUrl(id),
      title: data.title,
      level: data.level,
      type: qualificationTypes[data.type],
      sizeClass: data.sizeClass,
      description: data.description,
      descriptionList: data.descriptionList,
      moreInformation: data.moreInformation ?? null,
      units: data.units.map((item) => ({ id: item.unit.id, kind: item.kind })),
      optionCategories: data.optionCategories,
      rolesRelevant: roles.relevant.map((role) => role.id),
      rolesDevelopment: roles.development.map((role) => role.id),
      awardingOrganisations: data.awardingOrganisations,
      sources: data.sources.map(citation),
      now: now(content, data.now),
    };
  });
}

export function gradesData(content: ContentSet) {
  return [...content.grades]
    .sort((a, b) => a.data.grade - b.data.grade)
    .map(({ id, data }) => ({ id, url: gradeUrl(id), ...data, source: citation(data.source) }));
}

export function statusesData(content: OpenDataContent) {
  return content.statuses.map(({ id, data }) => ({
    id,
    url: statusUrl(id),
    title: data.title,
    abbreviation: data.abbreviation,
    requirements: data.requirements,
    standards: data.standardSections.flatMap((section) =>
      section.groups.flatMap((group) => group.standards.map((standard) => ({ ...standard, section: section.title, group: group.title }))),
    ),
    routes: data.routes,
    sources: data.sources.map(citation),
    now: now(content, data.now),
  }));
}

/** The bodies, tools, frameworks and standards the sources name, each with where it stands today. */
export function bodiesAndToolsData(content: OpenDataContent) {
  return content.bodiesAndTools.map(({ id, data }) => ({
    id,
    name: data.name,
    kind: data.kind,
    inTheSources: data.inTheSources,
    namedInSources: data.namedInSources,
    namedIn: {
      guidance: data.namedIn.guidance.map((item) => item.id),
      qualifications: data.namedIn.qualifications.map((item) => item.id),
      statuses: data.namedIn.statuses.map((item) => item.id),
    },
    now: now(content, data.now),
  }));
}

/** Every change since the sources, grouped as the changes page shows it. */
export function changesData(content: OpenDataContent) {
  return buildChanges(content).map((group) => ({
    group: group.id,
    title: group.title,
    changes: group.items.map((item) => ({
      anchor: item.anchor,
      subject: item.subject,
      url: item.href ?? null,
      state: item.status?.state ?? null,
      text: item.text,
      nationTag: item.nationTag ?? null,
      asOf: item.asOf,
      sources: item.sources,
      leads: item.leads,
    })),
  }));
}

export interface OpenDataFile {
  /** File name under /data/. */
  name: string;
  /** Media type. */
  type: string;
  /** What it holds, for the data page. */
  description: string;
  body: string;
}

/** Every open data file, in the order the data page lists them. */
export function openDataFiles(content: OpenDataContent, graph: ContentGraph): OpenDataFile[] {
  const json = (name: string, description: string, value: unknown) => ({
    name,
    description,
    type: 'application/json',
    body: `${JSON.stringify(value, null, 2)}\n`,
  });
  const csv = (name: string, description: string, header: string[], rows: (string | number | null | undefined)[][]) => ({
    name,
    description,
    type: 'text/csv',
    body: toCsv(header, rows),
  });
  const roles = rolesData(content);
  const nosUnits = nosUnitsData(content, graph);
  const qcfUnits = qcfUnitsData(content, graph);
  const qualifications = qualificationsData(content, graph);
  const grades = gradesData(content);
  const statuses = statusesData(content);
  const hltaStandards = statuses.find((status) => status.id === 'hlta')?.standards ?? [];
  const bodiesAndTools = bodiesAndToolsData(content);
  return [
    json(
      'roles.json',
      'Every role profile: purpose, duties, knowledge, the job evaluation with each factor row, totals, and the qualifications it names.',
      roles,
    ),
    csv(
      'roles.csv',
      'One row per role profile, with its job evaluation total.',
      [
        'id',
        'title',
        'family',
        'ladder',
        'level',
        'purpose',
        'je_total_as_printed',
        'je_total_min',
        'je_total_max',
        'key_duties',
        'source',
      ],
      roles.map((role) => [
        role.id,
        role.title,
        role.family,
        role.ladder,
        role.level,
        role.purpose,
        role.jobEvaluation?.totalAsPrinted,
        role.jobEvaluation?.totalCalculated.min,
        role.jobEvaluation?.totalCalculated.max,
        role.keyDuties.map((duty) => duty.text).join(' | '),
        role.source,
      ]),
    ),
    csv(
      'je-factors.csv',
      'One row per job evaluation factor row, for every profile that has a job evaluation.',
      ['role_id', 'factor_number', 'factor', 'row', 'relevant_job_information', 'level', 'points', 'note'],
      roles.flatMap((role) =>
        (role.jobEvaluation?.factors ?? []).flatMap((factor) =>
          factor.rows.map((row, index) => [role.id, factor.number, factor.factor, index + 1, row.info, row.level, row.points, row.note]),
        ),
      ),
    ),
    json('nos-units.json', `The ${nosUnits.length} NOS STL units, with the QCF units and qualifications that draw on each.`, nosUnits),
    csv(
      'nos-units.csv',
      'The NOS STL units, one row per unit.',
      ['id', 'code', 'title', 'group', 'title_status', 'qcf_units', 'qualifications'],
      nosUnits.map((unit) => [
        unit.id,
        unit.code,
        unit.title,
        unit.group,
        unit.titleStatus,
        unit.qcfUnits.join(' '),
        unit.qualifications.join(' '),
      ]),
    ),
    json(
      'qcf-units.json',
      'The QCF units in the career framework, with the NOS units each draws on as the framework prints them.',
      qcfUnits,
    ),
    csv(
      'qcf-units.csv',
      'The QCF units, one row per unit.',
      ['id', 'title', 'level', 'qualifications', 'nos_mapping', 'nos_units'],
      qcfUnits.map((unit) => [
        unit.id,
        unit.title,
        unit.level,
        unit.qualifications.join(' '),
        unit.nosMapping,
        unit.nosUnits.map((item) => item.id).join(' '),
      ]),
    ),
    json(
      'qualifications.json',
      'Every qualification: level, type, size, units, the roles it fits, and where it stands today with the date and source.',
      qualifications,
    ),
    csv(
      'qualifications.csv',
      'The qualifications, one row per qualification, with where each stands today.',
      [
        'id',
        'title',
        'level',
        'type',
        'size_class',
        'units',
        'roles_relevant',
        'roles_development',
        'sources',
        'now_state',
        'now_summary',
        'now_replaced_by',
        'now_as_of',
        'now_nations',
        'now_sources',
      ],
      qualifications.map((item) => [
        item.id,
        item.title,
        item.level,
        item.type,
        item.sizeClass,
        item.units.map((unit) => unit.id).join(' '),
        item.rolesRelevant.join(' '),
        item.rolesDevelopment.join(' '),
        item.sources.join(' | '),
        item.now.state,
        item.now.summary,
        item.now.replacedBy,
        item.now.asOf,
        item.now.nations.join(' '),
        item.now.sources.join(' | '),
      ]),
    ),
    json('grades.json', `The student support services grades ${gradeRange(content.grades)}, every row of the source table.`, grades),
    json(
      'statuses.json',
      `HLTA status with its ${hltaStandards.length} standards, and QTS with its current routes, each with where it stands today.`,
      statuses,
    ),
    csv(
      'hlta-standards.csv',
      `The ${hltaStandards.length} HLTA standards, one per row.`,
      ['number', 'section', 'group', 'standard'],
      statuses.flatMap((status) => status.standards.map((standard) => [standard.number, standard.section, standard.group, standard.text])),
    ),
    csv(
      'qts-routes.csv',
      'The current routes to QTS, one per row, with the date their facts were true.',
      ['id', 'route', 'needs_degree', 'nations', 'who_for', 'entry_requirements', 'duration', 'pay_and_fees', 'as_of', 'source'],
      statuses.flatMap((status) =>
        status.routes.map((route) => [
          route.id,
          route.name,
          route.needsDegree ? 'yes' : 'no',
          route.nations.join(' '),
          route.whoFor,
          route.entryRequirements,
          route.duration,
          route.payAndFees,
          route.asOf,
          route.source,
        ]),
      ),
    ),
    json(
      'bodies-and-tools.json',
      'The bodies, tools, frameworks and standards the sources name (and bodies that took over from them), each with where it stands today.',
      bodiesAndTools,
    ),
    json(
      'changes.json',
      'Everything that has changed since the source documents, grouped as the changes page shows it, each with its date and source.',
      changesData(content),
    ),
  ];
}
