import { describe, expect, it } from 'vitest';
import { wordFile, pageSetup } from '../../src/lib/documents/docxFile';
import { jobDescriptionWord } from '../../src/lib/documents/jobDescriptionWord';
import { recruitmentKitWord, type KitWordParts } from '../../src/lib/documents/recruitmentKitWord';
import { assembleAdvert } from '../../src/lib/leadersTools/advert';
import { emptyKitQuestions, keptQuestions, questionsToAsk } from '../../src/lib/leadersTools/kitQuestions';
import { statementsIn } from '../../src/lib/leadersTools/saferRecruitment';
import { guide } from './recruitmentContent';
import { roleAuditWord } from '../../src/lib/documents/roleAuditWord';
import { list, type WordBlock, type WordDocument, type WordTable } from '../../src/lib/documents/wordDocument';
import { jobDescriptionFileName, recruitmentKitFileName, roleAuditFileName, wordFileName } from '../../src/lib/documents/wordFileName';
import { wordSavedMessage } from '../../src/lib/documents/wordMessages';
import { assembleJobDescription, draftFromProfile } from '../../src/lib/leadersTools/jobDescription';
import { firstLine, unitLabel } from '../../src/lib/leadersTools/jobDesign';
import { assembleRecruitmentKit } from '../../src/lib/leadersTools/recruitmentKit';
import { analyseAudit, emptyRoleAudit, responsibilityKey, type RoleAudit } from '../../src/lib/leadersTools/roleAudit';
import { catalogue, profile } from './jobDesignCatalogue';
import { zipEntries } from './zipEntries';

const ta3 = profile('teaching-assistant-3');
const draft = {
  ...draftFromProfile(ta3),
  units: [
    { id: 'stl-3', priority: 'essential' as const },
    { id: 'stl-30', priority: 'desirable' as const },
  ],
};
const jobDescription = assembleJobDescription(draft, catalogue);
const kit = assembleRecruitmentKit(draft, catalogue);
const schoolDraft = {
  ...draft,
  nation: 'england' as const,
  school: { ...draft.school, school: 'Oakfield Primary School', grade: 'Grade 5' },
  advert: { ...draft.advert, salaryActual: '£21,530', salaryFullTime: '£25,584', closingDate: '2027-01-15' },
};
const kitParts = (panel: number): KitWordParts => ({
  kit,
  advert: assembleAdvert(schoolDraft, catalogue, guide),
  questions: questionsToAsk(keptQuestions(emptyKitQuestions(), kit)),
  saferRecruitment: statementsIn(guide, schoolDraft, 'kit'),
  panel,
});

const headings = (document: WordDocument) => document.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
const lists = (blocks: readonly WordBlock[], numbered: boolean) =>
  blocks.flatMap((block) => (block.kind === 'list' && block.numbered === numbered ? [block.items] : []));
const tables = (document: WordDocument) => document.blocks.filter((block): block is WordTable => block.kind === 'table');
/** The blocks under a heading, up to the next heading of the same level or higher. */
function under(document: WordDocument, title: string): WordBlock[] {
  const start = document.blocks.findIndex((block) => block.kind === 'heading' && block.text === title);
  const level = document.blocks[start]?.kind === 'heading' ? (document.blocks[start] as { level: number }).level : 0;
  expect(start, `no heading "${title}"`).toBeGreaterThanOrEqual(0);
  const rest = document.blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.kind === 'heading' && block.level <= level);
  return end < 0 ? rest : rest.slice(0, end);
}
/** Every text a document shows, run together. */
const shownText = (document: WordDocument) =>
  [
    document.title,
    ...document.blocks.flatMap((block) =>
      block.kind === 'list'
        ? block.items
        : block.kind === 'table'
          ? [block.caption, ...block.header, ...block.rows.flat()]
          : 'text' in block
            ? [block.text]
            : [],
    ),
  ].join('\n');

