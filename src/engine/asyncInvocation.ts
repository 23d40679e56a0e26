import type { ErrorPayload } from './handlerHost';
import type { FunctionState } from './functionState';
import type { InvocationResult, Responder } from './invocation';
import { isoTime } from './clock';

// Asynchronous invocation (DG invocation-async, invocation-async-error-handling):
// the event is queued (202 to the caller); function errors are retried up to
// maximumRetryAttempts, 1 minute before the 2nd attempt and 2 minutes before the 3rd;
// throttles and system errors go back to the queue with backoff from 1 s up to 5 minutes
// until the event is older than maximumEventAgeSeconds. Then: on-failure destination / DLQ.

export const FUNCTION_ERROR_RETRY_DELAYS_MS = [60_000, 120_000];
export const THROTTLE_BACKOFF_FIRST_MS = 1_000;
export const THROTTLE_BACKOFF_MAX_MS = 300_000;

export interface AsyncEvent {
  fn: FunctionState;
  requestId: string;
  event: unknown;
  receivedAtMs: number;
  /** Attempts that reached the function (function errors count, throttles do not). */
  invokeCount: number;
  throttleBackoffMs: number;
  /** Hops in a recursive chain (recursion detection). */
  lineage: number;
}

export type AsyncCondition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded' | 'RecursiveInvocationDetected';

export interface DestinationRecord {
  version: '1.0';
  timestamp: string;
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: AsyncCondition;
    approximateInvokeCount: number;
  };
  requestPayload: unknown;
  responseContext?: { statusCode: number; executedVersion: string; functionError?: string };
  responsePayload?: unknown;
}

export interface AsyncSettings {
  maximumRetryAttempts: number;
  maximumEventAgeMs: number;
}

export interface AsyncDeps {
  nowMs(): number;
  settings(fn: FunctionState): AsyncSettings;
  scheduleAttempt(atMs: number, ev: AsyncEvent): void;
  invoke(fn: FunctionState, event: unknown, responder: Responder, requestId: string, lineage: number): void;
  /** Success: onSuccess destinations. Failure: onFailure destinations and the DLQ. */
  complete(ev: AsyncEvent, record: DestinationRecord, succeeded: boolean): void;
  /** Counts an attempt beyond the first. */
  countRetry(fn: FunctionState): void;
  trace(traceId: string, step: string, rule?: string, functionId?: string): void;
}

export class AsyncInvoker {
  /** Events waiting in the internal queues (for retry or after a throttle). */
  waiting = 0;

  constructor(private readonly deps: AsyncDeps) {}

  private hold(fn: FunctionState): void {
    this.waiting++;
    fn.metrics.asyncQueued++;
  }

  private release(fn: FunctionState): void {
    this.waiting--;
    fn.metrics.asyncQueued--;
  }

  enqueue(fn: FunctionState, event: unknown, requestId: string, lineage = 0): void {
    const m = fn.metrics;
    m.asyncReceived++;
    m.second.AsyncEventsReceived++;
    const ev: AsyncEvent = {
      fn,
      requestId,
      event,
      receivedAtMs: this.deps.nowMs(),
      invokeCount: 0,
      throttleBackoffMs: THROTTLE_BACKOFF_FIRST_MS,
      lineage,
    };
    this.hold(ev.fn);
    this.deps.trace(requestId, 'queued (asynchronous invocation)', 'the caller got 202 Accepted; Lambda keeps the event in its internal queue', fn.config.id);
    this.deps.scheduleAttempt(this.deps.nowMs(), ev);
  }

  attempt(ev: AsyncEvent): void {
    const now = this.deps.nowMs();
    const settings = this.deps.settings(ev.fn);
    if (now - ev.receivedAtMs > settings.maximumEventAgeMs) {
      this.release(ev.fn);
      return this.fail(ev, 'EventAgeExceeded', null);
    }
    if (ev.fn.config.reservedConcurrency === 0) {
      // Reserved concurrency 0: Lambda sends the event to the failure path without retrying.
      this.release(ev.fn);
      ev.fn.metrics.throttles++;
      ev.fn.metrics.second.Throttles++;
      return this.fail(ev, 'RetriesExhausted', null);
    }
    if (ev.invokeCount > 0) this.deps.countRetry(ev.fn);
    const age = now - ev.receivedAtMs;
    const m = ev.fn.metrics;
    m.asyncEventAgeSum += age;
    m.asyncEventAgeCount++;
    if (age > m.asyncEventAgeMax) m.asyncEventAgeMax = age;
    if (age > m.asyncEventAgeSecondMax) m.asyncEventAgeSecondMax = age;
    this.deps.invoke(ev.fn, ev.event, (result) => this.onResult(ev, result), ev.requestId, ev.lineage);
  }

