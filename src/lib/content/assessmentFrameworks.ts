import type { ContentGraph } from './contentGraph';
import { nosUnitCode } from './nosUnits';
import { nosGroups } from '../../domain/nosGroups';
import type { QualificationEntry } from '../../schemas/entry';
import type { StatusData } from '../../schemas/status';

/** A standard as the self-assessment shows it; `key` is what the stored portfolio records. */
export interface AssessableStandard {
  /** Key in the stored ratings: "hlta-11", "nos-3". */
  key: string;
  /** How the standard is numbered on screen: "11", "STL3". */
  code: string;
  text: string;
  section: string;
}

export interface AssessmentFramework {
  id: string;
  title: string;
  standards: AssessableStandard[];
  /** What one of its standards is called, and several, in counts: "3 standards chosen". */
  noun: { one: string; other: string };
  /** The whole set, in "5 of the 33 HLTA standards have evidence attached". */
  setName: string;
}

/** The HLTA standards, keyed "hlta-<number>". */
export function hltaFramework(hlta: StatusData): AssessmentFramework {
  const standards = hlta.standardSections.flatMap((section) =>
      section.groups.flatMap((group) =>
        group.standards.map((standard) => ({
          key: `hlta-${standard.number}`,
          code: String(standard.number),
          text: standard.text,
          section: section.title,
        })),
      ),
  );
  return {
    id: 'hlta',
    title: `The ${standards.length} HLTA standards`,
    standards,
    noun: { one: 'standard', other: 'standards' },
    setName: 'HLTA standards',
  };
}

/**
 * The NOS units a qualification's listed units draw on, keyed "nos-<number>" so a rating of a unit
 * is shared by every qualification that draws on it. Units without a known title say so.
 */
export function qualificationFramework(
  qualification: QualificationEntry,
  graph: ContentGraph,
): AssessmentFramework | undefined {
  const units = graph.nosUnitsForQualification(qualification.id);
  if (units.length === 0) return undefined;
  return {
    id: `qualification-${qualification.id}`,
    title: `NOS units behind the ${qualification.data.title}`,
    noun: { one: 'unit', other: 'units' },
    setName: 'NOS units behind this qualification',
    standards: units.map((unit) => ({
      key: `nos-${unit.data.number}`,
      code: nosUnitCode(unit),
      text: unit.data.title ?? 'title not available in our sources',
      section: nosGroups[unit.data.group],
    })),
  };
}