describe('Word file names', () => {
  it('are made from the title in safe characters only', () => {
    expect(jobDescriptionFileName('Teaching Assistant 3')).toBe('teaching-assistant-3-job-description.docx');
    expect(recruitmentKitFileName('Teaching Assistant (literacy)')).toBe('teaching-assistant-literacy-recruitment-kit.docx');
    expect(roleAuditFileName("St Mary's C of E Primary")).toBe('st-marys-c-of-e-primary-role-audit.docx');
    for (const hostile of ['../../etc/passwd', 'CON', 'a\\b:c*?"<>|', '\u202Eexe.docx', 'x'.repeat(500)]) {
      expect(wordFileName(hostile, 'job-description')).toMatch(/^[a-z0-9-]{1,80}\.docx$/);
    }
  });

  it('fall back to what the document is when the title has no letter or digit to use', () => {
    expect(roleAuditFileName('')).toBe('role-audit.docx');
    expect(jobDescriptionFileName('Ассистент учителя')).toBe('job-description.docx');
  });

  it('cut a very long title at a word', () => {
    const name = wordFileName('Teaching assistant supporting literacy and numeracy across key stages one and two', 'job-description');
    expect(name).toBe('teaching-assistant-supporting-literacy-and-numeracy-across-job-description.docx');
  });
});

describe('the saved message', () => {
  it('names the file and its size in KB', () => {
    expect(wordSavedMessage('teaching-assistant-3-job-description.docx', 14 * 1024 + 100)).toBe(
      'Saved teaching-assistant-3-job-description.docx (14 KB).',
    );
    expect(wordSavedMessage('role-audit.docx', 300)).toBe('Saved role-audit.docx (1 KB).');
  });
});

describe('the document model', () => {
  it('says "None listed." instead of an empty list, and leaves out blank items', () => {
    expect(list([' ', ''], true)).toEqual([{ kind: 'paragraph', text: 'None listed.' }]);
    expect(list(['a', ' '], false)).toEqual([{ kind: 'list', numbered: false, items: ['a'] }]);
  });
});

describe('the job description as a Word document', () => {
  const word = jobDescriptionWord(jobDescription);

  it('is titled with the job title and lists every duty, numbered, under "Main duties"', () => {
    expect(word.title).toBe(jobDescription.jobTitle);
    expect(jobDescription.duties.length).toBeGreaterThan(3);
    expect(lists(under(word, 'Main duties'), true)).toEqual([jobDescription.duties]);
  });

  it('has the purpose, the standards and the person specification, essential and desirable, under their own headings', () => {
    expect(headings(word)).toEqual(expect.arrayContaining(['Purpose of the job', 'Person specification', 'Essential', 'Desirable']));
    expect(shownText(word)).toContain(jobDescription.purpose);
    expect(lists(under(word, 'Essential'), false)).toEqual([jobDescription.personSpec.essential]);
    expect(lists(under(word, 'Desirable'), false)).toEqual([jobDescription.personSpec.desirable]);
    for (const unit of jobDescription.standards) expect(shownText(word)).toContain(`${unit.code}: ${unit.title}`);
  });
});

describe('the recruitment kit as a Word document', () => {
  it('has one score sheet per panel member, each on a new page, with a row for every question the panel asks', () => {
    for (const panel of [1, 3]) {
      const parts = kitParts(panel);
      const word = recruitmentKitWord(parts);
      const sheets = tables(word).filter((table) => table.caption.startsWith('Scores for panel member'));
      expect(sheets.map((sheet) => sheet.caption)).toEqual(
        Array.from({ length: panel }, (_, member) => `Scores for panel member ${member + 1}`),
      );
      expect(parts.questions.length).toBeGreaterThan(1);
      for (const sheet of sheets) {
        expect(sheet.rows.map((row) => row[0])).toHaveLength(parts.questions.length + 1);
        parts.questions.forEach((question, position) => expect(sheet.rows[position]?.[0]).toContain(`${position + 1}. ${question.text}`));
        expect(sheet.rows.at(-1)?.[0]).toBe('Total');
        expect(sheet.rows.every((row) => row.length === sheet.header.length)).toBe(true);
      }
      const sheetHeadings = word.blocks.flatMap((block, index) =>
        block.kind === 'heading' && block.text.startsWith('6. Score sheet') ? [word.blocks[index - 1]?.kind] : [],
      );
      expect(sheetHeadings).toEqual(Array.from({ length: panel }, () => 'pageBreak'));
    }
  });

  it('asks every question kept, lists every application prompt and referee point, and carries the advert a school sends', () => {
    const parts = kitParts(2);
    const word = recruitmentKitWord(parts);
    const asked = lists(under(word, '5. Interview questions'), true)[0] ?? [];
    expect(asked).toHaveLength(parts.questions.length);
    parts.questions.forEach((question, position) => expect(asked[position]).toContain(question.text));
    for (const prompt of kit.applicationPrompts) expect(shownText(word)).toContain(prompt.prompt);
    for (const point of kit.refereePoints) expect(shownText(word)).toContain(point);
    const shortlisting = tables(word).find((table) => table.caption === 'Standards met, by applicant');
    expect(shortlisting?.rows.map((row) => row[0])).toEqual(kit.shortlisting.map((row) => `${row.code}: ${row.title}`));
    const text = shownText(word);
    expect(text).toContain('Oakfield Primary School');
    for (const detail of parts.advert.details) expect(text).toContain(`${detail.label}: ${detail.value}`);
    expect(parts.advert.statements.length + parts.saferRecruitment.length).toBeGreaterThan(0);
    for (const statement of [...parts.advert.statements, ...parts.saferRecruitment]) expect(text).toContain(statement);
  });
});

