import { useState } from 'preact/hooks';
import { loadingMark } from './Loading';
import { IsolatedList } from './IsolatedList';
import { useAddress, writeAddress } from './address';
import {
  compareRoles,
  maxComparedRoles,
  readComparedRoles,
  tooManyRolesMessage,
  type ComparedRolesReading,
} from '../lib/progression/roleComparison';
import type { RoleRef } from '../lib/content/roles';
import { ComparisonView } from './ComparisonView';
import { comparisonQuery, comparisonUrl } from '../lib/site/urls';

interface Props {
  roles: RoleRef[];
}

/** Choose two or three roles to compare; the choice lives in the address (?roles=a,b,c). */
export function RoleComparer({ roles }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  // What the address asked for that is not shown, until the person chooses for themselves.
  const [notShown, setNotShown] = useState<Omit<ComparedRolesReading, 'ids'>>({ unknown: [], extra: [] });
  const ids = roles.map((role) => role.id);

  const ready = useAddress((search) => {
    const reading = readComparedRoles(search, ids);
    setChosen(reading.ids);
    setNotShown(reading);
  });

  const choose = (slot: number, id: string) => {
    const next = [...chosen];
    next[slot] = id;
    const cleaned = [...new Set(next.filter(Boolean))];
    setChosen(cleaned);
    setNotShown({ unknown: [], extra: [] });
    writeAddress(comparisonQuery(cleaned));
  };

  const { unknown, extra } = notShown;
  const tooMany = tooManyRolesMessage({ ids: chosen, unknown, extra });
  const titleOf = (id: string) => roles.find((role) => role.id === id)?.data.title ?? id;
  const selected = chosen.map((id) => roles.find((role) => role.id === id)).filter((role): role is RoleRef => role !== undefined);

  return (
    <div {...loadingMark(!ready)}>
      <form action={comparisonUrl()} method="get" class="compare-form" onSubmit={(event) => event.preventDefault()}>
        {Array.from({ length: maxComparedRoles }, (_, slot) => slot).map((slot) => (
          <div class="field" key={slot}>
            <label for={`compare-role-${slot}`}>{slot === 2 ? 'Third role (optional)' : slot === 0 ? 'First role' : 'Second role'}</label>
            <select id={`compare-role-${slot}`} value={chosen[slot] ?? ''} onChange={(event) => choose(slot, event.currentTarget.value)}>
              <option value="">Choose a role</option>
              {roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.data.title}
                </option>
              ))}
            </select>
          </div>
        ))}
        {/* Changes apply at once once the page is interactive; before that, the button is the way to submit. */}
        {!ready && <button type="submit">Compare</button>}
      </form>
      <div aria-live="polite">
        {unknown.length > 0 && (
          <div class="note" role="alert">
            <p>
              The address names roles this site does not have: <IsolatedList items={unknown} quoted />. Choose roles from the lists.
            </p>
          </div>
        )}
        {tooMany && (
          <p class="note">
            {tooMany} Left out: {extra.map(titleOf).join(', ')}.
          </p>
        )}
        {selected.length >= 2 ? <ComparisonView comparison={compareRoles(selected)} /> : <p>Choose at least two roles to compare them.</p>}
      </div>
    </div>
  );
}
