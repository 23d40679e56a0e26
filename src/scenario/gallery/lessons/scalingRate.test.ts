import { describe, expect, it } from 'vitest';
import { scalingRate } from './scalingRate';
import { runLesson } from '../testing/runLesson';

describe('lesson: scaling rate', () => {
  it('adds 1,000 environments at once, then about 100 a second; the rest is throttled', async () => {
    const r = await runLesson(scalingRate.scenario);
    const conc = (r.series ?? []).map((s) => s.functions.orders.ConcurrentExecutions);
    expect(conc[1]).toBe(1000);
    expect(r.clients.flashSale.statusCodes['429']).toBe(1000);
    // Refill: 1,000 per 10 s = 100 a second.
    expect(conc[6] - conc[3]).toBeGreaterThanOrEqual(290);
    expect(conc[6] - conc[3]).toBeLessThanOrEqual(310);
    expect(r.account.ConcurrentExecutions.max).toBeLessThan(3000);
  });

  it('"try this": the legacy burst starts all 2,000 at once', async () => {
    const r = await runLesson({
      ...scalingRate.scenario,
      account: { concurrencyLimit: 3000, legacyBurstScaling: true },
    });
    expect(r.series?.[1].functions.orders.ConcurrentExecutions).toBe(2000);
    expect(r.clients.flashSale.statusCodes['429'] ?? 0).toBe(0);
  });
});