describe('the role audit as a Word document', () => {
  const ta2 = profile('teaching-assistant-2');
  // A Teaching Assistant 5 duty, so a Teaching Assistant 2 role holding it is above its level.
  const ta5Only = 'Liaise with external agencies on a regular basis.';
  const audit: RoleAudit = {
    ...emptyRoleAudit(),
    school: 'Hillside Primary',
    roles: [
      {
        id: 'a',
        title: 'Reading support TA',
        hoursPerWeek: 27.5,
        profileId: ta2.id,
        responsibilities: [ta2.duties[0], ta5Only].map((text) => responsibilityKey(text!)),
      },
      { id: 'b', title: 'Class TA', hoursPerWeek: null, profileId: ta2.id, responsibilities: [responsibilityKey(ta2.duties[0]!)] },
    ],
  };
  const analysis = analyseAudit(audit, catalogue);
  const word = roleAuditWord(audit, analysis, catalogue);
  const text = shownText(word);

  it('is titled with the school and lists its roles in a table', () => {
    expect(word.title).toContain('Hillside Primary');
    const roles = tables(word).find((table) => table.header[0] === 'Role');
    expect(roles?.rows).toEqual([
      ['Reading support TA', '27.5', ta2.title, '2'],
      ['Class TA', 'Not given', ta2.title, '1'],
    ]);
  });

  it('gives every finding, expanded: above level, every gap, every overlap and the standards behind each role', () => {
    expect(analysis.roles[0]?.aboveLevel.map((item) => item.responsibility.text)).toEqual([ta5Only]);
    expect(text).toContain(`“${ta5Only}” is placed at ${analysis.roles[0]?.aboveLevel[0]?.placedAt.title ?? '-'}`);
    expect(analysis.gaps.length).toBeGreaterThan(1);
    expect(lists(under(word, 'Responsibilities nobody holds'), false)[0]).toHaveLength(analysis.gaps.length);
    for (const gap of analysis.gaps) expect(text).toContain(firstLine(gap.responsibility.text));
    expect(lists(under(word, 'Responsibilities held by more than one role'), false)[0]?.[0]).toContain(firstLine(ta2.duties[0]!));
    expect(ta2.nosUnitIds.length).toBeGreaterThan(0);
    for (const unitId of ta2.nosUnitIds) expect(text).toContain(unitLabel(catalogue, unitId));
  });

  it('says so when nothing is found instead of leaving a heading empty', () => {
    const quiet = roleAuditWord({ ...audit, roles: [] }, analyseAudit({ ...audit, roles: [] }, catalogue), catalogue);
    expect(shownText(quiet)).toContain('No roles yet.');
    expect(shownText(quiet)).toContain('No responsibility is ticked in more than one role.');
  });
});

describe('the Word file', () => {
  it('is a zip whose document uses Word heading styles, numbered lists, a repeating table header, A4 pages and Arial 11', async () => {
    const bytes = await wordFile(recruitmentKitWord(kitParts(2)));
    const files = zipEntries(bytes);
    const document = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:numPr>');
    expect(document).toContain('<w:tblHeader/>');
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2); // one score sheet per panel member, each on a new page
    expect(document).toContain(`<w:pgSz w:w="${pageSetup.width}" w:h="${pageSetup.height}"`);
    expect(files.get('word/numbering.xml')?.toString('utf8')).toContain('w:val="decimal"');
    const styles = files.get('word/styles.xml')?.toString('utf8') ?? '';
    expect(styles).toContain('w:ascii="Arial"');
    expect(styles).toContain('<w:sz w:val="22"/>');
  });

  it('holds every duty of the job description as text', async () => {
    const document =
      zipEntries(await wordFile(jobDescriptionWord(jobDescription)))
        .get('word/document.xml')
        ?.toString('utf8') ?? '';
    const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('\n');
    const unescape = (xml: string) =>
      xml
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'");
    for (const duty of jobDescription.duties) expect(unescape(text)).toContain(duty);
  });
});
