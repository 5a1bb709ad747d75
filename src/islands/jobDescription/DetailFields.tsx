interface Field {
  label: string;
  max: number;
  date?: true;
  lines?: number;
  hint?: string;
}

interface Props<K extends string> {
  /** The fields, in order (src/lib/leadersTools/schoolDetails.ts). */
  fields: Record<K, Field>;
  values: Record<K, string>;
  /** Prefix of each control's id: "jd-school" gives "jd-school-grade". */
  idPrefix: string;
  onChange: (key: K, value: string) => void;
  /** Text shown under one field, such as a warning about it, with the id it is described by. */
  after?: { key: K; id: string; content: preact.ComponentChildren } | undefined;
}

/** A set of labelled text, date and multi-line fields, each with its hint. Everything typed stays text. */
export function DetailFields<K extends string>({ fields, values, idPrefix, onChange, after }: Props<K>) {
  return (
    <>
      {(Object.keys(fields) as K[]).map((key) => {
        const field = fields[key];
        const id = `${idPrefix}-${key}`;
        const described = [field.hint ? `${id}-hint` : '', after?.key === key ? after.id : ''].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          value: values[key],
          maxLength: field.max,
          'aria-describedby': described,
          onInput: (event: { currentTarget: { value: string } }) => onChange(key, event.currentTarget.value),
        };
        return (
          <div class="field" key={key}>
            <label for={id}>{field.label}</label>
            {field.hint && (
              <p id={`${id}-hint`} class="hint">
                {field.hint}
              </p>
            )}
            {field.lines ? (
              <textarea rows={field.lines} {...common} />
            ) : (
              <input type={field.date ? 'date' : 'text'} class="detail-input" {...common} />
            )}
            {after?.key === key && after.content}
          </div>
        );
      })}
    </>
  );
}
