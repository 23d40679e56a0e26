import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../engine/simulationTypes';
import { filterTraces, indexTraces, latestWithTag, linkedIds, tagsOf } from './traceIndex';

const traces: TraceEvent[] = [
  { tMs: 0, traceId: 'm1', step: 'received in a batch of 3 (receive #1)', links: ['r1'] },
  { tMs: 5, traceId: 'r1', step: 'received', functionId: 'f' },
  {
    tMs: 5,
    traceId: 'r1',
    step: 'invoked',
    rule: 'cold start: no idle environment was free',
    functionId: 'f',
  },
  { tMs: 105, traceId: 'r1', step: 'failed', rule: 'Error: boom', functionId: 'f' },
  {
    tMs: 106,
    traceId: 'm1',
    step: 'stays in flight; visible again after the visibility timeout (10 s)',
    rule: 'a failed batch is not deleted',
  },
  {
    tMs: 200,
    traceId: 'r2',
    step: 'throttled (ReservedFunctionConcurrentInvocationLimitExceeded)',
    rule: 'all 5 reserved concurrency of this function is in use',
    functionId: 'g',
  },
];

describe('traceIndex', () => {
  it('groups steps per id, newest first, with tags from the step text', () => {
    const index = indexTraces(traces);
    expect(index.summaries.map((s) => s.traceId)).toEqual(['r2', 'm1', 'r1']);
    expect(index.byId.get('r1')).toHaveLength(3);
    expect(index.summaries.find((s) => s.traceId === 'r1')?.tags).toEqual(['cold', 'failed']);
    expect(index.summaries.find((s) => s.traceId === 'm1')?.tags).toEqual(['retry']);
    expect(tagsOf('delivered to onFailure failedPayments', undefined)).toEqual(['dlq']);
  });

  it('filters by text in ids, functions, steps or rules, and by tag', () => {
    const index = indexTraces(traces);
    expect(filterTraces(index, 'boom', null, 10).map((s) => s.traceId)).toEqual(['r1']);
    expect(filterTraces(index, '', 'throttled', 10).map((s) => s.traceId)).toEqual(['r2']);
    expect(filterTraces(index, '', null, 2)).toHaveLength(2);
  });

  it('at a past moment lists only what had begun by then, the limit counting only those', () => {
    const index = indexTraces(traces);
    expect(filterTraces(index, '', null, 10, 4).map((s) => s.traceId)).toEqual(['m1']);
    expect(filterTraces(index, '', null, 10, 150).map((s) => s.traceId)).toEqual(['m1', 'r1']);
    expect(filterTraces(index, '', null, 1, 150).map((s) => s.traceId)).toEqual(['m1']);
  });

  it('follows links both ways and finds the latest step behind a "Why?"', () => {
    const index = indexTraces(traces);
    expect(linkedIds(index, 'm1')).toEqual({ to: ['r1'], from: [] });
    expect(linkedIds(index, 'r1')).toEqual({ to: [], from: ['m1'] });
    expect(latestWithTag(index, 'throttled')?.step.rule).toContain('reserved concurrency');
    expect(latestWithTag(index, 'throttled', 'f')).toBeNull();
  });
});
