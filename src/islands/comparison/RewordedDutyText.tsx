import type { WordRun } from '../../lib/progression/dutyMatching';

/**
 * One wording of a reworded duty: the words the other wording lacks are marked, struck through
 * (del) in the earlier wording and underlined (ins) in the later one. Screen readers hear "removed
 * words" and "added words" around them, so neither colour nor line style is the only sign.
 */
export function RewordedDutyText({ runs, mark }: { runs: readonly WordRun[]; mark: 'removed' | 'added' }) {
  const Mark = mark === 'added' ? 'ins' : 'del';
  return (
    <>
      {runs.map((run, index) =>
        run.changed ? (
          <Mark key={index}>
            <span class="visually-hidden">[{mark} words: </span>
            {run.text}
            <span class="visually-hidden">]</span>
          </Mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
