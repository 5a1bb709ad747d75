import { useState } from 'preact/hooks';
import type { AssessmentFramework } from '../../lib/content/assessmentFrameworks';
import type { TypedEvidence } from '../../lib/storage/portfolioStore';
import { StandardChoices } from './StandardChoices';

interface Props {
  /** Unique on the page: every field's id starts with it ("evidence-add-date"). */
  idPrefix: string;
  heading: string;
  submitLabel: string;
  framework: AssessmentFramework;
  codeOf: (key: string) => string;
  /** What the form starts with: blank to add, the entry to edit. */
  initial: TypedEvidence;
  /** Why no evidence can be added (the portfolio holds as much as it can keep), or null. */
  full?: string | null;
  /** Adds or saves what the form holds: null when done (an adding form then empties), or why not. */
  onSubmit: (typed: TypedEvidence) => string | null;
  /** Leaves the form without saving; an editing form has one. */
  onCancel?: () => void;
}

export const blankEvidence: TypedEvidence = { date: '', description: '', standards: [], location: '' };

/** The form that adds a piece of evidence, or changes one. */
export function EvidenceForm({ idPrefix, heading, submitLabel, framework, codeOf, initial, full = null, onSubmit, onCancel }: Props) {
  const [typed, setTyped] = useState<TypedEvidence>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (field: keyof TypedEvidence) => (event: { currentTarget: { value: string } }) =>
    setTyped({ ...typed, [field]: event.currentTarget.value });
  return (
    <form
      class="evidence-form no-print"
      aria-labelledby={id('heading')}
      onSubmit={(event) => {
        event.preventDefault();
        const refused = onSubmit(typed);
        setProblem(refused);
        if (refused === null && !onCancel) setTyped(blankEvidence);
      }}
    >
      <h3 id={id('heading')}>{heading}</h3>
      <div class="field">
        <label for={id('date')}>Date</label>
        <input id={id('date')} type="date" required value={typed.date} onInput={set('date')} />
      </div>
      <div class="field">
        <label for={id('description')}>What you did</label>
        <textarea id={id('description')} rows={4} maxLength={5000} required value={typed.description} onInput={set('description')} />
      </div>
      <StandardChoices
        idPrefix={id('standards')}
        framework={framework}
        chosen={typed.standards}
        codeOf={codeOf}
        onChange={(standards) => setTyped({ ...typed, standards })}
      />
      <div class="field">
        <label for={id('location')}>Where the evidence is kept (optional)</label>
        <input id={id('location')} type="text" maxLength={500} value={typed.location} onInput={set('location')} />
      </div>
      {full && <p class="note">{full}</p>}
      <div role="alert">{problem && <p class="note">{problem}</p>}</div>
      <button type="submit">{submitLabel}</button>
      {onCancel && (
        <>
          {' '}
          <button type="button" class="secondary-button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
    </form>
  );
}
