import { describe, expect, it } from 'vitest';
import { exportDocument, readDocument } from '../../src/lib/storage/documentStore';
import {
  assembleJobDescription,
  checkDraft,
  chosenUnits,
  draftFromProfile,
  emptyJobDescription,
  jobDescriptionKind,
  jobDescriptionMarkdown,
  personSpecLineForUnit,
} from '../../src/lib/leadersTools/jobDescription';
import { moveItem, replaceItem } from '../../src/lib/leadersTools/listEdits';
import { catalogue, levelCheck, profile } from './jobDesignCatalogue';

const ta3Draft = () => draftFromProfile(profile('teaching-assistant-3'));

describe('starting a job description from a profile', () => {
  it("fills in the profile's title, purpose, key duties and knowledge", () => {
    const ta3 = profile('teaching-assistant-3');
    const draft = ta3Draft();
    expect(draft).toMatchObject({ profileId: ta3.id, jobTitle: ta3.title, purpose: ta3.purpose, units: [] });
    expect(draft.duties.map((duty) => duty.text)).toEqual(ta3.duties);
    expect(draft.personSpec.map((line) => line.text)).toEqual(ta3.knowledge);
    expect(draft.personSpec.every((line) => line.priority === 'essential')).toBe(true);
  });

  it('has nothing to warn about until something from a higher level is added', () => {
    const draft = ta3Draft();
    expect(checkDraft(draft, catalogue, levelCheck)).toEqual([]);
    const withDuty = {
      ...draft,
      duties: [...draft.duties, { id: 'x', text: 'Liaise with external agencies on a regular basis.', fromProfileId: null }],
    };
    expect(checkDraft(withDuty, catalogue, levelCheck)).toMatchObject([
      { part: 'duty', itemId: 'x', profileTitle: 'Teaching Assistant 5' },
    ]);
  });

  it('warns about a unit and a line of the person specification the profiles place higher', () => {
    const draft = {
      ...draftFromProfile(profile('teaching-assistant-2')),
      units: [{ id: 'stl-30', priority: 'essential' as const }],
      personSpec: [
        { id: 'p', text: 'Meeting the professional standards for Higher Level Teaching Assistants.', priority: 'essential' as const },
      ],
    };
    const warnings = checkDraft(draft, catalogue, levelCheck);
    expect(warnings.map((warning) => [warning.part, warning.profileTitle])).toEqual([
      ['unit', 'Teaching Assistant 3'],
      // Teaching Assistant 4 is working "at or towards" the HLTA standards: the lowest level that names them.
      ['person', 'Teaching Assistant 4'],
    ]);
  });
});

describe('assembling the document', () => {
  it('puts chosen units in the standards and the person specification, essential or desirable as chosen', () => {
    const draft = {
      ...ta3Draft(),
      units: [
        { id: 'stl-3', priority: 'essential' as const },
        { id: 'stl-30', priority: 'desirable' as const },
      ],
    };
    const document = assembleJobDescription(draft, catalogue);
    const stl3 = catalogue.units.find((unit) => unit.id === 'stl-3');
    const stl30 = catalogue.units.find((unit) => unit.id === 'stl-30');
    expect(document.standards).toEqual([
      { code: 'STL3', title: stl3?.title },
      { code: 'STL30', title: stl30?.title },
    ]);
    expect(document.personSpec.essential).toContain(personSpecLineForUnit(stl3!));
    expect(document.personSpec.desirable).toEqual([personSpecLineForUnit(stl30!)]);
    expect(document.profileNote).toContain('Teaching Assistant 3');
  });

  it('leaves out empty duties and lines', () => {
    const draft = {
      ...ta3Draft(),
      duties: [{ id: 'a', text: '   ', fromProfileId: null }],
      personSpec: [{ id: 'b', text: '', priority: 'essential' as const }],
    };
    const document = assembleJobDescription(draft, catalogue);
    expect(document.duties).toEqual([]);
    expect(document.personSpec.essential).toEqual([]);
  });

  it('writes Markdown with every section, numbering duties and keeping sub-items under their duty', () => {
    const markdown = jobDescriptionMarkdown(assembleJobDescription(ta3Draft(), catalogue));
    expect(markdown).toMatch(/^# Teaching Assistant 3\n/);
    for (const heading of [
      '## Purpose of the job',
      '## Main duties',
      '## Standards',
      '## Person specification',
      '### Essential',
      '### Desirable',
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('1. Provide learning activities');
    expect(markdown).toContain('\n   (a) Provide specialist support');
  });

  it('escapes typed text that Markdown would read as a heading or a list', () => {
    const draft = { ...emptyJobDescription(), jobTitle: '# Head', duties: [{ id: 'a', text: '- not a list', fromProfileId: null }] };
    const markdown = jobDescriptionMarkdown(assembleJobDescription(draft, catalogue));
    expect(markdown).toContain('# \\# Head');
    expect(markdown).toContain('1. \\- not a list');
  });
});

describe('reordering', () => {
  it('moves an item up or down one place, and ignores moves off either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('editing one item of a list', () => {
  it('changes only the item with that id, and leaves the list as it was for an unknown id', () => {
    const items = [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ];
    expect(replaceItem(items, 'b', { text: 'changed' })).toEqual([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'changed' },
    ]);
    expect(replaceItem(items, 'z', { text: 'changed' })).toEqual(items);
  });
});

describe('the chosen units', () => {
  it('come in the order chosen with their priority, and leave out a unit the catalogue no longer has', () => {
    const draft = {
      units: [
        { id: 'stl-30', priority: 'desirable' as const },
        { id: 'stl-999', priority: 'essential' as const },
        { id: 'stl-3', priority: 'essential' as const },
      ],
    };
    expect(chosenUnits(draft, catalogue).map(({ unit, priority }) => `${unit.code} ${priority}`)).toEqual([
      'STL30 desirable',
      'STL3 essential',
    ]);
  });
});

describe('the saved draft', () => {
  it('reads back exactly what was exported, hostile text included, as text', () => {
    const draft = { ...ta3Draft(), jobTitle: '<script>alert(1)</script>' };
    expect(readDocument(jobDescriptionKind, exportDocument(draft))).toEqual({ ok: true, document: draft });
  });

  it('says where a damaged file is damaged, in plain words', () => {
    const result = readDocument(jobDescriptionKind, JSON.stringify({ ...emptyJobDescription(), jobTitle: 'x'.repeat(201) }));
    expect(result).toMatchObject({
      ok: false,
      detail: 'Part of the file is damaged (at jobTitle: something is longer or larger than this page allows).',
    });
  });

  it('refuses a portfolio or a damaged draft with a clear reason', () => {
    expect(readDocument(jobDescriptionKind, JSON.stringify({ format: 'pathways-portfolio', version: 2 }))).toMatchObject({
      ok: false,
      reason: 'wrong-kind',
    });
    expect(
      readDocument(jobDescriptionKind, JSON.stringify({ ...emptyJobDescription(), units: [{ id: 'not-a-unit', priority: 'essential' }] })),
    ).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
  });
});
