import { describe, expect, it } from 'vitest';
import { nationIds } from '../../src/domain/now';
import { statementPlaceIds } from '../../src/domain/saferRecruitment';
import { draftFromProfile } from '../../src/lib/leadersTools/jobDescription';
import {
  guideFor,
  isReworded,
  statementsIn,
  statementsSourceNote,
  statementText,
  withStandardWording,
  withStatementText,
  type NationGuide,
} from '../../src/lib/leadersTools/saferRecruitment';
import { saferRecruitmentSchema } from '../../src/schemas/saferRecruitment';
import { profile } from './jobDesignCatalogue';
import { guide, rawSaferRecruitment } from './recruitmentContent';
import { content } from './siteContent';

const nation = (id: (typeof nationIds)[number]): NationGuide => guide.find((item) => item.nation === id)!;
/** Every word of a nation's statements, notes and sources, for checking what each nation covers. */
const everything = (item: NationGuide) =>
  [
    item.guidance,
    ...item.statements.flatMap((statement) => [statement.text, statement.note ?? '', ...statement.sources.map((s) => s.text)]),
  ]
    .join(' ')
    .toLowerCase();

describe('the safer recruitment statements', () => {
  it('cover every nation, each naming the guidance it follows and the facts that date it', () => {
    expect(guide.map((item) => item.nation)).toEqual(nationIds);
    for (const item of guide) {
      expect(item.statements.length, item.name).toBeGreaterThan(0);
      expect(item.guidanceSources.length, item.name).toBeGreaterThan(0);
      for (const place of statementPlaceIds)
        expect(
          item.statements.some((statement) => statement.appearsIn.includes(place)),
          `${item.name}: ${place}`,
        ).toBe(true);
    }
  });

  it('for England, follow the edition of Keeping Children Safe in Education that the reference dates as in force', () => {
    const kcsie = content.currentFacts.find((fact) => fact.data.topic === 'KCSIE 2025 status')!;
    const edition = /Keeping Children Safe in Education \d{4}/.exec(kcsie.data.text)![0];
    expect(nation('england').guidance).toContain(edition);
    expect(nation('england').guidanceSources.map((source) => source.text)).toContain(kcsie.data.text);
  });

  it('for England, commit to safeguarding, ask for an enhanced DBS check with a barred list check, tell candidates of online searches, seek references before interview and train the panel', () => {
    const england = nation('england');
    const text = (place: string) =>
      england.statements
        .filter((statement) => statement.appearsIn.includes(place as never))
        .map((statement) => statement.text.toLowerCase())
        .join(' ');
    expect(text('advert')).toContain('committed to safeguarding');
    expect(text('job-description')).toContain('committed to safeguarding');
    expect(text('advert')).toMatch(/enhanced dbs check with a check of the children's barred list/);
    expect(text('advert')).toContain('online search of shortlisted candidates');
    expect(text('advert')).toContain('references before interview');
    expect(text('kit')).toContain('safer recruitment training');
    const training = england.statements.find((statement) => statement.text.includes('safer recruitment training'))!;
    expect(training.sources.some((source) => source.text.includes('School Staffing (England) Regulations 2009'))).toBe(true);
  });

  it('for Wales, follow Keeping learners safe and ask for Education Workforce Council registration', () => {
    expect(nation('wales').guidance).toContain('Keeping learners safe');
    expect(everything(nation('wales'))).toContain('education workforce council');
    expect(everything(nation('wales'))).toContain('school learning support worker');
  });

  it("for Northern Ireland, ask for an Enhanced AccessNI check and follow the Department of Education's circulars", () => {
    expect(everything(nation('northern-ireland'))).toContain('enhanced accessni check');
    expect(everything(nation('northern-ireland'))).toMatch(/department of education's circular \d{4}\/\d{2}/);
  });

  it('say nothing their facts do not: every figure in a statement, note or guidance is in a fact it cites', () => {
    const invented: string[] = [];
    for (const item of guide) {
      const cited = (sources: readonly { text: string; asOf: string }[]) =>
        sources.map((source) => `${source.text} ${source.asOf}`).join(' ');
      const check = (where: string, text: string, sources: string) => {
        for (const figure of text.match(/\d[\d,./]*\d|\d/g) ?? []) if (!sources.includes(figure)) invented.push(`${where}: ${figure}`);
      };
      check(`${item.name} guidance`, item.guidance, cited(item.guidanceSources));
      for (const statement of item.statements)
        check(statement.key, `${statement.text} ${statement.note ?? ''}`, cited([...statement.sources, ...item.guidanceSources]));
    }
    expect(invented).toEqual([]);
  });

  it('give every source its date, and a lead or a qualified fact its note', () => {
    for (const item of guide)
      for (const source of [...item.guidanceSources, ...item.statements.flatMap((statement) => statement.sources)]) {
        expect(source.asOf).toMatch(/^(As of|Date:) /);
        expect(source.citation.length).toBeGreaterThan(0);
      }
    const qualified = nation('england')
      .statements.flatMap((statement) => statement.sources)
      .find((source) => source.text.includes('edition is not stated'));
    expect(qualified?.note).toContain('edition unconfirmed');
  });

  it('refuse a statement that names nowhere to appear, or two statements with one id', () => {
    const raw = rawSaferRecruitment() as Record<string, { statements: Record<string, unknown>[] }>;
    expect(saferRecruitmentSchema.safeParse(raw).success).toBe(true);
    const [first] = raw['wales']!.statements;
    raw['wales']!.statements = [{ ...first, appearsIn: [] }, { ...first }];
    const issues = saferRecruitmentSchema.safeParse(raw).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([
      'wales.statements.0.appearsIn: must name where the statement appears',
      `wales.statements.1.id: "${String(first?.['id'])}" is used by another statement`,
    ]);
  });

  it('refuse a file without every nation', () => {
    const raw = rawSaferRecruitment() as Record<string, unknown>;
    delete raw['northern-ireland'];
    expect(saferRecruitmentSchema.safeParse(raw).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['northern-ireland']);
  });
});

describe("a draft's own wording of the statements", () => {
  const draft = { ...draftFromProfile(profile('teaching-assistant-3')), nation: 'england' as const };
  const england = nation('england');
  const dbs = england.statements.find((statement) => statement.appearsIn.includes('advert') && statement.text.includes('DBS'))!;

  it('has no statements until a nation is chosen', () => {
    const none = { ...draft, nation: null };
    expect(guideFor(guide, none)).toBeUndefined();
    expect(statementsIn(guide, none, 'advert')).toEqual([]);
    expect(statementsSourceNote(guide, none)).toBeNull();
  });

  it("puts each statement in the documents its nation's guide names, in the standard wording", () => {
    for (const place of statementPlaceIds)
      expect(statementsIn(guide, draft, place)).toEqual(
        england.statements.filter((statement) => statement.appearsIn.includes(place)).map((statement) => statement.text),
      );
    expect(statementsSourceNote(guide, draft)).toBe(`Safer recruitment statements for England, following ${england.guidance}.`);
  });

  it('keeps a changed wording, leaves out a cleared one, and forgets the change on reset', () => {
    const reworded = { ...draft, statements: withStatementText(draft, dbs, 'Our own DBS wording.') };
    expect(isReworded(reworded, dbs)).toBe(true);
    expect(statementText(reworded, dbs)).toBe('Our own DBS wording.');
    expect(statementsIn(guide, reworded, 'advert')).toContain('Our own DBS wording.');
    expect(statementsIn(guide, reworded, 'advert')).not.toContain(dbs.text);

    const cleared = { ...draft, statements: withStatementText(draft, dbs, '') };
    expect(statementsIn(guide, cleared, 'advert')).toHaveLength(statementsIn(guide, draft, 'advert').length - 1);

    const reset = { ...reworded, statements: withStandardWording(reworded, dbs) };
    expect(isReworded(reset, dbs)).toBe(false);
    expect(statementText(reset, dbs)).toBe(dbs.text);
  });

  it('does not keep the standard wording as an edit when the leader types it back', () => {
    const reworded = { ...draft, statements: withStatementText(draft, dbs, 'Changed.') };
    expect(withStatementText(reworded, dbs, dbs.text)).toEqual([]);
  });

  it('keeps another nation’s wording aside when the nation changes, and uses it again when it is chosen back', () => {
    const reworded = { ...draft, statements: withStatementText(draft, dbs, 'Our own DBS wording.') };
    const wales = { ...reworded, nation: 'wales' as const };
    expect(statementsIn(guide, wales, 'advert').join(' ')).not.toContain('Our own DBS wording.');
    expect(statementsIn(guide, { ...wales, nation: 'england' }, 'advert')).toContain('Our own DBS wording.');
  });
});
