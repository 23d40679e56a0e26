import { describe, expect, it } from 'vitest';
import type { Report } from '../../../engine/reportTypes';
import { provisionedConcurrency } from './provisionedConcurrency';
import { runLesson, withFunction } from '../testing/runLesson';

const coldStartsBetween = (r: Report, id: string, from: number, to: number) =>
  (r.series ?? [])
    .filter((s) => s.t >= from && s.t < to)
    .reduce((sum, s) => sum + s.functions[id].ColdStarts, 0);

describe('lesson: provisioned concurrency', () => {
  it('no cold starts up to PC; requests beyond it spill over and cold-start', async () => {
    const r = await runLesson(provisionedConcurrency.scenario);
    const pc = r.functions.provisioned;
    expect(coldStartsBetween(r, 'provisioned', 0, 30)).toBe(0);
    expect(coldStartsBetween(r, 'onDemand', 0, 30)).toBeGreaterThanOrEqual(3);
    expect(coldStartsBetween(r, 'provisioned', 30, 40)).toBeGreaterThan(0);
    expect(pc.ProvisionedConcurrencySpilloverInvocations).toBeGreaterThan(0);
    expect(pc.ColdStarts).toBe(pc.Environments.max - 5);
    expect(r.functions.onDemand.InitDuration.avg).toBeCloseTo(950, 0);
    expect(pc.CostUSD.provisioned).toBeGreaterThan(0);
  });

  it('"try this": 12 provisioned removes every cold start', async () => {
    const r = await runLesson(
      withFunction(provisionedConcurrency.scenario, 'provisioned', { provisionedConcurrency: 12 }),
    );
    expect(r.functions.provisioned.ColdStarts).toBe(0);
    expect(r.functions.provisioned.ProvisionedConcurrencySpilloverInvocations).toBe(0);
  });
});
