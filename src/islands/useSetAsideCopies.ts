import { useEffect, useState } from 'preact/hooks';
import {
  discardStoredText,
  setAsideCopies,
  setAsidePrefix,
  storedText,
  type DocumentKind,
  type SetAsideCopy,
  type StoredDocument,
} from '../lib/storage/documentStore';
import { browserStorage, downloadText } from './browserStorage';

/**
 * The copies of a document kept aside in this browser, for every page that reads the document:
 * listed until the person removes them, and offered for download exactly as they were saved.
 */
export function useSetAsideCopies<T extends StoredDocument>(kind: DocumentKind<T>) {
  const [copies, setCopies] = useState<SetAsideCopy[]>([]);
  const refresh = () => setCopies(setAsideCopies(kind, browserStorage()));
  useEffect(() => {
    refresh();
    // Another tab kept a copy aside, or removed one: show the same list here.
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(setAsidePrefix(kind))) refresh();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return {
    copies,
    refresh,
    /** Downloads the text under `key` (a copy kept aside, or the document's own unreadable text), exactly as stored. */
    download: (key: string) => {
      const raw = storedText(kind, browserStorage(), key);
      if (raw !== null) downloadText(raw, `${key}.txt`, 'text/plain');
    },
    /** Removes a copy kept aside, once the person has said they do not need it; returns whether it is gone. */
    remove: (key: string) => {
      const removed = discardStoredText(kind, browserStorage(), key);
      refresh();
      return removed;
    },
  };
}

export type SetAsideHandle = ReturnType<typeof useSetAsideCopies>;
