import { describe, expect, it } from 'vitest';
import type { FunctionSecond, SecondSample } from '../engine/reportTypes';
import { RunHistory } from './runHistory';

function fn(over: Partial<FunctionSecond> = {}): FunctionSecond {
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
    ...over,
  };
}

function sample(t: number, f: Partial<FunctionSecond> = {}, visible = 0): SecondSample {
  return {
    t,
    functions: { a: fn(f) },
    queues: { q: { visible, inFlight: 0 } },
    account: { ConcurrentExecutions: f.ConcurrentExecutions ?? 0, UnreservedConcurrentExecutions: 0, ClaimedAccountConcurrency: 0, Throttles: f.Throttles ?? 0 },
  };
}

function seconds(from: number, to: number, make: (t: number) => SecondSample = (t) => sample(t, { Invocations: 1 })) {
  const out: SecondSample[] = [];
  for (let t = from; t < to; t++) out.push(make(t));
  return out;
}

describe('RunHistory', () => {
  it('keeps single seconds while the first tier has room', () => {
    const h = new RunHistory();
    h.add(seconds(0, 5, (t) => sample(t, { Invocations: t, ConcurrentExecutions: t })));
    expect(h.size).toBe(5);
    expect(h.range(0, 4, 100).map((s) => s.functions.a.Invocations)).toEqual([0, 1, 2, 3, 4]);
    expect(h.firstT).toBe(0);
    expect(h.lastT).toBe(4);
  });

  it('ignores seconds it already holds (a repeated update)', () => {
    const h = new RunHistory();
    h.add(seconds(0, 3));
    expect(h.add(seconds(1, 4))).toBe(1);
    expect(h.totals.a.Invocations).toBe(4);
  });

  it('moves old seconds into aligned coarser buckets: counts summed, levels maxed', () => {
    const h = new RunHistory([
      { width: 1, cap: 5 },
      { width: 10, cap: 100 },
    ]);
    h.add(
      seconds(0, 25, (t) =>
        sample(t, { Invocations: 2, Errors: t === 3 ? 1 : 0, ConcurrentExecutions: t === 7 ? 9 : 1 }, t),
      ),
    );
    const [fine, coarse] = h.tiers;
    expect(fine.buckets.map((b) => b.t)).toEqual([20, 21, 22, 23, 24]);
    expect(coarse.buckets.map((b) => [b.t, b.w, b.n])).toEqual([
      [0, 10, 10],
      [10, 10, 10],
    ]);
    const first = coarse.buckets[0];
    expect(first.functions.a.Invocations).toBe(20);
    expect(first.functions.a.Errors).toBe(1);
    expect(first.functions.a.ConcurrentExecutions).toBe(9);
    expect(first.queues.q.visible).toBe(9);
    // Charts get per-second averages for counts and the maximum level.
    const [shown] = h.range(0, 9, 100);
    expect(shown.functions.a.Invocations).toBe(2);
    expect(shown.functions.a.Errors).toBe(0.1);
    expect(shown.functions.a.ConcurrentExecutions).toBe(9);
  });

  it('stays bounded over days of simulated time by widening the last tier', () => {
    const h = new RunHistory();
    const day = 86_400;
    for (let t = 0; t < 3 * day; t += 3600) h.add(seconds(t, t + 3600));
    const cap = 900 + 720 + 1440;
    expect(h.size).toBeLessThanOrEqual(cap);
    expect(h.firstT).toBe(0);
    expect(h.lastT).toBe(3 * day - 1);
    // Nothing lost in the merging: every invocation is still counted somewhere.
    const held = h.buckets().reduce((n, b) => n + b.functions.a.Invocations, 0);
    expect(held).toBe(3 * day);
    expect(h.totals.a.Invocations).toBe(3 * day);
    expect(h.tiers[2].width).toBeGreaterThan(60);
    // Buckets are in time order and leave no holes (the newest coarse bucket may still be
    // filling, so the next tier's first bucket can start inside its nominal span).
    const list = h.buckets();
    for (let i = 1; i < list.length; i++) {
      expect(list[i].t).toBeGreaterThan(list[i - 1].t);
      expect(list[i].t).toBeLessThanOrEqual(list[i - 1].t + list[i - 1].w);
    }
  });

  it('finds the bucket covering a second, coarse or fine', () => {
    const h = new RunHistory([
      { width: 1, cap: 5 },
      { width: 10, cap: 100 },
    ]);
    h.add(seconds(0, 25));
    expect(h.bucketAt(13)?.t).toBe(10);
    expect(h.bucketAt(13)?.w).toBe(10);
    expect(h.bucketAt(22)?.t).toBe(22);
    expect(h.bucketAt(22)?.w).toBe(1);
    expect(h.bucketAt(99)?.t).toBe(24);
    expect(new RunHistory().bucketAt(3)).toBeNull();
  });

  it('returns a window capped at maxPoints, merging neighbours', () => {
    const h = new RunHistory();
    h.add(seconds(0, 600, (t) => sample(t, { Invocations: 1, ConcurrentExecutions: t })));
    const rows = h.range(100, 399, 100);
    expect(rows).toHaveLength(100);
    expect(rows[0].t).toBe(100);
    expect(rows[0].functions.a.Invocations).toBe(1);
    expect(rows[0].functions.a.ConcurrentExecutions).toBe(102);
    expect(h.range(590, 1000, 100).map((r) => r.t)).toEqual([590, 591, 592, 593, 594, 595, 596, 597, 598, 599]);
  });

  it('sums counters up to a moment, pro rata inside a coarse bucket', () => {
    const h = new RunHistory([
      { width: 1, cap: 5 },
      { width: 10, cap: 100 },
    ]);
    h.add(seconds(0, 30, (t) => sample(t, { Throttles: 1, ColdStarts: t === 0 ? 3 : 0 })));
    expect(h.cumulativeAt(9).a.Throttles).toBe(10);
    expect(h.cumulativeAt(4).a.Throttles).toBe(5);
    expect(h.cumulativeAt(27).a.Throttles).toBe(28);
    expect(h.cumulativeAt(29).a).toEqual(h.totals.a);
    expect(h.cumulativeAt(2).a.ColdStarts).toBe(1); // 3 in [0,10) × 3/10, rounded
  });

  it('averages p50 by invocations and keeps the worst p99', () => {
    const h = new RunHistory([
      { width: 1, cap: 2 },
      { width: 10, cap: 10 },
    ]);
    h.add([
      sample(0, { Invocations: 1, DurationP50: 100, DurationP99: 200 }),
      sample(1, { Invocations: 3, DurationP50: 20, DurationP99: 900 }),
      ...seconds(2, 14),
    ]);
    const [coarse] = h.range(0, 9, 10);
    expect(coarse.functions.a.DurationP50).toBe(40);
    expect(coarse.functions.a.DurationP99).toBe(900);
  });
});
