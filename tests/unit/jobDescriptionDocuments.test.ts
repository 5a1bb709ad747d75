import { describe, expect, it } from 'vitest';
import { nowBadgeText } from '../../src/lib/now/status';
import { assembleAdvert } from '../../src/lib/leadersTools/advert';
import {
  assembleJobDescription,
  draftFromProfile,
  jobDescriptionKind,
  jobDescriptionMarkdown,
  jobDescriptionVersion,
  personSpecLineForUnit,
  type JobDescriptionDraft,
} from '../../src/lib/leadersTools/jobDescription';
import { onlyFullTimePay, postDetails, printedTitle, schoolDetailFields } from '../../src/lib/leadersTools/schoolDetails';
import { exportDocument, readDocument } from '../../src/lib/storage/documentStore';
import { catalogue, profile } from './jobDesignCatalogue';
import { advertPayRule } from '../../src/lib/leadersTools/recruitmentProps';
import { guide, pay, payRule } from './recruitmentContent';
import { content, graph } from './siteContent';

const unit = (id: string) => catalogue.units.find((item) => item.id === id)!;

/** A Teaching Assistant 3 post at a school in England, with its details, as a leader fills them in. */
function schoolDraft(): JobDescriptionDraft {
  return {
    ...draftFromProfile(profile('teaching-assistant-3')),
    school: {
      school: 'Oakfield Primary School',
      grade: 'Grade 5, SCP 7 to 11',
      hoursPerWeek: '32.5',
      weeksPerYear: '39',
      responsibleTo: 'The SENCo',
      responsibleFor: '',
      placeOfWork: 'Oakfield Primary School, Mill Lane',
      date: '2026-12-02',
    },
    advert: {
      salaryActual: '£21,530',
      salaryFullTime: '£25,584',
      closingDate: '2027-01-15',
      howToApply: 'Apply on the form on our website.',
    },
    nation: 'england',
    units: [
      { id: 'stl-3', priority: 'essential' },
      { id: 'stl-30', priority: 'desirable', inPersonSpec: false },
    ],
  };
}

