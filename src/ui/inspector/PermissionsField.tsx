import { useState } from 'react';
import type { FunctionNode } from '../../engine/scenarioTypes';
import { useAppStore } from '../../state/useAppStore';

const COMMON = [
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:SendMessage',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:ListShards',
  'kinesis:ListStreams',
  'kinesis:PutRecord',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:DescribeStream',
  'dynamodb:ListStreams',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  's3:GetObject',
  's3:PutObject',
  'sns:Publish',
  'ssm:GetParameter',
  'events:PutEvents',
  'lambda:InvokeFunction',
];

const NEEDS: Record<string, string[]> = {
  sqsQueue: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
  kinesisStream: [
    'kinesis:GetRecords',
    'kinesis:GetShardIterator',
    'kinesis:DescribeStream',
    'kinesis:DescribeStreamSummary',
    'kinesis:ListShards',
    'kinesis:ListStreams',
  ],
  dynamodbTable: [
    'dynamodb:GetRecords',
    'dynamodb:GetShardIterator',
    'dynamodb:DescribeStream',
    'dynamodb:ListStreams',
  ],
};

/** The execution role: absent = what the wiring needs; the teaching toggle lets people remove actions. */
export function PermissionsField({
  node,
  onChange,
  error,
}: {
  node: FunctionNode;
  onChange(permissions: string[] | undefined): void;
  error?: string;
}) {
  const wiringNeeds = useAppStore((s) => {
    const needs = new Set<string>();
    for (const e of s.scenario.edges) {
      if (e.to !== node.id || e.kind !== 'eventSourceMapping') continue;
      const from = s.scenario.nodes.find((n) => n.id === e.from);
      for (const a of NEEDS[from?.kind ?? ''] ?? []) needs.add(a);
    }
    return [...needs].sort().join(',');
  });
  const [other, setOther] = useState('');
  const custom = node.permissions !== undefined;
  const list = node.permissions ?? [];
  const all = [...new Set([...COMMON, ...list])];
  return (
    <fieldset className="field permissions-field" data-testid="inspector-permissions">
      <legend>Execution role permissions</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={custom}
          data-testid="permissions-custom"
          onChange={(e) =>
            onChange(e.target.checked ? (wiringNeeds ? wiringNeeds.split(',') : []) : undefined)
          }
        />{' '}
        Edit the role’s actions myself
      </label>
      {!custom && (
        <p className="field-hint">
          The role allows what its wiring and code need
          {wiringNeeds ? ` (${wiringNeeds.split(',').join(', ')})` : ''}. Tick the box to take actions away
          and see the AWS error.
        </p>
      )}
      {custom && (
        <div className="permission-list">
          {all.map((action) => (
            <label key={action} className="check-row">
              <input
                type="checkbox"
                checked={list.includes(action)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...list, action] : list.filter((a) => a !== action))
                }
              />{' '}
              <code>{action}</code>
            </label>
          ))}
          <div className="kv-row">
            <input
              aria-label="Another action"
              placeholder="service:Action"
              value={other}
              onChange={(e) => setOther(e.target.value)}
            />
            <button
              type="button"
              className="btn btn-small"
              disabled={!/^[a-z0-9-]+:[A-Za-z*]+$/.test(other) || list.includes(other)}
              onClick={() => {
                onChange([...list, other]);
                setOther('');
              }}
            >
              Add
            </button>
          </div>
        </div>
      )}
      {error && <p className="field-hint is-warning">{error}</p>}
    </fieldset>
  );
}
