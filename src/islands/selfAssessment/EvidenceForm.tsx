import type { AssessableStandard } from '../../lib/content/assessmentFrameworks';

interface Props {
  standards: readonly AssessableStandard[];
  /** Why no evidence can be added (the portfolio holds as much as it can keep), or null. */
  full: string | null;
  /** Adds what the form holds; true when it was added, so the form is cleared. */
  onAdd: (typed: { date: string; description: string; standards: string[]; location: string }) => boolean;
}

/** The form that adds a piece of evidence. */
export function EvidenceForm({ standards, full, onAdd }: Props) {
  return (
    <form
      class="evidence-form no-print"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const field = (name: string) => {
          const value = data.get(name);
          return typeof value === 'string' ? value : '';
        };
        const typed = {
          date: field('date'),
          description: field('description'),
          standards: data.getAll('standards').map(String),
          location: field('location'),
        };
        if (onAdd(typed)) form.reset();
      }}
    >
      <h3>Add evidence</h3>
      <div class="field">
        <label for="evidence-date">Date</label>
        <input id="evidence-date" name="date" type="date" required />
      </div>
      <div class="field">
        <label for="evidence-description">What you did</label>
        <textarea id="evidence-description" name="description" rows={4} maxLength={5000} required />
      </div>
      <div class="field">
        <label for="evidence-standards">Standards it shows (choose one or more)</label>
        <select id="evidence-standards" name="standards" multiple size={6} required>
          {standards.map((item) => (
            <option key={item.key} value={item.key}>
              {item.code}. {item.text}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="evidence-location">Where the evidence is kept (optional)</label>
        <input id="evidence-location" name="location" type="text" maxLength={500} />
      </div>
      {full && <p class="inline-warning">{full}</p>}
      <button type="submit">Add evidence</button>
    </form>
  );
}
