import type { ErrorPayload, InvokeOutcome, InvokeRequest } from './handlerHost';
import { formatUuid, type UuidWords } from './rng';

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

/**
 * One request to a function. The request id is drawn when the request arrives but formatted only
 * when something reads `requestId`: a fast run reads it for few requests (a handler that takes
 * no context, with no journal, only in the log lines a reader takes), and the 36-character string
 * cost more than the rest of the invocation's bookkeeping together (valgrind: 942 of 13,827
 * instructions, plus ~540 for the young strings that old records point at).
 *
 * It is also the request the sandbox reads (InvokeRequest): records are pooled, so they live in
 * V8's old generation, and every young object stored into one (a separate request's `event`)
 * costs a write barrier's slow path, ~85 instructions (valgrind).
 */
export class Invocation implements UuidWords, InvokeRequest {
  /** The id's text once formatted (or given), else null: then the four words hold it. */
  idText: string | null = null;
  idA = 0;
  idB = 0;
  idC = 0;
  idD = 0;
  event: unknown = null;
  arrivedAtMs = 0;
  startedAtMs = 0;
  cold = false;
  initDurationMs = 0;
  responder: Responder;
  outcome: InvokeOutcome | null = null;
  initError?: ErrorPayload;
  /** Invocations in this causal chain so far, this one included (recursive-loop detection). */
  lineage = 0;
  /** Absolute virtual time at which this invocation times out. */
  deadlineMs = 0;
  /** Billed time outside Duration and Init Duration (an Init that hit the 10 s limit). */
  extraBilledMs = 0;
  invokedFunctionArn = '';

  constructor(responder: Responder) {
    this.responder = responder;
  }

  get requestId(): string {
    return (this.idText ??= formatUuid(this.idA, this.idB, this.idC, this.idD));
  }
}

export function timeoutError(requestId: string, timeoutMs: number): ErrorPayload {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
    trace: [],
  };
}
