// A tiny stand-in for the engine, for sandbox tests: one environment, its wake requests,
// and the function timeout (abort at the deadline), following handlerHost.ts.
import type {
  EnvironmentSpec,
  HandlerHost,
  InitOutcome,
  InvokeOutcome,
  LogLevel,
  SandboxEnvironment,
  ServiceRequest,
} from '../../engine/handlerHost';

export interface DriverLog {
  atMs: number;
  level: LogLevel;
  message: string;
}

export function testSpec(files: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec {
  return {
    functionId: 'fn',
    functionName: 'my-function',
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    files,
    layers: [],
    memoryMB: 128,
    timeoutMs: 3000,
    ephemeralStorageMB: 512,
    environment: {},
    region: 'us-east-1',
    logStreamName: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
    seed: 42,
    cpu: 'ignored',
    cpuScale: 1,
    epochMs: 1767225600000,
    ...overrides,
  };
}

export class TestDriver {
  nowMs = 0;
  readonly logs: DriverLog[] = [];
  /** AWS SDK calls the environment made; answer them with env.completeCall. */
  readonly serviceCalls: { atMs: number; callId: number; request: ServiceRequest }[] = [];
  readonly env: SandboxEnvironment;
  wakeAtMs = Infinity;
  wakeRequests = 0;
  private initResult: { atMs: number; outcome: InitOutcome } | null = null;
  private invokeResult: { atMs: number; outcome: InvokeOutcome } | null = null;
  private requestCount = 0;

  constructor(
    readonly host: HandlerHost,
    readonly spec: EnvironmentSpec,
  ) {
    this.env = host.createEnvironment(spec, {
      initDone: (atMs, outcome) => {
        this.initResult = { atMs, outcome };
      },
      invokeDone: (atMs, outcome) => {
        this.invokeResult = { atMs, outcome };
      },
      requestWake: (atMs) => {
        this.wakeRequests++;
        if (atMs < this.wakeAtMs) this.wakeAtMs = atMs;
      },
      log: (atMs, level, message) => {
        this.logs.push({ atMs, level, message });
      },
      callService: (atMs, callId, request) => {
        this.serviceCalls.push({ atMs, callId, request });
      },
    });
  }

  init(limitMs = 10_000): InitOutcome {
    this.initResult = null;
    const deadline = this.nowMs + limitMs;
    this.env.init(this.nowMs);
    while (this.initResult === null && this.wakeAtMs <= deadline) this.fireWake();
    const result = this.lastInit();
    if (result === null) {
      this.nowMs = deadline;
      this.env.abort(deadline);
      return { ok: false, error: { errorType: 'driver.InitTimeout', errorMessage: 'init timed out', trace: [] } };
    }
    this.finish(result.atMs);
    return result.outcome;
  }

  invoke(event: unknown = {}): InvokeOutcome & { atMs: number } {
    this.invokeResult = null;
    const requestId = `req-${++this.requestCount}`;
    const deadlineMs = this.nowMs + this.spec.timeoutMs;
    this.env.invoke(this.nowMs, { requestId, event, deadlineMs, invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function' });
    while (this.invokeResult === null && this.wakeAtMs <= deadlineMs) this.fireWake();
    if (this.invokeResult === null) {
      this.nowMs = deadlineMs;
      this.env.abort(deadlineMs);
      return { ok: false, status: 'timeout', atMs: deadlineMs, error: { errorType: 'Sandbox.Timedout', errorMessage: 'driver timeout', trace: [] } };
    }
    const result = this.lastInvoke() as { atMs: number; outcome: InvokeOutcome };
    this.finish(result.atMs);
    return { ...result.outcome, atMs: result.atMs };
  }

  private lastInit(): { atMs: number; outcome: InitOutcome } | null {
    return this.initResult;
  }

  private lastInvoke(): { atMs: number; outcome: InvokeOutcome } | null {
    return this.invokeResult;
  }

  /** Idle (frozen) time passes. */
  advance(ms: number): void {
    this.nowMs += ms;
  }

  private fireWake(): void {
    this.nowMs = Math.max(this.nowMs, this.wakeAtMs);
    this.wakeAtMs = Infinity;
    this.env.wake(this.nowMs);
  }

  private finish(atMs: number): void {
    this.nowMs = Math.max(this.nowMs, atMs);
    // The engine forgets wake requests of a frozen environment.
    this.wakeAtMs = Infinity;
  }
}
