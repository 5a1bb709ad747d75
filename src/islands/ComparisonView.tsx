import type { ComparedDuty, RoleComparison } from '../lib/progression/roleComparison';
import { roleUrl } from '../lib/site/urls';

/** A table head: one column naming what the rows are, then one per role compared. */
function RoleColumnsHead({ first, roles }: { first: string; roles: RoleComparison['roles'] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {roles.map((role) => (
          <th scope="col" key={role.id}>
            {role.title}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A list of duties, each optional one marked as such. */
function Duties({ duties, className }: { duties: readonly ComparedDuty[]; className: string }) {
  return (
    <ul class={className}>
      {duties.map((duty) => (
        <li key={duty.text}>
          {duty.text}
          {duty.kind === 'optional' && <em> (optional duty)</em>}
        </li>
      ))}
    </ul>
  );
}

const dutyCell = { key: 'Key duty', optional: 'Optional duty' } as const;

/**
 * A comparison of two or three roles, side by side. Rendered on the server for the pre-built
 * comparison pages (no JavaScript), and inside the comparison island for any choice of roles.
 */
export function ComparisonView({ comparison }: { comparison: RoleComparison }) {
  const { roles } = comparison;
  const changeLabel = { rises: 'rises', falls: 'falls', same: 'same', unknown: '' } as const;
  return (
    <div class="comparison">
      <h2>What changes</h2>
      {comparison.changes.map((change, index) => (
        <section key={index} aria-label={`From ${roles[index]?.title ?? ''} to ${roles[index + 1]?.title ?? ''}`}>
          <h3>
            From {roles[index]?.title} to {roles[index + 1]?.title}
          </h3>
          {[roles[index], roles[index + 1]].map(
            (role) =>
              role?.extract && (
                <p key={role.id}>
                  The source gives only an extract of the {role.title} profile, without its optional duties, so a duty not listed here may
                  still be one of them.
                </p>
              ),
          )}
          {change.added.length > 0 ? (
            <>
              <p>
                Duties {roles[index + 1]?.title} lists that {roles[index]?.title} does not:
              </p>
              <Duties duties={change.added} className="duties-added" />
            </>
          ) : (
            <p>No duty is new.</p>
          )}
          {change.dropped.length > 0 && (
            <>
              <p>
                Duties of {roles[index]?.title} that {roles[index + 1]?.title} does not list:
              </p>
              <Duties duties={change.dropped} className="duties-dropped" />
            </>
          )}
          {change.becomeKey.length > 0 && (
            <>
              <p>
                Optional duties of {roles[index]?.title} that are key duties of {roles[index + 1]?.title}:
              </p>
              <Duties duties={change.becomeKey.map((text) => ({ text, kind: 'key' }))} className="duties-added" />
            </>
          )}
          {change.becomeOptional.length > 0 && (
            <>
              <p>
                Key duties of {roles[index]?.title} that {roles[index + 1]?.title} lists only as optional:
              </p>
              <Duties duties={change.becomeOptional.map((text) => ({ text, kind: 'optional' }))} className="duties-dropped" />
            </>
          )}
        </section>
      ))}

      <h2>Side by side</h2>
      <section class="table-scroll wide" aria-labelledby="compare-caption" tabIndex={0}>
        <table class="wide-table">
          <caption id="compare-caption">Purpose, job evaluation and knowledge of the roles compared</caption>
          <thead>
            <tr>
              <td />
              {roles.map((role) => (
                <th scope="col" key={role.id}>
                  <a href={roleUrl(role.id)}>{role.title}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Purpose</th>
              {roles.map((role) => (
                <td key={role.id}>{role.purpose}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Job evaluation total</th>
              {roles.map((role) => (
                <td key={role.id}>{role.jeTotal}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Knowledge, skills and experience</th>
              {roles.map((role) => (
                <td key={role.id}>
                  <ul>
                    {role.knowledge.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>

      {comparison.factors.length > 0 && (
        <section class="table-scroll wide" aria-labelledby="compare-factors" tabIndex={0}>
          <table class="wide-table">
            <caption id="compare-factors">Job evaluation factor levels</caption>
            <RoleColumnsHead first="Factor" roles={roles} />
            <tbody>
              {comparison.factors.map((factor) => (
                <tr key={factor.number} class={factor.change.includes('rises') ? 'factor-rises' : undefined}>
                  <th scope="row">
                    {factor.number}. {factor.name}
                  </th>
                  {factor.levels.map((level, index) => (
                    <td key={index}>
                      {level ?? 'Not in our sources'}
                      {index > 0 && factor.change[index - 1] && factor.change[index - 1] !== 'unknown' && (
                        <strong class={`change-${factor.change[index - 1] ?? ''}`}>
                          {' '}
                          ({changeLabel[factor.change[index - 1] ?? 'unknown']})
                        </strong>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section class="table-scroll wide" aria-labelledby="compare-duties" tabIndex={0}>
        <table class="wide-table">
          <caption id="compare-duties">Every duty, key or optional, and which roles list it</caption>
          <RoleColumnsHead first="Duty" roles={roles} />
          <tbody>
            {comparison.duties.map((duty) => (
              <tr key={duty.text}>
                <th scope="row" class="duty-cell">
                  {duty.text}
                </th>
                {duty.inRoles.map((kind, index) => (
                  <td key={index}>{kind ? dutyCell[kind] : 'Not listed'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
