import type { EdgeKind, ScenarioEdge } from '../../engine/scenarioTypes';
import { edgeKindsFor } from '../../scenario/edgeRules';
import { deleteSelection, setEdge } from '../../state/canvasActions';
import { useUiStore } from '../../state/uiStore';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { MODEL_LABEL, invocationModel } from '../canvas/edgeModel';
import { CheckField, JsonField, SelectField, TextInputField } from './fields';
import { NumberField } from './NumberField';
import { useFieldErrors } from './useFieldErrors';

const KIND_HINT: Record<EdgeKind, string> = {
  invoke: 'A direct call: the caller waits for the function’s answer (or, with Event, gets 202 at once).',
  send: 'The client calls the service API (PutObject, Publish, SendMessage, PutRecord, PutItem, PutEvents).',
  notify: 'The source pushes each event to the target; a function is invoked asynchronously.',
  eventSourceMapping: 'Lambda’s pollers read the source and invoke the function synchronously with batches.',
  onSuccess: 'Async destination: a record of each successful asynchronous invocation goes here.',
  onFailure: 'Where failed events go once retries are used up (async destination or stream mapping).',
  deadLetter: 'Dead-letter queue/topic: failed async events, payload only.',
  redrive: 'Redrive policy: messages received too often move to this dead-letter queue.',
};

