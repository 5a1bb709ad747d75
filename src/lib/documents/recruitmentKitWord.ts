import type { AdvertDocument } from '../leadersTools/advert';
import { priorityLabels } from '../leadersTools/jobDescription';
import { questionSource, type KitQuestion } from '../leadersTools/kitQuestions';
import { scoringScale, shortlistingColumns, type RecruitmentKit } from '../leadersTools/recruitmentKit';
import { isolate } from '../site/bidi';
import { list, pageBreak, paragraph, paragraphIf, section, type WordBlock, type WordDocument } from './wordDocument';

/** What the kit's Word file holds beyond the kit itself: the advert, the questions kept, the statements for the panel. */
export interface KitWordParts {
  kit: RecruitmentKit;
  advert: AdvertDocument;
  /** The interview questions the panel asks, in order (src/lib/leadersTools/kitQuestions.ts). */
  questions: readonly KitQuestion[];
  /** The safer recruitment statements for the kit, in the draft's wording; empty before a nation is chosen. */
  saferRecruitment: readonly string[];
  panel: number;
}

/** One panel member's score sheet, on a page of its own: every question asked, with room for a score and notes, and a total. */
function scoreSheet({ kit, questions }: KitWordParts, member: number, panel: number): WordBlock[] {
  return [
    pageBreak,
    ...section(
      1,
      `6. Score sheet, panel member ${member} of ${panel}`,
      [paragraph('Panel member: ____________________ Candidate: ____________________ Date: ____________')],
      [
        paragraph(
          `Scores: ${scoringScale.map((level) => `${level.score} ${level.meaning}`).join('; ')}. (This scale is the site's suggestion: the guidance asks for scoring against the standards but sets no scale.)`,
        ),
      ],
      [
        {
          kind: 'table',
          caption: `Scores for panel member ${member}`,
          header: ['Question', 'Score', 'Notes'],
          rows: [
            ...questions.map((question, position) => [`${position + 1}. ${question.text} (${questionSource(question, kit)})`, '', '']),
            ['Total', '', ''],
          ],
          rowHeaders: true,
          widths: [6, 1, 3],
        },
      ],
    ),
  ];
}

/**
 * The recruitment kit as a Word document: the same six parts as the page, with a score sheet per
 * panel member, each on a page of its own. The job title is the leader's text: isolated inside the
 * kit's own headings (src/lib/site/bidi.ts).
 */
export function recruitmentKitWord(parts: KitWordParts): WordDocument {
  const { kit, advert, questions, saferRecruitment, panel } = parts;
  return {
    title: `Recruitment kit: ${isolate(kit.jobTitle)}`,
    blocks: [
      ...(advert.schoolName ? [paragraph(advert.schoolName, true)] : []),
      ...section(
        1,
        `1. Advert: ${isolate(advert.jobTitle)}`,
        advert.details.map((detail) => paragraph(`${detail.label}: ${detail.value}`)),
        paragraphIf(advert.purpose),
        [paragraph('The work includes:')],
        list(advert.essentialWork, false),
        advert.desirableWork.length > 0 ? [paragraph('It would help if you can also:'), ...list(advert.desirableWork, false)] : [],
        advert.statements.map((statement) => paragraph(statement)),
        advert.howToApply ? [paragraph('How to apply', true), paragraph(advert.howToApply)] : [],
        advert.closingDate ? [paragraph(`Closing date: ${advert.closingDate}`, true)] : [],
      ),
      ...(saferRecruitment.length > 0 ? section(2, 'Safer recruitment', list(saferRecruitment, false)) : []),
      ...section(
        1,
        '2. Application form: your experience against the standards',
        list(
          kit.applicationPrompts.map((prompt) => `${prompt.code}: ${prompt.title}. ${prompt.prompt}`),
          true,
        ),
      ),
      ...section(
        1,
        '3. Shortlisting checklist',
        [
          paragraph(
            'Tick each standard an application shows. Select the applicants whose experience best matches the standards for the role.',
          ),
        ],
        [
          {
            kind: 'table',
            caption: 'Standards met, by applicant',
            header: ['Standard', 'Essential or desirable', ...shortlistingColumns],
            rows: kit.shortlisting.map((row) => [
              `${row.code}: ${row.title}`,
              priorityLabels[row.priority],
              ...shortlistingColumns.map(() => ''),
            ]),
            rowHeaders: true,
            widths: [4, 2, ...shortlistingColumns.map(() => 1)],
          },
        ],
      ),
      ...section(1, '4. Points to put to referees', [paragraph('Please comment on:')], list(kit.refereePoints, false)),
      ...section(
        1,
        '5. Interview questions',
        list(
          questions.map((question) => `${question.text} (${questionSource(question, kit)})`),
          true,
          'No questions kept yet.',
        ),
      ),
      ...Array.from({ length: panel }, (_, member) => scoreSheet(parts, member + 1, panel)).flat(),
    ],
  };
}
