// The handler's `context` argument (DG nodejs-context). One small object per invoke; the
// methods live on the prototype so creating it costs a few field writes.
import type { InvokeRequest } from '../../engine/handlerHost';

export interface ContextOwner {
  functionName: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  /** Virtual now of the environment, ms. */
  now(): number;
  /** context.succeed/fail/done: the legacy way to end an invoke. */
  finishFromContext(seq: number, error: unknown, result: unknown): void;
}

export class LambdaContext {
  callbackWaitsForEmptyEventLoop = true;
  functionName: string;
  functionVersion = '$LATEST';
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  clientContext = undefined;
  identity = undefined;
  #owner: ContextOwner;
  #deadlineMs: number;
  #seq: number;

  constructor(owner: ContextOwner, request: InvokeRequest, seq: number) {
    this.functionName = owner.functionName;
    this.invokedFunctionArn = request.invokedFunctionArn;
    this.memoryLimitInMB = owner.memoryLimitInMB;
    this.awsRequestId = request.requestId;
    this.logGroupName = owner.logGroupName;
    this.logStreamName = owner.logStreamName;
    this.#owner = owner;
    this.#deadlineMs = request.deadlineMs;
    this.#seq = seq;
  }

  getRemainingTimeInMillis(): number {
    return Math.max(0, Math.floor(this.#deadlineMs - this.#owner.now()));
  }

  succeed(result?: unknown): void {
    this.#owner.finishFromContext(this.#seq, null, result);
  }

  fail(error?: unknown): void {
    this.#owner.finishFromContext(this.#seq, error ?? new Error('handled'), undefined);
  }

  done(error?: unknown, result?: unknown): void {
    this.#owner.finishFromContext(this.#seq, error ?? null, result);
  }
}
