import { slugify } from '../content/slug';

/** The MIME type of a Word document (.docx). */
export const wordMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Long enough for any real job title; a file name past it is cut at a word. */
const nameMaxLength = 60;

/**
 * A file name from the leader's own title and what the document is:
 * ("Teaching Assistant 3", "job-description") → "teaching-assistant-3-job-description.docx".
 * Only a-z, 0-9 and hyphens, so any title is safe on every system; a title with none of them
 * (blank, or in another script) gives "job-description.docx".
 */
export function wordFileName(title: string, what: string): string {
  let name = slugify(title);
  if (name.length > nameMaxLength) {
    const cut = name.slice(0, nameMaxLength + 1);
    name = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, nameMaxLength);
  }
  return `${name ? `${name}-` : ''}${what}.docx`;
}

/** "teaching-assistant-3-job-description.docx". */
export const jobDescriptionFileName = (jobTitle: string): string => wordFileName(jobTitle, 'job-description');

/** "teaching-assistant-3-recruitment-kit.docx". */
export const recruitmentKitFileName = (jobTitle: string): string => wordFileName(jobTitle, 'recruitment-kit');

/** "hillside-primary-role-audit.docx", or "role-audit.docx" before the school is named. */
export const roleAuditFileName = (school: string): string => wordFileName(school, 'role-audit');

/** "14 KB": a file's size as a person reads it (at least 1 KB). */
export function fileSizeLabel(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What the page says once the file is made: "Saved teaching-assistant-3-job-description.docx (14 KB)." */
export function wordSavedMessage(fileName: string, bytes: number): string {
  return `Saved ${fileName} (${fileSizeLabel(bytes)}).`;
}

/** What the page says when the file could not be made (the download's code failed to load, most often). */
export function wordFailedMessage(fileName: string): string {
  return `${fileName} could not be made: the part of the page that writes Word files did not load or failed. Check the connection and try again, or print or save as PDF instead.`;
}
