/**
 * What the page says about a Word download. These are the only parts of src/lib/documents that
 * load with the page (the Download button needs them before the writer has loaded), so keep this
 * module small and free of imports.
 */

/** What the page says once the file is made: "Saved teaching-assistant-3-job-description.docx (14 KB)", the size at least 1 KB. */
export function wordSavedMessage(fileName: string, bytes: number): string {
  return `Saved ${fileName} (${Math.max(1, Math.round(bytes / 1024))} KB).`;
}

/** What the page says when the file could not be made (the download's code failed to load, most often). */
export const wordFailedMessage = 'The Word file could not be made. Check the connection and try again, or print instead.';
