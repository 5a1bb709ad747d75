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
      ...paragraphIf(document.profileNote),
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
      ...section(
        1,
        'Person specification',
        section(2, 'Essential', list(document.personSpec.essential, false)),
        section(2, 'Desirable', list(document.personSpec.desirable, false)),
      ),
    ],
  };
}
