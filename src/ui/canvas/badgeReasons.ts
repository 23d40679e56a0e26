// "Why?" behind a canvas badge: the rule or limit in Lambda's terms (from the scenario's settings)
// and the newest concrete step the engine journaled for it. The step text and its rule are the
// engine's own; this only finds them and names the settings involved.
import { accountConfig } from '../../engine/defaults';
import type { FunctionNode, Scenario } from '../../engine/scenarioTypes';
import type { TraceEvent } from '../../engine/simulationTypes';

export type BadgeKind = 'throttle' | 'cold' | 'error' | 'dropped';

export interface LatestReason {
  traceId: string;
  tMs: number;
  step: string;
  rule?: string;
  /** For dropped events: what happened next (delivered to a destination / DLQ, or nothing). */
  then?: string;
}

function matches(kind: BadgeKind, t: TraceEvent): boolean {
  switch (kind) {
    case 'throttle':
      return t.step.startsWith('throttled');
    case 'cold':
      return t.step === 'invoked' && !!t.rule?.startsWith('cold start');
    case 'error':
      return t.step === 'failed' || t.step === 'timed out';
    case 'dropped':
      return t.step.startsWith('failed: ');
  }
}

/** How far past a dropped event's failure to look for where it went (steps of other requests interleave). */
const FOLLOW_UP_SCAN = 400;

/** The newest journaled step of this kind for the function, at or before `atMs` (Infinity = now). */
export function latestReason(
  traces: readonly TraceEvent[],
  kind: BadgeKind,
  functionId: string,
  atMs = Infinity,
): LatestReason | null {
  for (let i = traces.length - 1; i >= 0; i--) {
    const t = traces[i];
    if (t.tMs > atMs || t.functionId !== functionId || !matches(kind, t)) continue;
    const found: LatestReason = { traceId: t.traceId, tMs: t.tMs, step: t.step };
    if (t.rule) found.rule = t.rule;
    if (kind === 'dropped') {
      const end = Math.min(traces.length, i + FOLLOW_UP_SCAN);
      for (let j = i + 1; j < end; j++) {
        const next = traces[j];
        if (next.traceId === t.traceId && /deliver/.test(next.step)) {
          found.then = next.rule ? `${next.step}: ${next.rule}` : next.step;
          break;
        }
      }
    }
    return found;
  }
  return null;
}

export interface BadgeRule {
  title: string;
  /** The rule, one or two sentences. */
  rule: string;
  /** The settings and limits that apply to this function, as label/value pairs. */
  facts: [string, string][];
}

const n = (x: number) => x.toLocaleString('en-US');

/** The rule behind a badge and this function's settings that take part in it. */
export function badgeRule(kind: BadgeKind, fn: FunctionNode, scenario: Scenario): BadgeRule {
  const account = accountConfig(scenario.account);
  const reserved = fn.reservedConcurrency ?? null;
  const provisioned = fn.provisionedConcurrency ?? 0;
  switch (kind) {
    case 'throttle':
      return {
        title: 'Why throttled?',
        rule: 'Lambda refuses an invocation (429 TooManyRequestsException) when running it would exceed a concurrency limit or the scaling rate. Synchronous callers get the error; asynchronous events go back to the queue and are retried.',
        facts: [
          reserved === null
            ? ['Reserved concurrency', `none: shares the unreserved pool (account limit ${n(account.concurrencyLimit)} minus reserved, at least ${n(account.unreservedMinimum)})`]
            : ['Reserved concurrency', `${n(reserved)}: at most ${n(reserved)} at once (ReservedFunctionConcurrentInvocationLimitExceeded above it)`],
          ['Account concurrency limit', n(account.concurrencyLimit)],
          ['Scaling rate', `${n(account.scalingEnvironmentsPer10s)} new environments per 10 s per function`],
          ['Request rate', `10 × concurrency per second${reserved ? ` (${n(10 * reserved)} for this function)` : ''}`],
        ],
      };
    case 'cold':
      return {
        title: 'Why cold starts?',
        rule: 'A request that finds no idle execution environment makes Lambda create one: it starts the runtime and runs the module’s init code before the handler. Warm environments are reused.',
        facts: [
          ['Provisioned concurrency', provisioned > 0 ? `${n(provisioned)} environments initialised in advance` : 'none'],
          ['Idle environments kept', `about ${Math.round(account.idleLifetimeMs / 60_000)} minutes (an assumption; AWS gives no figure)`],
        ],
      };
    case 'error':
      return {
        title: 'Why errors?',
        rule: 'An invocation errors when the handler throws or rejects, runs past the function timeout, or its runtime crashes.',
        facts: [['Timeout', `${fn.timeoutSeconds ?? 3} s`]],
      };
    case 'dropped': {
      const targets = scenario.edges
        .filter((e) => e.from === fn.id && (e.kind === 'onFailure' || e.kind === 'deadLetter'))
        .map((e) => `${e.kind} → ${scenario.nodes.find((x) => x.id === e.to)?.name ?? e.to}`);
      return {
        title: 'Why dropped?',
        rule: 'An asynchronous event fails for good when its retries are used up (maximumRetryAttempts) or it grows older than maximumEventAgeSeconds; it then goes to the on-failure destination or dead-letter queue, or is discarded when there is none.',
        facts: [
          ['maximumRetryAttempts', String(fn.async?.maximumRetryAttempts ?? 2)],
          ['maximumEventAgeSeconds', n(fn.async?.maximumEventAgeSeconds ?? 21_600)],
          ['Failure target', targets.length ? targets.join(', ') : 'none: the event is discarded'],
        ],
      };
    }
  }
}
