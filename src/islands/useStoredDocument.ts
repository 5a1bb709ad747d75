import { useEffect, useRef, useState } from 'preact/hooks';
import {
  discardStoredText,
  exportDocument,
  loadDocument,
  readDocument,
  saveDocument,
  setAside,
  storedText,
  type DocumentKind,
  type ReadResult,
  type StoredDocument,
} from '../lib/storage/documentStore';
import { browserStorage, downloadText } from './browserStorage';
import { onLeavingPage } from './onLeavingPage';
import { useSetAsideCopies } from './useSetAsideCopies';

export type StoreNotice = { kind: 'info' | 'warning'; text: string } | null;

/** Another tab's save that this page must not overwrite without the person choosing. */
export type StoreConflict<T> =
  | { kind: 'other-tab'; theirs: T }
  /** What the other tab saved cannot be read here: a newer version of the site, or damaged. */
  | { kind: 'unreadable'; reason: Extract<ReadResult<T>, { ok: false }>['reason']; detail: string };

/** How long typing must pause before `commitTyping` saves. */
export const typingSaveDelayMs = 400;

/**
 * A document kept in this browser, for an island: loads it once the page is in the browser,
 * saves every change at once (or, for typing, once it pauses), and turns each thing that can go
 * wrong into something the user is told (src/lib/storage/documentStore.ts has the rules). `noun`
 * names the document in messages: "portfolio".
 */
export function useStoredDocument<T extends StoredDocument>(kind: DocumentKind<T>, noun: string) {
  const [document, setDocument] = useState<T>(kind.empty());
  const [notice, setNotice] = useState<StoreNotice>(null);
  const [conflict, setConflict] = useState<StoreConflict<T> | null>(null);
  const [pendingImport, setPendingImport] = useState<T | null>(null);
  /** Unreadable saved text that could not be copied aside, still under the document's key: why it cannot be read. */
  const [held, setHeld] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const setAsideHandle = useSetAsideCopies(kind);
  const canSave = useRef(true);
  /** True while held text waits for the person's choice: nothing is saved. */
  const holding = useRef(false);
  const revision = useRef(0);
  /** Typing not yet saved: the document as typed, and the timer that will save it. */
  const pending = useRef<{ document: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  const flushRef = useRef<() => void>(() => {});

  const hold = (detail: string) => {
    holding.current = true;
    setHeld(detail);
    setNotice({
      kind: 'warning',
      text: `Your saved ${noun} could not be read, and this browser has no room to copy it aside. Nothing is saved until you choose what to do with it.`,
    });
  };

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
      setNotice({ kind: 'warning', text: `Your saved ${noun} could not be read, so it has been kept aside and you are starting afresh.` });
    } else if (loaded.status === 'held') {
      hold(loaded.detail);
    } else if (loaded.status === 'ok' && loaded.migratedFrom) {
      setNotice({ kind: 'info', text: `Your saved ${noun} was from an earlier version of this page and has been brought up to date.` });
    }
    setAsideHandle.refresh();
    setReady(true);
    // Another tab saved: say so, rather than overwrite its work on our next save.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== kind.storageKey || event.newValue === null) return;
      const theirs = readDocument(kind, event.newValue);
      if (!theirs.ok) setConflict({ kind: 'unreadable', reason: theirs.reason, detail: theirs.detail });
      else if (theirs.document.revision !== revision.current) setConflict({ kind: 'other-tab', theirs: theirs.document });
    };
    window.addEventListener('storage', onStorage);
    // Typing waits for a pause before it is saved: leaving or hiding the page saves it first.
    const stopListening = onLeavingPage(() => flushRef.current());
    return () => {
      window.removeEventListener('storage', onStorage);
      stopListening();
      flushRef.current();
    };
  }, []);

  const cancelPending = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  };

  /** Saves any typing not yet saved, now. */
  const flush = () => {
    const waiting = pending.current;
    if (!waiting) return;
    cancelPending();
    save(waiting.document);
  };
  flushRef.current = flush;

  /** Shows `next` and saves it, reporting a conflict or a failure instead of losing anything. */
  const commit = (next: T) => {
    cancelPending();
    setDocument(next);
    save(next);
  };

  /**
   * Shows `next` at once and saves it when typing pauses (`typingSaveDelayMs`), so a key press
   * does not serialise and check the whole document. Any other change, leaving the page or
   * hiding it saves it sooner; nothing typed is lost.
   */
  const commitTyping = (next: T) => {
    setDocument(next);
    if (!canSave.current || holding.current) return;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { document: next, timer: setTimeout(() => flushRef.current(), typingSaveDelayMs) };
  };

  const save = (next: T) => {
    if (!canSave.current || holding.current) return;
    const result = saveDocument(kind, browserStorage(), next, revision.current);
    if (result.status === 'saved') {
      revision.current = result.document.revision;
      setDocument(result.document);
      setNotice({ kind: 'info', text: 'Saved in this browser.' });
    } else if (result.status === 'conflict') {
      setConflict({ kind: 'other-tab', theirs: result.theirs });
    } else if (result.status === 'unreadable') {
      setConflict({ kind: 'unreadable', reason: result.reason, detail: result.detail });
    } else if (result.status === 'invalid') {
      setNotice({
        kind: 'warning',
        text: `Your last change was not saved: this page could not read the ${noun} back (${result.detail}). What was saved before it is kept.`,
      });
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
    held,
    setAside: setAsideHandle,
    commit,
    commitTyping,
    flush,
    /** Shows the other tab's version (readable conflicts only). */
    useTheirs: () => {
      if (conflict?.kind !== 'other-tab') return;
      cancelPending();
      revision.current = conflict.theirs.revision;
      setDocument(conflict.theirs);
      setConflict(null);
      setNotice({ kind: 'info', text: 'Now showing the version from the other tab.' });
    },
    /** Reloads the page, so a newer version of the site can read what the other tab saved. */
    reloadForTheirs: () => {
      window.location.reload();
    },
    /** Keeps this page's version: another tab's readable save is replaced; an unreadable one is first kept aside. */
    keepMine: () => {
      if (!conflict) return;
      setConflict(null);
      if (conflict.kind === 'other-tab') {
        revision.current = conflict.theirs.revision;
      } else {
        const storage = browserStorage();
        const raw = storedText(kind, storage, kind.storageKey);
        if (raw !== null && storage && !readDocument(kind, raw).ok) {
          if (setAside(kind, storage, raw) === null) {
            hold(conflict.detail);
            return;
          }
          setAsideHandle.refresh();
        }
      }
      commit(document);
    },
    /** Downloads the held text exactly as it is stored. */
    downloadHeld: () => {
      setAsideHandle.download(kind.storageKey);
    },
    /** Unreadable text that could not be copied aside: leave it as it is, and save nothing on this page. */
    keepHeld: () => {
      canSave.current = false;
      holding.current = false;
      setHeld(null);
      setNotice({
        kind: 'warning',
        text: `Your saved ${noun} is left as it was. Nothing you do on this page is saved in this browser: export your work to keep it.`,
      });
    },
    /** Unreadable text that could not be copied aside: delete it, and save this page's work from now on. */
    discardHeld: () => {
      if (!discardStoredText(kind, browserStorage(), kind.storageKey)) {
        setNotice({ kind: 'warning', text: `Your saved ${noun} could not be removed, so nothing is saved yet.` });
        return;
      }
      holding.current = false;
      setHeld(null);
      revision.current = 0;
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
  };
}

export type StoredDocumentHandle<T extends StoredDocument> = ReturnType<typeof useStoredDocument<T>>;