describe("the school's details", () => {
  it('head the job description with the school, then the post details in order, leaving out what is empty', () => {
    const document = assembleJobDescription(schoolDraft(), catalogue, guide);
    expect(document.schoolName).toBe('Oakfield Primary School');
    expect(document.details).toEqual([
      { label: 'School', value: 'Oakfield Primary School' },
      { label: 'Post title', value: 'Teaching Assistant 3' },
      { label: 'Grade or pay range', value: 'Grade 5, SCP 7 to 11' },
      { label: 'Hours per week', value: '32.5' },
      { label: 'Weeks per year', value: '39' },
      { label: 'Responsible to', value: 'The SENCo' },
      { label: 'Place of work', value: 'Oakfield Primary School, Mill Lane' },
      { label: 'Date', value: '2 December 2026' },
    ]);
  });

  it('give every field a label the documents use, each once', () => {
    const labels = Object.values(schoolDetailFields).map((field) => field.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(postDetails(schoolDraft().school, 'TA').map((line) => line.label)).not.toContain('Responsible for');
  });

  it('name the printed document after the post and the school, never the site', () => {
    const document = assembleJobDescription(schoolDraft(), catalogue, guide);
    expect(printedTitle('Job description', document.jobTitle, document.schoolName)).toBe(
      'Job description: Teaching Assistant 3, Oakfield Primary School',
    );
    expect(printedTitle('Job description', 'TA', null)).toBe('Job description: TA');
  });

  it('go into the Markdown copy: the school first, the post details, the safeguarding statements and their source', () => {
    const document = assembleJobDescription(schoolDraft(), catalogue, guide);
    const markdown = jobDescriptionMarkdown(document);
    expect(markdown).toMatch(/^Oakfield Primary School\n\n# Teaching Assistant 3\n/);
    expect(markdown).toContain('## Post details\n\n- School: Oakfield Primary School\n- Post title: Teaching Assistant 3\n');
    expect(markdown).toContain('- Date: 2 December 2026');
    expect(markdown).toContain(`## Safeguarding\n\n${document.safeguarding.join('\n\n')}\n`);
    expect(markdown).toContain(`## Sources\n\n${document.sourcesNote}`);
    expect(markdown).not.toContain('Pathways');
  });
});

describe('the person specification', () => {
  it('adds a criterion for each chosen unit the leader keeps in it, essential or desirable as chosen', () => {
    const draft = { ...schoolDraft(), units: [{ id: 'stl-3', priority: 'desirable' as const }] };
    const document = assembleJobDescription(draft, catalogue, guide);
    expect(document.personSpec.desirable).toEqual(['Experience of helping to keep children safe']);
  });

  it('leaves out a unit the leader took out of it, which stays among the standards', () => {
    const document = assembleJobDescription(schoolDraft(), catalogue, guide);
    expect(document.standards.map((standard) => standard.code)).toEqual(['STL3', 'STL30']);
    expect([...document.personSpec.essential, ...document.personSpec.desirable]).not.toContain(personSpecLineForUnit(unit('stl-30')));
  });

  it('names every unit without the reference’s import note, in the standards and the criteria', () => {
    const imported = content.nosUnits.filter((entry) => /\(imported/.test(entry.data.title ?? ''));
    expect(imported.length).toBeGreaterThan(0);
    for (const entry of imported) {
      const option = unit(entry.id);
      expect(option.title).not.toContain('imported');
      expect(personSpecLineForUnit(option)).not.toContain('imported');
    }
  });
});

describe('the safeguarding statements in the job description', () => {
  it("are the nation's statements for the job description, with a sources note naming the guidance", () => {
    const document = assembleJobDescription(schoolDraft(), catalogue, guide);
    const england = guide.find((item) => item.nation === 'england')!;
    expect(document.nation).toEqual({ id: 'england', name: 'England' });
    expect(document.safeguarding).toEqual(
      england.statements.filter((statement) => statement.appearsIn.includes('job-description')).map((statement) => statement.text),
    );
    expect(document.sourcesNote).toContain(england.guidance);
  });

  it('are absent, with no sources note, until a nation is chosen', () => {
    const document = assembleJobDescription({ ...schoolDraft(), nation: null }, catalogue, guide);
    expect(document.safeguarding).toEqual([]);
    expect(document.sourcesNote).toBeNull();
    expect(jobDescriptionMarkdown(document)).not.toContain('## Safeguarding');
  });
});

describe('a draft saved before the school details existed (version 1)', () => {
  const version1 = {
    format: 'pathways-job-description',
    version: 1,
    revision: 7,
    updatedAt: '2026-11-24T10:00:00.000Z',
    profileId: 'teaching-assistant-3',
    jobTitle: 'Literacy TA',
    purpose: 'To support reading.',
    duties: [{ id: 'd1', text: 'Hear readers every day.', fromProfileId: null }],
    units: [{ id: 'stl-3', priority: 'desirable' }],
    personSpec: [{ id: 'p1', text: 'Patience', priority: 'essential' }],
  };

  it('opens with its work intact, empty details, no nation, and every unit still in the person specification', () => {
    const result = readDocument(jobDescriptionKind, JSON.stringify(version1));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    const draft = result.document;
    expect(draft).toMatchObject({
      version: jobDescriptionVersion,
      revision: 7,
      updatedAt: version1.updatedAt,
      jobTitle: 'Literacy TA',
      purpose: 'To support reading.',
      duties: version1.duties,
      personSpec: version1.personSpec,
      nation: null,
      statements: [],
    });
    expect(Object.values(draft.school).every((value) => value === '')).toBe(true);
    expect(Object.values(draft.advert).every((value) => value === '')).toBe(true);
    const document = assembleJobDescription(draft, catalogue, guide);
    expect(document.personSpec.desirable).toEqual([personSpecLineForUnit(unit('stl-3'))]);
  });

  it('reads back as version 2 once saved, unchanged', () => {
    const result = readDocument(jobDescriptionKind, JSON.stringify(version1));
    if (!result.ok) throw new Error(result.detail);
    expect(readDocument(jobDescriptionKind, exportDocument(result.document))).toEqual({ ok: true, document: result.document });
  });

  it('is refused, with where it is damaged, when it is not a readable version 1 draft', () => {
    expect(readDocument(jobDescriptionKind, JSON.stringify({ ...version1, duties: 'none' }))).toMatchObject({
      ok: false,
      reason: 'damaged',
      detail: 'Part of the file is damaged (at duties: something is missing or of the wrong kind).',
    });
  });
});

describe('the advert', () => {
  it('gives the actual salary before the full-time equivalent, then the post details, the closing date written out and how to apply', () => {
    const advert = assembleAdvert(schoolDraft(), catalogue, guide);
    expect(advert.schoolName).toBe('Oakfield Primary School');
    expect(advert.details.map((line) => line.label)).toEqual([
      'Actual salary',
      'Full-time equivalent salary',
      'Grade or pay range',
      'Hours per week',
      'Weeks per year',
      'Place of work',
    ]);
    expect(advert.closingDate).toBe('15 January 2027');
    expect(advert.howToApply).toBe('Apply on the form on our website.');
    expect(advert.essentialWork).toEqual([unit('stl-3').title]);
    expect(advert.desirableWork).toEqual([unit('stl-30').title]);
  });

  it("carries the nation's statements for the advert", () => {
    const england = guide.find((item) => item.nation === 'england')!;
    expect(assembleAdvert(schoolDraft(), catalogue, guide).statements).toEqual(
      england.statements.filter((statement) => statement.appearsIn.includes('advert')).map((statement) => statement.text),
    );
  });

  it('warns when it gives only the full-time equivalent salary, and not when it gives the actual pay', () => {
    const draft = schoolDraft();
    expect(onlyFullTimePay(draft.advert)).toBe(false);
    expect(onlyFullTimePay({ ...draft.advert, salaryActual: '  ' })).toBe(true);
    expect(onlyFullTimePay({ ...draft.advert, salaryFullTime: '' })).toBe(false);
    expect(assembleAdvert({ ...draft, advert: { ...draft.advert, salaryActual: '' } }, catalogue, guide).onlyFullTimePay).toBe(true);
  });

  it("quotes the Green Book's Part 4.12 rule on advertising the actual term-time pay, with its date and source", () => {
    const fact = pay.termTime.facts.find((item) => item.text.includes('paragraph 4.4'))!;
    const rule = 'that advertising the full-time equivalent rate instead of the actual term-time rate is not allowed (paragraph 4.4)';
    expect(fact.text).toContain(rule);
    expect(payRule.text).toBe(`The Green Book's Part 4.12 guidance says ${rule}.`);
    expect(payRule.asOf).toBe(`as of ${fact.asOf}`);
    expect(payRule.sources.map((source) => source.href)).toEqual(fact.sources);
  });

  it('stops the build when the pay file no longer carries the rule', () => {
    const termTime = { ...pay.termTime, facts: pay.termTime.facts.filter((item) => !item.text.includes('paragraph 4.4')) };
    expect(() => advertPayRule({ termTime })).toThrow('content/pay.yaml: termTime.facts has no fact citing Part 4.12 paragraph 4.4');
  });
});

describe('the qualifications each profile names', () => {
  it("carry the badge the qualifications index shows, from each qualification's status today", () => {
    for (const role of content.roles) {
      const summary = profile(role.id);
      expect(summary.qualifications.map((item) => item.id)).toEqual(role.data.relevantQualifications.map(({ id }) => id));
      for (const item of summary.qualifications) {
        const now = graph.qualification(item.id).data.now;
        expect(item).toEqual({ id: item.id, title: graph.qualification(item.id).data.title, state: now.state, badge: nowBadgeText(now) });
      }
    }
  });
});
