import { comparisonUrl, jobDescriptionUrl, plannerUrl, recruitmentKitUrl, roleAuditUrl, selfAssessmentUrl } from '../site/urls';
import type { SearchContentType } from './searchTypes';

/**
 * The everyday names people type for the jobs and the tools, and the pages they lead to. The one
 * table both sides of search read: the build writes each page's names into its Pagefind metadata
 * (searched and weighted, never shown in an excerpt), and the search page keeps a name whole when
 * it takes the question words out of a query, and says what the profiles call the job.
 *
 * A name leads only to pages whose content is that job: the comment above each entry says where the
 * sources say so (a comment, not a field, so the search page does not download it). A job the
 * sources describe no profile for (cover supervisor) leads to where they discuss it.
 */

/** What a page is, as the search index sees it: enough to say whether a name leads to it. */
export interface SearchPage {
  /** The page's path: "/roles/midday-supervision-1/". */
  url: string;
  type: SearchContentType;
  /** The page's own title, as its content gives it. */
  title: string;
}

/** Which pages a name leads to: every page of a type whose title starts so, or one address. */
export type SynonymTarget = { type: SearchContentType; titleStartsWith: string } | { url: string };

export interface SearchSynonym {
  /** What people type, lower case: whole phrases, matched word by word. */
  names: readonly string[];
  finds: SynonymTarget;
  /**
   * What the pages call the job, when it differs from the names: the search page says so above the
   * results, so a reader who typed "dinner lady" knows why the results say "Midday Supervision".
   */
  calledHere?: string;
}

export const searchSynonyms: readonly SearchSynonym[] = [
  // The Midday Supervision profiles are the staff who supervise pupils at the midday break; Midday Supervision 2 and 3 allocate
  // duties to "midday assistants", and the grades give "Midday Supervisor" as a job title for lunchtime supervision.
  {
    names: [
      'dinner lady',
      'dinner ladies',
      'dinner supervisor',
      'lunchtime supervisor',
      'lunchtime assistant',
      'midday assistant',
      'midday supervisor',
    ],
    finds: { type: 'Role profile', titleStartsWith: 'Midday Supervision' },
    calledHere: 'Midday Supervision',
  },
  // The career framework (section 1.1) uses 'teaching assistant' to cover equivalent classroom based staff, such as learning support
  // assistants and classroom assistants.
  {
    names: ['classroom assistant', 'learning support assistant', 'lsa', 'teacher assistant', "teacher's assistant"],
    finds: { type: 'Role profile', titleStartsWith: 'Teaching Assistant' },
    calledHere: 'Teaching Assistant',
  },
  // Each Additional Support Needs Assistant profile is to support teaching and learning for SEN pupils (its purpose).
  {
    names: [
      'special needs assistant',
      'sna',
      'sen assistant',
      'sen teaching assistant',
      'sen ta',
      'send assistant',
      'send teaching assistant',
    ],
    finds: { type: 'Role profile', titleStartsWith: 'Additional Support Needs Assistant' },
    calledHere: 'Additional Support Needs Assistant',
  },
  // The Pupil Wellbeing Management profile provides pastoral support and advice to pupils and line manages a team of other pastoral
  // support staff (its job evaluation).
  {
    names: ['pastoral support', 'pastoral support worker', 'pastoral assistant', 'pastoral worker', 'wellbeing officer'],
    finds: { type: 'Role profile', titleStartsWith: 'Pupil Wellbeing Management' },
    calledHere: 'Pupil Wellbeing Management',
  },
  // The School Attendance and Family Support profiles improve attendance and run the family support service (their purposes).
  {
    names: ['attendance officer', 'school attendance officer', 'family support worker'],
    finds: { type: 'Role profile', titleStartsWith: 'School Attendance and Family Support' },
    calledHere: 'School Attendance and Family Support',
  },
  // The Behaviour Management profile is to manage the behaviour of pupils (its purpose).
  {
    names: ['behaviour mentor', 'behaviour support worker', 'behaviour support assistant', 'behaviour manager'],
    finds: { type: 'Role profile', titleStartsWith: 'Behaviour Management' },
    calledHere: 'Behaviour Management',
  },
  // No profile here is a cover supervisor (the NJC Cover Supervision profile is not in our sources); the career framework lists the
  // Level 3 Certificate in Cover Supervision of Pupils in Schools, for staff working in the role of cover supervisor.
  {
    names: ['cover supervisor', 'cover supervisors', 'cover supervision'],
    finds: { type: 'Qualification', titleStartsWith: 'Level 3 Certificate in Cover Supervision' },
  },
  // The tools, by what people call what they want to do.
  {
    names: ['route planner', 'plan my route', 'plan a route', 'plan route', 'career planner', 'career route', 'career path'],
    finds: { url: plannerUrl() },
  },
  {
    names: ['compare roles', 'compare', 'comparison', 'compare profiles', 'difference between roles'],
    finds: { url: comparisonUrl() },
  },
  {
    names: ['self assessment', 'self-assessment', 'assess myself', 'evidence portfolio', 'hlta portfolio', 'portfolio'],
    finds: { url: selfAssessmentUrl() },
  },
  {
    names: ['job description', 'job descriptions', 'person specification', 'job spec', 'jd'],
    finds: { url: jobDescriptionUrl() },
  },
  {
    names: ['recruitment', 'recruit', 'recruiting', 'job advert', 'interview questions', 'shortlisting'],
    finds: { url: recruitmentKitUrl() },
  },
  {
    names: ['role audit', 'audit', 'staffing audit', 'audit roles'],
    finds: { url: roleAuditUrl },
  },
];

