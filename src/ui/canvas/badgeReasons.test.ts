import { describe, expect, it } from 'vitest';
import type { FunctionNode, Scenario } from '../../engine/scenarioTypes';
import type { TraceEvent } from '../../engine/simulationTypes';
import { badgeRule, latestReason } from './badgeReasons';

const traces: TraceEvent[] = [
  { tMs: 100, traceId: 'r1', functionId: 'f', step: 'invoked', rule: 'cold start: no idle environment was free, so Lambda created environment #1' },
  { tMs: 200, traceId: 'r2', functionId: 'f', step: 'throttled (ReservedFunctionConcurrentInvocationLimitExceeded)', rule: 'all 1 reserved concurrency of this function is in use' },
  { tMs: 250, traceId: 'r3', functionId: 'g', step: 'throttled (ConcurrentInvocationLimitExceeded)', rule: 'other function' },
  { tMs: 300, traceId: 'r4', functionId: 'f', step: 'invoked', rule: 'warm start: reused idle environment #1, the most recently created free one' },
  { tMs: 400, traceId: 'r5', functionId: 'f', step: 'failed: EventAgeExceeded', rule: 'older than maximumEventAgeSeconds: the event goes to the on-failure destination / DLQ, or is dropped' },
  { tMs: 400, traceId: 'r9', functionId: 'f', step: 'received' },
  { tMs: 400, traceId: 'r5', functionId: 'f', step: 'delivered to onFailure dlq' },
  { tMs: 500, traceId: 'r6', functionId: 'f', step: 'timed out', rule: 'ran past the function timeout (3 s)' },
  { tMs: 600, traceId: 'r7', functionId: 'f', step: 'throttled (ReservedFunctionConcurrentInvocationLimitExceeded)', rule: 'all 1 reserved concurrency of this function is in use' },
];

describe('badge reasons', () => {
  it('finds the newest step of the kind for the function', () => {
    expect(latestReason(traces, 'throttle', 'f')).toMatchObject({ traceId: 'r7', tMs: 600 });
    expect(latestReason(traces, 'throttle', 'g')?.rule).toBe('other function');
    expect(latestReason(traces, 'cold', 'f')?.rule).toMatch(/^cold start: no idle environment/);
    expect(latestReason(traces, 'error', 'f')?.step).toBe('timed out');
  });

  it('looks back from a scrubbed moment', () => {
    expect(latestReason(traces, 'throttle', 'f', 550)).toMatchObject({ traceId: 'r2' });
    expect(latestReason(traces, 'throttle', 'f', 150)).toBeNull();
  });

  it('says where a dropped event went next', () => {
    const r = latestReason(traces, 'dropped', 'f');
    expect(r?.step).toBe('failed: EventAgeExceeded');
    expect(r?.then).toBe('delivered to onFailure dlq');
  });

  it('names the limits that apply to the function', () => {
    const fn: FunctionNode = { id: 'f', name: 'worker', kind: 'function', files: {}, reservedConcurrency: 1 };
    const scenario = { nodes: [fn], edges: [] } as unknown as Scenario;
    const rule = badgeRule('throttle', fn, scenario);
    expect(rule.facts[0][1]).toMatch(/^1: at most 1 at once/);
    expect(rule.facts).toContainEqual(['Account concurrency limit', '1,000']);
    const dropped = badgeRule('dropped', { ...fn, async: { maximumEventAgeSeconds: 60 } }, scenario);
    expect(dropped.facts).toContainEqual(['maximumEventAgeSeconds', '60']);
    expect(dropped.facts).toContainEqual(['Failure target', 'none: the event is discarded']);
  });
});
