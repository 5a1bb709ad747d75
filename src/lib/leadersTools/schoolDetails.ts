import * as z from 'zod/mini';
import { formatDate } from '../site/dates';

/**
 * The school's own details in a job description draft, and what its advert adds: the fields, their
 * labels and limits, and the "post details" list the documents open with. Dates are kept as the
 * browser's date field gives them ("2026-12-02", or "" when not given) and shown as people write
 * them ("2 December 2026").
 */

interface DetailField {
  label: string;
  max: number;
  /** A date field; otherwise a line of text, or several lines with `lines`. */
  date?: true;
  lines?: number;
  hint?: string;
}

/** The post's details, in the order a school lists them at the top of a job description. */
export const schoolDetailFields = {
  school: { label: 'School', max: 200, hint: 'The documents carry this name at the top.' },
  grade: { label: 'Grade or pay range', max: 200, hint: 'As your employer writes it, such as a local grade and its spinal points.' },
  hoursPerWeek: { label: 'Hours per week', max: 100 },
  weeksPerYear: { label: 'Weeks per year', max: 100, hint: 'For a term-time post, the weeks worked, such as 39.' },
  responsibleTo: { label: 'Responsible to', max: 300 },
  responsibleFor: { label: 'Responsible for', max: 1000, lines: 2 },
  placeOfWork: { label: 'Place of work', max: 300 },
  date: { label: 'Date', max: 10, date: true },
} as const satisfies Record<string, DetailField>;

/** What the advert adds to the job description's details. */
export const advertFields = {
  salaryActual: {
    label: 'Actual salary',
    max: 200,
    hint: 'What the post holder is paid in a year for the hours and weeks worked: for a term-time post, the term-time pay.',
  },
  salaryFullTime: {
    label: 'Full-time equivalent salary',
    max: 200,
    hint: 'The salary for the same grade, full time and all year.',
  },
  closingDate: { label: 'Closing date', max: 10, date: true },
  howToApply: { label: 'How to apply', max: 3000, lines: 3 },
} as const satisfies Record<string, DetailField>;

export type SchoolDetailKey = keyof typeof schoolDetailFields;
export type AdvertKey = keyof typeof advertFields;

const isoDay = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/));
function fieldsSchema<K extends string>(fields: Record<K, DetailField>) {
  const shape = Object.fromEntries(
    Object.entries<DetailField>(fields).map(([key, field]) => [key, field.date ? isoDay : z.string().check(z.maxLength(field.max))]),
  ) as Record<K, z.ZodMiniString>;
  return z.object(shape);
}

export const schoolDetailsSchema = fieldsSchema(schoolDetailFields);
export const advertDetailsSchema = fieldsSchema(advertFields);
export type SchoolDetails = z.infer<typeof schoolDetailsSchema>;
export type AdvertDetails = z.infer<typeof advertDetailsSchema>;

const blank = <K extends string>(fields: Record<K, DetailField>) =>
  Object.fromEntries(Object.keys(fields).map((key) => [key, ''])) as Record<K, string>;
export const emptySchoolDetails = (): SchoolDetails => blank(schoolDetailFields);
export const emptyAdvertDetails = (): AdvertDetails => blank(advertFields);

/** A field's value as a document shows it: trimmed, a date written out. */
function shown(field: DetailField, value: string): string {
  return field.date ? formatDate(value) : value.trim();
}

/** The label and value of every field given, in the fields' order, with `after` (a line of its own) after the field it names. */
export function detailLines<K extends string>(
  fields: Record<K, DetailField>,
  values: Readonly<Record<NoInfer<K>, string>>,
  after?: { key: NoInfer<K>; label: string; value: string },
): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  for (const key of Object.keys(fields) as K[]) {
    const value = shown(fields[key], values[key]);
    if (value !== '') lines.push({ label: fields[key].label, value });
    if (after && after.key === key && after.value.trim() !== '') lines.push({ label: after.label, value: after.value.trim() });
  }
  return lines;
}

/** The job description's "post details": school, post title, grade, hours, weeks, responsible to and for, place of work, date. */
export function postDetails(school: SchoolDetails, jobTitle: string): { label: string; value: string }[] {
  return detailLines(schoolDetailFields, school, { key: 'school', label: 'Post title', value: jobTitle });
}

/** True when the advert gives the full-time equivalent salary but not the actual pay (Green Book Part 4.12, paragraph 4.4). */
export function onlyFullTimePay(advert: Pick<AdvertDetails, 'salaryActual' | 'salaryFullTime'>): boolean {
  return advert.salaryFullTime.trim() !== '' && advert.salaryActual.trim() === '';
}

/**
 * The title a printed or saved document carries (the browser prints it in the page header and
 * names a PDF by it): "Job description: Teaching Assistant 3, Oakfield Primary School", never the site's name.
 */
export function printedTitle(kind: string, jobTitle: string, schoolName: string | null): string {
  return `${kind}: ${jobTitle}${schoolName ? `, ${schoolName}` : ''}`;
}
