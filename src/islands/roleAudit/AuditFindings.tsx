import { firstLine, profileById, unitLabel, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import { levelCheckLimits, levelFlagMatch, levelFlagPlace, levelFlagReason } from '../../lib/leadersTools/levelCheck';
import { aboveLevelAdvice, noDutyAboveLevel, nosCoverageSentence, type AuditAnalysis } from '../../lib/leadersTools/roleAudit';
import { roleUrl } from '../../lib/site/urls';
import { IsolatedList } from '../IsolatedList';
import { pure } from '../pure';

interface Props {
  analysis: AuditAnalysis;
  /** What each role is called: its title, or "Role 3". */
  names: ReadonlyMap<string, string>;
  catalogue: Pick<JobDesignCatalogue, 'profiles' | 'units' | 'unitCodes' | 'unitCount'>;
}

/** What the audit shows across the school's roles: duties above level, gaps, overlaps, other ladders, standards. */
function Findings({ analysis, names, catalogue }: Props) {
  const roleName = (id: string) => names.get(id) ?? id;
  const profileTitle = (id: string) => profileById(catalogue, id)?.title ?? id;
  return (
    <section aria-labelledby="audit-findings">
      <h2 id="audit-findings">What the audit shows</h2>

      <h3>Duties above the role's profile</h3>
      {analysis.roles.every((finding) => finding.aboveLevel.length === 0) ? (
        <p>{noDutyAboveLevel}</p>
      ) : (
        <ul>
          {analysis.roles.flatMap((finding) =>
            finding.aboveLevel.map(({ responsibility, placedAt, flag }) => (
              <li key={`${finding.roleId}-${responsibility.key}`}>
                <strong>
                  <bdi>{roleName(finding.roleId)}</bdi>
                </strong>{' '}
                ({finding.profile?.title}): “{firstLine(responsibility.text)}”{' '}
                {flag.basis === 'above' ? (
                  <>
                    is placed at <a href={roleUrl(placedAt.id)}>{placedAt.title}</a>
                    {levelFlagMatch(flag, responsibility.text)}.
                  </>
                ) : (
                  <>
                    is placed {finding.profile ? levelFlagPlace(flag, finding.profile) : ''}. {levelFlagReason(flag)}
                  </>
                )}{' '}
                {aboveLevelAdvice}
              </li>
            )),
          )}
        </ul>
      )}
      <p class="hint">{levelCheckLimits}</p>

      <h3>Responsibilities nobody holds</h3>
      {analysis.gaps.length === 0 ? (
        <p>Every responsibility of the profiles your roles are closest to is held by at least one role.</p>
      ) : (
        <>
          <p>These are in the profiles your roles are closest to, but no role has them ticked.</p>
          <ul>
            {analysis.gaps.map((gap) => (
              <li key={gap.responsibility.key}>
                {firstLine(gap.responsibility.text)} <span class="hint">({gap.profileIds.map(profileTitle).join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Responsibilities held by more than one role</h3>
      {analysis.overlaps.length === 0 ? (
        <p>No responsibility is ticked in more than one role.</p>
      ) : (
        <>
          <p>Sharing a responsibility can be right; check that each of these is meant to be shared.</p>
          <ul>
            {analysis.overlaps.map((overlap) => (
              <li key={overlap.responsibility.key}>
                {firstLine(overlap.responsibility.text)}: <IsolatedList items={overlap.roleIds.map(roleName)} />
              </li>
            ))}
          </ul>
        </>
      )}

      {analysis.roles.some((finding) => finding.otherLadders.length > 0) && (
        <>
          <h3>Responsibilities from other job profiles</h3>
          <p>The profiles do not compare levels across ladders, so these are not checked against the role's level.</p>
          <ul>
            {analysis.roles.flatMap((finding) =>
              finding.otherLadders.map((responsibility) => (
                <li key={`${finding.roleId}-${responsibility.key}`}>
                  <strong>
                    <bdi>{roleName(finding.roleId)}</bdi>
                  </strong>
                  : {firstLine(responsibility.text)} <span class="hint">({responsibility.profileIds.map(profileTitle).join(', ')})</span>
                </li>
              )),
            )}
          </ul>
        </>
      )}

      <h3>Standards across the school</h3>
      <p>{nosCoverageSentence(analysis, catalogue.unitCount)}</p>
      {analysis.nosCoverage.length > 0 && (
        <details class="print-open">
          <summary>Which units, and which roles</summary>
          <ul>
            {analysis.nosCoverage.map((item) => (
              <li key={item.unitId}>
                {unitLabel(catalogue, item.unitId)}: <IsolatedList items={item.roleIds.map(roleName)} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** What the audit shows, drawn again only when the findings or the names in them change. */
export const AuditFindings = pure(Findings);
