import type { NextLevel } from '../lib/progression/nextLevel';
import { describeNextLevel, dutiesLeft, nextLevelKind, tickCounts, withDutyTicked } from '../lib/storage/nextLevelStore';
import { DutyList, TickList } from './comparison/ChecklistItems';
import { ExportImportControls } from './ExportImportControls';
import { loadingMark } from './Loading';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useStoredDocument } from './useStoredDocument';

type Props = Pick<NextLevel, 'higher' | 'duties'>;

/**
 * "What am I missing for the next level?": the person ticks the duties of the higher role they
 * already do and sees what is left. The ticks are kept in this browser through the same document
 * store as the self-assessment (src/lib/storage/nextLevelStore.ts), so the same rules against
 * losing work apply. Before the page is interactive, and without JavaScript, it is a checklist
 * with empty boxes to print.
 */
export function NextLevelChecklist({ higher, duties }: Props) {
  const store = useStoredDocument(nextLevelKind, 'checklist');
  const ticked = store.document.done[higher.id] ?? [];

  if (!store.ready) {
    return (
      <div class="next-level" data-pagefind-ignore {...loadingMark(true)}>
        <p>
          The duties of {higher.title}, with a box for each: print this page to tick on paper the ones you already do. With JavaScript on,
          you can tick them here and this browser keeps your ticks.
        </p>
        <DutyList duties={duties} boxes />
      </div>
    );
  }

  const left = dutiesLeft(duties, ticked);
  const counts = tickCounts(duties, ticked);
  const tick = (key: string, value: boolean) => {
    const next = withDutyTicked(store.document, higher.id, key, value);
    if (next.ok) store.commit(next.checklist);
    else store.setNotice({ kind: 'warning', text: next.message });
  };

  return (
    // The duties are the profile's own words: search finds them on the role page.
    <div class="next-level" data-pagefind-ignore>
      <p class="no-print">
        Your ticks are saved in this browser only, with no account: export them to keep a copy or move them to another computer.
      </p>
      <StoredDocumentPrompts store={store} describe={describeNextLevel} noun="checklist" />
      <fieldset>
        <legend>The duties of {higher.title} I already do</legend>
        <TickList duties={duties} ticked={ticked} onTick={tick} />
      </fieldset>

      <h3>What is left</h3>
      <p aria-live="polite">
        {counts.done === 0
          ? `You have not ticked any of the ${counts.total} duties yet.`
          : counts.done === counts.total
            ? `You already do all ${counts.total} duties of ${higher.title}.`
            : `You already do ${counts.done} of the ${counts.total} duties. ${counts.total - counts.done} ${counts.total - counts.done === 1 ? 'is' : 'are'} left:`}
      </p>
      {counts.done > 0 && left.length > 0 && <DutyList duties={left} boxes={false} />}

      <div class="portfolio-actions no-print">
        <ExportImportControls
          store={store}
          fileName={`next-level-checklist-${new Date().toISOString().slice(0, 10)}.json`}
          importLabel="Import a checklist you exported"
          idPrefix="next-level"
        />
        <button type="button" class="secondary-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
}
