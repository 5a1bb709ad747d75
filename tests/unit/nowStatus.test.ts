/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   each test copies a real content file and breaks it in one place, reaching into it untyped on purpose */
import { describe, expect, it } from 'vitest';
import { asOfPhrase, confidenceCaveat, confidenceLevel, formatAsOf, nationTagLabel, nowStates } from '../../src/domain/now';
import { factView } from '../../src/lib/now/facts';
import { notKnownAsOf, nowBadgeText, nowProblems, nowView } from '../../src/lib/now/status';
import { nowStatus } from '../../src/schemas/now';
import { qualificationSchema } from '../../src/schemas/qualification';
import { statusSchema } from '../../src/schemas/status';
import { bodyOrToolSchema } from '../../src/schemas/bodyOrTool';
import { loadCollection, loadDataFile } from './contentFiles';
import { content } from './siteContent';

const rawQualifications = loadCollection('qualifications');

/** A schema as these tests use it: zod's safeParse. */
interface Schema {
  safeParse: (data: unknown) => { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** The messages a schema gives for some data, as "path: message". */
function problems(schema: Schema, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** Every thing that has a status, as the build checks them. */
const everyStatus = [
  ...content.qualifications.map((entry) => ({ label: entry.id, now: entry.data.now })),
  ...content.statuses.map((entry) => ({ label: entry.id, now: entry.data.now })),
  ...content.bodiesAndTools.map((entry) => ({ label: entry.id, now: entry.data.now })),
];

describe('the qualification schema', () => {
  it.each(rawQualifications.map((entry) => [entry.id, entry.data] as const))('refuses %s without a status', (_id, data) => {
    const broken: any = structuredClone(data);
    delete broken.now;
    expect(problems(qualificationSchema, broken)).toEqual([expect.stringMatching(/^now: /)]);
  });

  it('refuses a status without a date', () => {
    const broken: any = structuredClone(rawQualifications[0]!.data);
    delete broken.now.asOf;
    expect(problems(qualificationSchema, broken)).toEqual([expect.stringMatching(/^now\.asOf: /)]);
  });

  it('refuses a state outside current, replaced, withdrawn and not known', () => {
    const broken: any = structuredClone(rawQualifications[0]!.data);
    broken.now.state = 'probably-fine';
    expect(problems(qualificationSchema, broken)).toEqual([expect.stringMatching(/^now\.state: /)]);
  });
});

describe('a status', () => {
  const base = { summary: 'Words.', asOf: '2015-10', facts: ['rqf-replaced-qcf'] };

  it('that is current needs a source: facts or source documents', () => {
    expect(problems(nowStatus, { ...base, state: 'current', facts: [] })).toContainEqual(
      expect.stringMatching(/^facts: a "current" status needs its source/),
    );
    expect(problems(nowStatus, { ...base, state: 'current', facts: [], searched: ['current-facts.tsv'] })).toEqual([
      expect.stringMatching(/^facts: a "current" status needs its source/),
    ]);
  });

  it('that is replaced must say by what', () => {
    expect(problems(nowStatus, { ...base, state: 'replaced' })).toEqual(['replacedBy: a "replaced" status must say what replaced it']);
  });

  it('that is not known, with no fact behind it, names the files searched', () => {
    expect(problems(nowStatus, { ...base, state: 'not-known', facts: [] })).toEqual([expect.stringMatching(/^searched: /)]);
    expect(problems(nowStatus, { ...base, state: 'not-known', facts: [], searched: ['current-facts.tsv'] })).toEqual([]);
  });

  it('gives each nation that differs once, apart from the nations it applies in', () => {
    const wales = { nation: 'wales', state: 'not-known', summary: 'x', asOf: '2026', searched: ['current-facts.tsv'] };
    expect(problems(nowStatus, { ...base, state: 'current', nations: ['wales'], elsewhere: [wales] })).toEqual([
      expect.stringMatching(/^elsewhere\.0\.nation: wales is already covered/),
    ]);
  });
});

describe('every qualification in the collection', () => {
  it.each(content.qualifications.map((entry) => [entry.id, entry] as const))('%s has a status with a date and a source', (_id, entry) => {
    const view = nowView(entry.data.now, content.currentFacts, content.today);
    expect(Object.values(nowStates)).toContain(view.label);
    expect(view.asOf.trim()).not.toBe('');
    expect(view.sources.length).toBeGreaterThan(0);
    for (const source of view.sources) expect(source.trim()).not.toBe('');
    for (const position of view.elsewhere) {
      expect(position.asOf.trim()).not.toBe('');
      expect(position.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('the statuses of qualifications, statuses, bodies and tools', () => {
  it('are each dated by one of their facts (or by the search, when not known), and none rests on a lead alone', () => {
    expect(nowProblems(everyStatus, content.currentFacts)).toEqual([]);
  });

  it('are required of every status and every body and tool too', () => {
    const raw = [
      ...loadCollection('statuses').map((entry) => [statusSchema, entry] as const),
      ...loadDataFile('now/bodies-and-tools.yaml').map((entry) => [bodyOrToolSchema, entry] as const),
    ];
    expect(raw.length).toBeGreaterThan(2);
    for (const [schema, entry] of raw) {
      const broken: any = structuredClone(entry.data);
      delete broken.now;
      expect(problems(schema, broken), entry.id).toContainEqual(expect.stringMatching(/^now: /));
    }
  });

  it('are refused when "current" rests only on a low-confidence lead', () => {
    const lead = content.currentFacts.find((fact) => confidenceLevel(fact.data.confidence) === 'low')!;
    const now = nowStatus.parse({ state: 'current', summary: 'x', asOf: lead.data.asOf, facts: [lead.id] });
    expect(nowProblems([{ label: 'test', now }], content.currentFacts)).toEqual([
      'test: now is "current" on leads alone; it needs a high- or medium-confidence fact',
    ]);
  });

  it('are refused when their date is not the date of any of their facts', () => {
    const now = nowStatus.parse({ state: 'replaced', replacedBy: 'x', summary: 'x', asOf: '2024', facts: ['rqf-replaced-qcf'] });
    expect(nowProblems([{ label: 'test', now }], content.currentFacts)).toEqual([
      'test: now asOf "2024" is not the date of any of its facts (2015-10)',
    ]);
  });

  it('date "not known" by the search', () => {
    const now = nowStatus.parse({ state: 'not-known', summary: 'x', asOf: '2015-10', facts: ['rqf-replaced-qcf'] });
    expect(nowProblems([{ label: 'test', now }], content.currentFacts)).toEqual([
      `test: now is "not-known", so its asOf is "${notKnownAsOf}" (when the facts were searched)`,
    ]);
  });
});

describe('how a status reads', () => {
  it('badges the state in words, with any nation that differs', () => {
    expect(nowBadgeText({ state: 'not-known', elsewhere: [{ nation: 'wales', state: 'current' }] })).toBe('Not known · Wales: Current');
  });

  it('labels what applies in some nations only, and nothing that applies in all', () => {
    expect(nationTagLabel(['england'])).toBe('England only');
    expect(nationTagLabel(['wales', 'england'])).toBe('England and Wales');
    expect(nationTagLabel([])).toBeUndefined();
    expect(nationTagLabel(['england', 'wales', 'northern-ireland'])).toBeUndefined();
  });

  it('spells out dates and keeps the reference’s own words otherwise', () => {
    expect(formatAsOf('2016-06-10')).toBe('10 June 2016');
    expect(formatAsOf('2015-10')).toBe('October 2015');
    expect(formatAsOf('2015-2016')).toBe('2015-2016');
    expect(formatAsOf('undated page')).toBe('undated page');
    expect(asOfPhrase('October 2015')).toBe('As of October 2015');
    expect(asOfPhrase('undated page')).toBe('Date: undated page');
  });

  it('treats low and low-medium rows as leads, and keeps a caveat as given', () => {
    expect(confidenceLevel('low-medium (mirror)')).toBe('low');
    expect(confidenceLevel('medium (news)')).toBe('medium');
    expect(confidenceLevel('n/a')).toBe('not-found');
    expect(confidenceLevel(null)).toBe('ungraded');
    expect(confidenceCaveat('high (fee may have changed)')).toBe('fee may have changed');
    expect(confidenceCaveat('high')).toBeUndefined();
    const leads = content.currentFacts.map(factView).filter((fact) => fact.isLead);
    expect(leads.length).toBeGreaterThan(0);
    for (const lead of leads) expect(lead.caveat ?? lead.confidence).toBeTruthy();
  });
});
