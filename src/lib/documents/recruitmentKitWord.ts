import { priorityLabels } from '../leadersTools/jobDescription';
import { interviewAspects, scoringScale, shortlistingColumns, type RecruitmentKit } from '../leadersTools/recruitmentKit';
import { isolate } from '../site/bidi';
import { list, pageBreak, paragraph, paragraphIf, section, type WordBlock, type WordDocument } from './wordDocument';

/** One panel member's score sheet, on a page of its own: every standard against each interview aspect, with a total. */
function scoreSheet(kit: RecruitmentKit, member: number, panel: number): WordBlock[] {
  const blank = [...interviewAspects.map(() => ''), ''];
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
          header: ['Standard', ...interviewAspects, 'Notes'],
          rows: [
            ...kit.interview.map((standard) => [
              `${standard.code}: ${standard.title}${standard.priority === 'desirable' ? ' (desirable)' : ''}`,
              ...blank,
            ]),
            ['Total', ...blank],
          ],
          rowHeaders: true,
          widths: [4, ...interviewAspects.map(() => 1.5), 3],
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
export function recruitmentKitWord(kit: RecruitmentKit, panel: number): WordDocument {
  return {
    title: `Recruitment kit: ${isolate(kit.jobTitle)}`,
    blocks: [
      ...section(
        1,
        `1. Advert: ${isolate(kit.jobTitle)}`,
        paragraphIf(kit.advert.purpose),
        [paragraph('The work includes:')],
        list(kit.advert.essentialWork, false),
        kit.advert.desirableWork.length > 0 ? [paragraph('It would help if you can also:'), ...list(kit.advert.desirableWork, false)] : [],
      ),
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
        [paragraph('Each standard has a question on experience, on practice and on knowledge. Score the answers against the standard.')],
        ...kit.interview.map((standard) =>
          section(
            2,
            `${standard.code}: ${standard.title}`,
            list(
              standard.questions.map((item) => `${item.aspect}: ${item.question}`),
              true,
            ),
          ),
        ),
      ),
      ...Array.from({ length: panel }, (_, member) => scoreSheet(kit, member + 1, panel)).flat(),
    ],
  };
}
