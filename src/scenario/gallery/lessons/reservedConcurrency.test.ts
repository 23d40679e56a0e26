import { describe, expect, it } from 'vitest';
import { reservedConcurrency } from './reservedConcurrency';
import { runLesson, withFunction } from '../testing/runLesson';

describe('lesson: reserved concurrency', () => {
  it('caps checkout at 5 and throttles about half; search is not throttled', async () => {
    const r = await runLesson(reservedConcurrency.scenario);
    const checkout = r.functions.checkout;
    expect(checkout.ConcurrentExecutions.max).toBe(5);
    const share = checkout.Throttles / (checkout.Throttles + checkout.Invocations);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    expect(r.clients.shoppers.statusCodes['429']).toBe(checkout.Throttles);
    expect(r.functions.search.Throttles).toBe(0);
    expect(r.functions.search.ConcurrentExecutions.max).toBeGreaterThanOrEqual(10);
  });

  it('"try this": 10 reserved throttles only during the first cold starts, 0 throttles everything', async () => {
    const ten = await runLesson(
      withFunction(reservedConcurrency.scenario, 'checkout', { reservedConcurrency: 10 }),
    );
    expect(ten.functions.checkout.Throttles).toBeGreaterThan(0);
    expect(ten.series?.[0].functions.checkout.Throttles).toBe(ten.functions.checkout.Throttles);
    const zero = await runLesson(
      withFunction(reservedConcurrency.scenario, 'checkout', { reservedConcurrency: 0 }),
    );
    expect(zero.functions.checkout.Invocations).toBe(0);
    expect(zero.functions.checkout.Throttles).toBeGreaterThan(500);
  });
});
