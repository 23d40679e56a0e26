import { useId } from 'react';

interface Props {
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
}

export function TextField({ label, hint, value, onChange, testId }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        data-testid={testId}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}
