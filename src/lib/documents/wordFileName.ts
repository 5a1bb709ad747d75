import { slugify } from '../content/slug';

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
