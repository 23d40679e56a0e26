// The headless report (scenario-format.md, "The headless report"): a public contract.

export interface Stat {
  avg: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface FunctionReport {
  Invocations: number;
  Errors: number;
  Throttles: number;
  Retries: number;
  ColdStarts: number;
  Duration: Stat;
  InitDuration: { avg: number; max: number };
  ConcurrentExecutions: { max: number; avg: number };
  Environments: { max: number; avg: number };
  ProvisionedConcurrencyInvocations: number;
  ProvisionedConcurrencySpilloverInvocations: number;
  AsyncEventsReceived: number;
  AsyncEventsDropped: number;
  AsyncEventAge: { avg: number; max: number };
  DeadLetterErrors: number;
  DestinationDeliveryFailures: number;
  IteratorAge: { max: number };
  RecursiveInvocationsDropped: number;
  BilledDurationMs: number;
  GBSeconds: number;
  CostUSD: { requests: number; compute: number; provisioned: number; total: number };
}

export interface QueueReport {
  sent: number;
  received: number;
  deleted: number;
  visible: number;
  inFlight: number;
  movedToDeadLetter: number;
}

export interface Report {
  scenario: string;
  seed: number;
  simulatedSeconds: number;
  functions: Record<string, FunctionReport>;
  queues: Record<string, QueueReport>;
  streams: Record<string, { records: number; processed: number }>;
  clients: Record<string, { requests: number; statusCodes: Record<string, number> }>;
  destinations: Record<string, { received: number }>;
  account: { ConcurrentExecutions: { max: number }; Throttles: number };
  series?: SecondSample[];
}

export interface FunctionSecond {
  Invocations: number;
  Errors: number;
  Throttles: number;
  Retries: number;
  ColdStarts: number;
  /** Max busy environments within the second. */
  ConcurrentExecutions: number;
  Environments: number;
  AsyncEventsReceived: number;
  AsyncEventsDropped: number;
  /** Extensions (optional in the v1 contract): provisioned environments busy (max) and its share of PC. */
  ProvisionedConcurrentExecutions?: number;
  ProvisionedConcurrencyUtilization?: number;
  ProvisionedConcurrencyInvocations?: number;
  ProvisionedConcurrencySpilloverInvocations?: number;
  /** Extension: duration percentiles of the invocations that ended in the second, ms. */
  DurationP50?: number;
  DurationP90?: number;
  DurationP99?: number;
  /** Extension: mean Init Duration of the second's cold starts, ms (absent without cold starts). */
  InitDuration?: number;
  /** Extension: oldest async event taken off the internal queue in the second, ms (CloudWatch's AsyncEventAge). */
  AsyncEventAge?: number;
  /** Extension: async events Lambda holds for the function at the end of the second (queued, retrying or running). */
  AsyncQueueDepth?: number;
  /** Extension: the highest IteratorAge of the function's stream pollers in the second, ms. */
  IteratorAge?: number;
  /** Extension: the function's cost from the start of the run to the end of the second, USD (list prices). */
  CostUSD?: number;
}

export interface AccountSecond {
  ConcurrentExecutions: number;
  UnreservedConcurrentExecutions: number;
  ClaimedAccountConcurrency: number;
  Throttles: number;
}

export interface SecondSample {
  t: number;
  functions: Record<string, FunctionSecond>;
  queues: Record<string, { visible: number; inFlight: number }>;
  /** Extension: account-level CloudWatch metrics of the second (max within it). */
  account?: AccountSecond;
}

/** One CloudWatch-style log line, already formatted as Lambda prints it. */
export interface LogRecord {
  tMs: number;
  functionId: string;
  /** /aws/lambda/<name> */
  logGroup: string;
  logStream: string;
  envId: number;
  requestId: string | null;
  level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE' | 'FATAL' | 'PLATFORM';
  line: string;
}
