import { describe, expect, it } from 'vitest';
import { jeCellPointsLabel, jeLadderTables, jeOverviewHref, jeScale } from '../../src/lib/jobEvaluation/jeOverview';
import { content } from './siteContent';

const tables = jeLadderTables(content.roles);
const table = (name: string) => tables.find((entry) => entry.name === name)!;
const factor = (tableName: string, factorName: string) => table(tableName).factors.find((entry) => entry.name === factorName)!;

describe('the points each factor level scores', () => {
  it('are the points the profiles print, factor by factor', () => {
    const scale = jeScale();
    expect(scale.levels).toEqual([1, 2, 3, 4]);
    expect(scale.factors.find((entry) => entry.name === 'Knowledge')?.points).toEqual([20, 40, 60, 80]);
    expect(scale.factors.find((entry) => entry.name === 'Working Conditions')?.points).toEqual([10, 20, 30, null]);
  });

  it('leave out levels no profile uses rather than guess their points', () => {
    expect(jeScale().factors.find((entry) => entry.name === 'Physical Skills')?.points).toEqual([13, 26, null, null]);
  });
});

describe('the evaluated profiles side by side', () => {
  it('has every profile with a job evaluation exactly once, and none without', () => {
    const shown = tables.flatMap((entry) => entry.roles.map((role) => role.id)).sort();
    const evaluated = content.roles
      .filter((role) => role.data.jobEvaluation)
      .map((role) => role.id)
      .sort();
    expect(shown).toEqual(evaluated);
    expect(shown).toHaveLength(10);
    expect(shown).not.toContain('teaching-assistant-3');
  });

  it('groups the ladders lowest level first, and the unnumbered profiles last', () => {
    expect(tables.map((entry) => entry.name)).toEqual([
      'Midday Supervision',
      'Learning Mentor',
      'School Attendance and Family Support',
      'Single profiles',
    ]);
    expect(table('Learning Mentor').roles.map((role) => role.title)).toEqual([
      'Learning Mentor 1',
      'Learning Mentor 2',
      'Learning Mentor 3',
    ]);
    expect(table('Single profiles').roles.map((role) => role.title)).toEqual(['Behaviour Management', 'Pupil Wellbeing Management']);
  });

  it('gives each level as printed with its points, and the totals as printed', () => {
    const knowledge = factor('Learning Mentor', 'Knowledge');
    expect(knowledge.cells.map((cell) => cell.rows.map((row) => `${row.level}: ${row.points}`))).toEqual([['3: 60'], ['4: 80'], ['4: 80']]);
    expect(table('Midday Supervision').roles.map((role) => role.total)).toEqual(['260', '332–345', '404–417']);
  });

  it('marks a factor that rises from one level of a ladder to the next, and none between unnumbered profiles', () => {
    expect(factor('Learning Mentor', 'Knowledge').cells.map((cell) => cell.change)).toEqual([undefined, 'rises', 'same']);
    expect(table('Single profiles').factors.every((row) => row.cells.every((cell) => cell.change === undefined))).toBe(true);
  });

  it("keeps the source's misprint and points to the note that explains it", () => {
    const [behaviour] = factor('Single profiles', 'Mental Skills').cells;
    expect(behaviour?.rows).toEqual([{ level: '4', points: 80, noteHref: '/roles/behaviour-management/#je-note-1' }]);
    expect(table('Single profiles').roles[0]?.total).toBe('456');
  });

  it('links each profile to its table', () => {
    const behaviour = content.roles.find((role) => role.id === 'behaviour-management')!;
    const mentor = content.roles.find((role) => role.id === 'learning-mentor-2')!;
    expect(jeOverviewHref(behaviour.data)).toBe('/roles/job-evaluation/#single-profiles');
    expect(jeOverviewHref(mentor.data)).toBe(`/roles/job-evaluation/#${table('Learning Mentor').id}`);
  });
});

describe("a cell's points", () => {
  it('show what the source prints when it is not a figure, not the figure the site reads', () => {
    const cell = factor('Midday Supervision', 'Responsibility for Physical and Information Resources').cells[1]!;
    expect(cell.rows.map(jeCellPointsLabel)).toEqual(['13 points', 'points printed ". 3, 20"']);
  });
});
