import { useMemo } from 'react';
import type { FunctionNode } from '../../engine/scenarioTypes';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { CheckField, KeyValueField, Section, SelectField, TextInputField } from './fields';
import { NumberField } from './NumberField';
import { PermissionsField } from './PermissionsField';
import { LoggingConfigFields } from './LoggingConfigFields';
import { TextField } from './TextField';
import { useFieldErrors } from './useFieldErrors';
import { useNodePath } from './useNodePath';

const RUNTIMES = ['nodejs22.x', 'nodejs20.x', 'nodejs24.x'];

export function FunctionInspector({ node }: { node: FunctionNode }) {
  const { updateNode } = useAppActions();
  const patch = (p: Partial<FunctionNode>) => updateNode(node.id, p);
  const errors = useFieldErrors();
  const path = useNodePath(node.id);
  const err = (field: string, inside = false) => errors.at(`${path}.${field}`, inside);
  const allNodes = useAppStore((s) => s.scenario.nodes);
  const layerNodes = useMemo(() => allNodes.filter((n) => n.kind === 'layer'), [allNodes]);
  const asyncCfg = node.async ?? {};
  const setAsync = (p: Partial<NonNullable<FunctionNode['async']>>) => {
    const next = { ...asyncCfg, ...p } as Record<string, unknown>;
    for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k];
    patch({ async: Object.keys(next).length ? (next as FunctionNode['async']) : undefined });
  };
  const layers = node.layers ?? [];

  return (
    <div className="inspector-body" data-testid="function-inspector">
      <TextField
        label="Function name"
        value={node.name}
        onChange={(name) => patch({ name })}
        hint={`Logs go to /aws/lambda/${node.name || '…'}`}
        testId="inspector-name"
      />
      <Section title="Runtime">
        <SelectField
          label="Runtime"
          value={node.runtime ?? 'nodejs22.x'}
          options={[...new Set([...RUNTIMES, node.runtime ?? 'nodejs22.x'])].map((r) => ({
            value: r,
            label: r,
          }))}
          onChange={(runtime) => patch({ runtime })}
          hint="The Node.js version your code runs on; each runtime has its own cold-start time."
          error={err('runtime')}
          testId="inspector-runtime"
        />
        <TextInputField
          label="Handler"
          value={node.handler}
          placeholder="index.handler"
          onChange={(handler) => patch({ handler })}
          hint="file.export: Lambda loads the file and calls that exported function."
          error={err('handler')}
          testId="inspector-handler"
        />
        <SelectField
          label="Architecture"
          value={node.architecture ?? 'x86_64'}
          options={[
            { value: 'x86_64', label: 'x86_64' },
            { value: 'arm64', label: 'arm64 (Graviton, ~20% cheaper per GB-s)' },
          ]}
          onChange={(architecture) => patch({ architecture })}
          hint="The processor type; arm64 costs less for the same duration."
          error={err('architecture')}
        />
      </Section>
      <Section title="Resources">
        <NumberField
          label="Memory"
          unit="MB"
          value={node.memoryMB}
          min={128}
          max={10240}
          step={64}
          placeholder="128"
          testId="inspector-memory"
          onChange={(memoryMB) => patch({ memoryMB })}
          hint="CPU share grows with memory: a full vCPU at 1,769 MB; you pay per GB-second."
          error={err('memoryMB')}
        />
        <NumberField
          label="Timeout"
          unit="s"
          value={node.timeoutSeconds}
          min={1}
          max={900}
          placeholder="3"
          testId="inspector-timeout"
          onChange={(timeoutSeconds) => patch({ timeoutSeconds })}
          hint="A request still running after this is stopped and its environment reset."
          error={err('timeoutSeconds')}
        />
        <NumberField
          label="Ephemeral storage (/tmp)"
          unit="MB"
          value={node.ephemeralStorageMB}
          min={512}
          max={10240}
          placeholder="512"
          testId="inspector-ephemeral"
          onChange={(ephemeralStorageMB) => patch({ ephemeralStorageMB })}
          hint="Disk at /tmp, kept while the environment lives: a cache across warm starts."
          error={err('ephemeralStorageMB')}
        />
      </Section>
      <Section
        title="Concurrency"
        intro={
          <>
            Think of a restaurant. <b>Reserved</b> concurrency is tables held for this function only (and its
            ceiling): nobody else can take them, it can use no more. <b>Provisioned</b> concurrency is
            pre-prepared meals: environments initialised before guests arrive, so no cold start. Everyone else
            shares the <b>walk-in seats</b>: the account’s unreserved pool.
          </>
        }
      >
        <NumberField
          label="Reserved concurrency"
          value={node.reservedConcurrency}
          min={0}
          max={1000000}
          placeholder="unreserved"
          testId="inspector-reserved"
          onChange={(reservedConcurrency) => patch({ reservedConcurrency: reservedConcurrency ?? null })}
          hint="Tables held for it: at most this many requests at once; more are throttled (429). 0 = off. Empty = walk-in seats."
          error={err('reservedConcurrency')}
        />
        <NumberField
          label="Provisioned concurrency"
          value={node.provisionedConcurrency}
          min={0}
          max={1000000}
          placeholder="0"
          testId="inspector-provisioned"
          onChange={(provisionedConcurrency) => patch({ provisionedConcurrency })}
          hint="Pre-prepared meals: this many environments start warm; requests beyond them spill over to on-demand (cold)."
          error={err('provisionedConcurrency')}
        />
      </Section>
      <Section title="Asynchronous invocation">
        <SelectField
          label="Retry attempts"
          value={String(asyncCfg.maximumRetryAttempts ?? 2) as '0' | '1' | '2'}
          options={[
            { value: '0', label: '0' },
            { value: '1', label: '1' },
            { value: '2', label: '2 (default)' },
          ]}
          onChange={(v) => setAsync({ maximumRetryAttempts: Number(v) as 0 | 1 | 2 })}
          hint="For events queued by Lambda (S3, SNS, EventBridge, Event invokes): retries after a failure, 1 min then 2 min later."
          error={err('async.maximumRetryAttempts')}
          testId="inspector-async-retries"
        />
        <NumberField
          label="Maximum event age"
          unit="s"
          value={asyncCfg.maximumEventAgeSeconds}
          min={60}
          max={21600}
          placeholder="21600"
          onChange={(maximumEventAgeSeconds) => setAsync({ maximumEventAgeSeconds })}
          hint="An event still waiting in Lambda's internal queue after this is dropped (or sent to on-failure)."
          error={err('async.maximumEventAgeSeconds')}
          testId="inspector-event-age"
        />
        <SelectField
          label="Recursive loop detection"
          value={node.recursiveLoop ?? 'Terminate'}
          options={[
            { value: 'Terminate', label: 'Terminate (default)' },
            { value: 'Allow', label: 'Allow' },
          ]}
          onChange={(recursiveLoop) => patch({ recursiveLoop })}
          hint="Lambda stops a chain of SQS/SNS/S3 events that loops through this function about 16 times."
          error={err('recursiveLoop')}
        />
      </Section>
      <Section title="Environment">
        <KeyValueField
          label="Environment variables"
          value={node.environment}
          onChange={(environment) => patch({ environment })}
          hint="Read with process.env.NAME; set at deploy time, the same for every environment."
          error={err('environment', true)}
          testId="inspector-env"
        />
        {layerNodes.length > 0 && (
          <fieldset className="field">
            <legend>Layers (in order, at most 5)</legend>
            {layerNodes.map((l) => (
              <label key={l.id} className="check-row">
                <input
                  type="checkbox"
                  checked={layers.includes(l.id)}
                  onChange={(e) => {
                    const next = e.target.checked ? [...layers, l.id] : layers.filter((x) => x !== l.id);
                    patch({ layers: next.length ? next : undefined });
                  }}
                />{' '}
                {l.name}
                {layers.includes(l.id) ? ` (#${layers.indexOf(l.id) + 1})` : ''}
              </label>
            ))}
            <p className="field-hint is-warning">{err('layers', true)}</p>
            <p className="field-hint">
              Layer files are extracted to /opt; later layers override earlier ones.
            </p>
          </fieldset>
        )}
      </Section>
      <LoggingConfigFields value={node.loggingConfig} onChange={(loggingConfig) => patch({ loggingConfig })} err={(f) => err(f)} />
      <Section title="Access and network">
        <SelectField
          label="Function URL"
          value={node.url ? node.url.authType : 'off'}
          options={[
            { value: 'off', label: 'No function URL' },
            { value: 'NONE', label: 'Public (auth type NONE)' },
            { value: 'AWS_IAM', label: 'Private (auth type AWS_IAM)' },
          ]}
          onChange={(v) => patch({ url: v === 'off' ? undefined : { authType: v as 'NONE' | 'AWS_IAM' } })}
          hint="An HTTPS endpoint for the function; AWS_IAM refuses unsigned internet callers with 403."
          error={err('url', true)}
          testId="inspector-url"
        />
        <CheckField
          label="Attach to a VPC"
          checked={!!node.vpc}
          onChange={(vpc) => patch({ vpc: vpc || undefined })}
          hint="Since 2019 a shared Hyperplane ENI is created once (function Pending); the legacy model added an ENI per cold start."
          error={err('vpc')}
        />
        <NumberField
          label="Runtime start (cold start)"
          unit="ms"
          value={node.coldStart?.runtimeInitMs}
          min={0}
          max={60000}
          placeholder="runtime default"
          onChange={(runtimeInitMs) =>
            patch({ coldStart: runtimeInitMs === undefined ? undefined : { runtimeInitMs } })
          }
          hint="Platform and runtime start before your module's own init code runs."
          error={err('coldStart', true)}
        />
        <PermissionsField
          node={node}
          onChange={(permissions) => patch({ permissions })}
          error={err('permissions', true)}
        />
      </Section>
    </div>
  );
}
