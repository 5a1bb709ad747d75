import { useEffect, useState } from 'preact/hooks';
import { roomFor, uniqueItemId } from '../lib/storage/documentStore';
import {
  evidenceLimit,
  portfolioKind,
  ratingCounts,
  ratingLabels,
  ratingText,
  ratings,
  unratedLabel,
  type Evidence,
  type Portfolio,
  type Rating,
} from '../lib/storage/portfolioStore';
import { ExportImportControls } from './ExportImportControls';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useStoredDocument } from './useStoredDocument';
import { currentSearch, writeAddress } from './address';
import { selfAssessmentQuery } from '../lib/site/urls';
import { formatDate } from '../lib/site/dates';
import type { AssessmentFramework } from '../lib/content/assessmentFrameworks';

interface Props {
  /** The sets of standards to assess against: the HLTA standards, or the NOS units behind a qualification. */
  frameworks: AssessmentFramework[];
}

/** What a portfolio holds, in the words of the import and conflict questions. */
const describePortfolio = (portfolio: Portfolio) =>
  `${Object.keys(portfolio.ratings).length} ratings and ${portfolio.evidence.length} pieces of evidence`;

/**
 * Self-assessment against the HLTA standards with an evidence portfolio, saved in this browser.
 * Every change saves at once; nothing is ever silently lost (see src/lib/storage/portfolioStore.ts).
 * Everything the user types, or an imported file holds, is rendered as text.
 */
export function SelfAssessment({ frameworks }: Props) {
  const [frameworkId, setFrameworkId] = useState(frameworks[0]?.id ?? '');
  const framework = frameworks.find((item) => item.id === frameworkId) ?? frameworks[0];
  const standards = framework?.standards ?? [];
  const allStandards = frameworks.flatMap((item) => item.standards);
  const store = useStoredDocument(portfolioKind, 'portfolio');
  const portfolio = store.document;
  const { commit } = store;
  const sections = [...new Set(standards.map((item) => item.section))];

  useEffect(() => {
    const asked = new URLSearchParams(currentSearch()).get('framework');
    if (asked && frameworks.some((item) => item.id === asked)) setFrameworkId(asked);
  }, []);

  const rate = (key: string, rating: Rating) => {
    commit({ ...portfolio, ratings: { ...portfolio.ratings, [key]: rating } });
  };

  const evidenceFull = roomFor(portfolio.evidence, evidenceLimit);

  const addEvidence = (form: HTMLFormElement) => {
    if (evidenceFull) {
      store.setNotice({ kind: 'warning', text: evidenceFull });
      return;
    }
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const description = field('description');
    const date = field('date');
    const chosen = data.getAll('standards').map(String);
    if (!description || !/^\d{4}-\d{2}-\d{2}$/.test(date) || chosen.length === 0) {
      store.setNotice({ kind: 'warning', text: 'To add evidence, give its date, what you did, and at least one standard it shows.' });
      return;
    }
    const entry: Evidence = {
      id: uniqueItemId(portfolio.evidence),
      date,
      description,
      standards: chosen,
      location: field('location'),
    };
    commit({ ...portfolio, evidence: [...portfolio.evidence, entry] });
    form.reset();
  };

  const label = (key: string) => allStandards.find((item) => item.key === key)?.code ?? key;

  if (!store.ready) return <p>Your ratings and evidence will appear here once the page has loaded.</p>;

  return (
    <div class="self-assessment">
      <div class="field no-print">
        <label for="framework-choice">Assess yourself against</label>
        <select
          id="framework-choice"
          value={frameworkId}
          onChange={(event) => {
            const id = event.currentTarget.value;
            setFrameworkId(id);
            writeAddress(selfAssessmentQuery(id));
          }}
        >
          {frameworks.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <p class="rating-print">Assessed against: {framework?.title}</p>
      <StoredDocumentPrompts store={store} describe={describePortfolio} noun="portfolio" />

      <h2>Summary</h2>
      <section class="table-scroll" aria-labelledby="summary-caption" tabIndex={0}>
        <table>
          <caption id="summary-caption">Your ratings by section</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              {ratings.map((rating) => (
                <th scope="col" class="number" key={rating}>
                  {ratingLabels[rating]}
                </th>
              ))}
              <th scope="col" class="number">
                {unratedLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...sections, 'All standards'].map((section) => {
              const keys = standards.filter((item) => section === 'All standards' || item.section === section).map((item) => item.key);
              const counts = ratingCounts(portfolio, keys);
              return (
                <tr key={section}>
                  <th scope="row">{section}</th>
                  {ratings.map((rating) => (
                    <td class="number" key={rating}>
                      {counts[rating]}
                    </td>
                  ))}
                  <td class="number">{counts.unrated}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {sections.map((section) => (
        <section key={section}>
          <h2>{section}</h2>
          {standards
            .filter((item) => item.section === section)
            .map((item) => {
              const shown = portfolio.evidence.filter((entry) => entry.standards.includes(item.key)).length;
              return (
                <fieldset class="standard-rating" key={item.key} id={item.key}>
                  <legend>
                    {item.code}. {item.text}
                  </legend>
                  <div class="rating-options">
                    {ratings.map((rating) => (
                      <label class="checkbox" key={rating}>
                        <input
                          type="radio"
                          name={item.key}
                          value={rating}
                          checked={portfolio.ratings[item.key] === rating}
                          onChange={() => rate(item.key, rating)}
                        />{' '}
                        {ratingLabels[rating]}
                      </label>
                    ))}
                  </div>
                  <p class="rating-print">
                    Rating: {ratingText(portfolio, item.key)}. Evidence: {shown}.
                  </p>
                </fieldset>
              );
            })}
        </section>
      ))}

      <h2>Evidence</h2>
      {portfolio.evidence.length === 0 ? (
        <p>No evidence recorded yet.</p>
      ) : (
        <ol class="evidence-list">
          {[...portfolio.evidence]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((entry) => (
              <li key={entry.id}>
                <strong>{formatDate(entry.date)}</strong>: <bdi>{entry.description}</bdi>
                <br />
                Shows standards {entry.standards.map(label).join(', ')}
                {entry.location && (
                  <>
                    {' '}
                    · Kept: <bdi>{entry.location}</bdi>
                  </>
                )}{' '}
                <button
                  type="button"
                  class="secondary-button no-print"
                  onClick={() => commit({ ...portfolio, evidence: portfolio.evidence.filter((item) => item.id !== entry.id) })}
                >
                  Remove<span class="visually-hidden"> evidence from {formatDate(entry.date)}</span>
                </button>
              </li>
            ))}
        </ol>
      )}

      <form
        class="evidence-form no-print"
        onSubmit={(event) => {
          event.preventDefault();
          addEvidence(event.currentTarget);
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
        {evidenceFull && <p class="inline-warning">{evidenceFull}</p>}
        <button type="submit">Add evidence</button>
      </form>

      <h2 class="no-print">Keep or move your portfolio</h2>
      <div class="portfolio-actions no-print">
        <ExportImportControls
          store={store}
          fileName={`hlta-portfolio-${new Date().toISOString().slice(0, 10)}.json`}
          importLabel="Import a file you exported"
          idPrefix="portfolio"
        />
        <button type="button" class="secondary-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
}
