// The v1 scenario as the engine consumes it (../shared/docs/scenario-format.md).
// The engine owns these types so it depends on nothing else; src/scenario validates
// untrusted input into exactly this shape.

export interface Scenario {
  version: 1;
  name: string;
  description?: string;
  seed?: number;
  durationSeconds?: number;
  account?: AccountSettings;
  cpu?: 'measured' | 'ignored';
  /** What the scenario asks of the sandbox; the engine ignores it (the app and CLI enforce it). */
  sandbox?: SandboxRequest;
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
}

export interface SandboxRequest {
  /**
   * Real network access for handler `fetch`: true = any https host, a list = only those hosts
   * ("api.example.com", "*.example.com", "http://127.0.0.1:8080"). The user allows it per run.
   */
  network?: { allow: boolean | string[]; reason?: string };
}

export interface Pricing {
  requestsPerMillionUSD: number;
  x86GBSecondUSD: number;
  arm64GBSecondUSD: number;
  provisionedGBSecondUSD: number;
  provisionedDurationGBSecondUSD: number;
  ephemeralStorageGBSecondUSD: number;
  freeTier: boolean;
}

export interface AccountSettings {
  concurrencyLimit?: number;
  unreservedMinimum?: number;
  scalingEnvironmentsPer10s?: number;
  idleEnvironmentLifetimeSeconds?: number;
  maxEnvironmentLifetimeSeconds?: number | null;
  legacyBurstScaling?: boolean;
  legacyVpcNetworking?: boolean;
  /** Extension: how long a vpc function stays Pending after creation (documented assumption). */
  vpcPendingSeconds?: number;
  /** Extension: ENI creation added to each cold start with legacyVpcNetworking (documented assumption). */
  legacyVpcEniSeconds?: number;
  pricing?: Partial<Pricing>;
}

export interface Position {
  x: number;
  y: number;
}

interface NodeBase {
  id: string;
  name: string;
  position?: Position;
}

export interface FunctionNode extends NodeBase {
  kind: 'function';
  runtime?: string;
  handler?: string;
  files: Record<string, string>;
  memoryMB?: number;
  timeoutSeconds?: number;
  ephemeralStorageMB?: number;
  architecture?: 'x86_64' | 'arm64';
  environment?: Record<string, string>;
  reservedConcurrency?: number | null;
  provisionedConcurrency?: number;
  async?: { maximumRetryAttempts?: 0 | 1 | 2; maximumEventAgeSeconds?: number };
  recursiveLoop?: 'Terminate' | 'Allow';
  layers?: string[];
  permissions?: string[];
  url?: { authType: 'NONE' | 'AWS_IAM' } | null;
  vpc?: boolean;
  coldStart?: { runtimeInitMs?: number };
  /** Lambda's LoggingConfig: JSON log lines and level filtering (levels apply only to JSON). */
  loggingConfig?: {
    logFormat?: 'Text' | 'JSON';
    applicationLogLevel?: 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';
    systemLogLevel?: 'DEBUG' | 'INFO' | 'WARN';
  };
}

export interface LayerNode extends NodeBase {
  kind: 'layer';
  files: Record<string, string>;
}

export type Traffic = TrafficPattern & { startSecond?: number; stopSecond?: number };

export type TrafficPattern =
  | { pattern: 'constant'; ratePerSecond: number }
  | { pattern: 'poisson'; ratePerSecond: number }
  | { pattern: 'ramp'; fromPerSecond: number; toPerSecond: number; overSeconds: number }
  | { pattern: 'spike'; basePerSecond: number; peakPerSecond: number; atSecond: number; forSeconds: number }
  | { pattern: 'burst'; count: number; atSecond: number }
  | { pattern: 'sine'; meanPerSecond: number; amplitudePerSecond: number; periodSeconds: number }
  | { pattern: 'manual' };

export interface WeightedPayload {
  weight?: number;
  body: unknown;
}

export interface ClientNode extends NodeBase {
  kind: 'client';
  origin?: 'internet' | 'account';
  traffic: Traffic;
  payloads?: WeightedPayload[];
}

export interface ApiGatewayNode extends NodeBase {
  kind: 'apiGateway';
  payloadVersion?: '1.0' | '2.0';
  timeoutSeconds?: number;
}
export interface S3BucketNode extends NodeBase {
  kind: 's3Bucket';
}
export interface SnsTopicNode extends NodeBase {
  kind: 'snsTopic';
}
export interface SqsQueueNode extends NodeBase {
  kind: 'sqsQueue';
  fifo?: boolean;
  visibilityTimeoutSeconds?: number;
  messageRetentionSeconds?: number;
}
export interface KinesisStreamNode extends NodeBase {
  kind: 'kinesisStream';
  shards?: number;
  retentionHours?: number;
}
export interface DynamoDbTableNode extends NodeBase {
  kind: 'dynamodbTable';
  partitionKey?: string;
  sortKey?: string;
  stream?: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY' | null;
}
export interface EventBridgeRuleNode extends NodeBase {
  kind: 'eventBridgeRule';
  schedule?: string;
  eventPattern?: unknown;
}
export interface ParameterNode extends NodeBase {
  kind: 'parameter';
  value: string;
  secure?: boolean;
}

export type ScenarioNode =
  | FunctionNode
  | LayerNode
  | ClientNode
  | ApiGatewayNode
  | S3BucketNode
  | SnsTopicNode
  | SqsQueueNode
  | KinesisStreamNode
  | DynamoDbTableNode
  | EventBridgeRuleNode
  | ParameterNode;

export type NodeKind = ScenarioNode['kind'];

export type EdgeKind =
  | 'invoke'
  | 'send'
  | 'notify'
  | 'eventSourceMapping'
  | 'onSuccess'
  | 'onFailure'
  | 'deadLetter'
  | 'redrive';

export interface ScenarioEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  config?: Record<string, unknown>;
}