/** Settings of the selected connection. */
export function EdgeInspector({ edge }: { edge: ScenarioEdge }) {
  const store = useAppStoreApi();
  const index = useAppStore((s) => s.scenario.edges.findIndex((e) => e.id === edge.id));
  const from = useAppStore((s) => s.scenario.nodes.find((n) => n.id === edge.from));
  const to = useAppStore((s) => s.scenario.nodes.find((n) => n.id === edge.to));
  const errors = useFieldErrors();
  const path = `edges[${index}]`;
  const err = (field: string) => errors.at(`${path}.config.${field}`, true);
  const c = edge.config ?? {};
  const set = (p: Record<string, unknown>) => setEdge(store, edge.id, { config: p });
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const kinds = from && to ? edgeKindsFor(from.kind, to.kind) : [edge.kind];
  const stream = from?.kind === 'kinesisStream' || from?.kind === 'dynamodbTable';
  const edgeError = errors.at(path) ?? errors.at(`${path}.kind`);

  return (
    <section className="panel inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <header className="panel-header">
        <h2 id="inspector-title">Connection</h2>
        <button
          type="button"
          className="btn btn-small btn-danger-quiet"
          data-testid="inspector-delete"
          onClick={() => {
            deleteSelection(store, [], [edge.id]);
            useUiStore.getState().selectEdge(null);
          }}
        >
          Delete
        </button>
      </header>
      <div className="inspector-body" data-testid="edge-inspector">
        <p className="edge-summary">
          <b>{from?.name}</b> → <b>{to?.name}</b>
          <br />
          <span className="muted small">{MODEL_LABEL[invocationModel(edge)]}</span>
        </p>
        {edgeError && (
          <p className="field-hint is-warning" role="alert" data-testid="field-error">
            {edgeError}
          </p>
        )}
        <SelectField
          label="Kind"
          value={edge.kind}
          options={[...new Set([...kinds, edge.kind])].map((k) => ({ value: k, label: k }))}
          onChange={(kind) => setEdge(store, edge.id, { kind })}
          hint={KIND_HINT[edge.kind]}
          testId="edge-kind"
        />
        {edge.kind === 'invoke' && from?.kind === 'client' && to?.kind === 'function' && (
          <SelectField
            label="Invocation type"
            value={(c.invocationType as string) ?? 'RequestResponse'}
            options={[
              { value: 'RequestResponse', label: 'RequestResponse (synchronous)' },
              { value: 'Event', label: 'Event (asynchronous)' },
            ]}
            onChange={(v) => set({ invocationType: v === 'RequestResponse' ? undefined : v })}
            hint="Event: Lambda queues the request, answers 202, and retries failures itself."
            error={err('invocationType')}
            testId="edge-invocation-type"
          />
        )}
        {edge.kind === 'notify' && from?.kind === 's3Bucket' && (
          <>
            <TextInputField
              label="Events"
              value={Array.isArray(c.events) ? (c.events as string[]).join(', ') : undefined}
              placeholder="s3:ObjectCreated:*"
              onChange={(v) =>
                set({
                  events: v
                    ? v
                        .split(',')
                        .map((x) => x.trim())
                        .filter(Boolean)
                    : undefined,
                })
              }
              hint="Which object events notify, e.g. s3:ObjectCreated:*, s3:ObjectRemoved:*."
              error={err('events')}
              testId="edge-events"
            />
            <div className="field-stack">
              <TextInputField
                label="Prefix"
                value={c.prefix as string | undefined}
                placeholder="uploads/"
                onChange={(prefix) => set({ prefix })}
                hint="Only keys starting with this."
                error={err('prefix')}
              />
              <TextInputField
                label="Suffix"
                value={c.suffix as string | undefined}
                placeholder=".jpg"
                onChange={(suffix) => set({ suffix })}
                hint="Only keys ending with this."
                error={err('suffix')}
              />
            </div>
          </>
        )}
        {edge.kind === 'eventSourceMapping' && (
          <>
            <CheckField
              label="Enabled"
              checked={c.enabled !== false}
              onChange={(on) => set({ enabled: on ? undefined : false })}
              hint="A disabled mapping stops polling; messages wait in the source."
              error={err('enabled')}
              testId="edge-enabled"
            />
            <div className="field-stack">
              <NumberField
                label="Batch size"
                value={num(c.batchSize)}
                min={1}
                max={10000}
                placeholder={stream ? '100' : '10'}
                onChange={(batchSize) => set({ batchSize })}
                hint="Records per invocation, at most."
                error={err('batchSize')}
                testId="edge-batch-size"
              />
              <NumberField
                label="Batching window"
                unit="s"
                value={num(c.maximumBatchingWindowInSeconds)}
                min={0}
                max={300}
                placeholder="0"
                onChange={(maximumBatchingWindowInSeconds) => set({ maximumBatchingWindowInSeconds })}
                hint="Wait up to this long to fill a batch."
                error={err('maximumBatchingWindowInSeconds')}
              />
            </div>
            <CheckField
              label="Report batch item failures"
              checked={
                Array.isArray(c.functionResponseTypes) &&
                c.functionResponseTypes.includes('ReportBatchItemFailures')
              }
              onChange={(on) => set({ functionResponseTypes: on ? ['ReportBatchItemFailures'] : undefined })}
              hint="The handler returns batchItemFailures, so only those records are retried, not the whole batch."
              error={err('functionResponseTypes')}
              testId="edge-report-failures"
            />
            {from?.kind === 'sqsQueue' && (
              <NumberField
                label="Maximum concurrency"
                value={num(c.maximumConcurrency)}
                min={2}
                max={1000}
                placeholder="no limit"
                onChange={(maximumConcurrency) => set({ maximumConcurrency })}
                hint="Caps the concurrent invocations this queue drives (2–1000), without throttling."
                error={err('maximumConcurrency')}
              />
            )}
            {stream && (
              <>
                <SelectField
                  label="Starting position"
                  value={(c.startingPosition as string) ?? 'TRIM_HORIZON'}
                  options={[
                    { value: 'TRIM_HORIZON', label: 'TRIM_HORIZON (oldest record)' },
                    { value: 'LATEST', label: 'LATEST (new records only)' },
                  ]}
                  onChange={(startingPosition) => set({ startingPosition })}
                  hint="Where in the shard the mapping starts reading."
                  error={err('startingPosition')}
                />
                <div className="field-stack">
                  <NumberField
                    label="Retry attempts"
                    value={num(c.maximumRetryAttempts)}
                    min={-1}
                    max={10000}
                    placeholder="-1 (until expiry)"
                    onChange={(maximumRetryAttempts) => set({ maximumRetryAttempts })}
                    hint="A failing batch blocks its shard until it succeeds or this runs out."
                    error={err('maximumRetryAttempts')}
                  />
                  <NumberField
                    label="Max record age"
                    unit="s"
                    value={num(c.maximumRecordAgeInSeconds)}
                    min={-1}
                    max={604800}
                    placeholder="-1 (forever)"
                    onChange={(maximumRecordAgeInSeconds) => set({ maximumRecordAgeInSeconds })}
                    hint="Older records are skipped (sent on-failure)."
                    error={err('maximumRecordAgeInSeconds')}
                  />
                </div>
                <CheckField
                  label="Split batch on error (bisect)"
                  checked={c.bisectBatchOnFunctionError === true}
                  onChange={(on) => set({ bisectBatchOnFunctionError: on || undefined })}
                  hint="A failing batch is halved and retried, to isolate a poison record."
                  error={err('bisectBatchOnFunctionError')}
                />
                <NumberField
                  label="Parallelization factor"
                  value={num(c.parallelizationFactor)}
                  min={1}
                  max={10}
                  placeholder="1"
                  onChange={(parallelizationFactor) => set({ parallelizationFactor })}
                  hint="Concurrent batches per shard (1–10), still in order per partition key."
                  error={err('parallelizationFactor')}
                />
              </>
            )}
            <JsonField
              label="Filter patterns"
              value={c.filterPatterns}
              onChange={(filterPatterns) => set({ filterPatterns })}
              hint='A list of patterns; records matching none are dropped before invoking, e.g. [{"body": {"type": ["order"]}}].'
              error={err('filterPatterns')}
              testId="edge-filters"
            />
          </>
        )}
        {edge.kind === 'redrive' && (
          <NumberField
            label="Maximum receives"
            value={num(c.maxReceiveCount)}
            min={1}
            max={1000}
            placeholder="5"
            onChange={(maxReceiveCount) => set({ maxReceiveCount })}
            hint="After this many receives without a delete, SQS moves the message to the dead-letter queue."
            error={err('maxReceiveCount')}
            testId="edge-max-receive"
          />
        )}
      </div>
    </section>
  );
}
