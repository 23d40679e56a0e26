import type { ScenarioEdge, ScenarioNode } from '../engine/scenarioTypes';
import type { ScenarioError } from './checkWiring';

// What AWS refuses when a mapping or destination is created, with AWS's messages.

const MAPPING_PERMISSIONS: Partial<Record<ScenarioNode['kind'], { service: string; actions: string[] }>> = {
  sqsQueue: { service: 'SQS', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'] },
  kinesisStream: {
    service: 'Kinesis',
    actions: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:ListShards', 'kinesis:ListStreams'],
  },
  dynamodbTable: {
    service: 'DynamoDB',
    actions: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'],
  },
};

export function checkEdgeRules(edge: ScenarioEdge, i: number, from: ScenarioNode, to: ScenarioNode): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const at = (suffix: string, message: string) => errors.push({ path: `edges[${i}]${suffix}`, message });
  if (edge.kind === 'eventSourceMapping' && to.kind === 'function') {
    const needed = MAPPING_PERMISSIONS[from.kind];
    if (needed && to.permissions) {
      const missing = needed.actions.find((a) => !to.permissions?.includes(a) && !to.permissions?.includes(`${a.split(':')[0]}:*`) && !to.permissions?.includes('*'));
      if (missing) {
        at('', `InvalidParameterValueException: The provided execution role does not have permissions to call ${missing.split(':')[1]} on ${needed.service}`);
      }
    }
    if (from.kind === 'sqsQueue') {
      const visibility = from.visibilityTimeoutSeconds ?? 30;
      const timeout = to.timeoutSeconds ?? 3;
      if (visibility < timeout) {
        at('', `InvalidParameterValueException: Queue visibility timeout: ${visibility} seconds is less than Function timeout: ${timeout} seconds`);
      }
      const batchSize = Number(edge.config?.batchSize ?? 10);
      const windowSeconds = Number(edge.config?.maximumBatchingWindowInSeconds ?? 0);
      const max = from.fifo ? 10 : windowSeconds >= 1 ? 10000 : 10;
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > max) {
        at('.config.batchSize', `must be between 1 and ${max}${from.fifo ? ' for a FIFO queue' : windowSeconds < 1 ? ' (up to 10,000 needs maximumBatchingWindowInSeconds of at least 1)' : ''}`);
      }
      const mc = edge.config?.maximumConcurrency;
      if (mc !== undefined && (!Number.isInteger(mc) || Number(mc) < 2 || Number(mc) > 1000)) {
        at('.config.maximumConcurrency', 'must be a whole number between 2 and 1000');
      }
    }
    if (from.kind === 'dynamodbTable' && !from.stream) {
      at('', `InvalidParameterValueException: table ${from.name} has no stream: set its stream view type first`);
    }
    if (from.kind === 'kinesisStream' || from.kind === 'dynamodbTable') {
      const c = edge.config ?? {};
      const range = (field: string, lo: number, hi: number) => {
        const v = c[field];
        if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi)) {
          at(`.config.${field}`, `must be a whole number between ${lo} and ${hi}`);
        }
      };
      range('batchSize', 1, 10000);
      range('parallelizationFactor', 1, 10);
      range('maximumRetryAttempts', -1, 10000);
      range('maximumRecordAgeInSeconds', -1, 604800);
      if (c.startingPosition !== undefined && c.startingPosition !== 'TRIM_HORIZON' && c.startingPosition !== 'LATEST') {
        at('.config.startingPosition', 'must be "TRIM_HORIZON" or "LATEST"');
      }
    }
  }
  if ((edge.kind === 'onSuccess' || edge.kind === 'onFailure' || edge.kind === 'deadLetter') && to.kind === 'sqsQueue' && to.fifo) {
    at('.kind', `InvalidParameterValueException: a FIFO queue (${to.name}) cannot be a destination or dead-letter queue for asynchronous invocation`);
  }
  if (edge.kind === 'redrive' && from.kind === 'sqsQueue' && to.kind === 'sqsQueue' && !!from.fifo !== !!to.fifo) {
    at('', 'the dead-letter queue of a FIFO queue must also be a FIFO queue (and standard for standard)');
  }
  return errors;
}
