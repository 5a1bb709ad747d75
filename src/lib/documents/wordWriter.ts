import type { JobDescriptionDocument } from '../leadersTools/jobDescription';
import type { JobDesignCatalogue } from '../leadersTools/jobDesign';
import type { AuditAnalysis, RoleAudit } from '../leadersTools/roleAudit';
import { wordFile } from './docxFile';
import { jobDescriptionWord } from './jobDescriptionWord';
import { recruitmentKitWord, type KitWordParts } from './recruitmentKitWord';
import { roleAuditWord } from './roleAuditWord';
import type { WordDocument } from './wordDocument';
import { jobDescriptionFileName, recruitmentKitFileName, roleAuditFileName } from './wordFileName';

/**
 * Everything a Word download needs once the person has asked for the file: file names, the
 * mappers from the tools' documents and the writer. The islands import this module only inside
 * the download's click handler, so all of it (the docx library most of all) is one chunk that no
 * page loads before then.
 */

/** A Word file to offer: its name and what it says. */
export interface WordDownloadFile {
  fileName: string;
  document: WordDocument;
}

/** The MIME type of a Word document (.docx). */
export const wordMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const jobDescriptionFile = (document: JobDescriptionDocument): WordDownloadFile => ({
  fileName: jobDescriptionFileName(document.jobTitle),
  document: jobDescriptionWord(document),
});

export const recruitmentKitFile = (parts: KitWordParts): WordDownloadFile => ({
  fileName: recruitmentKitFileName(parts.kit.jobTitle),
  document: recruitmentKitWord(parts),
});

export const roleAuditFile = (
  audit: RoleAudit,
  analysis: AuditAnalysis,
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCodes' | 'unitCount'>,
): WordDownloadFile => ({ fileName: roleAuditFileName(audit.school), document: roleAuditWord(audit, analysis, catalogue) });

/** The file, written, as a Blob of Word's type to hand to the browser. */
export async function wordBlob(file: WordDownloadFile): Promise<Blob> {
  return new Blob([await wordFile(file.document)], { type: wordMimeType });
}
