import { useState } from 'preact/hooks';
import { nameMaxLength, portfolioFileName, portfolioMessages, type Portfolio } from '../../lib/storage/portfolioStore';
import { ImportFileField } from '../ImportFileField';
import type { StoredDocumentHandle } from '../useStoredDocument';

/**
 * Export (saying what the file holds and what it is for), import, and printing with an optional
 * name, which is kept with the portfolio so the next printout carries it too.
 */
export function PortfolioActions({ store }: { store: StoredDocumentHandle<Portfolio> }) {
  const [exported, setExported] = useState('');
  const portfolio = store.document;
  return (
    <div class="no-print">
      <h2>Keep or move your portfolio</h2>
      <div class="portfolio-actions">
        <button
          type="button"
          onClick={() => {
            const fileName = portfolioFileName(new Date());
            store.exportFile(fileName);
            setExported(portfolioMessages.exported(fileName, portfolio));
          }}
        >
          Export to a file
        </button>
        <ImportFileField store={store} label="Import a file you exported" idPrefix="portfolio" />
      </div>
      <p aria-live="polite" class="export-status">
        {exported}
      </p>

      <h2>Print your portfolio</h2>
      <div class="field">
        <label for="portfolio-name">Your name on the printout (optional)</label>
        <input
          id="portfolio-name"
          type="text"
          autocomplete="name"
          maxLength={nameMaxLength}
          value={portfolio.name}
          onInput={(event) => store.commit({ ...portfolio, name: event.currentTarget.value.slice(0, nameMaxLength) })}
        />
      </div>
      <button type="button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  );
}
