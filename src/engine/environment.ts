import type { EnvironmentSpec, ErrorPayload, SandboxEnvironment, ServiceResponse } from './handlerHost';
import type { FunctionState } from './functionState';
import type { Invocation } from './invocation';
import type { LogSource } from './logBuffer';
import { keepsSystemRecords } from './logLevels';

export type EnvironmentState = 'platformInit' | 'init' | 'busy' | 'idle' | 'dead';

/** One execution environment: a module instance with its own scope, /tmp, timers and log stream. */
export class Environment {
  state: EnvironmentState = 'platformInit';
  sandbox!: SandboxEnvironment;
  spec!: EnvironmentSpec;
  /** Bumped when the sandbox instance is replaced (reset); callbacks of older instances are ignored. */
  instanceGen = 0;
  /** Reset after a timeout or crash: the next invoke runs a suppressed init first. */
  needsInit = false;
  /** Running a suppressed init inside an invoke (REPORT Duration includes it). */
  suppressedInit = false;
  resets = 0;
  /** The sandbox has answered the current request (the engine's InvokeDone event is pending). */
  answered = false;
  /** Bumped whenever the environment goes idle; reap entries from older idle periods are stale. */
  idleGen = 0;
  idleSinceMs = 0;
  /** Bumped per invocation; events from an earlier invocation are stale. */
  invokeGen = 0;
  pendingWakeAtMs = Infinity;
  current: Invocation | null = null;
  initStartMs = 0;
  initDurationMs = 0;
  initError: ErrorPayload | null = null;
  invocations = 0;
  /** SDK answers that arrived while frozen; delivered at the next thaw. */
  heldCalls: { callId: number; response: ServiceResponse }[] = [];
  /** Pre-initialised provisioned concurrency: never reaped, served first. */
  provisioned = false;

  readonly logSource: LogSource;

  constructor(
    readonly id: number,
    readonly fn: FunctionState,
    readonly createdAtMs: number,
    readonly logStream: string,
  ) {
    const c = fn.config;
    this.logSource = {
      functionId: c.id,
      functionName: c.name,
      logStream,
      envId: id,
      memoryMB: c.memoryMB,
      json: c.logging.json,
      keepsSystemRecords: keepsSystemRecords(c.logging),
    };
  }
}
