import { useEffect, useRef, useState } from 'preact/hooks';
import {
  exportDocument,
  loadDocument,
  readDocument,
  saveDocument,
  type DocumentKind,
  type StorageLike,
  type StoredDocument,
} from '../lib/storage/documentStore';

export type StoreNotice = { kind: 'info' | 'warning'; text: string } | null;

/** The browser's localStorage, or undefined where it cannot be used (private modes, blocked storage). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Offers text to the user as a file download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const blob = new Blob([text], { type });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * A document kept in this browser, for an island: loads it once the page is in the browser,
 * saves every change at once, and turns each thing that can go wrong into something the user is
 * told (src/lib/storage/documentStore.ts has the rules). `noun` names the document in messages: "portfolio".
 */
export function useStoredDocument<T extends StoredDocument>(kind: DocumentKind<T>, noun: string) {
  const [document, setDocument] = useState<T>(kind.empty());
  const [notice, setNotice] = useState<StoreNotice>(null);
  const [conflict, setConflict] = useState<T | null>(null);
  const [pendingImport, setPendingImport] = useState<T | null>(null);
  /** Where unreadable saved data was moved, so the user can download it. */
  const [unreadableKey, setUnreadableKey] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const canSave = useRef(true);
  const revision = useRef(0);

  useEffect(() => {
    const loaded = loadDocument(kind, browserStorage());
    setDocument(loaded.document);
    revision.current = loaded.document.revision;
    if (loaded.status === 'unavailable') {
      canSave.current = false;
      setNotice({
        kind: 'warning',
        text: `This browser is not letting the site save (private browsing, or storage turned off). You can work here, but your ${noun} will not be kept: export it before you leave.`,
      });
    } else if (loaded.status === 'recovered') {
      setUnreadableKey(loaded.backupKey);
      setNotice({
        kind: 'warning',
        text: `Your saved ${noun} could not be read, so it has been kept aside (under "${loaded.backupKey}" in this browser's storage) and you are starting afresh. ${loaded.detail}`,
      });
    } else if (loaded.status === 'ok' && loaded.migratedFrom) {
      setNotice({ kind: 'info', text: `Your saved ${noun} was from an earlier version of this page and has been brought up to date.` });
    }
    setReady(true);
    // Another tab saved: say so, rather than overwrite its work on our next save.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== kind.storageKey || event.newValue === null) return;
      const theirs = readDocument(kind, event.newValue);
      if (theirs.ok && theirs.document.revision !== revision.current) setConflict(theirs.document);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  /** Shows `next` and saves it, reporting a conflict or a failure instead of losing anything. */
  const commit = (next: T) => {
    setDocument(next);
    if (!canSave.current) return;
    const result = saveDocument(kind, browserStorage(), next, revision.current);
    if (result.status === 'saved') {
      revision.current = result.document.revision;
      setDocument(result.document);
      setNotice({ kind: 'info', text: 'Saved in this browser.' });
    } else if (result.status === 'conflict') {
      setConflict(result.theirs);
    } else {
      setNotice({
        kind: 'warning',
        text:
          result.reason === 'full'
            ? `This browser's storage is full, so your last change was not saved. Export your ${noun} to keep it.`
            : `Your last change could not be saved in this browser. Export your ${noun} to keep it.`,
      });
    }
  };

  return {
    document,
    ready,
    notice,
    setNotice,
    conflict,
    pendingImport,
    unreadableKey,
    commit,
    useTheirs: () => {
      if (!conflict) return;
      revision.current = conflict.revision;
      setDocument(conflict);
      setConflict(null);
      setNotice({ kind: 'info', text: 'Now showing the version from the other tab.' });
    },
    keepMine: () => {
      if (!conflict) return;
      revision.current = conflict.revision;
      setConflict(null);
      commit(document);
    },
    /** Reads a file the user chose; nothing changes until they confirm (`confirmImport`). */
    importFile: async (file: File) => {
      const result = readDocument(kind, await file.text());
      if (!result.ok) {
        setNotice({ kind: 'warning', text: `Nothing was imported. ${result.detail}` });
        return;
      }
      setPendingImport(result.document);
    },
    confirmImport: () => {
      if (!pendingImport) return;
      setPendingImport(null);
      commit({ ...pendingImport, revision: revision.current });
    },
    cancelImport: () => {
      setPendingImport(null);
    },
    exportFile: (fileName: string) => {
      downloadText(exportDocument(document), fileName, 'application/json');
    },
    /** Downloads the saved text that could not be read, exactly as it was. */
    downloadUnreadable: () => {
      if (!unreadableKey) return;
      let raw: string | null;
      try {
        raw = browserStorage()?.getItem(unreadableKey) ?? null;
      } catch {
        raw = null;
      }
      if (raw !== null) downloadText(raw, `${unreadableKey}.txt`, 'text/plain');
    },
  };
}

export type StoredDocumentHandle<T extends StoredDocument> = ReturnType<typeof useStoredDocument<T>>;
