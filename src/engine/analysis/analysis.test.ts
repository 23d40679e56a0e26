import { describe, expect, it } from 'vitest';
import { analyseTuning, type TuningPoint } from './powerTuning';
import { scaleTraffic } from './scaleTraffic';
import { monthlyCost } from './monthlyCost';
import { LIST_PRICES } from '../defaults';
import type { FunctionReport } from '../reportTypes';

const point = (memoryMB: number, p50Ms: number, cost: number): TuningPoint => ({ memoryMB, p50Ms, p90Ms: p50Ms, costPerInvocationUSD: cost, invocations: 10, errors: 0 });

describe('analysis', () => {
  it('picks cheapest, fastest and a weighted balance', () => {
    const points = [point(128, 1000, 2.1e-6), point(512, 250, 2.1e-6 * 1.0), point(1769, 72, 2.2e-6), point(3008, 72, 3.7e-6)];
    const r = analyseTuning(points, 0.5);
    expect(r.cheapest).toBe(128); // tie with 512 goes to the smaller size
    expect(r.fastest).toBe(1769); // tie with 3008 goes to the smaller size
    expect(r.balanced).toBe(1769); // 6% dearer than the cheapest, 14x faster than 128 MB
    expect(analyseTuning(points, 0.9).balanced).toBe(512);
    expect(analyseTuning(points, 1).balanced).toBe(128);
    expect(analyseTuning(points, 0).balanced).toBe(1769);
  });

  it('scales every traffic pattern', () => {
    const s = scaleTraffic(
      {
        version: 1,
        name: 's',
        nodes: [
          { id: 'a', kind: 'client', name: 'a', traffic: { pattern: 'poisson', ratePerSecond: 5 } },
          { id: 'b', kind: 'client', name: 'b', traffic: { pattern: 'spike', basePerSecond: 1, peakPerSecond: 10, atSecond: 5, forSeconds: 5 } },
          { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'burst', count: 3, atSecond: 1 } },
        ],
        edges: [],
      },
      2,
    );
    expect(s.nodes.map((n) => (n.kind === 'client' ? n.traffic : null))).toEqual([
      { pattern: 'poisson', ratePerSecond: 10 },
      { pattern: 'spike', basePerSecond: 2, peakPerSecond: 20, atSecond: 5, forSeconds: 5 },
      { pattern: 'burst', count: 6, atSecond: 1 },
    ]);
  });

  it('projects a month at list price, with and without the free tier', () => {
    // 1 request per second of 100 ms at 1 GB for 1,000 s
    const f = { Invocations: 1000, GBSeconds: 100, BilledDurationMs: 100_000 } as FunctionReport;
    const paid = monthlyCost(f, 1000, LIST_PRICES, 'x86_64', { concurrency: 0, memoryMB: 1024 }, false);
    expect(paid.requests).toBeCloseTo(2_592_000, 6);
    expect(paid.costUSD.requests).toBeCloseTo(2.592 * 0.2, 9);
    expect(paid.costUSD.compute).toBeCloseTo(259_200 * 0.0000166667, 6);
    const free = monthlyCost(f, 1000, LIST_PRICES, 'x86_64', { concurrency: 0, memoryMB: 1024 }, true);
    expect(free.costUSD.compute).toBe(0); // 259,200 GB-s is inside the 400,000 free
    expect(free.costUSD.requests).toBeCloseTo(1.592 * 0.2, 9);
  });
});
