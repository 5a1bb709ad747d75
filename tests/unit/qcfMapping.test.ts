/**
 * The QCF unit tables in the career framework, read straight from the source text, must match
 * the content: every unit, and exactly the NOS units the framework lists for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, graph } from './siteContent';
import { sourcesDir } from './contentFiles';

const framework = readFileSync(join(sourcesDir, 'ta-career-framework-and-cpd.txt'), 'utf8').split('\n');

/** Rows of the table that starts after the given heading line: unit title → NOS unit numbers. */
function tableAfter(heading: string): Map<string, number[]> {
  const start = framework.findIndex((line) => line === heading);
  expect(start, heading).toBeGreaterThan(0);
  const rows = new Map<string, number[]>();
  for (const line of framework.slice(start + 2)) {
    if (line.trim() === '') break;
    const [title = '', standards = ''] = line.split('\t');
    rows.set(
      title.trim(),
      [...standards.matchAll(/(?:^|\s)(\d+):/g)].map((match) => Number(match[1])),
    );
  }
  return rows;
}

function contentTable(qualificationId: string): Map<string, number[]> {
  return new Map(
    graph
      .qualification(qualificationId)
      .data.units.map((item) => graph.qcfUnit(item.unit.id))
      .map((unit) => [unit.data.title, unit.data.nosUnits.map((item) => graph.nosUnit(item.unit.id).data.number)]),
  );
}

describe('QCF units map to exactly the NOS units the framework lists', () => {
  it.each([
    ['Level 2 Certificate in Supporting Teaching and Learning\t', 'level-2-certificate-supporting-teaching-and-learning', 10],
    ['Level 2 Certificate in Supporting the Wider Curriculum\t', 'level-2-certificate-supporting-the-wider-curriculum', 4],
    ['Level 3 Certificate in Supporting Teaching and Learning in Schools\t', 'level-3-certificate-supporting-teaching-and-learning', 7],
  ])('%s', (heading, qualificationId, units) => {
    const source = tableAfter(heading);
    expect(source.size).toBe(units);
    expect(contentTable(qualificationId)).toEqual(source);
  });

  it('every QCF unit in the content belongs to one of those tables', () => {
    expect(content.qcfUnits.filter((unit) => graph.qualificationsForQcfUnit(unit.id).length !== 1).map((unit) => unit.id)).toEqual([]);
  });
});
