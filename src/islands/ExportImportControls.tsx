import type { StoredDocument } from '../lib/storage/documentStore';
import { ImportFileField } from './ImportFileField';
import type { StoredDocumentHandle } from './useStoredDocument';

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
      <ImportFileField store={store} label={importLabel} idPrefix={idPrefix} />
    </>
  );
}
