import { useState } from 'preact/hooks';
import {
  isAsked,
  keptQuestions,
  questionLimit,
  questionSource,
  suggestedPerStandard,
  withOwnQuestionAdded,
  withSuggestionAdded,
  type KitQuestion,
  type KitQuestions,
  type QuestionEdit,
} from '../../lib/leadersTools/kitQuestions';
import type { RecruitmentKit } from '../../lib/leadersTools/recruitmentKit';
import { replaceItem } from '../../lib/leadersTools/listEdits';
import { roomFor } from '../../lib/storage/documentStore';
import { useFocusAfterRender } from '../useFocusAfterRender';
import type { StoredDocumentHandle } from '../useStoredDocument';

interface Props {
  kit: RecruitmentKit;
  store: StoredDocumentHandle<KitQuestions>;
}

/** The interview questions: the ones the panel asks (worded as the leader likes), the suggestions to choose from, and the leader's own. */
export function InterviewQuestions({ kit, store }: Props) {
  const questions = keptQuestions(store.document, kit);
  const [own, setOwn] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const full = roomFor(questions, questionLimit);
  const keep = (next: KitQuestion[] | null, typing = false) =>
    (typing ? store.commitTyping : store.commit)({ ...store.document, questions: next });
  const apply = (edit: QuestionEdit, after?: () => void) => {
    if (!edit.ok) {
      store.setNotice({ kind: 'warning', text: edit.message });
      return;
    }
    keep(edit.questions);
    after?.();
  };

  return (
    <section class="kit-section" aria-labelledby="kit-interview">
      <h2 id="kit-interview">5. Interview questions</h2>
      <p>Ask every candidate the same questions, and score each answer against its standard.</p>
      <p class="no-print">
        The kit suggests {suggestedPerStandard} questions on each standard, {questionLimit.max} at most in all. Keep the ones you want,
        change their wording, or add your own, up to {questionLimit.max}. They are saved in this browser.
      </p>
      {questions.length === 0 && <p>No questions yet: add a suggested question or one of your own.</p>}
      <ol class="kit-questions">
        {questions.map((question, position) => (
          <li key={question.id}>
            <p class="rating-print">
              {question.text} <span class="hint">({questionSource(question, kit)})</span>
            </p>
            <div class="field no-print">
              <label for={`kit-question-${question.id}`}>
                Question {position + 1} <span class="hint">({questionSource(question, kit)})</span>
              </label>
              <textarea
                id={`kit-question-${question.id}`}
                rows={3}
                maxLength={1000}
                value={question.text}
                onInput={(event) => keep(replaceItem(questions, question.id, { text: event.currentTarget.value }), true)}
              />
              <button
                type="button"
                class="secondary-button"
                onClick={() => {
                  const next = questions[position + 1] ?? questions[position - 1];
                  focusAfterRender(next ? `kit-question-${next.id}` : 'kit-own-question');
                  keep(questions.filter((item) => item.id !== question.id));
                }}
              >
                Remove question {position + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>

      <div class="no-print">
        <h3>Suggested questions</h3>
        {kit.interview.map((standard) => (
          <div key={standard.id}>
            <h4>
              {standard.code}: {standard.title}
            </h4>
            <ul>
              {standard.questions.map((item) => {
                const suggestion = { unitId: standard.id, aspect: item.aspect, text: item.question };
                return (
                  <li key={item.aspect}>
                    <strong>{item.aspect}:</strong> {item.question}{' '}
                    {isAsked(questions, suggestion) ? (
                      <span class="hint">(in your questions)</span>
                    ) : (
                      <button type="button" class="secondary-button" onClick={() => apply(withSuggestionAdded(questions, suggestion))}>
                        Add this question
                        <span class="visually-hidden">
                          {' '}
                          on {standard.code}, {item.aspect.toLowerCase()}
                        </span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}

        <h3>A question of your own</h3>
        <div class="field">
          <label for="kit-own-question">Your question</label>
          <textarea id="kit-own-question" rows={3} maxLength={1000} value={own} onInput={(event) => setOwn(event.currentTarget.value)} />
        </div>
        <button type="button" onClick={() => apply(withOwnQuestionAdded(questions, own), () => setOwn(''))}>
          Add your question
        </button>
        {full && <p class="inline-warning">{full}</p>}

        {store.document.questions !== null && (
          <p>
            <button type="button" class="secondary-button" onClick={() => setConfirmingReset(true)}>
              Go back to the suggested questions
            </button>
          </p>
        )}
        {confirmingReset && (
          <div class="note" role="alert">
            <p>Replace your {questions.length} questions, and any wording you changed, with the suggested ones?</p>
            <button
              type="button"
              onClick={() => {
                setConfirmingReset(false);
                keep(null);
              }}
            >
              Replace them
            </button>{' '}
            <button type="button" class="secondary-button" onClick={() => setConfirmingReset(false)}>
              Keep my questions
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
