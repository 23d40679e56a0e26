// The account's side of admission: the concurrency pool (reserved, provisioned, unreserved),
// the requests-per-second limits, the legacy burst, and the account metrics per second.
import type { AccountConfig } from './defaults';
import type { FunctionState } from './functionState';
import type { ThrottleReason } from './invocation';
import type { AccountSecond } from './reportTypes';

export interface Throttle {
  reason: ThrottleReason;
  why: string;
}

/** The pre-2023 model: one account-wide burst, then +500 environments a minute (us-east-1: 3,000). */
export const LEGACY_BURST = 3000;
const LEGACY_REFILL_PER_MS = 500 / 60_000;

export class AccountConcurrency {
  /** Environments busy now, account-wide. */
  busy = 0;
  maxBusy = 0;
  throttles = 0;
  /** Reserved concurrency of all functions plus provisioned concurrency of unreserved ones. */
  readonly totalReserved: number;
  readonly unreservedProvisioned: number;
  /** What unreserved functions may use on demand. */
  readonly unreservedPool: number;
  private unreservedBusy = 0;
  private unreservedOnDemandBusy = 0;
  private secondMax = 0;
  private unreservedSecondMax = 0;
  private claimedSecondMax = 0;
  private secondThrottles = 0;
  private legacyTokens = LEGACY_BURST;
  private legacyRefilledMs = 0;
  private rpsSecond = -1;
  private rpsCount = 0;

  constructor(
    private readonly account: AccountConfig,
    functions: FunctionState[],
  ) {
    this.totalReserved = functions.reduce((sum, f) => sum + (f.config.reservedConcurrency ?? 0), 0);
    // Provisioned concurrency of unreserved functions is claimed from the unreserved pool up front.
    this.unreservedProvisioned = functions.reduce(
      (sum, f) => sum + (f.config.reservedConcurrency === null ? f.config.provisionedConcurrency : 0),
      0,
    );
    this.unreservedPool = account.concurrencyLimit - this.totalReserved - this.unreservedProvisioned;
  }

  /** Requests per second: 10 × concurrency, account-wide and per function with reserved concurrency. */
  rateLimited(fn: FunctionState, nowMs: number): Throttle | null {
    const second = Math.floor(nowMs / 1000);
    if (this.rpsSecond !== second) {
      this.rpsSecond = second;
      this.rpsCount = 0;
    }
    if (fn.rpsWindowSecond !== second) {
      fn.rpsWindowSecond = second;
      fn.rpsWindowCount = 0;
    }
    this.rpsCount++;
    fn.rpsWindowCount++;
    const reserved = fn.config.reservedConcurrency;
    if (reserved !== null && reserved > 0 && fn.rpsWindowCount > 10 * reserved) {
      return {
        reason: 'ReservedFunctionInvocationRateLimitExceeded',
        why: `more than 10 × reserved concurrency (${10 * reserved}) requests in one second`,
      };
    }
    const limit = this.account.concurrencyLimit;
    if (this.rpsCount > 10 * limit) {
      return {
        reason: 'FunctionInvocationRateLimitExceeded',
        why: `more than 10 × the account concurrency limit (${10 * limit}) requests in one second`,
      };
    }
    return null;
  }

  /** Whether the function's concurrency (reserved, or the unreserved pool) is used up. */
  throttleReason(fn: FunctionState, onProvisioned: boolean): Throttle | null {
    const reserved = fn.config.reservedConcurrency;
    if (reserved !== null) {
      if (fn.metrics.busy >= reserved) {
        return {
          reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
          why: reserved === 0
            ? 'reserved concurrency is 0: every invocation is throttled'
            : `all ${reserved} reserved concurrency of this function is in use`,
        };
      }
      return null;
    }
    if (onProvisioned) return null; // provisioned environments run within their own allocation
    if (this.unreservedOnDemandBusy >= this.unreservedPool) {
      return {
        reason: 'ConcurrentInvocationLimitExceeded',
        why: `the unreserved pool (${this.unreservedPool} of the account's ${this.account.concurrencyLimit}) is in use`,
      };
    }
    return null;
  }

