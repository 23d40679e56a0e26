import { useEffect, useId, useState, type ReactNode } from 'react';

function Hint({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  if (error)
    return (
      <p id={id} className="field-hint is-warning" role="alert" data-testid="field-error">
        {error}
      </p>
    );
  return hint ? (
    <p id={id} className="field-hint">
      {hint}
    </p>
  ) : null;
}

interface SelectProps<T extends string> {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange(value: T): void;
  testId?: string;
}

export function SelectField<T extends string>({
  label,
  hint,
  error,
  value,
  options,
  onChange,
  testId,
}: SelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        data-testid={testId}
        aria-invalid={!!error}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={`${id}-hint`} hint={hint} error={error} />
    </div>
  );
}

export function CheckField({
  label,
  hint,
  error,
  checked,
  onChange,
  testId,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          data-testid={testId}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {label}
      </label>
      <Hint id={`${id}-hint`} hint={hint} error={error} />
    </div>
  );
}

export function TextInputField({
  label,
  hint,
  error,
  value,
  onChange,
  placeholder,
  testId,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string | undefined;
  onChange(value: string | undefined): void;
  placeholder?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value ?? ''}
        placeholder={placeholder}
        spellCheck={false}
        data-testid={testId}
        aria-invalid={!!error}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      />
      <Hint id={`${id}-hint`} hint={hint} error={error} />
    </div>
  );
}

/** JSON typed as text: committed when it parses, otherwise the parse error shows under it. */
export function JsonField({
  label,
  hint,
  error,
  value,
  onChange,
  rows = 4,
  testId,
  allowEmpty = true,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: unknown;
  onChange(value: unknown): void;
  rows?: number;
  testId?: string;
  allowEmpty?: boolean;
}) {
  const id = useId();
  const shown = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [text, setText] = useState(shown);
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    setText((current) => {
      try {
        if (current.trim() !== '' && JSON.stringify(JSON.parse(current)) === JSON.stringify(value))
          return current;
      } catch {
        // keep the half-typed text below
      }
      return value === undefined && current.trim() === '' ? current : shown;
    });
  }, [shown]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="json-input"
        rows={rows}
        spellCheck={false}
        value={text}
        data-testid={testId}
        aria-invalid={!!(parseError ?? error)}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '' && allowEmpty) {
            setParseError(null);
            onChange(undefined);
            return;
          }
          try {
            const parsed = JSON.parse(e.target.value) as unknown;
            setParseError(null);
            onChange(parsed);
          } catch (err) {
            setParseError(`Not valid JSON yet: ${(err as Error).message}`);
          }
        }}
      />
      <Hint id={`${id}-hint`} hint={hint} error={parseError ?? error} />
    </div>
  );
}

/** Environment variables: KEY = value rows. */
export function KeyValueField({
  label,
  hint,
  error,
  value,
  onChange,
  testId,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: Record<string, string> | undefined;
  onChange(value: Record<string, string> | undefined): void;
  testId?: string;
}) {
  const rows = Object.entries(value ?? {});
  const set = (next: [string, string][]) => onChange(next.length ? Object.fromEntries(next) : undefined);
  const keyProblem = (k: string) =>
    !/^[A-Za-z][A-Za-z0-9_]*$/.test(k)
      ? 'Keys start with a letter and use letters, digits and _.'
      : /^AWS_/.test(k) || k === 'LAMBDA_TASK_ROOT' || k === '_HANDLER'
        ? 'Lambda reserves this key.'
        : null;
  const problems = rows.map(([k]) => keyProblem(k)).filter(Boolean);
  return (
    <fieldset className="field kv-field" data-testid={testId}>
      <legend>{label}</legend>
      {rows.map(([k, v], i) => (
        <div className="kv-row" key={i}>
          <input
            aria-label={`Name of variable ${i + 1}`}
            value={k}
            spellCheck={false}
            onChange={(e) => set(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))}
          />
          <span aria-hidden="true">=</span>
          <input
            aria-label={`Value of ${k || `variable ${i + 1}`}`}
            value={v}
            spellCheck={false}
            onChange={(e) => set(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))}
          />
          <button
            type="button"
            className="btn-link"
            aria-label={`Remove ${k || `variable ${i + 1}`}`}
            onClick={() => set(rows.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          let n = rows.length + 1;
          while (rows.some(([k]) => k === `VAR_${n}`)) n++;
          set([...rows, [`VAR_${n}`, '']]);
        }}
      >
        + Variable
      </button>
      <Hint id="" hint={hint} error={error ?? (problems[0] as string | undefined)} />
    </fieldset>
  );
}

export function Section({
  title,
  children,
  intro,
}: {
  title: string;
  children: ReactNode;
  intro?: ReactNode;
}) {
  return (
    <section className="inspector-section">
      <h3>{title}</h3>
      {intro && <p className="field-hint section-intro">{intro}</p>}
      {children}
    </section>
  );
}
