import { describe, expect, it } from 'vitest';
import { cpdSuggestionGroups, groupRolesByFamily, jeTotalLabel, ladderNeighbours } from '../../src/lib/content/roles';
import { buildJeTable } from '../../src/lib/jobEvaluation/jeTable';
import { sourceInconsistencies } from '../../src/lib/content/sourceInconsistencies';
import { metaDescription } from '../../src/lib/site/metaDescription';
import { guidanceSchema } from '../../src/schemas/guidance';
import { roleSchema } from '../../src/schemas/role';
import { loadCollection } from './contentFiles';

const roles = loadCollection('roles').map((entry) => ({ id: entry.id, data: roleSchema.parse(entry.data) }));
const role = (id: string) => roles.find((entry) => entry.id === id)!;

describe('the roles index', () => {
  it('has all 18 profiles in the sources', () => {
    expect(roles).toHaveLength(18);
  });

  it('groups teaching and learning support first, each ladder in level order', () => {
    const groups = groupRolesByFamily(roles);
    expect(groups.map((group) => group.name)).toEqual(['Teaching and learning support', 'Pupil support and welfare']);
    expect(groups[0]!.ladders.map((ladder) => ladder.roles.map((entry) => entry.data.title))).toEqual([
      ['Teaching Assistant 1', 'Teaching Assistant 2', 'Teaching Assistant 3', 'Teaching Assistant 4', 'Teaching Assistant 5'],
      ['Additional Support Needs Assistant 1', 'Additional Support Needs Assistant 2', 'Additional Support Needs Assistant 3'],
    ]);
    expect(groups[1]!.ladders.map((ladder) => ladder.name)).toEqual([
      'Midday Supervision',
      'Learning Mentor',
      'Behaviour Management',
      'Pupil Wellbeing Management',
      'School Attendance and Family Support',
    ]);
  });

  it('labels totals as printed, and says when there is none in the sources', () => {
    expect(jeTotalLabel(role('midday-supervision-2').data)).toBe('332–345 points');
    expect(jeTotalLabel(role('teaching-assistant-3').data)).toBe('Not in our sources');
  });
});

describe('moving between levels', () => {
  it('links a middle level both ways', () => {
    const { previous, next } = ladderNeighbours(roles, role('teaching-assistant-3'));
    expect([previous?.id, next?.id]).toEqual(['teaching-assistant-2', 'teaching-assistant-4']);
  });

  it('has no level below the first or above the top', () => {
    expect(ladderNeighbours(roles, role('midday-supervision-1')).previous).toBeUndefined();
    expect(ladderNeighbours(roles, role('teaching-assistant-5')).next).toBeUndefined();
  });

  it('stays on its own ladder', () => {
    expect(ladderNeighbours(roles, role('additional-support-needs-assistant-3')).next).toBeUndefined();
  });

  it('gives single profiles no neighbours', () => {
    expect(ladderNeighbours(roles, role('behaviour-management'))).toEqual({});
  });
});

describe('the JE table a page shows', () => {
  it('shows the points the source printed and numbers the note that explains them', () => {
    const table = buildJeTable(role('behaviour-management').data)!;
    expect(table.factors[1]!.rows[0]).toMatchObject({ level: '4', points: 80, noteNumber: 1 });
    expect(table.total).toMatchObject({ printed: '456', agrees: true });
    // the table's "as printed" row keeps the source's own form of a range
    expect(buildJeTable(role('midday-supervision-2').data)!.total).toMatchObject({ printed: '332–345', printedAs: '332- 345' });
    expect(table.notes).toHaveLength(1);
  });

  it('splits a combined figure across its alternative rows', () => {
    const table = buildJeTable(role('midday-supervision-2').data)!;
    expect(table.factors[11]!.rows.map((row) => [row.level, row.points])).toEqual([
      ['1', 13],
      ['2(g)', 26],
    ]);
    expect(table.hasAlternatives).toBe(true);
  });

  it('has no table for a profile given only in extract', () => {
    expect(buildJeTable(role('teaching-assistant-1').data)).toBeUndefined();
  });
});

describe('the sources page list of inconsistencies', () => {
  const guidance = loadCollection('guidance').map(({ id, data, body }) => ({ id, data: guidanceSchema.parse(data), body }));
  const listed = sourceInconsistencies(roles, guidance);

  it("collects every role's notes, with the page that shows them", () => {
    const roleNotes = roles.flatMap((entry) => [
      ...(entry.data.jobEvaluation?.factors.flatMap((factor) => factor.rows.flatMap((row) => row.discrepancy ?? [])) ?? []),
      ...(entry.data.jobEvaluation?.totalNote === undefined ? [] : [entry.data.jobEvaluation.totalNote]),
      ...entry.data.sourceNotes,
    ]);
    expect(
      listed
        .filter((item) => item.href.startsWith('/roles/'))
        .map((item) => item.note)
        .sort(),
    ).toEqual(roleNotes.sort());
    expect(listed.find((item) => item.note.includes('quidance'))?.href).toBe('/roles/learning-mentor-1/');
    expect(listed.find((item) => item.note.includes('. 3, 20'))?.href).toBe('/roles/midday-supervision-2/');
  });

  it('collects every source note in the guidance pages, linked to the note itself', () => {
    const inBodies = guidance.reduce((sum, entry) => sum + [...entry.body.matchAll(/<SourceNote /g)].length, 0);
    const fromGuidance = listed.filter((item) => item.href.startsWith('/guidance/'));
    expect(fromGuidance).toHaveLength(inBodies);
    const chart = fromGuidance.find((item) => item.note.includes('Standards expected of young people at ages'));
    expect(chart?.href).toBe('/guidance/levels-and-frameworks/#note-adult-skills-chart');
    expect(chart?.note).not.toMatch(/[*`]|\]\(/);
  });
});

describe('CPD suggestions', () => {
  const intros = (id: string) => cpdSuggestionGroups(role(id).data.cpdSuggestions).map((group) => group.intro);

  it('keep the words that introduce them: the primary-school qualifier on TA4 and ASN3', () => {
    expect(intros('teaching-assistant-4')).toEqual([
      'Other qualifications may be suitable to work towards as a TA 4 in a primary school. For example:',
      'Other areas for CPD may include:',
    ]);
    expect(intros('additional-support-needs-assistant-3')[0]).toBe(
      'Other qualifications may be suitable to work towards as an Additional Support Needs Assistant 3 working in a primary school. For example:',
    );
    expect(intros('teaching-assistant-5')).toEqual([undefined, 'Other training could involve:']);
  });

  it('are grouped in order, each suggestion once', () => {
    const groups = cpdSuggestionGroups(role('teaching-assistant-4').data.cpdSuggestions);
    expect(groups.flatMap((group) => group.suggestions)).toEqual(role('teaching-assistant-4').data.cpdSuggestions);
    expect(cpdSuggestionGroups([])).toEqual([]);
  });
});

describe('meta descriptions', () => {
  it('keeps short text whole', () => {
    expect(metaDescription('To lead a team.')).toBe('To lead a team.');
  });

  it('cuts long text at a word boundary under 155 characters', () => {
    const text = metaDescription('word '.repeat(60));
    expect(text.length).toBeLessThanOrEqual(155);
    expect(text).toMatch(/word…$/);
  });
});
