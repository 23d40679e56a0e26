// The SDK's standard retry mode: throttling and transient errors are tried again (3 attempts in
// all by default, client config maxAttempts) after a jittered exponential backoff that takes
// virtual time, and $metadata tells how many attempts were made and how long they waited. So a
// throttled Lambda Invoke from a handler shows up as extra Throttles, as it does on AWS.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { SandboxPromise } from '../promiseRealm';

export interface RetryGlobals {
  Promise: any;
  Math: Math;
  setTimeout: (cb: (...a: any[]) => void, ms?: number) => unknown;
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const TRANSIENT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

/** @smithy/util-retry's delay bases and cap. */
const THROTTLING_BASE_MS = 500;
const DEFAULT_BASE_MS = 100;
const MAX_DELAY_MS = 20_000;

function retryBase(error: any): number | null {
  const status = error?.$metadata?.httpStatusCode;
  if (THROTTLING.has(error?.name) || status === 429) return THROTTLING_BASE_MS;
  if (TRANSIENT.has(error?.name) || [500, 502, 503, 504].includes(status)) return DEFAULT_BASE_MS;
  return null;
}

export function withRetries(send: () => SandboxPromise, maxAttempts: number, g: RetryGlobals): SandboxPromise {
  const attempt = (n: number, waitedMs: number): SandboxPromise =>
    send().then(
      (output: any) => {
        output.$metadata.attempts = n;
        output.$metadata.totalRetryDelay = waitedMs;
        return output;
      },
      (error: any) => {
        const base = retryBase(error);
        if (base === null || n >= maxAttempts) {
          if (error?.$metadata) {
            error.$metadata.attempts = n;
            error.$metadata.totalRetryDelay = waitedMs;
          }
          throw error;
        }
        // The SDK draws its jitter from Math.random: here the environment's seeded stream.
        const delayMs = Math.floor(Math.min(MAX_DELAY_MS, g.Math.random() * 2 ** (n - 1) * base));
        return new g.Promise((resolve: () => void) => g.setTimeout(resolve, delayMs)).then(() => attempt(n + 1, waitedMs + delayMs));
      },
    );
  return attempt(1, 0);
}

/** Client config maxAttempts (a number; the SDK also takes a provider function). */
export function maxAttemptsOf(config: Record<string, any> | undefined): number {
  const value = Number(config?.maxAttempts);
  return Number.isInteger(value) && value >= 1 ? value : 3;
}
