import type { StoredDocument } from '../lib/storage/documentStore';
import { SetAsideNotices } from './SetAsideNotices';
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
 * aside or held for the person to choose, another tab's save, and an import waiting for the user
 * to confirm.
 */
export function StoredDocumentPrompts<T extends StoredDocument>({ store, describe, noun }: Props<T>) {
  const { conflict } = store;
  return (
    <>
      <div role="status" class="notice-area">
        {store.notice && <p class={store.notice.kind === 'warning' ? 'note' : 'saved-note'}>{store.notice.text}</p>}
      </div>
      <SetAsideNotices setAside={store.setAside} noun={noun} />

      {store.held !== null && (
        <div class="note no-print" role="alert">
          <p>
            Your saved {noun} could not be read. {store.held} There is no room in this browser's storage to copy it aside, so it is still
            where it was. Download it to keep a copy. Nothing you change here is saved until you choose.
          </p>
          <button type="button" onClick={store.downloadHeld}>
            Download the saved data that could not be read
          </button>{' '}
          <button type="button" class="secondary-button" onClick={store.keepHeld}>
            Keep it, and do not save here
          </button>{' '}
          <button type="button" class="secondary-button" onClick={store.discardHeld}>
            Discard it and start afresh
          </button>
        </div>
      )}

      {conflict?.kind === 'other-tab' && (
        <div class="note" role="alert">
          <p>
            Your {noun} was changed in another tab or window. Which version do you want to keep? The other one holds{' '}
            {describe(conflict.theirs)}; this one holds {describe(store.document)}.
          </p>
          <button type="button" onClick={store.useTheirs}>
            Use the other tab's version
          </button>{' '}
          <button type="button" class="secondary-button" onClick={store.keepMine}>
            Keep this one and replace the other
          </button>
        </div>
      )}

      {conflict?.kind === 'unreadable' && (
        <div class="note" role="alert">
          <p>
            {conflict.reason === 'newer-version'
              ? `Your ${noun} was saved in another tab or window by a newer version of this site, which this page cannot read.`
              : `Your ${noun} was replaced in another tab or window by something this page cannot read. ${conflict.detail}`}{' '}
            Nothing here is saved until you choose. This one holds {describe(store.document)}.
          </p>
          {conflict.reason === 'newer-version' && (
            <>
              <button type="button" onClick={store.reloadForTheirs}>
                Reload the page to use the newer version
              </button>{' '}
            </>
          )}
          <button type="button" class="secondary-button" onClick={store.keepMine}>
            Keep this one (the other is kept aside for you to download)
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
