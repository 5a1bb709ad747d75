/**
 * Everything a Word download needs once the person has asked for the file: the mappers from the
 * tools' documents and the writer. The islands import this module only inside the download's
 * click handler, so all of it (the docx library most of all) is one chunk that no page loads before then.
 */
export { wordFile } from './docxFile';
export { jobDescriptionWord } from './jobDescriptionWord';
export { recruitmentKitWord } from './recruitmentKitWord';
export { roleAuditWord } from './roleAuditWord';
