import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  /** One line on what the setting does on Lambda. */
  hint: string;
  value: number | undefined | null;
  onChange(value: number | undefined): void;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
  testId?: string;
  unit?: string;
  /** The schema's message for this field, shown instead of the hint. */
  error?: string;
}

/**
 * A number input that keeps what the person typed (even half-typed) and commits every finite
 * number; range problems are shown here and enforced by validation when the scenario runs.
 */
export function NumberField({
  label,
  hint,
  value,
  onChange,
  min,
  max,
  step,
  placeholder,
  testId,
  unit,
  error,
}: Props) {
  const id = useId();
  const [text, setText] = useState(value === undefined || value === null ? '' : String(value));

  useEffect(() => {
    setText((current) => {
      const shown = current.trim() === '' ? undefined : Number(current);
      const external = value === null ? undefined : value;
      return shown === external ? current : external === undefined ? '' : String(external);
    });
  }, [value]);

  const parsed = text.trim() === '' ? undefined : Number(text);
  const invalid = parsed !== undefined && !Number.isFinite(parsed);
  const outOfRange =
    parsed !== undefined && ((min !== undefined && parsed < min) || (max !== undefined && parsed > max));

  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {unit && <span className="muted"> ({unit})</span>}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        data-testid={testId}
        aria-invalid={invalid || outOfRange || !!error}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.trim() === '' ? undefined : Number(e.target.value);
          if (next === undefined || Number.isFinite(next)) onChange(next);
        }}
      />
      <p
        id={`${id}-hint`}
        className={`field-hint${invalid || outOfRange || error ? ' is-warning' : ''}`}
        {...(error && !invalid ? { 'data-testid': 'field-error', role: 'alert' } : {})}
      >
        {invalid
          ? 'Enter a number.'
          : error
            ? error
            : outOfRange
              ? `Must be between ${min} and ${max}.`
              : hint}
      </p>
    </div>
  );
}
