import type { FunctionSecond } from './reportTypes';
import { Histogram, SecondQuantiles } from './histogram';
import { emptyBilling } from './billing';

/** Counters of one function: the current second, the whole run, and time-weighted integrals. */
export class FunctionMetrics {
  second: FunctionSecond = emptySecond();
  invocations = 0;
  errors = 0;
  throttles = 0;
  retries = 0;
  coldStarts = 0;
  duration = new Histogram();
  initDuration = new Histogram();
  billing = emptyBilling();
  provisionedInvocations = 0;
  spilloverInvocations = 0;
  asyncReceived = 0;
  asyncDropped = 0;
  asyncEventAgeSum = 0;
  asyncEventAgeCount = 0;
  asyncEventAgeMax = 0;
  /** Per-second extensions (filled only when samples are built): see closeSecondExtras. */
  asyncEventAgeSecondMax = -1;
  /** Events Lambda holds for this function (queued, waiting to retry, or being invoked). */
  asyncQueued = 0;
  secondDuration = new SecondQuantiles();
  secondInitSum = 0;
  secondInitCount = 0;
  private readonly quantiles = { p50: 0, p90: 0, p99: 0 };
  deadLetterErrors = 0;
  recursiveInvocationsDropped = 0;
  destinationDeliveryFailures = 0;

  provisionedBusyMax = 0;
  busy = 0;
  maxBusy = 0;
  private busyArea = 0;
  private busyChangedMs = 0;

  environments = 0;
  maxEnvironments = 0;
  private envArea = 0;
  private envChangedMs = 0;

  changeBusy(nowMs: number, delta: number): void {
    this.busyArea += this.busy * (nowMs - this.busyChangedMs);
    this.busyChangedMs = nowMs;
    this.busy += delta;
    if (this.busy > this.maxBusy) this.maxBusy = this.busy;
    if (this.busy > this.second.ConcurrentExecutions) this.second.ConcurrentExecutions = this.busy;
  }

  changeEnvironments(nowMs: number, delta: number): void {
    this.envArea += this.environments * (nowMs - this.envChangedMs);
    this.envChangedMs = nowMs;
    this.environments += delta;
    if (this.environments > this.maxEnvironments) this.maxEnvironments = this.environments;
    if (this.environments > this.second.Environments) this.second.Environments = this.environments;
  }

  /**
   * Writes the closing second's duration percentiles, mean init duration and oldest async event
   * taken, and restarts them. Fields with nothing to report stay absent (undefined).
   */
  closeSecondExtras(s: FunctionSecond): void {
    const q = this.quantiles;
    if (this.secondDuration.takeInto(q)) {
      s.DurationP50 = q.p50;
      s.DurationP90 = q.p90;
      s.DurationP99 = q.p99;
    }
    if (this.secondInitCount > 0) {
      s.InitDuration = Math.round((this.secondInitSum / this.secondInitCount) * 1000) / 1000;
      this.secondInitSum = 0;
      this.secondInitCount = 0;
    }
    if (this.asyncEventAgeSecondMax >= 0) {
      s.AsyncEventAge = this.asyncEventAgeSecondMax;
      this.asyncEventAgeSecondMax = -1;
    }
  }

  /**
   * Close the current second unread (a second the reader will never take): the same restart as
   * takeSecond and closeSecondExtras, building nothing.
   */
  discardSecond(): void {
    this.takeSecond(this.second);
    this.secondDuration.clear();
    this.secondInitSum = 0;
    this.secondInitCount = 0;
    this.asyncEventAgeSecondMax = -1;
  }

  /** Start the next second at the current levels, reusing the counters (nobody reads them). */
  resetSecond(): void {
    clearCounts(this.second);
    this.second.ConcurrentExecutions = this.busy;
    this.second.Environments = this.environments;
  }

  /**
   * Close the current second and start the next one at the current levels, in `reuse` (a second
   * of this function nobody will read) when given.
   */
  takeSecond(reuse?: FunctionSecond): FunctionSecond {
    const done = this.second;
    let next: FunctionSecond;
    if (reuse) {
      next = reuse;
      clearCounts(next);
      // Undefined rather than deleted (a delete would turn the object into a slow dictionary);
      // JSON and every reader treat both as absent.
      if (next.ProvisionedConcurrencyInvocations !== undefined) next.ProvisionedConcurrencyInvocations = undefined;
      if (next.ProvisionedConcurrencySpilloverInvocations !== undefined) next.ProvisionedConcurrencySpilloverInvocations = undefined;
      if (next.ProvisionedConcurrentExecutions !== undefined) next.ProvisionedConcurrentExecutions = undefined;
      if (next.ProvisionedConcurrencyUtilization !== undefined) next.ProvisionedConcurrencyUtilization = undefined;
      // Named one by one (a loop over key names is a slow keyed access, a million times a fast run).
      // CostUSD is written every second, AsyncQueueDepth every second once the function had an event.
      if (next.DurationP50 !== undefined) next.DurationP50 = next.DurationP90 = next.DurationP99 = undefined;
      if (next.InitDuration !== undefined) next.InitDuration = undefined;
      if (next.AsyncEventAge !== undefined) next.AsyncEventAge = undefined;
      if (next.IteratorAge !== undefined) next.IteratorAge = undefined;
    } else next = emptySecond();
    next.ConcurrentExecutions = this.busy;
    next.Environments = this.environments;
    this.second = next;
    return done;
  }

  avgBusy(nowMs: number): number {
    return nowMs > 0 ? (this.busyArea + this.busy * (nowMs - this.busyChangedMs)) / nowMs : 0;
  }

  avgEnvironments(nowMs: number): number {
    return nowMs > 0 ? (this.envArea + this.environments * (nowMs - this.envChangedMs)) / nowMs : 0;
  }
}

/** Zero the counters of a second (levels are set by the caller). */
function clearCounts(s: FunctionSecond): void {
  s.Invocations = s.Errors = s.Throttles = s.Retries = s.ColdStarts = 0;
  s.AsyncEventsReceived = s.AsyncEventsDropped = 0;
}

/** Every field from the start, optional ones undefined (JSON leaves them out): one object shape. */
function emptySecond(): FunctionSecond {
  return {
    Invocations: 0,
    Errors: 0,
    Throttles: 0,
    Retries: 0,
    ColdStarts: 0,
    ConcurrentExecutions: 0,
    Environments: 0,
    AsyncEventsReceived: 0,
    AsyncEventsDropped: 0,
    ProvisionedConcurrentExecutions: undefined,
    ProvisionedConcurrencyUtilization: undefined,
    ProvisionedConcurrencyInvocations: undefined,
    ProvisionedConcurrencySpilloverInvocations: undefined,
    DurationP50: undefined,
    DurationP90: undefined,
    DurationP99: undefined,
    InitDuration: undefined,
    AsyncEventAge: undefined,
    AsyncQueueDepth: undefined,
    IteratorAge: undefined,
    CostUSD: undefined,
  };
}
