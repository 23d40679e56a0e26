import type { ScenarioNode } from '../../engine/scenarioTypes';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { CheckField, JsonField, SelectField, TextInputField } from './fields';
import { LayerFilesField } from './LayerFilesField';
import { NumberField } from './NumberField';
import { TextField } from './TextField';
import { useFieldErrors } from './useFieldErrors';
import { useNodePath } from './useNodePath';

const NAME_HINT: Partial<Record<ScenarioNode['kind'], string>> = {
  s3Bucket: 'The bucket name handlers use with the SDK (Bucket: …).',
  sqsQueue: 'The queue name; its URL in the SDK ends with this name.',
  snsTopic: 'The topic name; its ARN ends with this name.',
  kinesisStream: 'The stream name handlers use (StreamName: …).',
  dynamodbTable: 'The table name handlers use (TableName: …).',
  parameter: 'The parameter name handlers read, e.g. /app/db-password.',
  eventBridgeRule: 'The rule name.',
  apiGateway: 'The API name.',
  layer: 'The layer name; its files are mounted under /opt.',
};

/** Settings of every node kind besides functions and clients. */
export function ServiceInspector({ node }: { node: ScenarioNode }) {
  const { updateNode } = useAppActions();
  const patch = (p: Record<string, unknown>) => updateNode(node.id, p as Partial<ScenarioNode>);
  const errors = useFieldErrors();
  const path = useNodePath(node.id);
  const err = (field: string, inside = false) => errors.at(`${path}.${field}`, inside);
  const usedBy = useAppStore((s) =>
    node.kind === 'layer'
      ? s.scenario.nodes
          .filter((n) => n.kind === 'function' && n.layers?.includes(node.id))
          .map((n) => n.name)
          .join(', ')
      : '',
  );
  const nodeError = errors.at(path);

  return (
    <div className="inspector-body" data-testid={`${node.kind}-inspector`}>
      <TextField
        label="Name"
        value={node.name}
        onChange={(name) => patch({ name })}
        hint={NAME_HINT[node.kind]}
        testId="inspector-name"
      />
      {nodeError && (
        <p className="field-hint is-warning" role="alert" data-testid="field-error">
          {nodeError}
        </p>
      )}
      {node.kind === 'apiGateway' && (
        <>
          <SelectField
            label="Payload format"
            value={node.payloadVersion ?? '1.0'}
            options={[
              { value: '1.0', label: '1.0 (REST API style event)' },
              { value: '2.0', label: '2.0 (HTTP API style event)' },
            ]}
            onChange={(payloadVersion) => patch({ payloadVersion })}
            hint="The shape of the event your handler receives; 2.0 is smaller and simpler."
            error={err('payloadVersion')}
          />
          <NumberField
            label="Integration timeout"
            unit="s"
            value={node.timeoutSeconds}
            min={0.05}
            max={29}
            placeholder="29"
            onChange={(timeoutSeconds) => patch({ timeoutSeconds })}
            hint="API Gateway answers 504 if the function takes longer, even if it later succeeds."
            error={err('timeoutSeconds')}
            testId="inspector-api-timeout"
          />
        </>
      )}
      {node.kind === 'sqsQueue' && (
        <>
          <CheckField
            label="FIFO queue"
            checked={!!node.fifo}
            onChange={(fifo) => patch({ fifo: fifo || undefined })}
            hint="First-in-first-out per message group, exactly-once processing; batches of at most 10."
            error={err('fifo')}
          />
          <NumberField
            label="Visibility timeout"
            unit="s"
            value={node.visibilityTimeoutSeconds}
            min={0}
            max={43200}
            placeholder="30"
            onChange={(visibilityTimeoutSeconds) => patch({ visibilityTimeoutSeconds })}
            hint="A received message stays hidden this long; unless deleted it comes back. Set ≥ 6× the function timeout."
            error={err('visibilityTimeoutSeconds')}
            testId="inspector-visibility"
          />
          <NumberField
            label="Message retention"
            unit="s"
            value={node.messageRetentionSeconds}
            min={60}
            max={1209600}
            placeholder="345600 (4 days)"
            onChange={(messageRetentionSeconds) => patch({ messageRetentionSeconds })}
            hint="Messages older than this are deleted, processed or not."
            error={err('messageRetentionSeconds')}
          />
        </>
      )}
      {node.kind === 'kinesisStream' && (
        <>
          <NumberField
            label="Shards"
            value={node.shards}
            min={1}
            max={500}
            placeholder="1"
            onChange={(shards) => patch({ shards })}
            hint="Each shard is an ordered sequence; Lambda runs one batch per shard at a time (× parallelization)."
            error={err('shards')}
          />
          <NumberField
            label="Retention"
            unit="h"
            value={node.retentionHours}
            min={24}
            max={8760}
            placeholder="24"
            onChange={(retentionHours) => patch({ retentionHours })}
            hint="Records expire after this, processed or not: a stuck shard loses data."
            error={err('retentionHours')}
          />
        </>
      )}
      {node.kind === 'dynamodbTable' && (
        <>
          <TextInputField
            label="Partition key"
            value={node.partitionKey}
            placeholder="pk"
            onChange={(partitionKey) => patch({ partitionKey })}
            hint="The attribute every item must have; it decides the item's partition."
            error={err('partitionKey')}
          />
          <TextInputField
            label="Sort key"
            value={node.sortKey}
            placeholder="(none)"
            onChange={(sortKey) => patch({ sortKey })}
            hint="Optional: orders items that share a partition key."
            error={err('sortKey')}
          />
          <SelectField
            label="Stream"
            value={node.stream ?? 'off'}
            options={[
              { value: 'off', label: 'Off' },
              { value: 'NEW_IMAGE', label: 'NEW_IMAGE' },
              { value: 'OLD_IMAGE', label: 'OLD_IMAGE' },
              { value: 'NEW_AND_OLD_IMAGES', label: 'NEW_AND_OLD_IMAGES' },
              { value: 'KEYS_ONLY', label: 'KEYS_ONLY' },
            ]}
            onChange={(v) => patch({ stream: v === 'off' ? null : v })}
            hint="A change log of item writes Lambda can poll; the view type says what each record carries."
            error={err('stream')}
            testId="inspector-table-stream"
          />
        </>
      )}
      {node.kind === 'eventBridgeRule' && (
        <>
          <TextInputField
            label="Schedule"
            value={node.schedule}
            placeholder="rate(1 minute) or cron(0 12 * * ? *)"
            onChange={(schedule) => patch({ schedule })}
            hint="rate(N minutes) or a six-field cron(...) in UTC; leave empty for an event-pattern rule."
            error={err('schedule')}
            testId="inspector-schedule"
          />
          <JsonField
            label="Event pattern"
            value={node.eventPattern}
            onChange={(eventPattern) => patch({ eventPattern })}
            hint='Matches events sent with PutEvents, e.g. {"source": ["shop"]}.'
            error={err('eventPattern', true)}
            testId="inspector-event-pattern"
          />
        </>
      )}
      {node.kind === 'parameter' && (
        <>
          <TextInputField
            label="Value"
            value={node.value}
            onChange={(value) => patch({ value: value ?? '' })}
            hint="What GetParameter returns."
            error={err('value')}
            testId="inspector-param-value"
          />
          <CheckField
            label="SecureString (encrypted with KMS)"
            checked={!!node.secure}
            onChange={(secure) => patch({ secure: secure || undefined })}
            hint="Read it with WithDecryption: true; keep secrets here, not in environment variables."
            error={err('secure')}
          />
        </>
      )}
      {node.kind === 'layer' && (
        <p className="field-hint">
          {usedBy ? `Used by: ${usedBy}.` : 'Not used yet: drag from this layer to a function to attach it.'}
        </p>
      )}
      {node.kind === 'layer' && (
        <LayerFilesField node={node} onChange={(files) => patch({ files })} error={err('files', true)} />
      )}
      {(node.kind === 's3Bucket' || node.kind === 'snsTopic') && (
        <p className="field-hint">
          {node.kind === 's3Bucket'
            ? 'Connect the bucket to a function (notify) to run code on uploads: S3 invokes it asynchronously.'
            : 'Connect the topic to functions or queues (notify): each subscriber gets every message, pushed asynchronously.'}
        </p>
      )}
    </div>
  );
}
