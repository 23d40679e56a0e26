import { describe, expect, it } from 'vitest';
import { memoryCpuCost } from './memoryCpuCost';
import { runLesson } from '../testing/runLesson';

describe('lesson: memory, CPU and cost', () => {
  it('CPU-bound work is much faster at 1,769 MB for about the same cost; waiting work only costs more', async () => {
    const r = await runLesson(memoryCpuCost.scenario);
    const small = r.functions.hash128;
    const large = r.functions.hash1769;
    expect(small.Errors).toBe(0);
    expect(large.Errors).toBe(0);
    // Nominally 1769 / 128 = 13.8 times; real CPU time is noisy on a shared machine.
    expect(small.Duration.p50).toBeGreaterThan(large.Duration.p50 * 4);
    const costRatio = large.CostUSD.compute / small.CostUSD.compute;
    expect(costRatio).toBeGreaterThan(0.3);
    expect(costRatio).toBeLessThan(2);

    expect(r.functions.wait128.Duration.p50).toBeCloseTo(200, -1);
    expect(r.functions.wait1024.Duration.p50).toBeCloseTo(200, -1);
    const waitRatio = r.functions.wait1024.CostUSD.compute / r.functions.wait128.CostUSD.compute;
    expect(waitRatio).toBeGreaterThan(7);
    expect(waitRatio).toBeLessThan(9);
  });
});
