import { describe, expect, it } from 'vitest';
import { comparableNosTitle, withoutImportNote } from '../../src/lib/content/contentGraph';
import { content, graph } from './siteContent';

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id).sort();

describe('links from a role down to the standards', () => {
  it('Teaching Assistant 3 leads to the Level 3 qualifications, and the Level 3 Certificate to its NOS units', () => {
    const ta3 = graph.role('teaching-assistant-3');
    expect(ta3.data.relevantQualifications.map((item) => item.id)).toContain('level-3-certificate-supporting-teaching-and-learning');
    const units = graph
      .qualification('level-3-certificate-supporting-teaching-and-learning')
      .data.units.map((item) => graph.qcfUnit(item.unit.id));
    expect(units.flatMap((unit) => unit.data.nosUnits.map((item) => item.unit.id))).toContain('stl-30');
  });
});

describe('the NOS units behind a qualification', () => {
  it('are every unit its listed units draw on, once each, in unit-number order', () => {
    const units = graph.nosUnitsForQualification('level-3-certificate-supporting-teaching-and-learning');
    const numbers = units.map((unit) => unit.data.number);
    expect(numbers).toContain(30);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  });

  it('are none for a qualification without listed units', () => {
    const without = graph.qualification('functional-skills-english');
    expect(without.data.units).toEqual([]);
    expect(graph.nosUnitsForQualification(without.id)).toEqual([]);
  });
});

describe('a NOS title borrowed from other standards', () => {
  it('reads without its "(imported …)" note', () => {
    expect(withoutImportNote("Support children's development (imported CCLD 203)")).toBe("Support children's development");
    expect(withoutImportNote('Help to keep children safe')).toBe('Help to keep children safe');
  });
});

describe('links from a standard back up to roles', () => {
  it('STL3 (help to keep children safe) is drawn on by both certificates in supporting teaching and learning', () => {
    expect(ids(graph.qualificationsForNosUnit('stl-3'))).toEqual([
      'level-2-certificate-supporting-teaching-and-learning',
      'level-3-certificate-supporting-teaching-and-learning',
    ]);
  });

  it('and so reaches the teaching assistant and ASN roles those qualifications fit', () => {
    expect(ids(graph.rolesForNosUnit('stl-3'))).toEqual([
      'additional-support-needs-assistant-1',
      'additional-support-needs-assistant-2',
      'teaching-assistant-1',
      'teaching-assistant-2',
      'teaching-assistant-3',
    ]);
  });

  it('a unit no qualification in the sources draws on has no links', () => {
    expect(graph.qualificationsForNosUnit('stl-66')).toEqual([]);
    expect(graph.rolesForNosUnit('stl-66')).toEqual([]);
  });
});

describe('roles a qualification fits', () => {
  it('separates the level it fits from suggestions for development', () => {
    const roles = graph.rolesForQualification('level-2-certificate-supporting-teaching-and-learning');
    expect(ids(roles.relevant)).toEqual(['additional-support-needs-assistant-1', 'teaching-assistant-1', 'teaching-assistant-2']);
    expect(ids(graph.rolesForQualification('open-university-e111').development)).toEqual([
      'additional-support-needs-assistant-3',
      'teaching-assistant-4',
    ]);
  });

  it('HLTA status belongs to Teaching Assistant 4 and 5 and ASN 3; QTS is where the framework points a TA5', () => {
    expect(ids(graph.rolesForStatus('hlta').relevant)).toEqual([
      'additional-support-needs-assistant-3',
      'teaching-assistant-4',
      'teaching-assistant-5',
    ]);
    expect(ids(graph.rolesForStatus('qts').development)).toEqual(['teaching-assistant-5']);
  });
});

describe('where the framework prints a unit differently from its national title', () => {
  it('ignores the unit number and the "(imported …)" note', () => {
    expect(comparableNosTitle("2: Support children's development")).toBe(
      comparableNosTitle("Support children's development (imported CCLD 203)"),
    );
  });

  it('finds exactly the known differences, so a new one is noticed', () => {
    const known = ['stl-8', 'stl-38', 'stl-54', 'stl-59', 'stl-61'];
    const differences = known.map((id) => [id, graph.printedTitleDifferences(id).map((item) => item.printedAs)]);
    expect(differences).toEqual([
      ['stl-8', ["8: Use information and communication technology to support pupil's learning"]],
      // printed the same way in the Level 2 and the Level 3 certificate tables
      [
        'stl-38',
        [
          '38: Support children with disabilities or special development needs and their families',
          '38: Support children with disabilities or special development needs and their families',
        ],
      ],
      ['stl-54', ["54: Support children's play and learning"]],
      // the national title is shorter: the framework adds "and out-of-school activities"
      ['stl-59', ['59: Escort and supervise pupils on educational visits and out-of-school activities']],
      ['stl-61', ['61: Provide information to aid policy, formation and the improvement of practices and provision']],
    ]);
    const others = content.nosUnits
      .map((unit) => unit.id)
      .filter((id) => !known.includes(id) && graph.printedTitleDifferences(id).length > 0);
    expect(others).toEqual([]);
  });

  it("says when the printed title is another unit's: 54 is printed with the title of 10", () => {
    expect(graph.printedTitleDifferences('stl-54')[0]?.titleOfUnitId).toBe('stl-10');
  });
});

describe("a qualification's units as the framework prints their standards", () => {
  it('marks the printed wording that differs from the title, for the qualification page to show beside it', () => {
    const printed = graph.printedNosUnits('l2-support-children-and-young-peoples-play-and-leisure');
    expect(printed.find((item) => item.nosUnitId === 'stl-54')).toEqual({
      nosUnitId: 'stl-54',
      printedAs: "54: Support children's play and learning",
      differs: true,
      titleOfUnitId: 'stl-10',
    });
    expect(printed.filter((item) => item.nosUnitId !== 'stl-54').every((item) => !item.differs)).toBe(true);
  });

  it('finds on the qualification units every difference the NOS pages show, and no other', () => {
    const fromQcfUnits = content.qcfUnits.flatMap((unit) =>
      graph
        .printedNosUnits(unit.id)
        .filter((item) => item.differs)
        .map((item) => `${unit.id} ${item.nosUnitId} ${item.printedAs}`),
    );
    const fromNosUnits = content.nosUnits.flatMap((unit) =>
      graph.printedTitleDifferences(unit.id).map((item) => `${item.qcfUnitId} ${unit.id} ${item.printedAs}`),
    );
    expect(fromQcfUnits.sort()).toEqual(fromNosUnits.sort());
    expect(fromQcfUnits.length).toBeGreaterThan(0);
  });
});