  private onResult(ev: AsyncEvent, result: InvocationResult): void {
    const now = this.deps.nowMs();
    const settings = this.deps.settings(ev.fn);
    if (result.kind === 'throttled') {
      // Back to the queue; throttles do not use up retry attempts, only event age.
      const delay = ev.throttleBackoffMs;
      ev.throttleBackoffMs = Math.min(THROTTLE_BACKOFF_MAX_MS, ev.throttleBackoffMs * 2);
      if (now + delay - ev.receivedAtMs > settings.maximumEventAgeMs) {
        this.release(ev.fn);
        return this.fail(ev, 'EventAgeExceeded', null);
      }
      this.deps.trace(ev.requestId, `back to the queue, next try in ${delay / 1000} s`, 'throttled async events are retried with backoff (1 s doubling up to 5 minutes) until maximumEventAgeSeconds', ev.fn.config.id);
      this.deps.scheduleAttempt(now + delay, ev);
      return;
    }
    ev.invokeCount++;
    const outcome = result.outcome;
    if (outcome.ok) {
      this.release(ev.fn);
      this.deps.complete(ev, this.record(ev, 'Success', outcome.payload, undefined), true);
      return;
    }
    const retriesUsed = ev.invokeCount - 1;
    if (retriesUsed < settings.maximumRetryAttempts) {
      const delay = FUNCTION_ERROR_RETRY_DELAYS_MS[Math.min(retriesUsed, FUNCTION_ERROR_RETRY_DELAYS_MS.length - 1)];
      if (now + delay - ev.receivedAtMs <= settings.maximumEventAgeMs) {
        this.deps.trace(ev.requestId, `retry ${retriesUsed + 1} of ${settings.maximumRetryAttempts} in ${delay / 60_000} minute${delay > 60_000 ? 's' : ''}`, 'function errors are retried: 1 minute before the 2nd attempt, 2 minutes before the 3rd (maximumRetryAttempts)', ev.fn.config.id);
        this.deps.scheduleAttempt(now + delay, ev);
        return;
      }
      this.release(ev.fn);
      return this.fail(ev, 'EventAgeExceeded', outcome.error);
    }
    this.release(ev.fn);
    this.fail(ev, 'RetriesExhausted', outcome.error);
  }

  /** A recursive loop was detected: the event goes straight to the failure path. */
  dropRecursive(fn: FunctionState, event: unknown, requestId: string, lineage: number): void {
    const ev: AsyncEvent = {
      fn,
      requestId,
      event,
      receivedAtMs: this.deps.nowMs(),
      invokeCount: 0,
      throttleBackoffMs: THROTTLE_BACKOFF_FIRST_MS,
      lineage,
    };
    this.fail(ev, 'RecursiveInvocationDetected', null);
  }

  fail(ev: AsyncEvent, condition: AsyncCondition, error: ErrorPayload | null): void {
    const rules: Record<AsyncCondition, string> = {
      Success: '',
      RetriesExhausted: 'all attempts failed: the event goes to the on-failure destination / DLQ, or is dropped',
      EventAgeExceeded: 'older than maximumEventAgeSeconds: the event goes to the on-failure destination / DLQ, or is dropped',
      RecursiveInvocationDetected: 'about 16 invocations in one chain: Lambda stops the recursive loop',
    };
    this.deps.trace(ev.requestId, `failed: ${condition}`, rules[condition], ev.fn.config.id);
    const record = this.record(ev, condition, error ?? undefined, error ? 'Unhandled' : undefined);
    this.deps.complete(ev, record, false);
  }

  record(ev: AsyncEvent, condition: AsyncCondition, response: unknown, functionError: string | undefined): DestinationRecord {
    const record: DestinationRecord = {
      version: '1.0',
      timestamp: isoTime(this.deps.nowMs()),
      requestContext: {
        requestId: ev.requestId,
        functionArn: `${ev.fn.config.arn}:$LATEST`,
        condition,
        approximateInvokeCount: ev.invokeCount,
      },
      requestPayload: ev.event,
    };
    if (ev.invokeCount > 0) {
      record.responseContext = { statusCode: 200, executedVersion: '$LATEST' };
      if (functionError) record.responseContext.functionError = functionError;
      record.responsePayload = response;
    }
    return record;
  }
}
