import * as z from 'zod/mini';
import {
  documentHeaderShape,
  formatCount,
  itemIdMaxLength,
  newDocumentHeader,
  roomFor,
  uniqueItemId,
  withUniqueIds,
  type DocumentKind,
  type ListLimit,
} from '../storage/documentStore';
import { interviewAspects, type RecruitmentKit } from './recruitmentKit';

/**
 * The interview questions a leader keeps for the recruitment kit, kept in the browser's
 * localStorage under `pathways.recruitment-kit` (through src/lib/storage/documentStore.ts, with
 * the same never-lose-work rules as the other documents).
 *
 * Stored document, version 1:
 *
 *   {
 *     "format": "pathways-recruitment-kit",
 *     "version": 1,
 *     "revision": 4,
 *     "updatedAt": "2026-12-02T10:00:00.000Z",
 *     "questions": [                                     // null: the suggested questions, following the draft
 *       { "id": "m3k…", "unitId": "stl-3", "aspect": "Experience",
 *         "text": "Tell us about a time you had to help to keep children safe. …" },
 *       { "id": "p9x…", "unitId": null, "aspect": null, "text": "Why this school?" }   // the leader's own
 *     ]
 *   }
 *
 * Until the leader changes anything, `questions` is null and the kit asks the suggested questions
 * (`suggestedQuestions`), which follow the standards chosen in the job description builder. The
 * first change keeps the list as it then stands; from then on it is the leader's, kept in the
 * order shown. `unitId` and `aspect` say which suggestion a question started from (null for the
 * leader's own); its text is whatever the leader made of it. Ids are unique (repaired on reading).
 * At most `questionLimit.max` questions, each up to 1,000 characters.
 */

export const kitQuestionsFormat = 'pathways-recruitment-kit';
export const kitQuestionsVersion = 1;

/** An interview a panel can run: the kit keeps no more questions than this. */
export const questionLimit: ListLimit = {
  max: 10,
  message: `The kit already has ${formatCount(10)} interview questions, as many as it keeps: about as many as a panel can ask and score in one interview. Remove one before adding another.`,
};

/** How many of each standard's questions the suggested set asks, before the limit. */
export const suggestedPerStandard = 2;

const questionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(itemIdMaxLength)),
  unitId: z.nullable(z.string().check(z.regex(/^stl-\d+$/))),
  aspect: z.nullable(z.enum(interviewAspects)),
  text: z.string().check(z.maxLength(1000)),
});

export const kitQuestionsSchema = z.object({
  ...documentHeaderShape(kitQuestionsFormat, kitQuestionsVersion),
  questions: z.nullable(z.array(questionSchema).check(z.maxLength(questionLimit.max))),
});

export type KitQuestions = z.infer<typeof kitQuestionsSchema>;
export type KitQuestion = z.infer<typeof questionSchema>;

export function emptyKitQuestions(): KitQuestions {
  return { ...newDocumentHeader(kitQuestionsFormat, kitQuestionsVersion), questions: null };
}

export const kitQuestionsKind: DocumentKind<KitQuestions> = {
  storageKey: 'pathways.recruitment-kit',
  format: kitQuestionsFormat,
  version: kitQuestionsVersion,
  fileDescription: 'a Pathways recruitment kit file',
  schema: kitQuestionsSchema,
  olderVersions: {},
  repair: (document) => ({ ...document, questions: document.questions && withUniqueIds(document.questions) }),
  empty: emptyKitQuestions,
};

/**
 * The questions the kit suggests: each standard's first `suggestedPerStandard` questions, taken a
 * round at a time (every standard's first question, then every standard's second), so that when
 * `questionLimit` cuts the list short every standard it reaches still has one; listed standard by
 * standard, in the kit's order (essential standards first).
 */
export function suggestedQuestions(kit: Pick<RecruitmentKit, 'interview'>): KitQuestion[] {
  const picked = new Set<string>();
  for (let round = 0; round < suggestedPerStandard; round++) {
    for (const standard of kit.interview) {
      const question = standard.questions[round];
      if (question && picked.size < questionLimit.max) picked.add(`${standard.id}|${question.aspect}`);
    }
  }
  const questions: KitQuestion[] = [];
  for (const standard of kit.interview) {
    for (const question of standard.questions) {
      if (picked.has(`${standard.id}|${question.aspect}`))
        questions.push({
          id: `${standard.id}-${question.aspect.toLowerCase()}`,
          unitId: standard.id,
          aspect: question.aspect,
          text: question.question,
        });
    }
  }
  return questions;
}

/** The questions the kit asks: the leader's, or the suggested ones until they change anything. */
export function keptQuestions(document: Pick<KitQuestions, 'questions'>, kit: Pick<RecruitmentKit, 'interview'>): KitQuestion[] {
  return document.questions ?? suggestedQuestions(kit);
}

/** The questions the panel asks, as printed and scored: the kept ones with any wording left. */
export function questionsToAsk(questions: readonly KitQuestion[]): KitQuestion[] {
  return questions.filter((question) => question.text.trim() !== '');
}

export type QuestionEdit = { ok: true; questions: KitQuestion[] } | { ok: false; message: string };

/** The questions with a suggestion added at the end, or why not (already asked, or no room). */
export function withSuggestionAdded(
  questions: readonly KitQuestion[],
  suggestion: Pick<KitQuestion, 'unitId' | 'aspect' | 'text'>,
): QuestionEdit {
  if (isAsked(questions, suggestion)) return { ok: true, questions: [...questions] };
  const full = roomFor(questions, questionLimit);
  return full ? { ok: false, message: full } : { ok: true, questions: [...questions, { ...suggestion, id: uniqueItemId(questions) }] };
}

/** The questions with one of the leader's own added at the end, or why not (empty, or no room). */
export function withOwnQuestionAdded(questions: readonly KitQuestion[], text: string): QuestionEdit {
  const wording = text.trim();
  if (wording === '') return { ok: false, message: 'Write the question first, then add it.' };
  const full = roomFor(questions, questionLimit);
  return full
    ? { ok: false, message: full }
    : { ok: true, questions: [...questions, { id: uniqueItemId(questions), unitId: null, aspect: null, text: wording }] };
}

/** Whether a suggestion is among the questions (by the standard and aspect it started from, whatever its wording now). */
export function isAsked(questions: readonly KitQuestion[], suggestion: Pick<KitQuestion, 'unitId' | 'aspect'>): boolean {
  return suggestion.unitId !== null && questions.some((item) => item.unitId === suggestion.unitId && item.aspect === suggestion.aspect);
}

/** "STL3, experience", or "Your own question", for the score sheet and the list. */
export function questionSource(question: Pick<KitQuestion, 'unitId' | 'aspect'>, kit: Pick<RecruitmentKit, 'interview'>): string {
  if (question.unitId === null) return 'Your own question';
  const standard = kit.interview.find((item) => item.id === question.unitId);
  const code = standard?.code ?? question.unitId.replace('stl-', 'STL');
  return `${code}${question.aspect ? `, ${question.aspect.toLowerCase()}` : ''}${standard ? '' : ' (no longer chosen for the job)'}`;
}

/** What the kit's document holds, for the conflict and import questions. */
export function describeKitQuestions(document: Pick<KitQuestions, 'questions'>): string {
  if (document.questions === null) return 'the suggested interview questions';
  const count = document.questions.length;
  return `${count} interview ${count === 1 ? 'question' : 'questions'}`;
}
