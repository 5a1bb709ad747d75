import type { StoredDocument } from '../lib/storage/documentStore';
import type { StoredDocumentHandle } from './useStoredDocument';

/** The file field that imports a document; nothing changes until the person confirms. */
export function ImportFileField<T extends StoredDocument>({
  store,
  label,
  idPrefix,
}: {
  store: StoredDocumentHandle<T>;
  label: string;
  idPrefix: string;
}) {
  return (
    <div class="field">
      <label for={`${idPrefix}-import`}>{label}</label>
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
  );
}
