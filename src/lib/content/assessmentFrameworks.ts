import type { ContentGraph } from './contentGraph';
import { nosUnitCode } from './nosUnits';
import { nosGroups } from '../../domain/nosGroups';
import type { QualificationData } from '../../schemas/qualification';
import type { StatusData } from '../../schemas/status';
import { standardCount } from './statuses';

/** A standard as the self-assessment shows it; `key` is what the stored portfolio records. */
export interface AssessableStandard {
  key: string;
  code: string;
  text: string;
  section: string;
}

export interface AssessmentFramework {
  id: string;
  title: string;
  standards: AssessableStandard[];
}

/** The HLTA standards, keyed "hlta-<number>". */
export function hltaFramework(hlta: StatusData): AssessmentFramework {
  return {
    id: 'hlta',
    title: `The ${standardCount(hlta)} HLTA standards`,
    standards: hlta.standardSections.flatMap((section) =>
      section.groups.flatMap((group) =>
        group.standards.map((standard) => ({
          key: `hlta-${standard.number}`,
          code: String(standard.number),
          text: standard.text,
          section: section.title,
        })),
      ),
    ),
  };
}

/**
 * The NOS units a qualification's listed units draw on, keyed "nos-<number>" so a rating of a unit
 * is shared by every qualification that draws on it. Units without a known title say so.
 */
export function qualificationFramework(
  qualification: { id: string; data: QualificationData },
  graph: ContentGraph,
): AssessmentFramework | undefined {
  const units = graph.nosUnitsForQualification(qualification.id);
  if (units.length === 0) return undefined;
  return {
    id: `qualification-${qualification.id}`,
    title: `NOS units behind the ${qualification.data.title}`,
    standards: units.map((unit) => ({
      key: `nos-${unit.data.number}`,
      code: nosUnitCode(unit),
      text: unit.data.title ?? 'title not available in our sources',
      section: nosGroups[unit.data.group],
    })),
  };
}
