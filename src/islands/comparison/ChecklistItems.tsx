import type { ChecklistDuty } from '../../lib/storage/nextLevelStore';

/** "(optional duty)" after an optional duty's words. */
function OptionalMark({ duty }: { duty: ChecklistDuty }) {
  return duty.kind === 'optional' ? <em> (optional duty)</em> : null;
}

/**
 * Duties as a plain list: what is left to do on screen, and, with an empty box before each duty
 * (`boxes`), the checklist to print when the page has no JavaScript or has not loaded yet.
 */
export function DutyList({ duties, boxes }: { duties: readonly ChecklistDuty[]; boxes: boolean }) {
  return (
    <ul class={boxes ? 'next-level-duties next-level-print' : 'next-level-left'}>
      {duties.map((duty) =>
        duty.subItems.length === 0 ? (
          <li key={duty.key}>
            {duty.text}
            <OptionalMark duty={duty} />
          </li>
        ) : (
          <li key={duty.key} class="group-intro">
            {duty.text}
            <OptionalMark duty={duty} />
            <ul>
              {duty.subItems.map((item) => (
                <li key={item.key}>
                  ({item.label}) {item.text}
                </li>
              ))}
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}

/** One duty to tick; when printed, the words say whether it is done, for printers that leave out form controls. */
function TickBox({ id, text, checked, onTick }: { id: string; text: string; checked: boolean; onTick: (ticked: boolean) => void }) {
  return (
    <label for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onTick(event.currentTarget.checked)} />
      <span>
        <span class="tick-state">{checked ? 'Done: ' : 'To do: '}</span>
        {text}
      </span>
    </label>
  );
}

/** The higher role's duties, each with a box to tick; a duty with lettered sub-items introduces them and its sub-items are ticked. */
export function TickList({
  duties,
  ticked,
  onTick,
}: {
  duties: readonly ChecklistDuty[];
  ticked: readonly string[];
  onTick: (key: string, ticked: boolean) => void;
}) {
  return (
    <ul class="next-level-duties">
      {duties.map((duty) =>
        duty.subItems.length === 0 ? (
          <li key={duty.key}>
            <TickBox
              id={`tick-${duty.key}`}
              text={duty.kind === 'optional' ? `${duty.text} (optional duty)` : duty.text}
              checked={ticked.includes(duty.key)}
              onTick={(value) => onTick(duty.key, value)}
            />
          </li>
        ) : (
          <li key={duty.key}>
            <span id={`tick-${duty.key}`}>
              {duty.text}
              <OptionalMark duty={duty} />
            </span>
            <ul aria-labelledby={`tick-${duty.key}`}>
              {duty.subItems.map((item) => (
                <li key={item.key}>
                  <TickBox
                    id={`tick-${item.key}`}
                    text={`(${item.label}) ${item.text}`}
                    checked={ticked.includes(item.key)}
                    onTick={(value) => onTick(item.key, value)}
                  />
                </li>
              ))}
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}
