import { useEffect, useRef, useState } from 'preact/hooks';
import {
  emptyPortfolio,
  exportPortfolio,
  loadPortfolio,
  ratingCounts,
  ratingLabels,
  ratings,
  readPortfolio,
  savePortfolio,
  storageKey,
  type Evidence,
  type Portfolio,
  type Rating,
} from '../lib/portfolioStore';

export interface StandardItem {
  /** Key in the stored ratings: "hlta-11", "nos-3". */
  key: string;
  /** How the standard is numbered on screen: "11", "STL3". */
  code: string;
  text: string;
  section: string;
}

/** A set of standards to assess against: the HLTA standards, or the NOS units behind a qualification. */
export interface Framework {
  id: string;
  title: string;
  standards: StandardItem[];
}

interface Props {
  frameworks: Framework[];
}

type Notice = { kind: 'info' | 'warning'; text: string } | null;

/** The browser's localStorage, or undefined where it cannot be used (private modes, blocked storage). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Self-assessment against the HLTA standards with an evidence portfolio, saved in this browser.
 * Every change saves at once; nothing is ever silently lost (see src/lib/portfolioStore.ts).
 * Everything the user types, or an imported file holds, is rendered as text.
 */
export function SelfAssessment({ frameworks }: Props) {
  const [frameworkId, setFrameworkId] = useState(frameworks[0]?.id ?? '');
  const framework = frameworks.find((item) => item.id === frameworkId) ?? frameworks[0];
  const standards = framework?.standards ?? [];
  const allStandards = frameworks.flatMap((item) => item.standards);
  const [portfolio, setPortfolio] = useState<Portfolio>(emptyPortfolio());
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState<Portfolio | null>(null);
  const [pendingImport, setPendingImport] = useState<Portfolio | null>(null);
  const [ready, setReady] = useState(false);
  const [canSave, setCanSave] = useState(true);
  const revision = useRef(0);
  const sections = [...new Set(standards.map((item) => item.section))];

  useEffect(() => {
    const loaded = loadPortfolio(browserStorage());
    setPortfolio(loaded.portfolio);
    revision.current = loaded.portfolio.revision;
    if (loaded.status === 'unavailable') {
      setCanSave(false);
      setNotice({
        kind: 'warning',
        text: 'This browser is not letting the site save (private browsing, or storage turned off). You can work here, but your progress will not be kept: export it before you leave.',
      });
    } else if (loaded.status === 'recovered') {
      setNotice({
        kind: 'warning',
        text: `Your saved progress could not be read, so it has been kept aside (under "${loaded.backupKey}" in this browser's storage) and you are starting afresh. ${loaded.detail}`,
      });
    } else if (loaded.status === 'ok' && loaded.migratedFrom) {
      setNotice({ kind: 'info', text: 'Your saved progress was from an earlier version of this page and has been brought up to date.' });
    }
    const asked = new URLSearchParams(window.location.search).get('framework');
    if (asked && frameworks.some((item) => item.id === asked)) setFrameworkId(asked);
    setReady(true);
    // Another tab saved: say so, rather than overwrite its work on our next save.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== storageKey || event.newValue === null) return;
      const theirs = readPortfolio(event.newValue);
      if (theirs.ok && theirs.portfolio.revision !== revision.current) setConflict(theirs.portfolio);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  const commit = (next: Portfolio) => {
    setPortfolio(next);
    if (!canSave) return;
    const result = savePortfolio(browserStorage(), next, revision.current);
    if (result.status === 'saved') {
      revision.current = result.portfolio.revision;
      setPortfolio(result.portfolio);
      setNotice({ kind: 'info', text: 'Saved in this browser.' });
    } else if (result.status === 'conflict') {
      setConflict(result.theirs);
    } else {
      setNotice({
        kind: 'warning',
        text:
          result.reason === 'full'
            ? "This browser's storage is full, so your last change was not saved. Export your portfolio to keep it."
            : 'Your last change could not be saved in this browser. Export your portfolio to keep it.',
      });
    }
  };

  const rate = (key: string, rating: Rating) => {
    commit({ ...portfolio, ratings: { ...portfolio.ratings, [key]: rating } });
  };

  const addEvidence = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const description = field('description');
    const date = field('date');
    const chosen = data.getAll('standards').map(String);
    if (!description || !/^\d{4}-\d{2}-\d{2}$/.test(date) || chosen.length === 0) {
      setNotice({ kind: 'warning', text: 'To add evidence, give its date, what you did, and at least one standard it shows.' });
      return;
    }
    const entry: Evidence = {
      id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
      date,
      description,
      standards: chosen,
      location: field('location'),
    };
    commit({ ...portfolio, evidence: [...portfolio.evidence, entry] });
    form.reset();
  };

  const download = () => {
    const blob = new Blob([exportPortfolio(portfolio)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `hlta-portfolio-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const importFile = async (file: File) => {
    const result = readPortfolio(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'warning', text: `Nothing was imported. ${result.detail}` });
      return;
    }
    setPendingImport(result.portfolio);
  };

  const label = (key: string) => allStandards.find((item) => item.key === key)?.code ?? key;

  if (!ready) return <p>Your ratings and evidence will appear here once the page has loaded.</p>;

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
            window.history.replaceState(null, '', `${window.location.pathname}?framework=${encodeURIComponent(id)}`);
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
      <div role="status" class="notice-area">
        {notice && <p class={notice.kind === 'warning' ? 'note' : 'saved-note'}>{notice.text}</p>}
      </div>

      {conflict && (
        <div class="note" role="alert">
          <p>Your portfolio was changed in another tab or window. Which version do you want to keep?</p>
          <button
            type="button"
            onClick={() => {
              revision.current = conflict.revision;
              setPortfolio(conflict);
              setConflict(null);
              setNotice({ kind: 'info', text: 'Now showing the version from the other tab.' });
            }}
          >
            Use the other tab's version
          </button>{' '}
          <button
            type="button"
            class="secondary-button"
            onClick={() => {
              revision.current = conflict.revision;
              setConflict(null);
              commit(portfolio);
            }}
          >
            Keep this one and replace the other
          </button>
        </div>
      )}

      {pendingImport && (
        <div class="note" role="alert">
          <p>
            The file holds {Object.keys(pendingImport.ratings).length} ratings and {pendingImport.evidence.length} pieces of evidence.
            Importing it replaces what is saved here ({Object.keys(portfolio.ratings).length} ratings, {portfolio.evidence.length} pieces of
            evidence).
          </p>
          <button
            type="button"
            onClick={() => {
              const next = pendingImport;
              setPendingImport(null);
              commit({ ...next, revision: revision.current });
            }}
          >
            Replace with the imported file
          </button>{' '}
          <button type="button" class="secondary-button" onClick={() => setPendingImport(null)}>
            Cancel
          </button>
        </div>
      )}

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
                Not rated
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
                    Rating: {ratingLabels[portfolio.ratings[item.key] ?? 'not-yet']}
                    {portfolio.ratings[item.key] ? '' : ' (not rated)'}. Evidence: {shown}.
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
                <strong>{entry.date}</strong>: {entry.description}
                <br />
                Shows standards {entry.standards.map(label).join(', ')}
                {entry.location && <> · Kept: {entry.location}</>}{' '}
                <button
                  type="button"
                  class="secondary-button no-print"
                  onClick={() => commit({ ...portfolio, evidence: portfolio.evidence.filter((item) => item.id !== entry.id) })}
                >
                  Remove<span class="visually-hidden"> evidence from {entry.date}</span>
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
        <button type="submit">Add evidence</button>
      </form>

      <h2 class="no-print">Keep or move your portfolio</h2>
      <div class="portfolio-actions no-print">
        <button type="button" onClick={download}>
          Export to a file
        </button>
        <div class="field">
          <label for="portfolio-import">Import a file you exported</label>
          <input
            id="portfolio-import"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
              event.currentTarget.value = '';
            }}
          />
        </div>
        <button type="button" class="secondary-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
}
