import { useId } from 'react';
import type { ClientNode, Traffic } from '../../engine/scenarioTypes';
import { useAppActions } from '../../state/useAppStore';
import { SelectField } from './fields';
import { NumberField } from './NumberField';
import { PayloadsField } from './PayloadsField';
import { useFieldErrors } from './useFieldErrors';
import { useNodePath } from './useNodePath';
import { TextField } from './TextField';
import { FIELDS, PATTERNS, switchPattern, type PatternName } from './trafficFields';

export function ClientInspector({ node }: { node: ClientNode }) {
  const { updateNode, setTraffic } = useAppActions();
  const patternId = useId();
  const traffic = node.traffic;
  const values = traffic as unknown as Record<string, number | undefined>;
  const pattern = PATTERNS.find((p) => p.value === traffic.pattern);
  const errors = useFieldErrors();
  const path = useNodePath(node.id);
  const err = (field: string) => errors.at(`${path}.${field}`);

  const setField = (key: string, value: number | undefined) => {
    const next = { ...traffic, [key]: value } as Record<string, unknown>;
    if (value === undefined) delete next[key];
    setTraffic(node.id, next as Traffic);
  };

  return (
    <div className="inspector-body" data-testid="client-inspector">
      <TextField
        label="Client name"
        value={node.name}
        onChange={(name) => updateNode(node.id, { name })}
        testId="inspector-name"
      />
      <SelectField
        label="Calls from"
        value={node.origin ?? 'internet'}
        options={[
          { value: 'internet', label: 'The internet (users, devices)' },
          { value: 'account', label: 'Inside the AWS account (signed calls)' },
        ]}
        onChange={(origin) => updateNode(node.id, { origin } as Partial<ClientNode>)}
        hint="Private targets (a function URL with AWS_IAM) refuse unsigned internet callers with 403."
        error={err('origin')}
        testId="client-origin"
      />
      <div className="field">
        <label htmlFor={patternId}>Traffic pattern</label>
        <select
          id={patternId}
          data-testid="traffic-pattern"
          value={traffic.pattern}
          onChange={(e) => setTraffic(node.id, switchPattern(traffic, e.target.value as PatternName))}
        >
          {PATTERNS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <p className="field-hint">{pattern?.hint}</p>
      </div>
      <div className="field-grid">
        {FIELDS[traffic.pattern].map((f) => (
          <NumberField
            key={`${traffic.pattern}-${f.key}`}
            label={f.label}
            unit={f.unit}
            value={values[f.key]}
            min={f.min}
            testId={`traffic-${f.key}`}
            hint={f.hint}
            error={err(`traffic.${f.key}`)}
            onChange={(v) => setField(f.key, v)}
          />
        ))}
        <NumberField
          label="Start at"
          unit="s"
          value={values.startSecond}
          min={0}
          placeholder="0"
          testId="traffic-startSecond"
          hint=""
          onChange={(v) => setField('startSecond', v)}
        />
        <NumberField
          label="Stop at"
          unit="s"
          value={values.stopSecond}
          min={0}
          placeholder="end of run"
          testId="traffic-stopSecond"
          hint=""
          onChange={(v) => setField('stopSecond', v)}
        />
      </div>
      <p className="field-hint">Each arrival is sent along every outgoing connection.</p>
      <PayloadsField
        node={node}
        onChange={(payloads) => updateNode(node.id, { payloads } as Partial<ClientNode>)}
        errorAt={(suffix) => errors.at(`${path}.payloads${suffix}`, true)}
      />
    </div>
  );
}
