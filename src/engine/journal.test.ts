import { describe, expect, it } from 'vitest';
import { Journal, JOURNAL_ENTRIES_PER_SECOND, JOURNAL_ENTRIES_PER_TAKE } from './journal';

describe('journal', () => {
  it('keeps the newest entries of each kind between takes, oldest first, each field refilled', () => {
    const j = new Journal(true);
    const n = JOURNAL_ENTRIES_PER_TAKE * 2 + 123;
    // One entry every 10 ms: 100 a simulated second, under the per-second budget.
    for (let i = 0; i < n; i++) {
      j.trace(i * 10, `r${i}`, 'invoked', i % 2 ? `rule ${i}` : undefined, 'f', i % 3 ? undefined : [`m${i}`]);
      j.env(i * 10, 'f', i, i % 2 ? 'invokeStart' : 'invokeEnd', false, i % 2 ? `r${i}` : undefined, i % 2 ? undefined : 'ok');
    }
    const traces = j.takeTraceEvents();
    expect(traces).toHaveLength(JOURNAL_ENTRIES_PER_TAKE);
    expect(traces.map((t) => t.traceId)).toEqual(Array.from({ length: JOURNAL_ENTRIES_PER_TAKE }, (_, k) => `r${n - JOURNAL_ENTRIES_PER_TAKE + k}`));
    for (const t of traces) {
      const i = Number(t.traceId.slice(1));
      expect(t.tMs).toBe(i * 10);
      expect(t.rule).toBe(i % 2 ? `rule ${i}` : undefined);
      expect(t.links).toEqual(i % 3 ? undefined : [`m${i}`]);
    }
    const envs = j.takeEnvironmentEvents();
    expect(envs).toHaveLength(JOURNAL_ENTRIES_PER_TAKE);
    expect(envs.at(-1)).toEqual({ tMs: (n - 1) * 10, functionId: 'f', envId: n - 1, kind: 'invokeEnd', provisioned: false, requestId: undefined, status: 'ok' });
    expect(j.skipped).toBe(2 * (n - JOURNAL_ENTRIES_PER_TAKE));
    // After a take the rings start empty.
    j.trace(n * 10, 'next', 'received');
    expect(j.takeTraceEvents().map((t) => t.traceId)).toEqual(['next']);
  });

  it('records at most the per-second budget within one simulated second', () => {
    const j = new Journal(true);
    for (let i = 0; i < JOURNAL_ENTRIES_PER_SECOND + 50; i++) j.trace(500, `r${i}`, 'received');
    expect(j.wants(500)).toBe(false);
    expect(j.wants(1500)).toBe(true);
    expect(j.takeTraceEvents()).toHaveLength(JOURNAL_ENTRIES_PER_SECOND);
  });

  it('records nothing when off', () => {
    const j = new Journal(false);
    j.trace(0, 'r', 'received');
    j.env(0, 'f', 1, 'created', false);
    expect(j.wants(0)).toBe(false);
    expect(j.takeTraceEvents()).toEqual([]);
    expect(j.takeEnvironmentEvents()).toEqual([]);
  });
});