  /** A new environment may be created now (the per-function scaling rate, or the legacy burst). */
  takeScalingToken(fn: FunctionState, nowMs: number): boolean {
    if (!this.account.legacyBurstScaling) return fn.takeScalingToken(nowMs);
    this.legacyTokens = Math.min(LEGACY_BURST, this.legacyTokens + (nowMs - this.legacyRefilledMs) * LEGACY_REFILL_PER_MS);
    this.legacyRefilledMs = nowMs;
    if (this.legacyTokens < 1) return false;
    this.legacyTokens--;
    return true;
  }

  /** Why a new environment could not be created. */
  scalingThrottle(): Throttle {
    return {
      reason: 'ConcurrentInvocationLimitExceeded',
      why: this.account.legacyBurstScaling
        ? `legacy burst scaling: the account's burst of ${LEGACY_BURST} is used up; it refills by 500 environments a minute`
        : `scaling rate: this function may add ${this.account.scalingEnvironmentsPer10s} environments per 10 s`,
    };
  }

  /** An environment of `fn` starts (+1) or stops (-1) serving a request. */
  claim(fn: FunctionState, nowMs: number, delta: number, provisioned: boolean): void {
    fn.metrics.changeBusy(nowMs, delta);
    this.busy += delta;
    if (this.busy > this.maxBusy) this.maxBusy = this.busy;
    if (this.busy > this.secondMax) this.secondMax = this.busy;
    if (fn.config.reservedConcurrency === null) {
      this.unreservedBusy += delta;
      if (this.unreservedBusy > this.unreservedSecondMax) this.unreservedSecondMax = this.unreservedBusy;
      if (!provisioned) this.unreservedOnDemandBusy += delta;
      const claimed = this.totalReserved + this.unreservedProvisioned + this.unreservedOnDemandBusy;
      if (claimed > this.claimedSecondMax) this.claimedSecondMax = claimed;
    }
    if (provisioned) {
      fn.provisionedBusy += delta;
      if (fn.provisionedBusy > fn.metrics.provisionedBusyMax) fn.metrics.provisionedBusyMax = fn.provisionedBusy;
      const s = fn.metrics.second;
      if (fn.provisionedBusy > (s.ProvisionedConcurrentExecutions ?? 0)) s.ProvisionedConcurrentExecutions = fn.provisionedBusy;
    }
  }

  countThrottle(): void {
    this.throttles++;
    this.secondThrottles++;
  }

  /** Close the current second unread: takeSecond's restart without its result. */
  discardSecond(): void {
    this.secondMax = this.busy;
    this.unreservedSecondMax = this.unreservedBusy;
    this.claimedSecondMax = this.totalReserved + this.unreservedProvisioned + this.unreservedOnDemandBusy;
    this.secondThrottles = 0;
  }

  /** Close the current second into `into` (or a new object) and start the next at current levels. */
  takeSecond(into?: AccountSecond): AccountSecond {
    const out = into ?? { ConcurrentExecutions: 0, UnreservedConcurrentExecutions: 0, ClaimedAccountConcurrency: 0, Throttles: 0 };
    out.ConcurrentExecutions = this.secondMax;
    out.UnreservedConcurrentExecutions = this.unreservedSecondMax;
    out.ClaimedAccountConcurrency = Math.max(this.claimedSecondMax, this.totalReserved + this.unreservedProvisioned);
    out.Throttles = this.secondThrottles;
    this.secondMax = this.busy;
    this.unreservedSecondMax = this.unreservedBusy;
    this.claimedSecondMax = this.totalReserved + this.unreservedProvisioned + this.unreservedOnDemandBusy;
    this.secondThrottles = 0;
    return out;
  }
}
