import { useId } from 'react';
import type { FunctionNode, Scenario } from '../../engine/scenarioTypes';

export function functionsOf(scenario: Scenario): FunctionNode[] {
  return scenario.nodes.filter((n): n is FunctionNode => n.kind === 'function');
}

export function FunctionPicker({ scenario, value, onChange, label, disabled, testId }: { scenario: Scenario; value: string; onChange(id: string): void; label: string; disabled?: boolean; testId?: string }) {
  const id = useId();
  return (
    <label className="cmp-field" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled} data-testid={testId}>
        {functionsOf(scenario).map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
    </label>
  );
}
