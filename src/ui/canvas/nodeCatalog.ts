import type { NodeKind, ScenarioNode } from '../../engine/scenarioTypes';
import { trafficSummary } from './trafficSummary';

export type Family = 'compute' | 'traffic' | 'integration' | 'storage' | 'streaming' | 'management';

export interface KindInfo {
  kind: NodeKind;
  label: string;
  family: Family;
  /** One line for the palette tooltip: what it is on AWS. */
  blurb: string;
}

/** Palette order: traffic in, compute, then the services by family. */
export const KINDS: KindInfo[] = [
  { kind: 'client', label: 'Client', family: 'traffic', blurb: 'Who sends traffic: users, devices or a job' },
  { kind: 'function', label: 'Function', family: 'compute', blurb: 'A Lambda function: your handler code' },
  { kind: 'layer', label: 'Layer', family: 'compute', blurb: 'Shared code mounted at /opt in functions' },
  {
    kind: 'apiGateway',
    label: 'API Gateway',
    family: 'integration',
    blurb: 'HTTP API in front of a function (sync)',
  },
  {
    kind: 'snsTopic',
    label: 'SNS topic',
    family: 'integration',
    blurb: 'Pub/sub: pushes each message to subscribers (async)',
  },
  { kind: 'sqsQueue', label: 'SQS queue', family: 'integration', blurb: 'A queue Lambda polls in batches' },
  {
    kind: 'eventBridgeRule',
    label: 'EventBridge rule',
    family: 'integration',
    blurb: 'A schedule or event pattern (async)',
  },
  {
    kind: 's3Bucket',
    label: 'S3 bucket',
    family: 'storage',
    blurb: 'Object storage; notifies on uploads (async)',
  },
  {
    kind: 'dynamodbTable',
    label: 'DynamoDB table',
    family: 'storage',
    blurb: 'Key-value table; its stream is polled',
  },
  {
    kind: 'kinesisStream',
    label: 'Kinesis stream',
    family: 'streaming',
    blurb: 'Ordered shards Lambda polls',
  },
  {
    kind: 'parameter',
    label: 'Parameter',
    family: 'management',
    blurb: 'SSM Parameter Store value or secret',
  },
];

export const KIND_INFO = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<NodeKind, KindInfo>;

/** The key settings of a node, in one short line for the canvas. */
export function nodeSummary(node: ScenarioNode): string {
  switch (node.kind) {
    case 'function': {
      const parts = [`${node.memoryMB ?? 128} MB`, `${node.timeoutSeconds ?? 3} s`];
      if (node.architecture === 'arm64') parts.push('arm64');
      return parts.join(' · ');
    }
    case 'layer':
      return `${Object.keys(node.files).length} file(s) at /opt`;
    case 'client':
      return `${trafficSummary(node.traffic)}${node.origin === 'account' ? ' · in account' : ''}`;
    case 'apiGateway':
      return `payload ${node.payloadVersion ?? '1.0'} · ${node.timeoutSeconds ?? 29} s timeout`;
    case 's3Bucket':
      return 'bucket';
    case 'snsTopic':
      return 'standard topic';
    case 'sqsQueue':
      return `${node.fifo ? 'FIFO' : 'standard'} · visibility ${node.visibilityTimeoutSeconds ?? 30} s`;
    case 'kinesisStream':
      return `${node.shards ?? 1} shard(s) · ${node.retentionHours ?? 24} h`;
    case 'dynamodbTable':
      return `pk ${node.partitionKey ?? 'pk'}${node.sortKey ? ` / sk ${node.sortKey}` : ''} · stream ${node.stream ?? 'off'}`;
    case 'eventBridgeRule':
      return node.schedule ?? (node.eventPattern !== undefined ? 'event pattern' : 'no schedule');
    case 'parameter':
      return node.secure
        ? 'SecureString ••••'
        : `String “${node.value.slice(0, 18)}${node.value.length > 18 ? '…' : ''}”`;
  }
}

/** Which handles a kind has: can it be called (target) or call something (source)? */
export function handlesOf(kind: NodeKind): { target: boolean; source: boolean } {
  switch (kind) {
    case 'client':
      return { target: false, source: true };
    case 'layer':
      return { target: false, source: true };
    case 'parameter':
      return { target: true, source: true }; // so a wrong drag gets a reason instead of nothing
    default:
      return { target: true, source: true };
  }
}
