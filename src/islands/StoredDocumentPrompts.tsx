import type { StoredDocument } from '../lib/storage/documentStore';
import type { StoredDocumentHandle } from './useStoredDocument';

interface Props<T extends StoredDocument> {
  store: StoredDocumentHandle<T>;
  /** What a document holds, for the import question: "12 ratings and 3 pieces of evidence". */
  describe: (document: T) => string;
  /** The document's name in questions: "portfolio". */
  noun: string;
}

/**
 * The messages and questions every stored document shares: saved or not, unreadable data kept
 * aside, another tab's save, and an import waiting for the user to confirm.
 */
export function StoredDocumentPrompts<T extends StoredDocument>({ store, describe, noun }: Props<T>) {
  return (
    <>
      <div role="status" class="notice-area">
        {store.notice && <p class={store.notice.kind === 'warning' ? 'note' : 'saved-note'}>{store.notice.text}</p>}
      </div>
      {store.unreadableKey && (
        <p class="no-print">
          <button type="button" class="secondary-button" onClick={store.downloadUnreadable}>
            Download the saved data that could not be read
          </button>
        </p>
      )}

      {store.conflict && (
        <div class="note" role="alert">
          <p>
            Your {noun} was changed in another tab or window. Which version do you want to keep? The other one holds{' '}
            {describe(store.conflict)}; this one holds {describe(store.document)}.
          </p>
          <button type="button" onClick={store.useTheirs}>
            Use the other tab's version
          </button>{' '}
          <button type="button" class="secondary-button" onClick={store.keepMine}>
            Keep this one and replace the other
          </button>
        </div>
      )}

      {store.pendingImport && (
        <div class="note" role="alert">
          <p>
            The file holds {describe(store.pendingImport)}. Importing it replaces what is saved here ({describe(store.document)}).
          </p>
          <button type="button" onClick={store.confirmImport}>
            Replace with the imported file
          </button>{' '}
          <button type="button" class="secondary-button" onClick={store.cancelImport}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}

/** The export and import controls every stored document shares. */
export function ExportImportControls<T extends StoredDocument>({
  store,
  fileName,
  importLabel,
  idPrefix,
}: {
  store: StoredDocumentHandle<T>;
  fileName: string;
  importLabel: string;
  idPrefix: string;
}) {
  return (
    <>
      <button type="button" onClick={() => store.exportFile(fileName)}>
        Export to a file
      </button>
      <div class="field">
        <label for={`${idPrefix}-import`}>{importLabel}</label>
        <input
          id={`${idPrefix}-import`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void store.importFile(file);
            event.currentTarget.value = '';
          }}
        />
      </div>
    </>
  );
}
