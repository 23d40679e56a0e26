import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenarioTypes';
import { clientRateAt, dotPlan, edgeRates, MAX_DOTS, TRAVEL_S } from './edgeTraffic';

const fnRate = (Invocations: number, Errors = 0, Throttles = 0, AsyncEventsDropped = 0) => ({
  Invocations,
  Errors,
  Throttles,
  AsyncEventsDropped,
});

const scenario = {
  nodes: [
    { id: 'users', kind: 'client', name: 'Users', traffic: { pattern: 'constant', ratePerSecond: 20 } },
    { id: 'api', kind: 'function', name: 'api', files: {} },
    { id: 'bucket', kind: 's3Bucket', name: 'bucket' },
    { id: 'topic', kind: 'snsTopic', name: 'topic' },
    { id: 'q1', kind: 'sqsQueue', name: 'q1' },
    { id: 'worker', kind: 'function', name: 'worker', files: {} },
    { id: 'dlq', kind: 'sqsQueue', name: 'dlq' },
    { id: 'done', kind: 'sqsQueue', name: 'done' },
  ],
  edges: [
    { id: 'e1', from: 'users', to: 'api', kind: 'invoke' },
    { id: 'e2', from: 'users', to: 'bucket', kind: 'send' },
    { id: 'e3', from: 'bucket', to: 'topic', kind: 'notify' },
    { id: 'e4', from: 'topic', to: 'q1', kind: 'notify' },
    { id: 'e5', from: 'topic', to: 'worker', kind: 'notify' },
    { id: 'e6', from: 'worker', to: 'dlq', kind: 'onFailure' },
    { id: 'e7', from: 'worker', to: 'done', kind: 'onSuccess' },
    { id: 'e8', from: 'api', to: 'done', kind: 'onSuccess' },
  ],
} as unknown as Scenario;

describe('edge rates', () => {
  const rates = edgeRates(scenario, { api: fnRate(8, 1, 2), worker: fnRate(10, 3, 0, 0.5) }, 5);

  it('an edge into a function carries its attempts, with error and throttle shares', () => {
    expect(rates.e1.perSecond).toBe(10);
    expect(rates.e1.errorShare).toBeCloseTo(0.1);
    expect(rates.e1.throttleShare).toBeCloseTo(0.2);
  });

  it('a client edge carries its configured rate; services pass on what reaches them', () => {
    expect(rates.e2.perSecond).toBe(20);
    expect(rates.e3.perSecond).toBe(20);
    expect(rates.e4.perSecond).toBe(20); // SNS fans out to every subscriber
  });

  it('destinations carry successes of async invocations and final failures', () => {
    expect(rates.e6).toEqual({ perSecond: 0.5, errorShare: 1, throttleShare: 0 });
    expect(rates.e7.perSecond).toBe(7);
    // api is invoked synchronously: no destination traffic.
    expect(rates.e8.perSecond).toBe(0);
  });

  it('traffic patterns give the rate of the second asked for', () => {
    expect(clientRateAt({ pattern: 'ramp', fromPerSecond: 0, toPerSecond: 100, overSeconds: 10 }, 5)).toBe(50);
    expect(clientRateAt({ pattern: 'spike', basePerSecond: 1, peakPerSecond: 50, atSecond: 10, forSeconds: 5 }, 12)).toBe(50);
    expect(clientRateAt({ pattern: 'constant', ratePerSecond: 5, stopSecond: 3 }, 4)).toBe(0);
  });
});

describe('dot plan', () => {
  const ok = (perSecond: number) => ({ perSecond, errorShare: 0, throttleShare: 0 });

  it('no traffic, no dots', () => {
    expect(dotPlan(ok(0), 1)).toBeNull();
  });

  it('as many dots as would be on the edge at once, never more than the cap', () => {
    expect(dotPlan(ok(2), 1)?.dots).toHaveLength(Math.round(2 * TRAVEL_S));
    expect(dotPlan(ok(1000), 10)?.dots).toHaveLength(MAX_DOTS);
    expect(dotPlan(ok(1000), Infinity)?.dots).toHaveLength(MAX_DOTS);
  });

  it('sparse traffic: one dot with a pause that grows as the rate falls', () => {
    const slow = dotPlan(ok(0.3), 1);
    expect(slow?.dots).toHaveLength(1);
    expect(slow?.gap).toBe(2);
    expect(dotPlan(ok(0.01), 1)?.gap).toBe(8);
    expect(dotPlan(ok(0.3), 10)?.gap).toBe(1); // faster playback, busier edge
  });

  it('colours dots by outcome share, mixed along the edge', () => {
    const plan = dotPlan({ perSecond: 100, errorShare: 0.5, throttleShare: 1 / 3 }, 1);
    expect(plan?.dots.filter((d) => d === 'error')).toHaveLength(3);
    expect(plan?.dots.filter((d) => d === 'throttle')).toHaveLength(2);
    expect(plan?.dots.filter((d) => d === 'ok')).toHaveLength(1);
    // A rare error still shows.
    expect(dotPlan({ perSecond: 100, errorShare: 0.05, throttleShare: 0 }, 1)?.dots).toContain('error');
    expect(dotPlan({ perSecond: 100, errorShare: 0, throttleShare: 0 }, 1)?.dots).not.toContain('error');
  });

  it('equal traffic gives an equal key (unchanged edges are not re-rendered)', () => {
    expect(dotPlan(ok(50), 1)?.key).toBe(dotPlan(ok(60), 1)?.key);
    expect(dotPlan(ok(50), 1)?.key).not.toBe(dotPlan(ok(0.2), 1)?.key);
  });
});
