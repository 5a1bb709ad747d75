import { useState } from 'preact/hooks';
import type { SetAsideCopy } from '../lib/storage/documentStore';
import type { SetAsideHandle } from './useSetAsideCopies';

/** "24 Nov 2026, 10:00", or null when the copy's time is not known. */
const keptWhen = (copy: SetAsideCopy) =>
  copy.keptAt ? copy.keptAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : null;

/**
 * Every copy of a document kept aside in this browser because it could not be read: shown on
 * every page that reads the document, after every reload, until the person removes it (they are
 * asked first, and offered the download again).
 */
export function SetAsideNotices({ setAside, noun }: { setAside: SetAsideHandle; noun: string }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (setAside.copies.length === 0) return null;
  return (
    <div class="no-print">
      {setAside.copies.map((copy) => {
        const when = keptWhen(copy);
        return (
          <div class="note" key={copy.key}>
            <p>
              A saved {noun} that could not be read is kept aside in this browser{when ? ` (since ${when})` : ''}, under “{copy.key}”.{' '}
              {copy.detail} It stays here until you remove it.
            </p>
            <button type="button" onClick={() => setAside.download(copy.key)}>
              Download the saved data that could not be read{when && <span class="visually-hidden"> (kept aside {when})</span>}
            </button>{' '}
            {confirming === copy.key ? (
              <>
                <span>Remove it from this browser? It cannot be brought back.</span>{' '}
                <button
                  type="button"
                  class="secondary-button"
                  onClick={() => {
                    setConfirming(null);
                    setAside.remove(copy.key);
                  }}
                >
                  Yes, remove the kept copy
                </button>{' '}
                <button type="button" class="secondary-button" onClick={() => setConfirming(null)}>
                  No, keep it
                </button>
              </>
            ) : (
              <button type="button" class="secondary-button" onClick={() => setConfirming(copy.key)}>
                Remove the kept copy{when && <span class="visually-hidden"> (kept aside {when})</span>}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
