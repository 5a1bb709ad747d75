import type { RoleComparison } from '../lib/progression/roleComparison';
import { roleUrl } from '../lib/site/urls';
import { DutyChanges } from './comparison/DutyChanges';

type ComparedRole = RoleComparison['roles'][number];

/** A table head: one column naming what the rows are, then one per role compared. */
function RoleColumnsHead({ first, roles }: { first: string; roles: readonly ComparedRole[] }) {
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

/**
 * The role a cell belongs to, written in the cell. On a narrow screen the tables are stacked as one
 * card per row and their column heads are hidden, so each cell names its role; screen readers
 * already hear the column head, so it is hidden from them.
 */
function CellRole({ role }: { role: ComparedRole | undefined }) {
  return (
    <span class="cell-role" aria-hidden="true">
      {role?.title}:{' '}
    </span>
  );
}

const dutyCell = { key: 'Key duty', optional: 'Optional duty', reworded: 'Listed in other words' } as const;
const changeLabel = { rises: 'rises', falls: 'falls', same: 'same', unknown: '' } as const;

/**
 * A comparison of two or three roles, side by side. Rendered on the server for the pre-built
 * comparison pages (no JavaScript), and inside the comparison island for any choice of roles.
 */
export function ComparisonView({ comparison }: { comparison: RoleComparison }) {
  const { roles } = comparison;
  return (
    <div class="comparison">
      <h2>What changes</h2>
      {comparison.changes.map((change, index) => {
        const from = roles[index];
        const to = roles[index + 1];
        return from && to ? <DutyChanges key={index} change={change} from={from} to={to} /> : null;
      })}

      <h2>Side by side</h2>
      <section class="table-scroll wide" aria-labelledby="compare-caption" tabIndex={0}>
        <table class="wide-table comparison-table">
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
                <td key={role.id}>
                  <CellRole role={role} />
                  {role.purpose}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Job evaluation total</th>
              {roles.map((role) => (
                <td key={role.id}>
                  <CellRole role={role} />
                  {role.jeTotal}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Knowledge, skills and experience</th>
              {roles.map((role) => (
                <td key={role.id}>
                  <CellRole role={role} />
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
          <table class="wide-table comparison-table">
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
                      <CellRole role={roles[index]} />
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
        <table class="wide-table comparison-table">
          <caption id="compare-duties">Every duty, key or optional, and which roles list it</caption>
          <RoleColumnsHead first="Duty" roles={roles} />
          <tbody>
            {comparison.duties.map((duty) => (
              <tr key={duty.text}>
                <th scope="row" class="duty-cell">
                  {duty.text}
                </th>
                {duty.inRoles.map((kind, index) => (
                  <td key={index}>
                    <CellRole role={roles[index]} />
                    {kind ? dutyCell[kind] : 'Not listed'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
