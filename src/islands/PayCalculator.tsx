import { useState } from 'preact/hooks';
import { loadingMark } from './Loading';
import { useAddress, writeAddress } from './address';
import { readPayAddress } from '../lib/pay/payAddress';
import { calculatePay, payAnnouncement, payChoices, payFields, type PayCalculation, type PayField } from '../lib/pay/payCalculator';
import type { PayCalculatorProps } from '../lib/pay/payPageProps';
import { formatPence, formatPounds } from '../lib/pay/payFormat';
import { payQuery, type PayCalculatorState } from '../lib/site/urls';

/** The id of a field's control, which the error list links to. */
const controlId = (field: PayField | 'point') => `pay-${field}`;

interface FieldProps<T> {
  field: T;
  value: string;
  disabled: boolean;
  onInput: (value: string) => void;
}

/** One number typed in as text, so what was typed is kept (and echoed) even when it is not a number. */
function NumberField({ field, value, error, disabled, onInput }: FieldProps<PayField> & { error: string | undefined }) {
  const id = controlId(field);
  const { hint } = payFields[field];
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{payFields[field].label}</label>
      {hint && (
        <p class="pay-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        name={field}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/** A pair of radio buttons choosing how a figure is given. */
function Choice({ field, value, disabled, onInput }: FieldProps<keyof typeof payChoices>) {
  return (
    <div class="pay-choice">
      {payChoices[field].map(([option, label]) => (
        <label class="checkbox" key={option}>
          <input type="radio" name={field} value={option} checked={value === option} disabled={disabled} onChange={() => onInput(option)} />{' '}
          {label}
        </label>
      ))}
    </div>
  );
}

/** The result, or the list of what to correct, each linked to its field. */
function Result({ result, deletion }: { result: PayCalculation; deletion: string | undefined }) {
  if (!result.ok) {
    return (
      <>
        <h3 id="pay-result-heading">Check what you typed</h3>
        <ul class="pay-errors">
          {result.errors.map((error) => (
            <li key={`${error.field}-${error.message}`}>
              <a href={`#${controlId(error.field)}`}>{error.message}</a>
            </li>
          ))}
        </ul>
      </>
    );
  }
  const { pay, working } = result;
  return (
    <>
      <h3 id="pay-result-heading">Your pay</h3>
      <dl class="summary-list pay-figures">
        <div>
          <dt>Pay a year</dt>
          <dd>{formatPence(pay.annualPay)}</dd>
        </div>
        <div>
          <dt>Pay a month (12 equal instalments)</dt>
          <dd>{formatPence(pay.monthlyPay)}</dd>
        </div>
        <div>
          <dt>Hourly rate</dt>
          <dd>{formatPence(pay.hourlyPay)}</dd>
        </div>
      </dl>
      {deletion && <p class="note">{deletion}</p>}
      <h4>How it is worked out</h4>
      <ol class="pay-working">
        {working.map((step) => (
          <li key={step.label}>
            <strong>{step.label}.</strong> {step.text}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * The term-time pay calculator. Rendered on the server with the page's first worked pattern and
 * its controls disabled (without JavaScript the page's formula and worked table stand in); in the
 * browser it recalculates as you type and keeps every field in the address, so a result can be shared.
 */
export function PayCalculator({ years, defaults, deletions }: PayCalculatorProps) {
  const [state, setState] = useState<PayCalculatorState>(defaults);
  const [problems, setProblems] = useState<string[]>([]);
  const ready = useAddress((search) => {
    const reading = readPayAddress(search, years, defaults);
    setState(reading.state);
    setProblems(reading.problems);
  });

  const update = (change: Partial<PayCalculatorState>) => {
    const next = { ...state, ...change };
    setState(next);
    writeAddress(payQuery(next));
  };

  const result = calculatePay(state, years);
  const errorFor = (field: PayField | 'point') => (result.ok ? undefined : result.errors.find((error) => error.field === field)?.message);
  const year = years.find((option) => option.id === state.year);
  const deletion = state.salaryFrom === 'point' ? deletions.find((item) => String(item.point) === state.point)?.text : undefined;
  const field = (name: PayField) => (
    <NumberField field={name} value={state[name]} error={errorFor(name)} disabled={!ready} onInput={(value) => update({ [name]: value })} />
  );

  const choice = (name: keyof typeof payChoices) => (
    <Choice field={name} value={state[name]} disabled={!ready} onInput={(value) => update({ [name]: value })} />
  );

  return (
    <div class="pay-calculator" {...loadingMark(!ready)}>
      {problems.length > 0 && (
        <div class="note" role="status">
          <p>Part of this link could not be used:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="pay-fieldset">
        <legend>Full-time salary</legend>
        {choice('salaryFrom')}
        {state.salaryFrom === 'point' ? (
          <div class="pay-row">
            <div class="field">
              <label for="pay-year">Pay year</label>
              <select id="pay-year" value={state.year} disabled={!ready} onChange={(event) => update({ year: event.currentTarget.value })}>
                {years.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                    {option.calculatedFrom ? ' (calculated by this site)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <div class={errorFor('point') ? 'field has-error' : 'field'}>
              <label for={controlId('point')}>Spinal column point</label>
              <select
                id={controlId('point')}
                value={state.point}
                disabled={!ready}
                onChange={(event) => update({ point: event.currentTarget.value })}
              >
                {year?.points.map((row) => (
                  <option key={row.point} value={String(row.point)}>
                    SCP {row.point}: {formatPounds(row.salary)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          field('salary')
        )}
      </fieldset>
      {field('hours')}
      <fieldset class="pay-fieldset">
        <legend>Paid weeks</legend>
        {choice('weeksFrom')}
        {field('worked')}
        {state.weeksFrom === 'leave' ? (
          <div class="pay-row">
            {field('leave')}
            {field('bank')}
          </div>
        ) : (
          field('paid')
        )}
      </fieldset>
      <section class="pay-result" aria-labelledby="pay-result-heading">
        <Result result={result} deletion={deletion} />
      </section>
      <p class="visually-hidden" aria-live="polite">
        {ready ? payAnnouncement(result) : ''}
      </p>
    </div>
  );
}
