import { checksSummary, warningSummary, warningTarget } from '../../lib/leadersTools/draftEditing';
import type { ProfileSummary } from '../../lib/leadersTools/jobDesign';
import type { DraftWarning } from '../../lib/leadersTools/jobDescription';
import { levelCheckLimits } from '../../lib/leadersTools/levelCheck';
import { roleUrl } from '../../lib/site/urls';

/** What the checks against the profiles found, each linked to the item it is about. */
export function DraftChecks({ profile, warnings }: { profile: ProfileSummary | undefined; warnings: readonly DraftWarning[] }) {
  return (
    <>
      <h2>Checks against the profiles</h2>
      <p>{checksSummary(profile, warnings.length)}</p>
      {warnings.length > 0 && (
        <ul>
          {warnings.map((warning) => (
            <li key={`${warning.part}-${warning.itemId}`}>
              <a href={warningTarget(warning)}>{warningSummary(warning)}</a> is placed at{' '}
              <a href={roleUrl(warning.profileId)}>{warning.profileTitle}</a>.
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{levelCheckLimits}</p>
    </>
  );
}
