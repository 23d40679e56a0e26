import { describe, expect, it } from 'vitest';
import { warmStartReuse } from './warmStartReuse';
import { runLesson } from '../testing/runLesson';

describe('lesson: reuse across warm starts', () => {
  it('most requests are served from memory; only the first per environment connects', async () => {
    const r = await runLesson(warmStartReuse.scenario);
    const f = r.functions.prices;
    expect(f.Invocations).toBeGreaterThan(300);
    expect(f.Duration.p50).toBe(0);
    expect(f.Duration.p90).toBe(0);
    expect(f.Duration.max).toBeCloseTo(350, 0);
    expect(f.ColdStarts).toBeLessThan(10);
  });
});
