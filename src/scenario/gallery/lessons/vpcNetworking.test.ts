import { describe, expect, it } from 'vitest';
import { vpcNetworking } from './vpcNetworking';
import { runLesson } from '../testing/runLesson';

describe('lesson: VPC networking', () => {
  it('today: Pending (409) for 30 s, then ordinary cold starts', async () => {
    const r = await runLesson(vpcNetworking.scenario);
    expect(r.clients.app.statusCodes).toEqual({ '409': 60, '200': 60 });
    expect(r.functions.reports.InitDuration.max).toBe(150);
    expect(r.functions.reports.ColdStarts).toBe(1);
  });

  it('"try this": legacy networking has no Pending but every cold start pays ~10 s, and they pile up', async () => {
    const r = await runLesson({ ...vpcNetworking.scenario, account: { legacyVpcNetworking: true } });
    expect(r.clients.app.statusCodes['409'] ?? 0).toBe(0);
    expect(r.functions.reports.InitDuration.avg).toBeCloseTo(10_150, 0);
    expect(r.functions.reports.ColdStarts).toBeGreaterThan(10);
  });
});
