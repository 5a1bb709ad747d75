import { useState } from 'preact/hooks';
import { wordFailedMessage, wordSavedMessage } from '../lib/documents/wordMessages';
import type * as WordWriter from '../lib/documents/wordWriter';

interface Props {
  /**
   * The file to offer, made when the button is pressed (so it has the latest edits) with the
   * writer, which is loaded then too.
   */
  file: (writer: typeof WordWriter) => WordWriter.WordDownloadFile;
}

/** "Download as Word (.docx)", with a status line saying the file is saved (and its size) or why it is not. */
export function WordDownload({ file }: Props) {
  const [status, setStatus] = useState<{ failed: boolean; text: string } | null>(null);
  const save = async () => {
    try {
      // The writer is imported here, on the first click, so no page loads it until someone asks for a file.
      const writer = await import('../lib/documents/wordWriter');
      const chosen = file(writer);
      const blob = await writer.wordBlob(chosen);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = chosen.fileName;
      link.click();
      URL.revokeObjectURL(link.href);
      setStatus({ failed: false, text: wordSavedMessage(chosen.fileName, blob.size) });
    } catch {
      setStatus({ failed: true, text: wordFailedMessage });
    }
  };
  return (
    <>
      <button type="button" class="secondary-button" onClick={() => void save()}>
        Download as Word (.docx)
      </button>
      {/* A live region rather than role="status": the tools' own status area is the page's one status. */}
      <span aria-live="polite" class={status?.failed ? 'inline-warning' : undefined}>
        {status?.text}
      </span>
    </>
  );
}