function leadsTo(target: SynonymTarget, page: SearchPage): boolean {
  return 'url' in target ? target.url === page.url : target.type === page.type && page.title.startsWith(target.titleStartsWith);
}

/** The everyday names a page is also found by. */
export function synonymsFor(page: SearchPage, synonyms: readonly SearchSynonym[] = searchSynonyms): string[] {
  return synonyms.filter((synonym) => leadsTo(synonym.finds, page)).flatMap((synonym) => synonym.names);
}

/** A query as a run of lower-case words, punctuation dropped: "Dinner-lady?" → "dinner lady". */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’]+/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Where in a query's words a name occurs, as whole words: [start, end) pairs, longest names first. */
export function namesInQuery(
  words: readonly string[],
  synonyms: readonly SearchSynonym[] = searchSynonyms,
): { start: number; end: number; synonym: SearchSynonym; name: string }[] {
  const found: { start: number; end: number; synonym: SearchSynonym; name: string }[] = [];
  const candidates = synonyms
    .flatMap((synonym) => synonym.names.map((name) => ({ synonym, name, nameWords: queryWords(name) })))
    .sort((a, b) => b.nameWords.length - a.nameWords.length);
  for (const { synonym, name, nameWords } of candidates) {
    for (let start = 0; start + nameWords.length <= words.length; start++) {
      const end = start + nameWords.length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      if (nameWords.every((word, index) => words[start + index] === word)) found.push({ start, end, synonym, name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What to tell a reader whose query names a job by another name: "dinner lady" → the profiles call
 * it Midday Supervision. Undefined when the query uses the pages' own words.
 */
export function calledHereNote(
  query: string,
  synonyms: readonly SearchSynonym[] = searchSynonyms,
): { typed: string; calledHere: string } | undefined {
  const words = queryWords(query);
  const named = namesInQuery(words, synonyms).find(({ synonym }) => synonym.calledHere !== undefined);
  if (!named?.synonym.calledHere) return undefined;
  if (words.join(' ').includes(named.synonym.calledHere.toLowerCase())) return undefined;
  return { typed: words.slice(named.start, named.end).join(' '), calledHere: named.synonym.calledHere };
}
