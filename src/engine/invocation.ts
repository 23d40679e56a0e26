import type { ErrorPayload, InvokeOutcome } from './handlerHost';

export type ThrottleReason =
  | 'ReservedFunctionConcurrentInvocationLimitExceeded'
  | 'ConcurrentInvocationLimitExceeded'
  | 'FunctionInvocationRateLimitExceeded'
  | 'ReservedFunctionInvocationRateLimitExceeded'
  /** Not a throttle: the function is Pending (VPC network interface being created): 409. */
  | 'ResourceConflictException';

export type InvocationResult =
  | { kind: 'response'; outcome: InvokeOutcome; durationMs: number; cold: boolean }
  | { kind: 'throttled'; reason: ThrottleReason; why: string };

/** Who gets the result of a synchronous invocation; `inv` is reused once the responder returns. */
export type Responder = (result: InvocationResult, inv: Invocation) => void;

export interface Invocation {
  requestId: string;
  event: unknown;
  arrivedAtMs: number;
  startedAtMs: number;
  cold: boolean;
  initDurationMs: number;
  responder: Responder;
  outcome: InvokeOutcome | null;
  initError?: ErrorPayload;
  /** Invocations in this causal chain so far, this one included (recursive-loop detection). */
  lineage: number;
  /** Absolute virtual time at which this invocation times out. */
  deadlineMs: number;
  /** Billed time outside Duration and Init Duration (an Init that hit the 10 s limit). */
  extraBilledMs: number;
}

export function timeoutError(requestId: string, timeoutMs: number): ErrorPayload {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
    trace: [],
  };
}
