import type { JobDescriptionDocument } from '../leadersTools/jobDescription';
import { list, paragraph, paragraphIf, section, type WordDocument } from './wordDocument';

/**
 * The job description with its person specification as a Word document: the same parts, in the
 * same order, as the page and its Markdown copy. Each part is one line below, so a new field of
 * JobDescriptionDocument (the school's details, a safer recruitment statement) is one more line.
 */
export function jobDescriptionWord(document: JobDescriptionDocument): WordDocument {
  return {
    title: document.jobTitle,
    blocks: [
      ...(document.schoolName ? [paragraph(document.schoolName, true)] : []),
      ...paragraphIf(document.profileNote),
      ...(document.details.length > 0
        ? section(1, 'Post details', [
            {
              kind: 'table',
              caption: 'Post details',
              header: ['Detail', 'For this post'],
              rows: document.details.map((detail) => [detail.label, detail.value]),
              rowHeaders: true,
              widths: [1, 2],
            },
          ])
        : []),
      ...section(1, 'Purpose of the job', [paragraph(document.purpose || 'Not written yet.')]),
      ...section(1, 'Main duties', list(document.duties, true)),
      ...section(
        1,
        'Standards (National Occupational Standards for Supporting Teaching and Learning)',
        list(
          document.standards.map((unit) => `${unit.code}: ${unit.title}`),
          false,
        ),
      ),
      ...(document.safeguarding.length > 0
        ? section(
            1,
            'Safeguarding',
            document.safeguarding.flatMap((statement) =>
              statement
                .split('\n')
                .filter((line) => line.trim() !== '')
                .map((line) => paragraph(line)),
            ),
          )
        : []),
      ...section(
        1,
        'Person specification',
        section(2, 'Essential', list(document.personSpec.essential, false)),
        section(2, 'Desirable', list(document.personSpec.desirable, false)),
      ),
      ...(document.sourcesNote ? section(1, 'Sources', [paragraph(document.sourcesNote)]) : []),
    ],
  };
}
