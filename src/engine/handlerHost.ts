// The only way the engine talks to handler code. The engine is pure; a host (src/sandbox)
// runs real JavaScript and reports back through the kernel the engine hands it.
//
// Co-simulation contract (architecture.md, "Time"):
// - Every call into a SandboxEnvironment runs synchronously and returns only after the
//   environment's promise jobs are drained, so all kernel callbacks caused by that slice have
//   been made before the call returns. Kernel callbacks only schedule; they never re-enter.
// - Times are absolute virtual milliseconds. A slice that starts at `nowMs` and burns c ms of
//   (scaled) CPU reports its effects at nowMs + c, never earlier than nowMs.
// - A host that cannot finish a slice synchronously (handler awaited a native promise) says so
//   through `hasPendingExternalWork()`; the driver then yields a macrotask and resumes.

export interface ErrorPayload {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

export type LogLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE' | 'FATAL';

export type InitOutcome = { ok: true } | { ok: false; error: ErrorPayload };

export type InvokeOutcome =
  | { ok: true; payload: unknown }
  | { ok: false; error: ErrorPayload; status: 'error' | 'timeout' | 'crash' };

export interface EnvironmentKernel {
  /**
   * The id of the request this environment is serving ('' when none), formatted when first
   * asked. A host asks for it only when something reads it (the handler's context, an error
   * message): most requests of a fast run are never read, and formatting is costly. A kernel
   * without it: the host copies InvokeRequest.requestId during invoke().
   */
  currentRequestId?(): string;
  /** Module init finished (top-level code and top-level await). */
  initDone(atMs: number, outcome: InitOutcome): void;
  /** The handler's response (or failure) for the current request. */
  invokeDone(atMs: number, outcome: InvokeOutcome): void;
  /**
   * The environment's earliest timer is due at `atMs`. The engine calls wake() at that time if
   * the environment is thawed (a frozen one runs overdue timers itself in its next invoke()).
   * Only the earliest outstanding request is kept: after each wake() or invoke() the host
   * requests its next due timer again.
   */
  requestWake(atMs: number): void;
  /**
   * A console line written by user code. Text format (spec.logFormat absent or 'Text'): the
   * message formatted like Node's util.format. JSON format: a JSON object text with the line's
   * own members ("message", and errorType/errorMessage/stackTrace when an Error was logged);
   * the engine adds timestamp, level and requestId, and drops lines below the level.
   */
  log(atMs: number, level: LogLevel, message: string): void;
  /**
   * An AWS SDK call from handler code (simulated S3, DynamoDB, SQS, SNS, EventBridge, SSM,
   * Lambda). The engine answers later, after a simulated latency, through
   * SandboxEnvironment.completeCall(nowMs, callId, response). callId is chosen by the host and
   * unique within the environment.
   */
  callService(atMs: number, callId: number, request: ServiceRequest): void;
}

export type ServiceName = 's3' | 'dynamodb' | 'sqs' | 'sns' | 'eventbridge' | 'ssm' | 'lambda' | 'kinesis';

export interface ServiceRequest {
  service: ServiceName;
  /** The API operation name, e.g. 'PutObject', 'GetItem', 'SendMessage', 'Invoke'. */
  operation: string;
  /** The command input exactly as the AWS SDK v3 takes it (DynamoDB in low-level attribute-value form). */
  input: Record<string, unknown>;
}

export type ServiceResponse =
  | { ok: true; output: Record<string, unknown> }
  | { ok: false; error: { name: string; message: string; statusCode: number } };

export interface EnvironmentSpec {
  functionId: string;
  functionName: string;
  runtime: string;
  handler: string;
  files: Record<string, string>;
  /** Layer files, in order, keyed by path relative to /opt. */
  layers: Record<string, string>[];
  memoryMB: number;
  timeoutMs: number;
  ephemeralStorageMB: number;
  environment: Record<string, string>;
  region: string;
  /** Stable per environment: "2026/11/28/[$LATEST]<32 hex>". */
  logStreamName: string;
  /** Per-environment seed for the sandbox's seeded random numbers and UUIDs. */
  seed: number;
  /** 'measured': slices advance virtual time by real CPU time × cpuScale. */
  cpu: 'measured' | 'ignored';
  /** max(1, 1769 / memoryMB). */
  cpuScale: number;
  /** Wall-clock epoch of virtual time 0: the sandbox's clock reads epochMs + nowMs. */
  epochMs: number;
  /** LoggingConfig.LogFormat (default 'Text'): how console lines are handed to kernel.log. */
  logFormat?: 'Text' | 'JSON';
  /** LoggingConfig.ApplicationLogLevel when the format is JSON (AWS_LAMBDA_LOG_LEVEL). */
  logLevel?: string;
  /**
   * State a reset environment keeps (its /tmp), as returned by the previous instance's
   * transferState(). Absent for a brand-new environment.
   */
  inherited?: unknown;
}

export interface InvokeRequest {
  requestId: string;
  event: unknown;
  /** Absolute virtual time at which the function times out. */
  deadlineMs: number;
  invokedFunctionArn: string;
}

export interface SandboxEnvironment {
  /** Run module init. Ends with kernel.initDone (possibly after virtual waits). */
  init(nowMs: number): void;
  /** Run the handler. Ends with kernel.invokeDone. Thaws the environment first. */
  /** `request` is reused by the engine for the next invoke: copy what must outlive the call. */
  invoke(nowMs: number, request: InvokeRequest): void;
  /** Fire timers due at or before nowMs. Only called while thawed. */
  wake(nowMs: number): void;
  /** The current request timed out (or init timed out): stop all its work now. */
  abort(nowMs: number): void;
  /**
   * The answer to an earlier kernel.callService. Called while the environment is thawed; an
   * answer that arrives while it is frozen is held by the engine and delivered just before the
   * next invoke() of this environment.
   */
  completeCall(nowMs: number, callId: number, response: ServiceResponse): void;
  /** Throw the instance away (reset or reaped). */
  destroy(): void;
  /** What survives a reset of this environment (Lambda keeps /tmp); opaque to the engine. */
  transferState?(): unknown;
  /** Rough bytes held by this environment's state, for Max Memory Used (an estimate). */
  estimateMemoryBytes(): number;
}

export interface HandlerHost {
  /** Compile-time problems (syntax errors, unknown handler) are reported at init, not here. */
  createEnvironment(spec: EnvironmentSpec, kernel: EnvironmentKernel): SandboxEnvironment;
  hasPendingExternalWork(): boolean;
}
