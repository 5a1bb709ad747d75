import { useState } from 'preact/hooks';
import { jobDescriptionMarkdown, type JobDescriptionDocument } from '../../lib/leadersTools/jobDescription';
import { recruitmentKitUrl } from '../../lib/site/urls';
import { useFocusAfterRender } from '../useFocusAfterRender';
import { downloadText } from '../browserStorage';
import { WordDownload } from '../WordDownload';

interface Props {
  document: JobDescriptionDocument;
  /** Says the text is copied. */
  onCopied: () => void;
}

/** Print, copy or download the finished job description, or go on to the recruitment kit. */
export function DocumentActions({ document, onCopied }: Props) {
  const [copyFallback, setCopyFallback] = useState<string | null>(null);
  const focus = useFocusAfterRender();
  const copyMarkdown = async () => {
    const markdown = jobDescriptionMarkdown(document);
    try {
      await navigator.clipboard.writeText(markdown);
      setCopyFallback(null);
      onCopied();
    } catch {
      // Clipboard access is often blocked on managed school computers: show the text to copy by hand.
      setCopyFallback(markdown);
      focus('jd-markdown');
    }
  };
  return (
    <>
      <div class="tool-actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" class="secondary-button" onClick={() => void copyMarkdown()}>
          Copy as text (Markdown)
        </button>
        <button
          type="button"
          class="secondary-button"
          onClick={() => downloadText(jobDescriptionMarkdown(document), 'job-description.md', 'text/markdown')}
        >
          Download as a Markdown file
        </button>
        <WordDownload file={(writer) => writer.jobDescriptionFile(document)} />
        <a href={recruitmentKitUrl()}>Make the recruitment kit for this job</a>
      </div>
      {copyFallback !== null && (
        <div class="field no-print">
          <label for="jd-markdown">This browser did not let the page copy. Select all of this text and copy it:</label>
          <textarea id="jd-markdown" rows={10} readOnly value={copyFallback} />
        </div>
      )}
    </>
  );
}
